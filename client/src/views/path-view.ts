/** Path panel: each shortest path as a chain of steps, every step with its evidence. */
import type { ApiPath } from '../api/types.ts';
import { displayName } from '../graph/elements.ts';
import type { Store } from '../state/store.ts';
import { evidenceItem } from './details-panel.ts';
import { clear, h } from './dom.ts';

export function mountPathView(root: HTMLElement, store: Store) {
  const panel = h('section', { className: 'panel path', testid: 'path-panel', hidden: true });
  root.append(panel);
  return (paths: ApiPath[] | undefined) => {
    const s = store.state;
    const en = s.lang === 'en';
    clear(panel);
    panel.hidden = s.mode !== 'path';
    if (panel.hidden) return;
    panel.append(h('h2', {}, en ? 'Paths' : '关联路径'));
    if (!paths || paths.length === 0) {
      panel.append(h('p', { className: 'muted', testid: 'path-none' }, en ? 'No path within 4 hops.' : '4 步之内没有路径。'));
      return;
    }
    paths.forEach((p, i) => {
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      panel.append(
        h('h3', {}, `${en ? 'Path' : '路径'} ${i + 1} · ${p.length} ${en ? 'hops' : '步'}`),
        h(
          'ol',
          { testid: 'path-steps' },
          ...p.relationships.map((r) => {
            const a = byId.get(r.start.id);
            const b = byId.get(r.end.id);
            const names = [a?.name, b?.name].filter((x): x is string => Boolean(x));
            return h(
              'li',
              {},
              h('strong', {}, `${a ? displayName(a, s.lang) : r.start.id} —${r.type}→ ${b ? displayName(b, s.lang) : r.end.id}`),
              h('ul', {}, ...(r.evidence ?? []).slice(0, 2).map((ev) => evidenceItem(store, ev, names))),
            );
          }),
        ),
      );
    });
  };
}
