import { describe, expect, it } from 'vitest';
import { reduce, type Action } from '../../client/src/state/actions.ts';
import { Store } from '../../client/src/state/store.ts';
import { initialState, type ViewState } from '../../client/src/state/view-state.ts';

const run = (...actions: Action[]): ViewState => actions.reduce(reduce, initialState());
const Z = 'zone:武汉经济技术开发区';
const Z2 = 'zone:十堰经济技术开发区';

describe('view state transitions', () => {
  it('focus puts an entity on the canvas once, selects it and un-hides it', () => {
    const s = run({ type: 'hide', id: Z }, { type: 'focus', id: Z }, { type: 'focus', id: Z });
    expect(s.focus).toEqual([Z]);
    expect(s.hidden).toEqual([]);
    expect(s.selected).toEqual({ kind: 'node', id: Z });
    expect(s.mode).toBe('overview');
  });

  it('expand and collapse are inverse; expand is idempotent', () => {
    const expanded = run({ type: 'expand', id: Z }, { type: 'expand', id: Z });
    expect(expanded.expanded).toEqual([Z]);
    expect(reduce(expanded, { type: 'collapse', id: Z }).expanded).toEqual([]);
  });

  it('hide removes the entity from focus, expansions, pins and the selection; showAll brings hidden back', () => {
    const s = run({ type: 'focus', id: Z }, { type: 'expand', id: Z }, { type: 'togglePin', id: Z }, { type: 'hide', id: Z });
    expect(s).toMatchObject({ focus: [], expanded: [], pinned: [], hidden: [Z], selected: null });
    expect(reduce(s, { type: 'showAll' }).hidden).toEqual([]);
  });

  it('pin toggles', () => {
    expect(run({ type: 'togglePin', id: Z }).pinned).toEqual([Z]);
    expect(run({ type: 'togglePin', id: Z }, { type: 'togglePin', id: Z }).pinned).toEqual([]);
  });

  it('compare collects places without duplicates and starts from a clean canvas', () => {
    const picked = run({ type: 'focus', id: 'industry:汽车' }, { type: 'expand', id: 'industry:汽车' }, { type: 'addToCompare', id: Z2 }, { type: 'addToCompare', id: Z }, { type: 'addToCompare', id: Z2 });
    expect(picked.compare).toEqual([Z2, Z]);
    expect(picked.mode).toBe('overview');
    const comparing = reduce(picked, { type: 'compare', places: picked.compare });
    expect(comparing).toMatchObject({ mode: 'compare', compare: [Z2, Z], focus: [], expanded: [] });
    expect(reduce(comparing, { type: 'removeFromCompare', id: Z }).compare).toEqual([Z2]);
  });

  it('trace and path switch mode and remember their subject', () => {
    const traced = run({ type: 'trace', program: 'program:链长制' });
    expect(traced).toMatchObject({ mode: 'lineage', program: 'program:链长制', selected: { kind: 'node', id: 'program:链长制' } });
    expect(run({ type: 'path', from: Z, to: Z2 })).toMatchObject({ mode: 'path', path: { from: Z, to: Z2 } });
  });

  it('filters toggle labels and types and merge partial updates', () => {
    const s = run({ type: 'toggleLabel', label: 'Company' }, { type: 'toggleType', relType: 'MENTIONS' }, { type: 'setFilters', filters: { role: 'pillar' } }, { type: 'setFilters', filters: { province: '湖北省' } });
    expect(s.filters).toEqual({ hiddenLabels: ['Company'], hiddenTypes: ['MENTIONS'], document: null, province: '湖北省', role: 'pillar' });
    expect(reduce(s, { type: 'toggleLabel', label: 'Company' }).filters.hiddenLabels).toEqual([]);
  });

  it('reset returns to the overview but keeps the language', () => {
    const s = run({ type: 'setLang', lang: 'en' }, { type: 'focus', id: Z }, { type: 'compare', places: [Z, Z2] }, { type: 'reset' });
    expect(s).toEqual({ ...initialState(), lang: 'en' });
  });

  it('the store notifies listeners with the action, and not when nothing changed', () => {
    const store = new Store(initialState());
    const seen: string[] = [];
    store.subscribe((next, prev, action) => seen.push(`${action.type}:${prev.mode}->${next.mode}`));
    store.dispatch({ type: 'trace', program: 'program:x' });
    store.dispatch({ type: 'replace', state: store.state });
    expect(seen).toEqual(['trace:overview->lineage']);
    expect(store.state.program).toBe('program:x');
  });
});
