/**
 * Compiled execution (server/graphql/executor.ts) answers exactly as
 * graphql-js: a document runs through graphql-js the first time and through
 * graphql-jit's compiled code after that, so asking every question twice
 * compares the two — data, errors (messages, codes, paths), HTTP status —
 * on the small fixture graph and, when built, the seed graph. Questions: the
 * GraphiQL examples, the API benchmark's questions with all their variables,
 * and hand-written shapes (aliases, fragments, __typename, errors inside
 * lists, bad variables).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../shared/graph-file.ts';
import type { GraphData } from '../../shared/graph.ts';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { createContext } from '../../server/graphql/context.ts';
import { createExecutor } from '../../server/graphql/executor.ts';
import { parse, validate, type OperationDefinitionNode } from '../../server/graphql/graphql-js.ts';
import { Ingestor } from '../../server/graphql/ingest.ts';
import { resolvers } from '../../server/graphql/resolvers/index.ts';
import { executableSchema } from '../../server/graphql/schema.ts';
import { EXAMPLES } from '../../server/graphiql/examples.ts';
import { pickTargets, zonegraphQueries } from '../../server/bench/api/queries.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { skipSuite } from '../helpers/prerequisite.ts';
import { countingStore, startApi, type Api } from './harness.ts';

const SEED = new URL('../../graph-seed/out/graph.ndjson', import.meta.url).pathname;

interface Question {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

function questionsFor(graph: GraphData): Question[] {
  const zone = graph.nodes.find((n) => n.label === 'Zone')!;
  const rel = graph.relationships.find((r) => r.evidence.length > 0)!;
  const out: Question[] = [
    ...EXAMPLES.filter((e) => !e.mutation).map((e) => ({ name: e.title, query: e.query, ...(e.variables ? { variables: e.variables } : {}) })),
    ...zonegraphQueries(pickTargets(graph)).flatMap((q) => q.variants.map((variables, i) => ({ name: `${q.key} #${i}`, query: q.query, variables }))),
    {
      name: 'aliases, fragments, __typename, inline fragments',
      query: `fragment Card on Entity { __typename id name ... on Zone { kind industries { role industry { name } } } ... on Region { level code } }
        query Q($id: ID!) { a: entity(id: $id) { ...Card relationships(direction: OUT) { type t: __typename start { ...Card } end { id } } }
          b: search(text: "武汉", limit: 3) { score entity { ...Card } } stats { nodes } }`,
      variables: { id: zone.id },
    },
    { name: 'unknown id: NOT_FOUND with a path', query: `query Q($id: ID!) { entity(id: $id) { id } }`, variables: { id: 'zone:no-such-zone' } },
    { name: 'errors beside data', query: `{ ok: stats { nodes } bad: entity(id: "nope") { id } evidence(relationship: ${JSON.stringify(rel.id)}) { text } }` },
    { name: 'bad argument inside the resolver', query: `{ search(text: "   ") { score } }` },
    { name: 'negative limit', query: `{ search(text: "武汉", limit: -1) { score } }` },
    { name: 'variable of the wrong type', query: `query Q($n: Int) { search(text: "武汉", limit: $n) { score } }`, variables: { n: 'many' } },
    { name: 'missing required variable', query: `query Q($id: ID!) { entity(id: $id) { id } }`, variables: {} },
    { name: 'default variable', query: `query Q($n: Int = 2) { search(text: "开发区", limit: $n) { entity { id } } }` },
    { name: 'enum and list variables', query: `query Q($ids: [ID!]!, $d: Direction) { neighbourhood(ids: $ids, depth: 1, direction: $d) { nodes { id } } }`, variables: { ids: [zone.id], d: 'OUT' } },
    { name: 'introspection stays on graphql-js', query: `{ __type(name: "Zone") { name fields { name } } }` },
  ];
  return out;
}

function suite(name: string, load: () => Promise<GraphData>) {
  describe(name, () => {
    let graph: GraphData;
    let api: Api;
    let counted: ReturnType<typeof countingStore>;
    beforeAll(async () => {
      graph = await load();
      counted = countingStore(createEmbeddedStore(graph));
      api = await startApi(counted.store, { responseCache: false });
    }, 120_000);
    afterAll(async () => {
      await api?.close();
    });

    it('over HTTP, a question asked again (compiled) gets the same status, body and store calls as the first time (graphql-js)', async () => {
      const questions = questionsFor(graph);
      let withErrors = 0;
      const ask = async (q: Question) => {
        counted.reset();
        const res = await api.post(q.query, q.variables);
        // Store calls per port method: compiled code must batch (DataLoader) as graphql-js does.
        return { status: res.status, body: res.body, storeCalls: Object.fromEntries(counted.calls) };
      };
      for (const q of questions) {
        const first = await ask(q);
        const second = await ask(q);
        const third = await ask(q);
        expect(second, q.name).toEqual(first);
        expect(third, q.name).toEqual(first);
        if (first.body.errors) withErrors++;
      }
      expect(withErrors).toBeGreaterThanOrEqual(6);
    }, 120_000);

    it('the executor compiles each repeated query operation once and serves the same result objects', async () => {
      const schema = executableSchema(resolvers);
      const executor = createExecutor(schema);
      const store = createEmbeddedStore(graph);
      const ingestor = new Ingestor(store, null);
      const queries = questionsFor(graph).filter((q) => !/introspection|variable/.test(q.name));
      const documents = new Map<string, ReturnType<typeof parse>>();
      for (const q of queries) {
        // Apollo hands the executor the same parsed document for the same text (its document cache).
        let document = documents.get(q.query);
        if (!document) documents.set(q.query, (document = parse(q.query)));
        expect(validate(schema, document), q.name).toEqual([]);
        const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
        // Key order aside (Apollo writes errors, data, extensions in that order whatever the executor returns).
        const ask = async () => {
          const { data, errors } = await executor({ document, operation, operationName: operation.name?.value ?? null, context: createContext(store, ingestor, null), request: { variables: q.variables ?? {} } } as never);
          return { data, errors };
        };
        const first = JSON.stringify(await ask());
        const second = JSON.stringify(await ask());
        expect(second, q.name).toBe(first);
      }
      expect(executor.compiledOperations()).toBe(new Set(queries.map((q) => q.query)).size);
      await store.close();
    }, 120_000);
  });
}

suite('compiled execution over the small fixture graph', async () => smallGraph());
const missing = existsSync(SEED) ? null : `${SEED} does not exist`;
describe.skipIf(skipSuite('COMPILED EXECUTION OVER THE SEED GRAPH', missing, 'npm run build:graph'))('seed graph', () => {
  suite('compiled execution over the seed graph', () => readGraphFile(SEED));
});
