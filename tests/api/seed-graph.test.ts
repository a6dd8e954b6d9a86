/**
 * The API over the real seed graph (graph-seed/out/graph.ndjson, built by
 * `npm run build:graph`): answers checked against the file itself.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../shared/graph-file.ts';
import { toSimplified } from '../../shared/chinese.ts';
import type { GraphData } from '../../shared/graph.ts';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { EXAMPLES } from '../../server/graphiql/examples.ts';
import { startApi, type Api } from './harness.ts';
import { skipSuite } from '../helpers/prerequisite.ts';

const GRAPH_PATH = new URL('../../graph-seed/out/graph.ndjson', import.meta.url).pathname;
const missing = existsSync(GRAPH_PATH) ? null : `${GRAPH_PATH} does not exist`;

describe.skipIf(skipSuite('API SEED-GRAPH SUITE', missing, 'npm run build:graph'))('API over the seed graph file', () => {
  let graph: GraphData;
  let store: GraphStore;
  let api: Api;
  beforeAll(async () => {
    graph = await readGraphFile(GRAPH_PATH);
    store = createEmbeddedStore(graph);
    api = await startApi(store);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  it('stats match the file', async () => {
    const d = await api.data('{ stats { nodes relationships documents facts } documents { id characters } }');
    expect(d.stats).toEqual({ nodes: graph.nodes.length, relationships: graph.relationships.length, documents: graph.documents.length, facts: graph.facts.length });
    expect(d.documents.map((x: any) => [x.id, x.characters]).sort()).toEqual(graph.documents.map((x) => [x.id, x.text.length]).sort());
  });

  it('evidence of stated relationships slices out of the original documents', async () => {
    const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
    const stated = graph.relationships.filter((r) => r.evidence.length > 0).slice(0, 60);
    expect(stated.length).toBeGreaterThan(0);
    const query = `{ ${stated.map((r, i) => `r${i}: relationship(id: ${JSON.stringify(r.id)}) { id evidence { start end text document { id } } }`).join(' ')} }`;
    const d = await api.data(query);
    stated.forEach((r, i) => {
      const got = d[`r${i}`];
      expect(got.id).toBe(r.id);
      expect(got.evidence).toHaveLength(r.evidence.length);
      for (const e of got.evidence) expect(texts.get(e.document.id)!.slice(e.start, e.end)).toBe(e.text);
    });
  });

  it('search finds nodes by Traditional aliases and by pinyin without spaces', async () => {
    const traditional = graph.nodes
      .flatMap((n) => n.aliases.filter((a) => toSimplified(a) !== a).map((a) => [n, a] as const))
      .slice(0, 15);
    for (const [node, alias] of traditional) {
      const d = await api.data(`query($t: String!) { search(text: $t, limit: 100) { entity { id } } }`, { t: alias });
      expect(d.search.map((h: any) => h.entity.id), alias).toContain(node.id);
    }
    const withPinyin = graph.nodes.filter((n) => n.pinyin && n.label !== 'Document').slice(0, 15);
    for (const node of withPinyin) {
      const d = await api.data(`query($t: String!) { search(text: $t, limit: 100) { entity { id } } }`, { t: node.pinyin!.replaceAll(' ', '') });
      expect(d.search.map((h: any) => h.entity.id), node.pinyin).toContain(node.id);
    }
  });

  it('the busiest node: card and neighbourhood agree with the file', async () => {
    const degree = new Map<string, number>();
    for (const r of graph.relationships) for (const id of [r.start, r.end]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const [busiest, count] = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const d = await api.data(`query($id: ID!) { entity(id: $id) { id degree relationships { id } } neighbourhood(ids: [$id], limit: 5000) { nodes { id } truncated } }`, { id: busiest });
    expect(d.entity.degree).toBe(count);
    expect(d.entity.relationships).toHaveLength(count);
    const neighbours = new Set([busiest, ...graph.relationships.filter((r) => r.start === busiest || r.end === busiest).map((r) => (r.start === busiest ? r.end : r.start))]);
    expect(d.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([...neighbours].sort());
  });

  it('GraphiQL examples run; the only errors allowed are names this graph lacks', async () => {
    for (const example of EXAMPLES.filter((e) => !e.mutation)) {
      const res = await api.post(example.query, example.variables);
      for (const e of res.body.errors ?? []) expect(e.extensions?.code, `${example.title}: ${e.message}`).toBe('NOT_FOUND');
    }
  });
});
