/** Error codes and request limits, over HTTP: what a client sees when it asks badly. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { StoreError, type GraphStore } from '../../server/store/port.ts';
import { LIMITS } from '../../server/graphql/limits.ts';
import { getIntrospectionQuery } from '../../server/graphql/graphql-js.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { startApi, type Api } from './harness.ts';

const Z_WH = 'zone:武汉经济技术开发区';

describe('API errors and limits', () => {
  let api: Api;
  let store: GraphStore;
  beforeAll(async () => {
    store = createEmbeddedStore(smallGraph());
    api = await startApi(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  describe('NOT_FOUND for unknown ids in top-level lookups', () => {
    const cases: Array<[string, string]> = [
      ['entity', `{ entity(id: "zone:不存在") { id } }`],
      ['zone', `{ zone(id: "zone:不存在") { id } }`],
      ['zone given a region id', `{ zone(id: "region:420100") { id } }`],
      ['relationship', `{ relationship(id: "DEVELOPS:a->b") { id } }`],
      ['evidence', `{ evidence(relationship: "DEVELOPS:a->b") { text } }`],
      ['document', `{ document(id: "doc:nope") { id } }`],
      ['lineage', `{ lineage(program: "program:nope") { root { id } } }`],
      ['neighbourhood', `{ neighbourhood(ids: ["${Z_WH}", "nowhere"]) { truncated } }`],
      ['paths', `{ paths(from: "${Z_WH}", to: "nowhere") { length } }`],
      ['sharedChains', `{ sharedChains(places: ["${Z_WH}", "nowhere"]) { similarity } }`],
      ['similarZones', `{ similarZones(place: "nowhere") { score } }`],
      ['chainPlaces', `{ chainPlaces(chain: "industry:nope") { place { id } } }`],
      ['programs', `{ programs(place: "nowhere") { id } }`],
      ['targets', `{ targets(industry: "nowhere") { id } }`],
      ['entities filter', `{ entities(filter: { chain: "nowhere" }) { totalCount } }`],
    ];
    for (const [name, query] of cases) {
      it(name, async () => {
        const { message, status } = await api.error(query, undefined, 'NOT_FOUND');
        expect(status).toBe(200);
        expect(message).toMatch(/No .* with id or name/);
      });
    }
  });

  describe('BAD_USER_INPUT for malformed arguments', () => {
    const many = Array.from({ length: LIMITS.maxIds + 1 }, (_, i) => `zone:${i}`);
    const cases: Array<[string, string, Record<string, unknown>?]> = [
      ['empty search text', `{ search(text: "   ") { score } }`],
      ['negative search limit', `{ search(text: "汽车", limit: -1) { score } }`],
      ['page too large', `{ entities(first: ${LIMITS.maxPageSize + 1}) { totalCount } }`],
      ['negative page', `{ entities(first: -5) { totalCount } }`],
      ['negative depth', `{ neighbourhood(ids: ["${Z_WH}"], depth: -1) { truncated } }`],
      ['negative k', `{ similarZones(place: "${Z_WH}", k: -1) { score } }`],
      ['too many ids', `query($ids: [ID!]!) { neighbourhood(ids: $ids) { truncated } }`, { ids: many }],
      ['no ids', `{ neighbourhood(ids: []) { truncated } }`],
      ['industry where a place is needed', `{ sharedChains(places: ["industry:汽车"]) { similarity } }`],
      ['entity with neither id nor name', `{ entity { id } }`],
      ['bad enum literal', `{ search(text: "汽车", labels: [Planet]) { score } }`],
      ['bad enum variable', `query($l: [NodeLabel!]) { search(text: "汽车", labels: $l) { score } }`, { l: ['Planet'] }],
      ['string for an Int', `{ search(text: "汽车", limit: "ten") { score } }`],
    ];
    for (const [name, query, variables] of cases) {
      it(name, async () => {
        const { status } = await api.error(query, variables, 'BAD_USER_INPUT');
        expect([200, 400]).toContain(status);
      });
    }
  });

  describe('request limits', () => {
    it(`rejects queries nested deeper than ${LIMITS.maxDepth}`, async () => {
      let inner = 'id';
      for (let i = 0; i < 7; i++) inner = `relationships { start { ${inner} } }`;
      const { status, message } = await api.error(`{ zone(id: "${Z_WH}") { ${inner} } }`, undefined, 'QUERY_TOO_DEEP');
      expect(status).toBe(400);
      expect(message).toMatch(/limit is 12/);
    });

    it('rejects queries over the cost budget, counting `first` from variables', async () => {
      const query = `query($n: Int) { entities(first: $n) { nodes { relationships { start { relationships { evidence { text } } } } } } }`;
      const { status } = await api.error(query, { n: 500 }, 'QUERY_TOO_COMPLEX');
      expect(status).toBe(400);
      // The same shape with a small page is fine.
      const ok = await api.post(query, { n: 2 });
      expect(ok.body.errors).toBeUndefined();
    });

    it('rejects fragment bombs by cost without hanging', async () => {
      const fragments = ['fragment F0 on Entity { id relationships { id } }'];
      for (let i = 1; i < 20; i++) fragments.push(`fragment F${i} on Entity { ...F${i - 1} relationships { start { ...F${i - 1} } } }`);
      const query = `{ entities(first: 50) { nodes { ...F19 } } } ${fragments.join(' ')}`;
      const res = await api.post(query);
      expect(res.status).toBe(400);
      expect(res.body.errors![0]!.extensions!.code).toMatch(/QUERY_TOO_(DEEP|COMPLEX)/);
    });

    it(`rejects query text over ${LIMITS.maxQueryBytes} bytes with QUERY_TOO_LARGE`, async () => {
      const query = `{ stats { nodes } } # ${'x'.repeat(LIMITS.maxQueryBytes)}`;
      const { status } = await api.error(query, undefined, 'QUERY_TOO_LARGE');
      expect(status).toBe(400);
      const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`);
      expect(get.status).toBe(400);
      expect(((await get.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    });

    it(`answers 413 with a GraphQL error for bodies over ${LIMITS.maxBodyBytes} bytes`, async () => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { nodes } }', variables: { pad: 'x'.repeat(LIMITS.maxBodyBytes) } }),
      });
      expect(res.status).toBe(413);
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      // The server is still answering.
      expect((await api.data('{ stats { nodes } }')).stats.nodes).toBe(smallGraph().nodes.length);
    });

    it('answers malformed JSON and wrong content types with 4xx GraphQL errors', async () => {
      const bad = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as any).errors[0].message).toMatch(/not valid JSON/);
      const text = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ stats { nodes } }' });
      expect(text.status).toBe(415);
      expect(((await text.json()) as any).errors).toHaveLength(1);
      const put = await fetch(`${api.url}/graphql`, { method: 'PUT', body: '{}' });
      expect(put.status).toBe(405);
    });

    it('answers the full standard introspection query (as GraphiQL sends it)', async () => {
      const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
      const d = await api.data(query);
      expect(d.__schema.types.some((t: any) => t.name === 'Zone')).toBe(true);
    });

    it('rejects introspection that nests lists to blow up the response', async () => {
      let inner = 'name';
      for (let i = 0; i < 5; i++) inner = `fields { type { ${inner} } }`;
      const res = await api.post(`{ __schema { types { ${inner} } } }`);
      expect(res.status).toBe(400);
      // graphql-js's own introspection-depth rule or our cost budget, whichever sees it first.
      expect(res.body.errors![0]!.extensions!.code).toMatch(/QUERY_TOO_(DEEP|COMPLEX)|GRAPHQL_VALIDATION_FAILED/);
    });

    it('serves GET queries and keeps introspection on', async () => {
      const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __schema { queryType { name } } stats { nodes } }')}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      expect(body.data.__schema.queryType.name).toBe('Query');
    });
  });

  describe('store failures', () => {
    it('hides internal error text and passes StoreError codes through', async () => {
      const broken = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'stats') return async () => { throw new Error('ENOENT /secret/path/graph.ndjson'); };
          if (prop === 'report') return async () => { throw new StoreError('Neo4j is not reachable at bolt://db:7687', 'STORE_UNAVAILABLE'); };
          return Reflect.get(target, prop, receiver);
        },
      });
      const other = await startApi(broken);
      try {
        const res = await other.post('{ stats { nodes } }');
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.body)).not.toContain('secret');
        expect(res.body.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
        const rep = await other.post('{ report { facts } }');
        expect(rep.body.errors![0]!.extensions!.code).toBe('STORE_UNAVAILABLE');
      } finally {
        await other.close();
      }
    });
  });
});
