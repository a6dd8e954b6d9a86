/** Rejects operations deeper or costlier than LIMITS once Apollo has resolved the operation and its variables. */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from './graphql-js.ts';
import { measureOperation } from './complexity.ts';
import { ErrorCode, requestRejected } from './errors.ts';
import { LIMITS } from './limits.ts';

export function limitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const { depth, introspectionDepth, complexity } = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (depth > LIMITS.maxDepth) {
            throw requestRejected(ErrorCode.QUERY_TOO_DEEP, `The query nests ${depth} levels; the limit is ${LIMITS.maxDepth}.`);
          }
          if (introspectionDepth > LIMITS.maxIntrospectionDepth) {
            throw requestRejected(
              ErrorCode.QUERY_TOO_DEEP,
              `The introspection query nests ${introspectionDepth} levels; the limit is ${LIMITS.maxIntrospectionDepth}.`,
            );
          }
          if (complexity > LIMITS.maxComplexity) {
            throw requestRejected(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The query's estimated cost is ${complexity}; the budget is ${LIMITS.maxComplexity}. Ask for smaller pages (first/limit/k) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
