/**
 * Compare panel: the places being compared, their similarity, the industries
 * they share (lit on the canvas) and each one's own (dimmed).
 */
import type { ApiSharedChains } from '../api/types.ts';
import { displayName } from '../graph/elements.ts';
import type { Store } from '../state/store.ts';
import { clear, h } from './dom.ts';

export function mountComparePanel(root: HTMLElement, store: Store) {
  const panel = h('section', { className: 'panel compare', testid: 'compare-panel', hidden: true });
  root.append(panel);
  return (result: ApiSharedChains | undefined) => {
    const s = store.state;
    const en = s.lang === 'en';
    clear(panel);
    panel.hidden = s.mode !== 'compare';
    if (panel.hidden) return;
    const select = (id: string) => (e: Event) => {
      e.preventDefault();
      store.dispatch({ type: 'select', selection: { kind: 'node', id } });
    };
    panel.append(h('h2', {}, en ? 'Compare places' : '园区对比'));
    if (!result) {
      panel.append(h('p', { className: 'muted' }, en ? 'Add at least two places (details panel → Add to compare).' : '至少选择两个地点（详情 → 加入对比）。'));
      return;
    }
    const nameOf = new Map(result.places.map((p) => [p.id, displayName(p, s.lang)]));
    panel.append(
      h(
        'ul',
        { className: 'compared' },
        ...result.places.map((p) =>
          h('li', {}, h('a', { href: '#', onclick: select(p.id) }, displayName(p, s.lang)), ' ', h('button', { type: 'button', className: 'link', testid: 'compare-remove', onclick: () => store.dispatch({ type: 'removeFromCompare', id: p.id }) }, '×')),
        ),
      ),
      h('p', { className: 'similarity', testid: 'compare-similarity' }, `${en ? 'Similarity (Jaccard)' : '相似度（Jaccard）'}: ${result.similarity.toFixed(2)}`),
      h('h3', {}, `${en ? 'Shared' : '共有产业'} (${result.shared.length})`),
      h(
        'ul',
        { testid: 'compare-shared', className: 'shared-list' },
        ...result.shared.map((sh) =>
          h(
            'li',
            { 'data-id': sh.industry.id },
            h('a', { href: '#', onclick: select(sh.industry.id) }, displayName(sh.industry, s.lang)),
            sh.direct.length < sh.places.length ? h('small', {}, en ? ' (some via a segment)' : '（部分经由细分产业）') : null,
          ),
        ),
      ),
      h(
        'div',
        { testid: 'compare-unique' },
        ...result.unique.map((u) =>
          h(
            'div',
            { className: 'unique-block' },
            h('h3', {}, `${en ? 'Only' : '仅'} ${nameOf.get(u.place.id) ?? u.place.id} (${u.industries.length})`),
            h('ul', {}, ...u.industries.map((i) => h('li', { 'data-id': i.id }, h('a', { href: '#', onclick: select(i.id) }, displayName(i, s.lang))))),
          ),
        ),
      ),
    );
  };
}
