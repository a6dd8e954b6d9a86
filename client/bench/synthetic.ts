/**
 * A synthetic places-and-chains graph of a given element count, shaped like
 * the overview (zones DEVELOP industries; industries nest in chains), mapped
 * through the explorer's own element mapping so compounds are exercised.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ApiEntity, ApiRelationship } from '../src/api/types.ts';
import { assemble } from '../src/graph/elements.ts';
import { emptyFilters } from '../src/state/view-state.ts';

/** Deterministic PRNG (mulberry32) so every run draws the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticElements(target: number, seed = 42): ElementDefinition[] {
  const rand = random(seed);
  // About 30 % nodes, 70 % edges, as in the seed overview.
  const nodeCount = Math.round(target * 0.3);
  const chains = Math.max(3, Math.round(nodeCount * 0.03));
  const industries = Math.round(nodeCount * 0.35);
  const places = nodeCount - chains - industries;
  const nodes: ApiEntity[] = [];
  const rels: ApiRelationship[] = [];
  const ent = (id: string, label: ApiEntity['label'], name: string): ApiEntity => ({ id, label, name, nameEn: `${label} ${id}`, pinyin: null, degree: 0 });
  for (let i = 0; i < chains; i++) nodes.push(ent(`industry:chain${i}`, 'Industry', `产业链${i}`));
  for (let i = 0; i < industries; i++) {
    nodes.push(ent(`industry:seg${i}`, 'Industry', `细分产业${i}`));
    const chain = `industry:chain${Math.floor(rand() * chains)}`;
    rels.push({ id: `PART_OF:industry:seg${i}->${chain}`, type: 'PART_OF', role: null, start: { id: `industry:seg${i}` }, end: { id: chain } });
  }
  for (let i = 0; i < places; i++) nodes.push(ent(`zone:z${i}`, i % 7 === 0 ? 'Region' : 'Zone', `开发区${i}`));
  const edgesWanted = target - nodeCount;
  const seen = new Set(rels.map((r) => r.id));
  while (rels.length < edgesWanted) {
    const p = `zone:z${Math.floor(rand() * places)}`;
    // Places favour a few popular industries, as real plans do.
    const ind = Math.floor(Math.pow(rand(), 2) * (industries + chains));
    const target = ind < industries ? `industry:seg${ind}` : `industry:chain${ind - industries}`;
    const id = `DEVELOPS:${p}->${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    rels.push({ id, type: 'DEVELOPS', role: 'general', start: { id: p }, end: { id: target } });
  }
  const degree = new Map<string, number>();
  for (const r of rels) for (const id of [r.start.id, r.end.id]) degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  return assemble({ nodes, relationships: rels, truncated: false }, { lang: 'zh', filters: emptyFilters(), hidden: new Set(), allowed: null });
}
