/** Legend: colour per label with how many of each are on the canvas, and what the compare marks mean. */
import type { Core } from 'cytoscape';
import { NODE_LABELS } from '../../../shared/graph.ts';
import { LABEL_COLOURS, LABEL_NAMES } from '../graph/styles.ts';
import type { Store } from '../state/store.ts';
import { clear, h } from './dom.ts';

export function mountLegend(root: HTMLElement, store: Store, cy: Core) {
  const box = h('div', { className: 'legend', testid: 'legend' });
  root.append(box);
  return (truncated: boolean) => {
    const s = store.state;
    clear(box);
    const counts = new Map<string, number>();
    cy.nodes().forEach((n) => void counts.set(n.data('label'), (counts.get(n.data('label')) ?? 0) + 1));
    const rows: Array<HTMLElement | null> = [
      ...NODE_LABELS.map((label) =>
        h('div', { className: 'legend-row' }, h('span', { className: 'dot', style: `background:${LABEL_COLOURS[label]}` }), `${LABEL_NAMES[label][s.lang]} ${s.lang === 'zh' ? label : ''}`, h('span', { className: 'count' }, String(counts.get(label) ?? 0))),
      ),
      h('div', { className: 'legend-row' }, h('span', { className: 'box' }), s.lang === 'en' ? 'Chain (holds its segments)' : '产业链（含细分）'),
      h('div', { className: 'legend-row muted' }, s.lang === 'en' ? 'Size = degree' : '大小 = 关联数'),
      s.mode === 'compare'
        ? h('div', {}, h('div', { className: 'legend-row' }, h('span', { className: 'dot shared' }), s.lang === 'en' ? 'Shared' : '共有'), h('div', { className: 'legend-row' }, h('span', { className: 'dot unique' }), s.lang === 'en' ? 'Unique (dim)' : '独有（淡）'))
        : null,
      h('div', { className: 'legend-row muted', testid: 'view-count' }, `${cy.nodes().length} nodes · ${cy.edges().length} edges${truncated ? ' · truncated' : ''}`),
    ];
    box.append(...rows.filter((r): r is HTMLElement => r !== null));
  };
}
