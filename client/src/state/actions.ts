/**
 * Every change the UI can make to the view, as a pure reducer. Views
 * dispatch actions; nothing else writes state.
 */
import type { NodeLabel, RelationshipType } from '../../../shared/graph.ts';
import { initialState, type Filters, type Lang, type Mode, type OpenDocument, type Selection, type ViewState } from './view-state.ts';

export type Action =
  | { type: 'reset' }
  | { type: 'replace'; state: ViewState }
  | { type: 'setMode'; mode: Mode }
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'hide'; id: string }
  | { type: 'showAll' }
  | { type: 'togglePin'; id: string }
  | { type: 'select'; selection: Selection | null }
  | { type: 'openDocument'; doc: OpenDocument }
  | { type: 'closeDocument' }
  | { type: 'compare'; places: string[] }
  | { type: 'addToCompare'; id: string }
  | { type: 'removeFromCompare'; id: string }
  | { type: 'trace'; program: string }
  | { type: 'path'; from: string; to: string }
  | { type: 'setFilters'; filters: Partial<Filters> }
  | { type: 'toggleLabel'; label: NodeLabel }
  | { type: 'toggleType'; relType: RelationshipType }
  | { type: 'setLang'; lang: Lang };

const without = <T>(list: readonly T[], item: T): T[] => list.filter((x) => x !== item);
const withItem = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);
const toggle = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? without(list, item) : [...list, item]);

const CLEAN_CANVAS = { focus: [], expanded: [], hidden: [] } as const satisfies Partial<ViewState>;

export function reduce(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case 'reset':
      return { ...initialState(), lang: state.lang };
    case 'replace':
      return action.state;
    case 'setMode':
      return { ...state, mode: action.mode, selected: null };
    case 'focus':
      // Searching brings an entity into view; a hidden one becomes visible again.
      return {
        ...state,
        focus: withItem(state.focus, action.id),
        hidden: without(state.hidden, action.id),
        selected: { kind: 'node', id: action.id },
      };
    case 'expand':
      return { ...state, expanded: withItem(state.expanded, action.id), hidden: without(state.hidden, action.id) };
    case 'collapse':
      return { ...state, expanded: without(state.expanded, action.id) };
    case 'hide': {
      const selected = state.selected?.kind === 'node' && state.selected.id === action.id ? null : state.selected;
      return {
        ...state,
        hidden: withItem(state.hidden, action.id),
        expanded: without(state.expanded, action.id),
        focus: without(state.focus, action.id),
        pinned: without(state.pinned, action.id),
        selected,
      };
    }
    case 'showAll':
      return { ...state, hidden: [] };
    case 'togglePin':
      return { ...state, pinned: toggle(state.pinned, action.id) };
    case 'select':
      return { ...state, selected: action.selection };
    case 'openDocument':
      return { ...state, doc: action.doc };
    case 'closeDocument':
      return { ...state, doc: null };
    // Comparing, tracing and path-finding start from a clean canvas: what was searched or expanded before stays out.
    case 'compare':
      return { ...state, ...CLEAN_CANVAS, mode: 'compare', compare: [...new Set(action.places)], selected: null };
    case 'addToCompare':
      return { ...state, compare: withItem(state.compare, action.id) };
    case 'removeFromCompare':
      return { ...state, compare: without(state.compare, action.id) };
    case 'trace':
      return { ...state, ...CLEAN_CANVAS, mode: 'lineage', program: action.program, selected: { kind: 'node', id: action.program } };
    case 'path':
      return { ...state, ...CLEAN_CANVAS, mode: 'path', path: { from: action.from, to: action.to }, selected: null };
    case 'setFilters':
      return { ...state, filters: { ...state.filters, ...action.filters } };
    case 'toggleLabel':
      return { ...state, filters: { ...state.filters, hiddenLabels: toggle(state.filters.hiddenLabels, action.label) } };
    case 'toggleType':
      return { ...state, filters: { ...state.filters, hiddenTypes: toggle(state.filters.hiddenTypes, action.relType) } };
    case 'setLang':
      return { ...state, lang: action.lang };
  }
}
