/**
 * Embedded search answers exactly as ranking every match would: the prefix
 * tiers (server/store/embedded/search-index.ts topPrefixHits) skip scoring
 * most candidates, so they are checked against scoring every node and sorting
 * by compareHits, on the seed graph scaled so score groups are big and tied,
 * before and after writes change degrees.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphData, GraphNode, NodeLabel } from '../../shared/graph.ts';
import { readGraphFile } from '../../shared/graph-file.ts';
import { createEmbeddedStore } from '../../server/store/index.ts';
import type { GraphStore, SearchHit } from '../../server/store/port.ts';
import { compareHits, normaliseQuery, scoreNode } from '../../server/store/search-score.ts';
import { scaleGraph } from '../../server/bench/api/synthetic.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { skipSuite } from '../helpers/prerequisite.ts';

const SEED = 'graph-seed/out/graph.ndjson';

function bruteForce(nodes: GraphNode[], degrees: number[], text: string, limit: number, labels?: NodeLabel[]): SearchHit[] {
  const q = normaliseQuery(text)!;
  const scored = nodes.flatMap((node, i) => {
    if (labels && !labels.includes(node.label)) return [];
    const s = scoreNode(node, q);
    return s ? [{ ...s, node, degree: degrees[i]! }] : [];
  });
  return scored.sort(compareHits).slice(0, limit).map(({ node, score, matched, matchedText }) => ({ node, score, matched, matchedText }));
}

/** Prefixes of names, aliases and pinyin, whole names and aliases: queries that land in every score tier. */
function queriesFor(nodes: GraphNode[], every: number): string[] {
  const out = new Set<string>(['武汉', '汽车', '新能源', 'wu', 'wuhan', 'qiche', '开发区', '产业', '十堰', 'a']);
  for (const n of nodes.filter((_, i) => i % every === 0)) {
    out.add(n.name.slice(0, 1));
    out.add(n.name.slice(0, 3));
    out.add(n.name);
    if (n.aliases[0]) out.add(n.aliases[0]);
    if (n.pinyin) out.add(n.pinyin.slice(0, 4));
  }
  return [...out];
}

async function expectSameAsBruteForce(graph: GraphData, store: GraphStore, every: number): Promise<number> {
  const nodes = (await store.getNodes(graph.nodes.map((n) => n.id))).filter((n): n is GraphNode => n !== null);
  const degrees = await store.degrees(nodes.map((n) => n.id));
  let compared = 0;
  for (const text of queriesFor(nodes, every)) {
    for (const limit of [1, 5, 20, 100]) {
      for (const labels of [undefined, ['Zone'] as NodeLabel[], ['Industry', 'Region'] as NodeLabel[]]) {
        const got = await store.search(labels ? { text, limit, labels } : { text, limit });
        const want = bruteForce(nodes, degrees, text, limit, labels);
        expect(got.map((h) => [h.node.id, h.score, h.matched, h.matchedText]), `${text} limit ${limit} ${labels ?? ''}`).toEqual(
          want.map((h) => [h.node.id, h.score, h.matched, h.matchedText]),
        );
        compared++;
      }
    }
  }
  return compared;
}

describe('embedded search ranking equals scoring every node', () => {
  it('on the small fixture graph ×12, before and after writes change degrees', async () => {
    const graph = scaleGraph(smallGraph(), 12);
    const store = createEmbeddedStore(graph);
    expect(await expectSameAsBruteForce(graph, store, 7)).toBeGreaterThan(100);
    // Removing relationships changes degrees, so the tie-break ranks must be rebuilt.
    const doc = graph.documents[0]!.id;
    await store.removeDocument(doc);
    const after = { ...graph, nodes: (await store.getNodes(graph.nodes.map((n) => n.id))).filter((n): n is GraphNode => n !== null) };
    await expectSameAsBruteForce(after, store, 7);
  });

  const noSeed = skipSuite('search ranking on the seed graph', existsSync(SEED) ? null : `${SEED} is not built`, 'npm run build:graph');
  it.skipIf(noSeed)('on the seed graph ×4', async () => {
    const graph = scaleGraph(await readGraphFile(SEED), 4);
    const store = createEmbeddedStore(graph);
    expect(await expectSameAsBruteForce(graph, store, 61)).toBeGreaterThan(500);
  }, 120_000);
});
