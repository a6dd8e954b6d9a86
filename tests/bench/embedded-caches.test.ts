/**
 * The embedded store keeps walks many questions repeat (a place's industries
 * with their ancestors, the places under an industry, degrees, the search
 * tie-break ranks) until the graph changes. A store whose caches were filled
 * before a write must answer like a store that never saw the graph before it.
 */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../shared/graph.ts';
import { createEmbeddedStore } from '../../server/store/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

async function answers(store: GraphStore, graph: GraphData): Promise<unknown> {
  const places = graph.nodes.filter((n) => n.label === 'Zone' || n.label === 'Region').map((n) => n.id);
  const industries = graph.nodes.filter((n) => n.label === 'Industry').map((n) => n.id);
  return {
    similar: await Promise.all(places.map((p) => store.similarPlaces(p, 10))),
    coverage: await store.industryCoverage(places),
    chains: await Promise.all(industries.map((i) => store.chainPlaces(i))),
    degrees: await store.degrees(graph.nodes.map((n) => n.id)),
    search: await Promise.all(['武汉', '汽车', '开发区', 'wuhan'].map((text) => store.search({ text, limit: 10 }))),
  };
}

describe('embedded store caches follow writes', () => {
  it('after removing each document, a store with warm caches answers like a cold one', async () => {
    const graph = smallGraph();
    for (const doc of graph.documents) {
      const warm = createEmbeddedStore(graph);
      const before = await answers(warm, graph);
      await warm.removeDocument(doc.id);
      const cold = createEmbeddedStore(graph);
      await cold.removeDocument(doc.id);
      const after = await answers(cold, graph);
      expect(await answers(warm, graph), doc.id).toEqual(after);
      // The write changed something these questions see, or the comparison proves nothing.
      expect(after, doc.id).not.toEqual(before);
    }
  });
});
