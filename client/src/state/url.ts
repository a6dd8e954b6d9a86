/**
 * The view in the URL hash: `#m=compare&c=zone:…&c=zone:…&lang=en`. Lists
 * are repeated keys (ids may contain any character but `&`/`=` are encoded).
 * Parsing is forgiving: unknown keys and values are dropped, never fatal,
 * so an old or hand-edited link still opens.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../../shared/graph.ts';
import { initialState, MODES, type Mode, type ViewState } from './view-state.ts';

export function serialise(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.mode !== 'overview') p.set('m', state.mode);
  for (const id of state.focus) p.append('f', id);
  for (const id of state.expanded) p.append('x', id);
  for (const id of state.hidden) p.append('h', id);
  for (const id of state.pinned) p.append('pin', id);
  for (const id of state.compare) p.append('c', id);
  if (state.program) p.set('prog', state.program);
  if (state.path) {
    p.set('from', state.path.from);
    p.set('to', state.path.to);
  }
  if (state.selected) p.set(state.selected.kind === 'node' ? 'sn' : 'se', state.selected.id);
  if (state.doc) p.set('doc', `${state.doc.start}-${state.doc.end}~${state.doc.id}`);
  for (const l of state.filters.hiddenLabels) p.append('nl', l);
  for (const t of state.filters.hiddenTypes) p.append('nt', t);
  if (state.filters.document) p.set('fd', state.filters.document);
  if (state.filters.province) p.set('fp', state.filters.province);
  if (state.filters.role) p.set('fr', state.filters.role);
  if (state.lang !== 'zh') p.set('lang', state.lang);
  const s = p.toString();
  return s === '' ? '' : `#${s}`;
}

const isMode = (v: string | null): v is Mode => v !== null && (MODES as readonly string[]).includes(v);
const isLabel = (v: string): v is NodeLabel => (NODE_LABELS as readonly string[]).includes(v);
const isType = (v: string): v is RelationshipType => (RELATIONSHIP_TYPES as readonly string[]).includes(v);
const ids = (p: URLSearchParams, key: string): string[] => [...new Set(p.getAll(key).filter((v) => v.trim() !== ''))];

export function parse(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const state = initialState();
  const mode = p.get('m');
  if (isMode(mode)) state.mode = mode;
  state.focus = ids(p, 'f');
  state.expanded = ids(p, 'x');
  state.hidden = ids(p, 'h');
  state.pinned = ids(p, 'pin');
  state.compare = ids(p, 'c');
  state.program = p.get('prog') || null;
  const from = p.get('from');
  const to = p.get('to');
  state.path = from && to ? { from, to } : null;
  const sn = p.get('sn');
  const se = p.get('se');
  state.selected = sn ? { kind: 'node', id: sn } : se ? { kind: 'edge', id: se } : null;
  const doc = /^(\d+)-(\d+)~(.+)$/s.exec(p.get('doc') ?? '');
  if (doc) state.doc = { start: Number(doc[1]), end: Number(doc[2]), id: doc[3]! };
  state.filters.hiddenLabels = [...new Set(p.getAll('nl').filter(isLabel))];
  state.filters.hiddenTypes = [...new Set(p.getAll('nt').filter(isType))];
  state.filters.document = p.get('fd') || null;
  state.filters.province = p.get('fp') || null;
  state.filters.role = p.get('fr') || null;
  state.lang = p.get('lang') === 'en' ? 'en' : 'zh';
  // A mode without its subject falls back to what can be shown.
  if (state.mode === 'lineage' && !state.program) state.mode = 'overview';
  if (state.mode === 'path' && !state.path) state.mode = 'overview';
  if (state.mode === 'compare' && state.compare.length === 0) state.mode = 'overview';
  return state;
}
