/** Path mode: the shortest paths between two entities, each a row read left to right. */
import type { ApiEntity, ApiPath, ApiRelationship } from '../api/types.ts';
import type { Layer } from './elements.ts';
import type { Point } from './lineage.ts';

export function pathLayer(paths: readonly ApiPath[], from: string, to: string): Layer {
  const nodes = new Map<string, ApiEntity>();
  const rels = new Map<string, ApiRelationship>();
  const classes = new Map<string, string[]>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const r of p.relationships) {
      rels.set(r.id, r);
      classes.set(r.id, ['path']);
    }
  }
  if (nodes.has(from)) classes.set(from, ['endpoint']);
  if (nodes.has(to)) classes.set(to, ['endpoint']);
  return { nodes: [...nodes.values()], relationships: [...rels.values()], classes, truncated: false };
}

export function pathPositions(paths: readonly ApiPath[], gapX = 200, gapY = 110): Map<string, Point> {
  const positions = new Map<string, Point>();
  paths.forEach((p, row) => {
    p.nodes.forEach((n, i) => {
      if (!positions.has(n.id)) positions.set(n.id, { x: i * gapX, y: row * gapY });
    });
  });
  return positions;
}
