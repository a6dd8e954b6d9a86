/**
 * The HTTP response cache: a repeated read query is answered from the cache
 * (no store calls) with the same bytes the executed query gave; errors and
 * mutations are never replayed; an ingest or a removal makes the next read
 * see the new graph. ETag / If-None-Match give 304 for bytes the client holds.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { countingStore, startApi, type Api } from './harness.ts';

const TOKEN = 'test-cache-token-0123456789abcdef';
const AUTH = { authorization: `Bearer ${TOKEN}` };

const QUERIES: Array<[string, Record<string, unknown> | undefined]> = [
  ['{ stats { nodes relationships documents nodesByLabel { label count } } }', undefined],
  ['query($t: String!) { search(text: $t, limit: 10) { score entity { id name label } } }', { t: '武汉' }],
  [
    `query($id: ID!) { entity(id: $id) { id name degree relationships { id type start { id } end { id name } evidence { text start end document { id title } } } } }`,
    { id: 'zone:武汉经济技术开发区' },
  ],
  ['{ neighbourhood(ids: ["zone:武汉经济技术开发区"], depth: 2, limit: 500) { nodes { id degree } relationships { id } } }', undefined],
];

async function raw(api: Api, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('response cache for read queries', () => {
  const counted = countingStore(createEmbeddedStore(smallGraph()));
  const calls = () => [...counted.calls.values()].reduce((a, b) => a + b, 0);
  let cached: Api;
  let uncached: Api;
  beforeAll(async () => {
    cached = await startApi(counted.store, { ingestToken: TOKEN });
    uncached = await startApi(createEmbeddedStore(smallGraph()), { responseCache: false });
  });
  afterAll(async () => {
    await cached.close();
    await uncached.close();
    await counted.store.close();
  });
  beforeEach(() => counted.reset());

  it('answers a repeated query from the cache with the bytes an uncached server gives', async () => {
    for (const [query, variables] of QUERIES) {
      const reference = await raw(uncached, query, variables);
      expect(reference.status).toBe(200);
      expect(reference.text).not.toContain('"errors"');
      expect(reference.headers.get('etag')).toBeNull();
      counted.reset();
      const first = await raw(cached, query, variables);
      expect(calls(), 'the first ask runs against the store').toBeGreaterThan(0);
      counted.reset();
      const second = await raw(cached, query, variables);
      expect(calls(), 'the second ask is replayed').toBe(0);
      for (const r of [first, second]) {
        expect(r.status).toBe(200);
        expect(r.text).toBe(reference.text);
        expect(r.headers.get('content-type')).toBe(reference.headers.get('content-type'));
        expect(r.headers.get('access-control-allow-origin')).toBe('*');
      }
      expect(second.headers.get('etag')).toMatch(/^"[\w-]+"$/);
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    }
  });

  it('honours the negotiated content type per Accept header, and GET', async () => {
    const [query] = QUERIES[0]!;
    const gqlJson = { accept: 'application/graphql-response+json' };
    const reference = await raw(uncached, query, undefined, gqlJson);
    await raw(cached, query); // caches the application/json answer
    const a = await raw(cached, query, undefined, gqlJson);
    const b = await raw(cached, query, undefined, gqlJson);
    expect(reference.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    for (const r of [a, b]) expect(r.headers.get('content-type')).toBe(reference.headers.get('content-type'));

    const url = `${cached.url}/graphql?query=${encodeURIComponent(query)}`;
    const get1 = await fetch(url, { headers: { accept: 'application/json' } });
    const text1 = await get1.text();
    counted.reset();
    const get2 = await fetch(url, { headers: { accept: 'application/json' } });
    expect(await get2.text()).toBe(text1);
    expect(calls()).toBe(0);
    expect(get2.headers.get('etag')).toBe(get1.headers.get('etag'));
  });

  it('answers If-None-Match with 304 and no body; a stale tag gets the body', async () => {
    const [query, variables] = QUERIES[1]!;
    const first = await raw(cached, query, variables);
    const etag = first.headers.get('etag')!;
    const notModified = await raw(cached, query, variables, { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    const stale = await raw(cached, query, variables, { 'if-none-match': '"not-this-one"' });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);
  });

  it('never replays errors', async () => {
    const query = '{ entity(id: "zone:nowhere") { id } }';
    const one = await raw(cached, query);
    const callsOnce = calls();
    const two = await raw(cached, query);
    expect(one.text).toContain('NOT_FOUND');
    expect(two.text).toBe(one.text);
    expect(calls()).toBe(2 * callsOnce);
    expect(two.headers.get('etag')).toBeNull();
  });

  it('an ingest and a removal make the next read see the changed graph; mutations are never replayed', async () => {
    const STATS = '{ stats { nodes documents } documents { id } }';
    const before = JSON.parse((await raw(cached, STATS)).text).data;
    expect(JSON.parse((await raw(cached, STATS)).text).data).toEqual(before); // now served from the cache
    const text = '襄阳高新技术产业开发区位于襄阳市，重点发展新能源汽车和动力电池产业。东风汽车股份有限公司在襄阳高新区建成整车生产基地。';
    const INGEST = 'mutation($input: IngestInput!) { ingestDocument(input: $input) { document { id } stats { documents } } }';
    const ingested = JSON.parse((await raw(cached, INGEST, { input: { filename: 'cache-test.txt', content: text } }, AUTH)).text);
    expect(ingested.errors).toBeUndefined();
    const id = ingested.data.ingestDocument.document.id as string;

    const after = JSON.parse((await raw(cached, STATS)).text).data;
    expect(after.stats.documents).toBe(before.stats.documents + 1);
    expect(after.stats.nodes).toBeGreaterThan(before.stats.nodes);
    expect(after.documents.map((d: { id: string }) => d.id)).toContain(id);

    // The same mutation text again is executed again, not replayed.
    const again = JSON.parse((await raw(cached, INGEST, { input: { filename: 'cache-test.txt', content: text } }, AUTH)).text);
    expect(again.errors).toBeUndefined();

    const REMOVE = 'mutation($id: ID!) { removeDocument(id: $id) { documents } }';
    expect(JSON.parse((await raw(cached, REMOVE, { id }, AUTH)).text).data.removeDocument.documents).toBe(before.stats.documents);
    const removedAgain = JSON.parse((await raw(cached, REMOVE, { id }, AUTH)).text);
    expect(removedAgain.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const end = JSON.parse((await raw(cached, STATS)).text).data;
    expect(end.stats.documents).toBe(before.stats.documents);
    expect(end.documents).toEqual(before.documents);
  }, 120_000);
});
