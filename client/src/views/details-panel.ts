/**
 * The details panel: for a node its names (original, Simplified, English,
 * pinyin), aliases, properties, documents and numeric targets, with the
 * actions that start from it; for an edge its evidence sentences with the
 * two entities highlighted and a link to the passage in its document.
 */
import type { GraphQLClient } from '../api/client.ts';
import { entityDetail, relationshipDetail, similarPlaces } from '../api/queries.ts';
import type { ApiEvidence, ApiEntityDetail, ApiRelationshipDetail } from '../api/types.ts';
import type { Status } from '../app/status.ts';
import { LABEL_COLOURS, LABEL_NAMES } from '../graph/styles.ts';
import type { Store } from '../state/store.ts';
import type { Selection, ViewState } from '../state/view-state.ts';
import { clear, h, highlightNames } from './dom.ts';

export interface PathPicker {
  from: string | null;
  setFrom(id: string | null): void;
}

const t = (state: ViewState, zh: string, en: string) => (state.lang === 'en' ? en : zh);

export function evidenceItem(store: Store, ev: ApiEvidence, names: string[]): HTMLElement {
  const s = store.state;
  return h(
    'li',
    { className: 'evidence', testid: 'evidence-item' },
    h('blockquote', { testid: 'evidence-text' }, ...highlightNames(ev.text, names)),
    h(
      'div',
      { className: 'evidence-source' },
      ev.section.length ? h('span', { className: 'section' }, ev.section.join(' › ')) : null,
      h(
        'a',
        {
          href: '#',
          testid: 'evidence-doc-link',
          onclick: (e: Event) => {
            e.preventDefault();
            store.dispatch({ type: 'openDocument', doc: { id: ev.document.id, start: ev.start, end: ev.end } });
          },
        },
        `${t(s, '原文', 'In document')}: ${ev.document.title}`,
      ),
    ),
  );
}

export function mountDetailsPanel(root: HTMLElement, store: Store, client: GraphQLClient, status: Status, picker: PathPicker): () => void {
  const panel = h('section', { className: 'panel details', testid: 'details-panel', hidden: true });
  root.append(panel);
  let shown: string | null = null;
  let generation = 0;

  const render = async (selection: Selection | null, force = false) => {
    const key = selection ? `${selection.kind}:${selection.id}:${store.state.lang}` : null;
    if (key === shown && !force) {
      updateButtons();
      return;
    }
    shown = key;
    const mine = ++generation;
    if (!selection) {
      panel.hidden = true;
      clear(panel);
      return;
    }
    panel.hidden = false;
    clear(panel);
    panel.append(h('p', { className: 'loading', testid: 'details-loading' }, t(store.state, '加载中…', 'Loading…')));
    if (selection.kind === 'node') {
      const detail = await status.track('Loading details…', () => entityDetail(client, selection.id), () => void render(selection, true));
      if (mine !== generation) return;
      clear(panel);
      if (!detail) {
        panel.append(h('p', { className: 'missing', testid: 'details-missing' }, t(store.state, `图中没有 ${selection.id}`, `${selection.id} is not in the graph.`)));
        return;
      }
      panel.append(...nodeView(detail));
      if (detail.label === 'Zone' || detail.label === 'Region') void appendSimilar(detail.id, mine);
    } else {
      const detail = await status.track('Loading evidence…', () => relationshipDetail(client, selection.id), () => void render(selection, true));
      if (mine !== generation) return;
      clear(panel);
      if (!detail) {
        panel.append(h('p', { className: 'missing', testid: 'details-missing' }, `${selection.id} is not in the graph.`));
        return;
      }
      panel.append(...edgeView(detail));
    }
    updateButtons();
  };

  /** Places with the most similar industry sets: the starting point of a comparison. */
  async function appendSimilar(id: string, mine: number): Promise<void> {
    const s = store.state;
    const similar = await status.track('Finding similar places…', () => similarPlaces(client, id, 5));
    if (mine !== generation || !similar || similar.length === 0) return;
    panel.append(
      h(
        'div',
        { className: 'similar', testid: 'similar-places' },
        h('h3', {}, t(s, '产业结构相近的地点', 'Places with similar industries')),
        h(
          'ul',
          {},
          ...similar.map((sp) =>
            h(
              'li',
              { 'data-id': sp.place.id },
              h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); store.dispatch({ type: 'focus', id: sp.place.id }); } }, sp.place.name),
              ` ${sp.score.toFixed(2)} `,
              h('button', { type: 'button', className: 'link', testid: 'similar-compare', title: sp.shared.map((i) => i.name).join('、'), onclick: () => store.dispatch({ type: 'compare', places: [id, sp.place.id] }) }, t(s, '对比', 'compare')),
            ),
          ),
        ),
      ),
    );
  }

  const actionButton = (testid: string, label: string, onClick: () => void) => h('button', { type: 'button', testid, onclick: onClick }, label);

  function updateButtons(): void {
    const s = store.state;
    const sel = s.selected;
    if (!sel || sel.kind !== 'node') return;
    const expand = panel.querySelector<HTMLButtonElement>('[data-testid="btn-expand"]');
    if (expand) expand.textContent = s.expanded.includes(sel.id) ? t(s, '收起邻居', 'Collapse') : t(s, '展开邻居', 'Expand');
    const pin = panel.querySelector<HTMLButtonElement>('[data-testid="btn-pin"]');
    if (pin) pin.textContent = s.pinned.includes(sel.id) ? t(s, '取消固定', 'Unpin') : t(s, '固定', 'Pin');
    const cmp = panel.querySelector<HTMLButtonElement>('[data-testid="btn-compare-add"]');
    if (cmp) cmp.disabled = s.compare.includes(sel.id);
    const to = panel.querySelector<HTMLButtonElement>('[data-testid="btn-path-to"]');
    if (to) to.disabled = !picker.from || picker.from === sel.id;
  }

  function nodeView(d: ApiEntityDetail): HTMLElement[] {
    const s = store.state;
    const id = d.id;
    const isPlace = d.label === 'Zone' || d.label === 'Region';
    const names = h(
      'dl',
      { className: 'names' },
      h('dt', {}, t(s, '名称', 'Name')),
      h('dd', { testid: 'node-name', lang: 'zh-CN' }, d.name),
      d.nameEn ? [h('dt', {}, 'English'), h('dd', { testid: 'node-name-en' }, d.nameEn)] : null,
      d.pinyin ? [h('dt', {}, '拼音'), h('dd', { testid: 'node-pinyin' }, d.pinyin)] : null,
      d.aliases.length ? [h('dt', {}, t(s, '别名', 'Aliases')), h('dd', { testid: 'node-aliases' }, d.aliases.join('、'))] : null,
    );
    const props = Object.entries(d.properties).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
    const actions = h(
      'div',
      { className: 'actions' },
      actionButton('btn-expand', '', () => store.dispatch({ type: store.state.expanded.includes(id) ? 'collapse' : 'expand', id })),
      actionButton('btn-hide', t(s, '隐藏', 'Hide'), () => store.dispatch({ type: 'hide', id })),
      actionButton('btn-pin', '', () => store.dispatch({ type: 'togglePin', id })),
      actionButton('btn-centre', t(s, '居中', 'Centre'), () => store.dispatch({ type: 'focus', id })),
      isPlace ? actionButton('btn-compare-add', t(s, '加入对比', 'Add to compare'), () => store.dispatch({ type: 'addToCompare', id })) : null,
      d.label === 'Program' ? actionButton('btn-trace', t(s, '追溯政策', 'Trace program'), () => store.dispatch({ type: 'trace', program: id })) : null,
      actionButton('btn-path-from', t(s, '路径起点', 'Path from here'), () => {
        picker.setFrom(id);
        updateButtons();
      }),
      actionButton('btn-path-to', t(s, '路径终点', 'Path to here'), () => {
        if (picker.from && picker.from !== id) store.dispatch({ type: 'path', from: picker.from, to: id });
      }),
    );
    const targets = d.targets ?? [];
    return [
      h('header', {}, h('span', { className: 'badge', style: `background:${LABEL_COLOURS[d.label]}` }, LABEL_NAMES[d.label][s.lang]), h('h2', {}, d.name), h('small', {}, `${d.id} · degree ${d.degree}`)),
      names,
      actions,
      props.length
        ? h(
            'table',
            { className: 'props', testid: 'node-properties' },
            ...props.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)))),
          )
        : null,
      targets.length
        ? h(
            'div',
            { className: 'targets', testid: 'node-targets' },
            h('h3', {}, t(s, '数值目标', 'Numeric targets')),
            h(
              'ul',
              {},
              ...targets.map((f) =>
                h(
                  'li',
                  {},
                  h('strong', {}, `${f.metric}${f.industry ? `（${f.industry.name}）` : ''}: ${f.value} ${f.unit}${f.year ? ` · ${f.year}` : ''} · ${f.kind}`),
                  h('ul', {}, evidenceItem(store, f.evidence, [d.name, ...(d.aliases ?? [])])),
                ),
              ),
            ),
          )
        : null,
      d.documents.length
        ? h(
            'div',
            { className: 'documents' },
            h('h3', {}, t(s, '提及文件', 'Mentioned in')),
            h(
              'ul',
              {},
              ...d.documents.map((doc) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    {
                      href: '#',
                      onclick: (e: Event) => {
                        e.preventDefault();
                        store.dispatch({ type: 'openDocument', doc: { id: doc.id, start: 0, end: 0 } });
                      },
                    },
                    doc.title,
                  ),
                ),
              ),
            ),
          )
        : null,
    ].filter((x): x is HTMLElement => x !== null);
  }

  function edgeView(d: ApiRelationshipDetail): HTMLElement[] {
    const s = store.state;
    const names = [d.start.name, ...d.start.aliases, d.end.name, ...d.end.aliases];
    return [
      h('header', {}, h('span', { className: 'badge rel' }, d.type), h('h2', { testid: 'edge-title' }, `${d.start.name} → ${d.end.name}`), d.role ? h('small', { testid: 'edge-role' }, `role: ${d.role}`) : null),
      h(
        'div',
        { className: 'evidence-block' },
        h('h3', {}, t(s, `证据（${d.evidence.length}）`, `Evidence (${d.evidence.length})`)),
        d.evidence.length
          ? h('ul', { testid: 'evidence-list' }, ...d.evidence.map((ev) => evidenceItem(store, ev, names)))
          : h('p', { className: 'muted', testid: 'evidence-none' }, t(s, `参考数据：${String(d.properties.source ?? '分类表')}`, `Reference data (${String(d.properties.source ?? 'taxonomy')}), no sentence.`)),
      ),
    ];
  }

  return () => void render(store.state.selected);
}
