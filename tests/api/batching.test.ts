/**
 * Store-call counting: nested fields across many entities cost a fixed number
 * of batched port calls per nesting level, not one per entity (no N+1).
 * The store is the real embedded store behind a counting Proxy.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { countingStore, startApi, type Api } from './harness.ts';

describe('per-request batching over the store port', () => {
  const counted = countingStore(createEmbeddedStore(smallGraph()));
  let api: Api;
  beforeAll(async () => {
    api = await startApi(counted.store);
  });
  afterAll(async () => {
    await api.close();
    await counted.store.close();
  });
  beforeEach(() => counted.reset());

  const calls = (method: string) => counted.calls.get(method) ?? 0;

  it('the store offers batched relationshipsOfMany (else nested relationships cost one call per node)', () => {
    expect(typeof counted.store.relationshipsOfMany).toBe('function');
  });

  it('two levels of relationships over every entity: O(levels) calls, not O(entities)', async () => {
    const d = await api.data(`{
      entities(first: 100) {
        nodes {
          id degree documents { id }
          relationships { id start { id degree relationships { id end { id name degree } } } }
        }
      }
    }`);
    const nodes = d.entities.nodes as Array<{ relationships: Array<{ start: { id: string } }> }>;
    const nestedStarts = new Set(nodes.flatMap((n) => n.relationships.map((r) => r.start.id)));
    expect(nodes.length).toBe(smallGraph().nodes.length);
    expect(nestedStarts.size).toBeGreaterThan(10);
    console.info(`nested query over ${nodes.length} entities: store calls ${JSON.stringify(Object.fromEntries(counted.calls))}`);
    // One relationshipsOfMany per nesting level; never the per-node method.
    expect(calls('relationshipsOf')).toBe(0);
    expect(calls('relationshipsOfMany')).toBeLessThanOrEqual(2);
    // Node fetches: the start nodes, then the end nodes not already known.
    expect(calls('getNodes')).toBeLessThanOrEqual(2);
    expect(calls('degrees')).toBeLessThanOrEqual(3);
    expect(calls('listDocuments')).toBeLessThanOrEqual(1);
    expect(calls('listNodes')).toBe(1);
  });

  it('typed fields over search hits share the same batches', async () => {
    await api.data(`{
      search(text: "汽车", limit: 50) {
        entity {
          ... on Industry { segments { id } places { id } companies { id } programs { id } parents { id } }
          ... on Zone { industries { industry { id } } locatedIn { id } contains { id } programs { id } }
          ... on Program { issuers { id } cites { id } citedBy { id } targets { id } }
        }
      }
    }`);
    expect(calls('relationshipsOf')).toBe(0);
    // parents walks the taxonomy upwards one ring per batch (depth ≤ 3 in the fixture).
    expect(calls('relationshipsOfMany')).toBeLessThanOrEqual(4);
    expect(calls('getNodes')).toBeLessThanOrEqual(4);
    expect(calls('search')).toBe(1);
  });

  it('a neighbourhood drawn with degrees and evidence documents costs a handful of calls', async () => {
    await api.data(`{ neighbourhood(ids: ["zone:武汉经济技术开发区"], depth: 2, limit: 500) {
      nodes { id degree } relationships { id start { id } end { id } evidence { document { id } } }
    } }`);
    expect(calls('neighbourhood')).toBe(1);
    expect(calls('degrees')).toBe(1);
    expect(calls('getNodes')).toBeLessThanOrEqual(1);
    expect(calls('listDocuments')).toBe(1);
  });
});
