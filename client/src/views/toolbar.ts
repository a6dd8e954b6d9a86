/**
 * Toolbar: back to the overview, the compare tray, the path picker, the
 * language toggle, exports and the renderer in use.
 */
import type { Core } from 'cytoscape';
import { toGraphML, toJSON, type ExportView } from '../graph/export.ts';
import type { Store } from '../state/store.ts';
import { serialise } from '../state/url.ts';
import { clear, download, h } from './dom.ts';
import type { PathPicker } from './details-panel.ts';

export function currentView(cy: Core): ExportView {
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id(), data: { ...n.data() }, position: { ...n.position() } })),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), data: { ...e.data() } })),
  };
}

export function mountToolbar(root: HTMLElement, store: Store, cy: Core, picker: PathPicker, renderer: string, nameOf: (id: string) => string) {
  const en = () => store.state.lang === 'en';
  const tray = h('span', { className: 'tray', testid: 'compare-tray' });
  const pathInfo = h('span', { className: 'tray', testid: 'path-picker' });
  const langBtn = h('button', { type: 'button', testid: 'lang-toggle', onclick: () => store.dispatch({ type: 'setLang', lang: store.state.lang === 'en' ? 'zh' : 'en' }) });
  const overviewBtn = h('button', { type: 'button', testid: 'btn-overview', onclick: () => store.dispatch({ type: 'reset' }) });
  const focusBtn = h('button', { type: 'button', testid: 'btn-focus-mode', title: 'Only what you searched and expanded', onclick: () => store.dispatch({ type: 'setMode', mode: 'focus' }) });
  const showAll = h('button', { type: 'button', testid: 'btn-show-all', onclick: () => store.dispatch({ type: 'showAll' }) });
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const exportPng = h('button', {
    type: 'button',
    testid: 'export-png',
    onclick: async () => download(`zonegraph-${stamp()}.png`, (await cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob-promise' })) as Blob),
  }, 'PNG');
  const exportJson = h('button', {
    type: 'button',
    testid: 'export-json',
    onclick: () => download(`zonegraph-${stamp()}.json`, toJSON(currentView(cy), { url: location.origin + location.pathname + serialise(store.state) }), 'application/json'),
  }, 'JSON');
  const exportGraphml = h('button', {
    type: 'button',
    testid: 'export-graphml',
    onclick: () => download(`zonegraph-${stamp()}.graphml`, toGraphML(currentView(cy)), 'application/graphml+xml'),
  }, 'GraphML');
  const copyLink = h('button', {
    type: 'button',
    testid: 'copy-link',
    onclick: () => void navigator.clipboard?.writeText(location.href).catch(() => undefined),
  });
  root.append(
    h('div', { className: 'toolbar-group' }, overviewBtn, focusBtn, showAll),
    tray,
    pathInfo,
    h('div', { className: 'toolbar-group right' }, langBtn, h('span', { className: 'muted' }, '⤓'), exportPng, exportJson, exportGraphml, copyLink, h('span', { className: 'renderer muted', testid: 'renderer' }, renderer)),
  );

  return () => {
    const s = store.state;
    langBtn.textContent = s.lang === 'en' ? '中文' : 'English';
    overviewBtn.textContent = en() ? 'Overview' : '总览';
    overviewBtn.classList.toggle('on', s.mode === 'overview');
    focusBtn.textContent = en() ? 'Focus' : '聚焦';
    focusBtn.classList.toggle('on', s.mode === 'focus');
    showAll.textContent = en() ? `Show hidden (${s.hidden.length})` : `显示隐藏（${s.hidden.length}）`;
    showAll.disabled = s.hidden.length === 0;
    copyLink.textContent = en() ? 'Copy link' : '复制链接';
    clear(tray);
    if (s.compare.length) {
      tray.append(
        h('span', { className: 'muted' }, en() ? 'Compare:' : '对比：'),
        ...s.compare.map((id) => h('span', { className: 'chip' }, nameOf(id), h('button', { type: 'button', className: 'link', onclick: () => store.dispatch({ type: 'removeFromCompare', id }) }, '×'))),
        h('button', { type: 'button', testid: 'btn-compare-run', disabled: s.compare.length < 2, onclick: () => store.dispatch({ type: 'compare', places: s.compare }) }, en() ? 'Compare' : '对比'),
      );
    }
    clear(pathInfo);
    if (picker.from) {
      pathInfo.append(
        h('span', { className: 'muted' }, en() ? 'Path from:' : '路径起点：'),
        h('span', { className: 'chip' }, nameOf(picker.from), h('button', { type: 'button', className: 'link', onclick: () => picker.setFrom(null) }, '×')),
      );
    }
  };
}
