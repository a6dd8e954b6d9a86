/**
 * Wiring: state store ⇄ URL, state → scene (data) → canvas, and the panels.
 * Every view change goes through the store, so the URL always says what is
 * on screen and a reload or a shared link rebuilds it.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { createClient } from '../api/client.ts';
import { documentsList } from '../api/queries.ts';
import { chooseRenderer, webglSupport } from '../graph/cy.ts';
import type { Action } from '../state/actions.ts';
import { Store } from '../state/store.ts';
import { parse, serialise } from '../state/url.ts';
import type { ViewState } from '../state/view-state.ts';
import { mountComparePanel } from '../views/compare-panel.ts';
import { mountDetailsPanel, type PathPicker } from '../views/details-panel.ts';
import { mountDocumentView } from '../views/document-view.ts';
import { mountFilters } from '../views/filters.ts';
import { mountIntroPanel } from '../views/intro-panel.ts';
import { GraphCanvas } from '../views/graph-canvas.ts';
import { mountLegend } from '../views/legend.ts';
import { mountLineageView } from '../views/lineage-view.ts';
import { mountPathView } from '../views/path-view.ts';
import { mountSearchBox } from '../views/search-box.ts';
import { mountStatusBar } from '../views/status-bar.ts';
import { mountToolbar } from '../views/toolbar.ts';
import { SceneSource, type Scene } from './scene.ts';
import { Status } from './status.ts';

export interface ZonegraphHook {
  cy: Core;
  readonly state: ViewState;
  store: Store;
  renderer: string;
  /** Completed scene renders. */
  renders: number;
  /** Milliseconds from navigation start to the first drawn scene (performance.now() then). */
  firstDrawMs: number | null;
  lastLayoutMs: number;
  /** Draws the given elements afresh with the explorer's own layout (benchmarks, tests). */
  draw(elements: ElementDefinition[]): Promise<number>;
  /** Resolves once no scene is being built or drawn. */
  whenIdle(): Promise<void>;
}

declare global {
  interface Window {
    __zonegraph?: ZonegraphHook;
  }
}

const GRAPH_KEYS: Array<keyof ViewState> = ['mode', 'focus', 'expanded', 'hidden', 'pinned', 'compare', 'program', 'path', 'filters', 'lang'];

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

export function startApp(): ZonegraphHook {
  const client = createClient('/graphql');
  const store = new Store(parse(location.hash));
  const status = new Status();
  const renderer = chooseRenderer(new URLSearchParams(location.search).get('renderer'), webglSupport());
  const canvas = new GraphCanvas(byId('cy'), renderer, store);
  const scenes = new SceneSource(client);

  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    const n = canvas.cy.getElementById(id);
    if (n.nonempty()) names.set(id, n.data('name'));
    return names.get(id) ?? id.replace(/^[a-z]+:/, '');
  };

  let pathFrom: string | null = null;
  const picker: PathPicker = {
    get from() {
      return pathFrom;
    },
    setFrom(id) {
      pathFrom = id;
      updateChrome();
      refreshDetails();
    },
  };

  mountStatusBar(byId('status'), status, () => store.dispatch({ type: 'reset' }));
  mountSearchBox(byId('search'), store, client, status, (id) => store.dispatch({ type: 'focus', id }));
  const updateToolbar = mountToolbar(byId('toolbar'), store, canvas.cy, picker, renderer, nameOf);
  const filters = mountFilters(byId('filters'), store);
  const updateLegend = mountLegend(byId('legend'), store, canvas.cy);
  const side = byId('side');
  const updateCompare = mountComparePanel(side, store);
  const updateLineage = mountLineageView(side, store);
  const updatePath = mountPathView(side, store);
  const refreshDetails = mountDetailsPanel(side, store, client, status, picker);
  const showDocument = mountDocumentView(document.body, store, client, status);
  const updateIntro = mountIntroPanel(side, store);

  const updateChrome = () => {
    updateToolbar();
    updateIntro();
    filters.update();
    document.documentElement.lang = store.state.lang === 'en' ? 'en' : 'zh-CN';
  };

  let generation = 0;
  let centreOn: string | null = store.state.selected?.kind === 'node' ? store.state.selected.id : null;
  let running: Promise<void> = Promise.resolve();
  let lastScene: Scene | null = null;

  const hook: ZonegraphHook = {
    cy: canvas.cy,
    get state() {
      return store.state;
    },
    store,
    renderer,
    renders: 0,
    firstDrawMs: null,
    lastLayoutMs: 0,
    async draw(elements) {
      generation += 1;
      await canvas.draw(elements, { positions: null, fresh: true, pinned: [] });
      return canvas.lastLayoutMs;
    },
    async whenIdle() {
      for (;;) {
        const current = running;
        await current;
        if (current === running && status.current.pending === 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };

  const refresh = (fresh: boolean): void => {
    const mine = ++generation;
    running = (async () => {
      const state = store.state;
      const scene = await status.track('Loading graph… 加载中', () => scenes.build(state), () => {
        scenes.forget();
        refresh(true);
      });
      if (mine !== generation || !scene) return;
      performance.mark('zonegraph:scene');
      lastScene = scene;
      await status.track(`Laying out ${scene.elements.length} elements…`, () =>
        canvas.draw(scene.elements, { positions: scene.positions, fresh, pinned: state.pinned }),
      );
      if (mine !== generation) return;
      performance.mark('zonegraph:drawn');
      hook.lastLayoutMs = canvas.lastLayoutMs;
      renderPanels(scene);
      canvas.showSelection(store.state.selected);
      if (centreOn) {
        canvas.centreOn(centreOn);
        centreOn = null;
      }
      hook.renders += 1;
      if (hook.firstDrawMs === null) hook.firstDrawMs = performance.now();
      document.body.dataset.renders = String(hook.renders);
    })();
  };

  const renderPanels = (scene: Scene) => {
    updateCompare(scene.compare);
    updateLineage(scene.lineage);
    updatePath(scene.paths);
    updateLegend(scene.truncated);
    updateChrome();
  };

  const needsRefresh = (next: ViewState, prev: ViewState) => GRAPH_KEYS.some((k) => JSON.stringify(next[k]) !== JSON.stringify(prev[k]));
  const isFresh = (next: ViewState, prev: ViewState, action: Action) =>
    action.type === 'replace' ||
    action.type === 'reset' ||
    next.mode !== prev.mode ||
    (next.mode === 'compare' && next.compare.join() !== prev.compare.join()) ||
    next.program !== prev.program ||
    JSON.stringify(next.path) !== JSON.stringify(prev.path);

  store.subscribe((next, prev, action) => {
    const hash = serialise(next);
    if (hash !== location.hash) {
      // A new picture (mode, subject, search) is a step Back returns from; tweaks replace the entry.
      const step = action.type === 'focus' || next.mode !== prev.mode || next.program !== prev.program || JSON.stringify(next.path) !== JSON.stringify(prev.path) || action.type === 'compare';
      const url = hash === '' ? location.pathname + location.search : hash;
      if (step && action.type !== 'replace') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    if (action.type === 'focus') centreOn = action.id;
    if (needsRefresh(next, prev)) refresh(isFresh(next, prev, action));
    else {
      canvas.showSelection(next.selected);
      if (centreOn) {
        canvas.centreOn(centreOn);
        centreOn = null;
      }
    }
    if (next.mode !== prev.mode && lastScene) renderPanels({ ...lastScene, compare: undefined, lineage: undefined, paths: undefined });
    refreshDetails();
    void showDocument(next.doc);
    updateChrome();
  });

  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && store.state.doc) store.dispatch({ type: 'closeDocument' });
  });
  window.addEventListener('popstate', () => {
    if (location.hash !== serialise(store.state)) store.dispatch({ type: 'replace', state: parse(location.hash) });
  });
  window.addEventListener('hashchange', () => {
    if (location.hash !== serialise(store.state)) store.dispatch({ type: 'replace', state: parse(location.hash) });
  });

  updateChrome();
  updateLegend(false);
  refresh(true);
  refreshDetails();
  void showDocument(store.state.doc);
  void status.track('Loading documents…', () => documentsList(client)).then((docs) => docs && filters.setDocuments(docs));
  window.__zonegraph = hook;
  return hook;
}
