/**
 * How Apollo executes an operation. graphql-js interprets the document on
 * every request: per field it builds resolve info, reads arguments and checks
 * for promises, which on a 200-relationship answer (≈ 5,000 fields) was most
 * of the API's own CPU. graphql-jit compiles a document once into plain
 * JavaScript for the same schema and resolvers, and answers 1.5–4× faster
 * on the big questions (server/bench/api.ts).
 *
 * Compiling costs more than one interpretation, so a document runs through
 * graphql-js the first time and is compiled when it comes back (Apollo's
 * document cache hands back the same parsed DocumentNode for the same query
 * text, so compiled code lives as long as Apollo keeps the document).
 * Only query operations are compiled; mutations and introspection (GraphiQL's
 * schema query) stay on graphql-js. Variables are coerced by graphql-js in
 * both paths, so a bad variable is reported word for word as before.
 *
 * Apollo takes a custom executor only from a "gateway"; this one serves the
 * schema it is given and never changes it.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { execute, getVariableValues, Kind, printSchema, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from './graphql-js.ts';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

interface DocumentState {
  uses: number;
  /** Per operation name: compiled code, or null when this operation stays on graphql-js. */
  compiled: Map<string, CompiledQuery | null>;
}

/** Root fields graphql-jit is not asked to compile (introspection is rare and large to compile). */
function compilable(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value !== '__schema' && s.name.value !== '__type');
}

/** The executor, and how many operations it has compiled so far (for tests and diagnostics). */
export function createExecutor(schema: GraphQLSchema): GatewayExecutor & { compiledOperations(): number } {
  const documents = new WeakMap<DocumentNode, DocumentState>();
  let compiledOperations = 0;

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null | undefined): CompiledQuery | null => {
    let state = documents.get(document);
    if (!state) documents.set(document, (state = { uses: 0, compiled: new Map() }));
    state.uses++;
    if (state.uses < 2) return null;
    const key = operationName ?? '';
    if (state.compiled.has(key)) return state.compiled.get(key)!;
    let compiled: CompiledQuery | null = null;
    if (compilable(operation)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      compiled = isCompiledQuery(result) ? result : null;
      if (compiled) compiledOperations++;
    }
    state.compiled.set(key, compiled);
    return compiled;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, operation, operationName, context } = request;
    const variables = request.request.variables ?? {};
    const compiled = operation ? compiledFor(document, operation, operationName) : null;
    if (!compiled || !operation) {
      return execute({ schema, document, contextValue: context, variableValues: variables, operationName: operationName ?? undefined });
    }
    // graphql-js's coercion and messages; graphql-jit then reads already coerced values.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    return compiled.query(undefined, context, coerced.coerced);
  };
  return Object.assign(executor, { compiledOperations: () => compiledOperations });
}

/** The fixed-schema "gateway" through which Apollo accepts createExecutor's executor. */
export function executingGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { schema, executor: createExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
