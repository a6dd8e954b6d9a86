/**
 * GraphQL answers → Cytoscape element definitions. Pure functions: the same
 * layers, filters and language always give the same elements, which is what
 * lets a URL reproduce a view and what the unit tests pin down.
 *
 * Chains are drawn as compound nodes: an industry whose segments (PART_OF)
 * are on the canvas becomes a box holding them, and the PART_OF edge it
 * replaces is not drawn.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ApiEntity, ApiRelationship, ApiSubgraph } from '../api/types.ts';
import type { Filters, Lang } from '../state/view-state.ts';

export interface Layer extends ApiSubgraph {
  /** Extra classes per node or edge id (compare: shared / unique; lineage: root …). */
  classes?: Map<string, string[]>;
}

export interface AssembleOptions {
  lang: Lang;
  filters: Filters;
  hidden: ReadonlySet<string>;
  /** Ids of entities that pass the server-side filters (document, province); null = no such filter. */
  allowed: ReadonlySet<string> | null;
  /** Entities never filtered away (what the user searched for or is comparing). */
  keep?: ReadonlySet<string>;
  /** Draw PART_OF between industries as nesting. Default true. */
  compounds?: boolean;
  expanded?: ReadonlySet<string>;
  pinned?: ReadonlySet<string>;
}

const PLACE_LABELS = new Set(['Zone', 'Region', 'Company']);

export function displayName(entity: Pick<ApiEntity, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}

/** Node diameter grows with the log of degree so hubs stand out without swallowing the view. */
export function nodeSize(degree: number): number {
  return Math.round(18 + 9 * Math.log2(1 + Math.max(0, degree)));
}

export function edgeLabel(rel: Pick<ApiRelationship, 'type' | 'role'>): string {
  return rel.role ? `${rel.type} · ${rel.role}` : rel.type;
}

/** Union of layers: later layers add nodes and relationships, and their classes accumulate. */
export function mergeLayers(layers: readonly Layer[]): Layer {
  const nodes = new Map<string, ApiEntity>();
  const rels = new Map<string, ApiRelationship>();
  const classes = new Map<string, string[]>();
  let truncated = false;
  for (const layer of layers) {
    for (const n of layer.nodes) nodes.set(n.id, { ...nodes.get(n.id), ...n });
    for (const r of layer.relationships) rels.set(r.id, r);
    for (const [id, cls] of layer.classes ?? []) classes.set(id, [...new Set([...(classes.get(id) ?? []), ...cls])]);
    truncated ||= layer.truncated;
  }
  return { nodes: [...nodes.values()], relationships: [...rels.values()], classes, truncated };
}

/**
 * The parent (chain) of each industry on the canvas: the end of a PART_OF
 * edge between two visible industries. With several candidates the first by
 * id wins; an assignment that would nest a node inside itself is skipped.
 */
export function chainParents(nodes: ReadonlyMap<string, ApiEntity>, rels: readonly ApiRelationship[]): Map<string, string> {
  const parent = new Map<string, string>();
  const candidates = rels
    .filter((r) => r.type === 'PART_OF' && nodes.get(r.start.id)?.label === 'Industry' && nodes.get(r.end.id)?.label === 'Industry')
    .sort((a, b) => (a.start.id + a.end.id < b.start.id + b.end.id ? -1 : 1));
  for (const r of candidates) {
    const child = r.start.id;
    const p = r.end.id;
    if (parent.has(child) || child === p) continue;
    let up: string | undefined = p;
    let cycle = false;
    while (up !== undefined) {
      if (up === child) {
        cycle = true;
        break;
      }
      up = parent.get(up);
    }
    if (!cycle) parent.set(child, p);
  }
  return parent;
}

export function assemble(layer: Layer, options: AssembleOptions): ElementDefinition[] {
  const { filters, hidden, allowed, keep = new Set(), lang } = options;
  const hiddenLabels = new Set<string>(filters.hiddenLabels);
  const hiddenTypes = new Set<string>(filters.hiddenTypes);

  const visible = new Map<string, ApiEntity>();
  for (const n of layer.nodes) {
    if (hidden.has(n.id)) continue;
    if (!keep.has(n.id)) {
      if (hiddenLabels.has(n.label)) continue;
      if (allowed && !allowed.has(n.id) && (filters.document !== null || PLACE_LABELS.has(n.label))) continue;
    }
    visible.set(n.id, n);
  }

  const rels = layer.relationships.filter(
    (r) =>
      visible.has(r.start.id) &&
      visible.has(r.end.id) &&
      !hiddenTypes.has(r.type) &&
      !(filters.role && r.type === 'DEVELOPS' && r.role !== filters.role),
  );
  const parents = options.compounds === false ? new Map<string, string>() : chainParents(visible, rels);

  const chains = new Set(parents.values());
  const out: ElementDefinition[] = [];
  const classesOf = (id: string): string[] => layer.classes?.get(id) ?? [];
  for (const n of visible.values()) {
    const classes = [n.label.toLowerCase(), ...classesOf(n.id)];
    if (options.expanded?.has(n.id)) classes.push('expanded');
    if (options.pinned?.has(n.id)) classes.push('pinned');
    if (chains.has(n.id)) classes.push('chain');
    const data: Record<string, unknown> = {
      id: n.id,
      label: n.label,
      name: n.name,
      nameEn: n.nameEn ?? '',
      pinyin: n.pinyin ?? '',
      degree: n.degree,
      size: nodeSize(n.degree),
      display: displayName(n, lang),
    };
    const p = parents.get(n.id);
    if (p) data.parent = p;
    out.push({ group: 'nodes', data, classes: classes.join(' ') });
  }
  for (const r of rels) {
    // The nesting already says "segment of".
    if (r.type === 'PART_OF' && parents.get(r.start.id) === r.end.id) continue;
    out.push({
      group: 'edges',
      data: { id: r.id, source: r.start.id, target: r.end.id, type: r.type, role: r.role ?? '', display: edgeLabel(r) },
      classes: [r.type.toLowerCase(), ...classesOf(r.id)].join(' '),
    });
  }
  return out;
}
