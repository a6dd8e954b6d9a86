/**
 * Compare mode: the places side by side with every industry they have.
 * Industries all places share are classed `shared` (lit), each place's own
 * `unique` (dimmed); chains (parents) come along so segments nest in them.
 */
import type { ApiEntity, ApiRelationship, ApiSharedChains } from '../api/types.ts';
import type { Layer } from './elements.ts';

export function compareLayer(result: ApiSharedChains, develops: readonly ApiRelationship[]): Layer {
  const nodes = new Map<string, ApiEntity>();
  const classes = new Map<string, string[]>();
  const rels = new Map<string, ApiRelationship>();
  const mark = (id: string, cls: string) => classes.set(id, [...new Set([...(classes.get(id) ?? []), cls])]);

  for (const p of result.places) {
    nodes.set(p.id, p);
    mark(p.id, 'compared');
  }
  const shared = new Set(result.shared.map((s) => s.industry.id));
  const addIndustry = (ind: ApiEntity & { parents?: ApiEntity[] }, cls: string) => {
    const { parents, ...entity } = ind;
    if (!nodes.has(entity.id)) nodes.set(entity.id, entity);
    mark(entity.id, cls);
    const parent = parents?.[0];
    if (parent) {
      if (!nodes.has(parent.id)) {
        nodes.set(parent.id, parent);
        if (!shared.has(parent.id)) mark(parent.id, 'context');
      }
      const id = `PART_OF:${entity.id}->${parent.id}`;
      rels.set(id, { id, type: 'PART_OF', role: null, start: { id: entity.id }, end: { id: parent.id } });
    }
  };
  for (const s of result.shared) addIndustry(s.industry, 'shared');
  for (const u of result.unique) for (const ind of u.industries) addIndustry(ind, 'unique');

  for (const r of develops) {
    if (!nodes.has(r.start.id) || !nodes.has(r.end.id)) continue;
    rels.set(r.id, r);
    mark(r.id, shared.has(r.end.id) ? 'shared' : 'unique');
  }
  return { nodes: [...nodes.values()], relationships: [...rels.values()], classes, truncated: false };
}
