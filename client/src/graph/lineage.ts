/**
 * Lineage mode: a program, what it cites (upstream, drawn above) and what
 * cites it (downstream, below), then whom it applies to, which industries it
 * targets and who issued it. Positions are computed here (a top-to-bottom
 * layered drawing) rather than by a generic layout, because the meaning of
 * "up" is fixed: the older, higher-level plans sit on top.
 */
import type { ApiEntity, ApiLineage, ApiProgramDetail, ApiRelationship } from '../api/types.ts';
import type { Layer } from './elements.ts';

export function lineageLayer(lineage: ApiLineage | null, program: ApiProgramDetail | null): Layer {
  const nodes = new Map<string, ApiEntity>();
  const classes = new Map<string, string[]>();
  const rels: ApiRelationship[] = [];
  if (lineage) {
    nodes.set(lineage.root.id, lineage.root);
    classes.set(lineage.root.id, ['root']);
    for (const e of lineage.entries) {
      nodes.set(e.program.id, e.program);
      classes.set(e.program.id, [e.depth > 0 ? 'upstream' : 'downstream']);
    }
    rels.push(...lineage.relationships);
  }
  if (program) {
    const { appliesTo, targets, issuers, responsible, relationships, docNumber: _d, issuedOn: _i, ...root } = program;
    if (!nodes.has(root.id)) {
      nodes.set(root.id, root);
      classes.set(root.id, ['root']);
    }
    for (const e of [...appliesTo, ...targets, ...issuers, ...responsible]) if (!nodes.has(e.id)) nodes.set(e.id, e);
    for (const r of relationships) if (nodes.has(r.start.id) && nodes.has(r.end.id)) rels.push(r);
  }
  return { nodes: [...nodes.values()], relationships: rels, classes, truncated: false };
}

export interface Point {
  x: number;
  y: number;
}

/** Rows: upstream programs by depth on top, root, downstream below, then issuers, places, industries. */
export function lineagePositions(lineage: ApiLineage | null, program: ApiProgramDetail | null, gapX = 190, gapY = 130): Map<string, Point> {
  const rows = new Map<number, string[]>();
  const put = (row: number, id: string, seen: Set<string>) => {
    if (seen.has(id)) return;
    seen.add(id);
    rows.set(row, [...(rows.get(row) ?? []), id]);
  };
  const seen = new Set<string>();
  const rootId = lineage?.root.id ?? program?.id;
  if (rootId) put(0, rootId, seen);
  let lowest = 0;
  for (const e of [...(lineage?.entries ?? [])].sort((a, b) => b.depth - a.depth || (a.program.id < b.program.id ? -1 : 1))) {
    put(-e.depth, e.program.id, seen);
    lowest = Math.max(lowest, -e.depth);
  }
  if (program) {
    const orgs = [...program.issuers, ...program.responsible];
    if (orgs.length) for (const o of orgs) put(-1 - Math.max(0, ...(lineage?.entries ?? []).map((e) => e.depth)), o.id, seen);
    for (const p of program.appliesTo) put(lowest + 1, p.id, seen);
    for (const i of program.targets) put(lowest + 2, i.id, seen);
  }
  const positions = new Map<string, Point>();
  for (const [row, ids] of rows) {
    ids.forEach((id, i) => positions.set(id, { x: (i - (ids.length - 1) / 2) * gapX, y: row * gapY }));
  }
  return positions;
}
