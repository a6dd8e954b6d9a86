/**
 * Compare panel: the places being compared, their similarity, the industries
 * they share (lit on the canvas) and each one's own (dimmed).
 */
import type { ApiChainMatrix } from '../api/queries.ts';
import type { ApiSharedChains } from '../api/types.ts';
import { displayName } from '../graph/elements.ts';
import type { Store } from '../state/store.ts';
import { clear, h } from './dom.ts';

/** Chains (rows) × compared places (columns): how many of the chain's industries each develops. */
function matrixTable(m: ApiChainMatrix, placeOrder: string[]): HTMLElement {
  const count = new Map(m.cells.map((c) => [`${c.chain}\n${c.place}`, c.count]));
  const rows = m.chains
    .map((c) => ({ chain: c, counts: placeOrder.map((p) => count.get(`${c.id}\n${p}`) ?? 0) }))
    .filter((r) => r.counts.some((n) => n > 0))
    .sort((a, b) => b.counts.filter((n) => n > 0).length - a.counts.filter((n) => n > 0).length || b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0));
  const short = (id: string) => m.places.find((p) => p.id === id)?.name.replace(/(经济技术开发区|高新技术产业开发区|新技术开发区|经济开发区)$/, '') ?? id;
  return h(
    'table',
    { className: 'matrix', testid: 'compare-matrix' },
    h('tr', {}, h('th', {}, '产业链 chain'), ...placeOrder.map((p) => h('th', {}, short(p)))),
    ...rows.slice(0, 20).map((r) =>
      h('tr', { className: r.counts.every((n) => n > 0) ? 'all' : '' }, h('td', {}, r.chain.name), ...r.counts.map((n) => h('td', { className: n ? 'on' : 'off' }, n ? String(n) : '·'))),
    ),
  );
}

export function mountComparePanel(root: HTMLElement, store: Store) {
  const panel = h('section', { className: 'panel compare', testid: 'compare-panel', hidden: true });
  root.append(panel);
  return (result: (ApiSharedChains & { matrix?: ApiChainMatrix }) | undefined) => {
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
      result.matrix ? matrixTable(result.matrix, result.places.map((p) => p.id)) : '',
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
