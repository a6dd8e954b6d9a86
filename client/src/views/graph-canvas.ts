/**
 * The graph canvas: owns the Cytoscape instance, puts a scene's elements on
 * it (keeping the positions of what was already there), runs the layout the
 * scene calls for, and turns taps into actions.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { createCy, type RendererChoice } from '../graph/cy.ts';
import { forceLayout, presetLayout } from '../graph/layouts.ts';
import type { Point } from '../graph/lineage.ts';
import type { Store } from '../state/store.ts';

/** Element count above which drawing trades detail for speed. */
export const BIG_VIEW = 1500;
/** Element count above which a drag or wheel moves a cached picture instead of redrawing every element. */
export const TEXTURE_VIEW = 400;

/** Resolves after the browser has painted what the DOM shows now. */
function nextPaint(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

export interface DrawOptions {
  positions: Map<string, Point> | null;
  /** Lay everything out afresh (mode changed) instead of placing only new nodes. */
  fresh: boolean;
  pinned: string[];
}

export class GraphCanvas {
  readonly cy: Core;
  /** Time the last layout took, for the status line and benchmarks. */
  lastLayoutMs = 0;

  constructor(
    container: HTMLElement,
    readonly renderer: RendererChoice,
    private readonly store: Store,
  ) {
    this.cy = createCy(container, renderer);
    this.cy.on('tap', 'node', (e) => store.dispatch({ type: 'select', selection: { kind: 'node', id: e.target.id() } }));
    this.cy.on('tap', 'edge', (e) => store.dispatch({ type: 'select', selection: { kind: 'edge', id: e.target.id() } }));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) store.dispatch({ type: 'select', selection: null });
    });
    this.cy.on('dbltap', 'node', (e) => {
      const id = e.target.id();
      store.dispatch({ type: store.state.expanded.includes(id) ? 'collapse' : 'expand', id });
    });
  }

  async draw(elements: ElementDefinition[], options: DrawOptions): Promise<void> {
    const cy = this.cy;
    const before = new Map<string, Point>();
    if (!options.fresh) cy.nodes().forEach((n) => void before.set(n.id(), { ...n.position() }));
    const wanted = new Set(elements.map((e) => String(e.data.id)));
    const unchanged =
      !options.fresh &&
      cy.elements().length === elements.length &&
      cy.elements().toArray().every((e) => wanted.has(e.id())) &&
      this.sameStructure(elements);

    if (unchanged) {
      // Same elements: refresh data and classes only (language, classes), keep the picture.
      cy.batch(() => {
        for (const def of elements) {
          const ele = cy.getElementById(String(def.data.id));
          ele.data(def.data);
          ele.classes(def.classes as string);
        }
      });
    } else {
      const big = elements.length > BIG_VIEW;
      // A big view takes a while: let the browser paint the status line first, and only then add the
      // elements, so that Cytoscape's next frame draws them laid out. Waiting after adding would make it
      // style and draw thousands of elements piled at the origin (most of a 5k view's first paint).
      if (big) await nextPaint();
      const textured = elements.length > TEXTURE_VIEW;
      // Big views: straight edges without arrows (classed before adding, so styles are computed once).
      const defs = big ? elements.map((e) => (e.group === 'edges' ? { ...e, classes: `${e.classes ?? ''} bulk` } : e)) : elements;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(defs);
      });
      performance.mark('zonegraph:added');
      const r = (cy as unknown as { renderer(): { textureOnViewport: boolean } }).renderer();
      // And a cached picture while panning and zooming.
      r.textureOnViewport = textured;
    }
    this.applyPins(options.pinned);
    if (unchanged) return;

    const known = (n: NodeSingular) => before.has(n.id());
    const leaves = cy.nodes().toArray().filter((n) => !n.isParent()) as NodeSingular[];
    if (options.positions) {
      const positions = new Map(options.positions);
      // Expansions on top of a preset picture go next to what they hang off.
      leaves.forEach((n) => {
        if (!positions.has(n.id())) positions.set(n.id(), this.nearNeighbour(n, positions));
      });
      await this.run(presetLayout(positions));
      return;
    }
    const incremental = leaves.length > 0 && leaves.some((n) => known(n));
    if (incremental) {
      const placed = new Map<string, Point>();
      leaves.forEach((n) => void (known(n) ? placed.set(n.id(), before.get(n.id())!) : undefined));
      leaves.forEach((n) => {
        n.position(known(n) ? before.get(n.id())! : this.nearNeighbour(n, placed));
      });
      if (leaves.every((n) => known(n))) {
        cy.fit(undefined, 30);
        return;
      }
    }
    const pinned = options.pinned
      .map((id) => cy.getElementById(id))
      .filter((n) => n.nonempty() && n.isNode() && !n.isParent() && before.has(n.id()))
      .map((n) => ({ nodeId: n.id(), position: before.get(n.id())! }));
    await this.run(forceLayout({ elementCount: cy.elements().length, incremental, pinned }));
  }

  private sameStructure(elements: ElementDefinition[]): boolean {
    for (const def of elements) {
      if (def.group !== 'nodes') continue;
      const n = this.cy.getElementById(String(def.data.id));
      const parent = n.parent().first();
      const current = parent.nonempty() ? parent.id() : undefined;
      if (current !== def.data.parent) return false;
    }
    return true;
  }

  private nearNeighbour(n: NodeSingular, placed: Map<string, Point>): Point {
    const anchor = n
      .neighborhood('node')
      .toArray()
      .map((m) => placed.get(m.id()))
      .find((p): p is Point => p !== undefined);
    const base = anchor ?? { x: 0, y: 0 };
    const angle = Math.random() * Math.PI * 2;
    return { x: base.x + Math.cos(angle) * 80, y: base.y + Math.sin(angle) * 80 };
  }

  private applyPins(pinned: string[]): void {
    const set = new Set(pinned);
    this.cy.nodes().forEach((n) => {
      if (set.has(n.id())) n.lock();
      else n.unlock();
    });
  }

  private async run(options: Parameters<Core['layout']>[0]): Promise<void> {
    // Runs in the task that added the elements: waiting for a frame here would make Cytoscape draw them unplaced first.
    const t0 = performance.now();
    performance.mark('zonegraph:layout-start');
    const layout = this.cy.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    this.lastLayoutMs = performance.now() - t0;
  }

  centreOn(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    if (this.cy.zoom() < 0.8) this.cy.zoom(1);
    this.cy.center(node);
  }

  showSelection(selection: { kind: 'node' | 'edge'; id: string } | null): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (selection) this.cy.getElementById(selection.id).select();
    });
  }
}
