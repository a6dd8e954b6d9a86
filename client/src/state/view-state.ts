/**
 * What the user is looking at, as plain data: everything here round-trips
 * through the URL (url.ts), so a link reproduces the sender's view. Fetched
 * graph data is not state; it is derived from this by the controller.
 */
import type { NodeLabel, RelationshipType } from '../../../shared/graph.ts';

export const MODES = ['overview', 'focus', 'compare', 'lineage', 'path'] as const;
export type Mode = (typeof MODES)[number];

export type Lang = 'zh' | 'en';

export interface Filters {
  /** Labels not drawn. */
  hiddenLabels: NodeLabel[];
  /** Relationship types not drawn. */
  hiddenTypes: RelationshipType[];
  /** Only entities mentioned by this document (document id). */
  document: string | null;
  /** Only places (and what they link to) in this province (name or region id). */
  province: string | null;
  /** Only DEVELOPS edges with this role (pillar, strategic …). */
  role: string | null;
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

export interface OpenDocument {
  id: string;
  start: number;
  end: number;
}

export interface ViewState {
  mode: Mode;
  /** Entities put on the canvas by search or link, in order added. */
  focus: string[];
  /** Entities whose neighbours are shown. */
  expanded: string[];
  /** Entities the user hid. */
  hidden: string[];
  /** Entities fixed in place during layouts. */
  pinned: string[];
  /** Places being compared (compare mode). */
  compare: string[];
  /** Program traced (lineage mode). */
  program: string | null;
  /** Endpoints of the path shown (path mode). */
  path: { from: string; to: string } | null;
  selected: Selection | null;
  doc: OpenDocument | null;
  filters: Filters;
  lang: Lang;
}

export const emptyFilters = (): Filters => ({ hiddenLabels: [], hiddenTypes: [], document: null, province: null, role: null });

export const initialState = (): ViewState => ({
  mode: 'overview',
  focus: [],
  expanded: [],
  hidden: [],
  pinned: [],
  compare: [],
  program: null,
  path: null,
  selected: null,
  doc: null,
  filters: emptyFilters(),
  lang: 'zh',
});
