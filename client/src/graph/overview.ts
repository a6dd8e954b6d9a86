/**
 * The opening picture: places and the industry chains they develop. From
 * the neighbourhood of every industry (DEVELOPS and PART_OF, one hop), keep
 * the places that develop something, the industries they develop, and the
 * chains those industries belong to (PART_OF ancestors), so the canvas
 * shows chains as boxes with the developed segments inside.
 */
import type { ApiEntity, ApiRelationship, ApiSubgraph } from '../api/types.ts';
import type { Layer } from './elements.ts';

/** Places drawn at most in the overview; beyond it the busiest places are kept and the view says it is truncated. */
export const OVERVIEW_MAX_PLACES = 800;

export function overviewLayer(sub: ApiSubgraph, maxPlaces = OVERVIEW_MAX_PLACES): Layer {
  const byId = new Map(sub.nodes.map((n) => [n.id, n]));
  let develops = sub.relationships.filter((r) => r.type === 'DEVELOPS' && byId.has(r.start.id) && byId.has(r.end.id));
  const perPlace = new Map<string, number>();
  for (const r of develops) perPlace.set(r.start.id, (perPlace.get(r.start.id) ?? 0) + 1);
  const cut = perPlace.size > maxPlaces;
  if (cut) {
    const kept = new Set([...perPlace.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxPlaces).map(([id]) => id));
    develops = develops.filter((r) => kept.has(r.start.id));
  }
  const partOf = new Map<string, string[]>();
  for (const r of sub.relationships) {
    if (r.type !== 'PART_OF') continue;
    if (byId.get(r.start.id)?.label !== 'Industry' || byId.get(r.end.id)?.label !== 'Industry') continue;
    partOf.set(r.start.id, [...(partOf.get(r.start.id) ?? []), r.end.id]);
  }

  const keep = new Set<string>();
  for (const r of develops) {
    keep.add(r.start.id);
    keep.add(r.end.id);
  }
  // Chains above each developed industry.
  const stack = develops.map((r) => r.end.id);
  while (stack.length) {
    const id = stack.pop()!;
    for (const up of partOf.get(id) ?? []) {
      if (!keep.has(up)) {
        keep.add(up);
        stack.push(up);
      }
    }
  }

  const nodes: ApiEntity[] = [...keep].map((id) => byId.get(id)!).filter(Boolean);
  const relationships: ApiRelationship[] = sub.relationships.filter(
    (r) => keep.has(r.start.id) && keep.has(r.end.id) && (r.type === 'DEVELOPS' || r.type === 'PART_OF'),
  );
  return { nodes, relationships, truncated: sub.truncated || cut };
}
