/**
 * Lineage panel: the traced program, what it cites (upstream) and what
 * cites it (downstream), the places it applies to, the industries it
 * targets and who issued it or is responsible for it.
 */
import type { ApiEntity, ApiLineage, ApiProgramDetail } from '../api/types.ts';
import { displayName } from '../graph/elements.ts';
import type { Store } from '../state/store.ts';
import { clear, h } from './dom.ts';

export function mountLineageView(root: HTMLElement, store: Store) {
  const panel = h('section', { className: 'panel lineage', testid: 'lineage-panel', hidden: true });
  root.append(panel);
  return (data: { lineage: ApiLineage | null; program: ApiProgramDetail | null } | undefined) => {
    const s = store.state;
    const en = s.lang === 'en';
    clear(panel);
    panel.hidden = s.mode !== 'lineage';
    if (panel.hidden) return;
    if (!data || (!data.lineage && !data.program)) {
      panel.append(h('p', { className: 'missing' }, en ? `No program ${s.program}.` : `没有政策 ${s.program}`));
      return;
    }
    const link = (e: ApiEntity) =>
      h(
        'a',
        {
          href: '#',
          'data-id': e.id,
          onclick: (ev: Event) => {
            ev.preventDefault();
            store.dispatch({ type: 'select', selection: { kind: 'node', id: e.id } });
          },
        },
        displayName(e, s.lang),
      );
    const section = (testid: string, title: string, items: ApiEntity[]) =>
      items.length ? h('div', { testid }, h('h3', {}, `${title} (${items.length})`), h('ul', {}, ...items.map((e) => h('li', {}, link(e))))) : null;
    const entries = data.lineage?.entries ?? [];
    const p = data.program;
    const parts: Array<HTMLElement | null> = [
      h('h2', { testid: 'lineage-root' }, data.lineage?.root.name ?? p?.name ?? ''),
      p?.docNumber || p?.issuedOn ? h('p', { className: 'muted' }, [p.docNumber, p.issuedOn].filter(Boolean).join(' · ')) : null,
      section('lineage-upstream', en ? 'Cites (upstream)' : '引用（上位）', entries.filter((e) => e.depth > 0).sort((a, b) => a.depth - b.depth).map((e) => e.program)),
      section('lineage-downstream', en ? 'Cited by (downstream)' : '被引用（下位）', entries.filter((e) => e.depth < 0).sort((a, b) => b.depth - a.depth).map((e) => e.program)),
      section('lineage-issuers', en ? 'Issued by' : '发布机构', p?.issuers ?? []),
      section('lineage-responsible', en ? 'Responsible' : '责任单位', p?.responsible ?? []),
      section('lineage-applies', en ? 'Applies to' : '适用地区', p?.appliesTo ?? []),
      section('lineage-targets', en ? 'Targets industries' : '目标产业', p?.targets ?? []),
    ];
    panel.append(...parts.filter((x): x is HTMLElement => x !== null));
  };
}
