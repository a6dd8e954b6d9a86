/**
 * Cheaper first styling of new elements on a graph with compound nodes.
 *
 * For every style property it sets, Cytoscape (3.34) calls
 * `style.checkTriggers(ele, …)`, which starts with `ele.dirtyStyleCache()`.
 * On a graph with compounds that builds a collection of the element, its
 * descendants, its ancestors and all their edges — for each property of each
 * element. The profile of the seed overview (591 elements) put 55 % of style
 * time there, and a 5k view spent about 0.6 s on it.
 *
 * The cascade is there to drop cached derived states (visible, takesUpSpace …)
 * of related elements when an element's style *changes*. An element getting
 * its first style changes nothing anyone has cached: its related elements are
 * new as well or do not derive anything from it yet. So for that case only
 * the element's own cache is dropped; every other trigger (z-order, bounds,
 * edge bounds) runs as before, and later style changes take the full path.
 * If the internals are not what this expects, nothing is patched.
 */
import type { Core } from 'cytoscape';

interface StyleInternals {
  checkTriggers(ele: ElementInternals, name: string, from: unknown, to: unknown): void;
  checkZOrderTrigger(ele: ElementInternals, name: string, from: unknown, to: unknown): void;
  checkBoundsTrigger(ele: ElementInternals, name: string, from: unknown, to: unknown): void;
  checkConnectedEdgesBoundsTrigger(ele: ElementInternals, name: string, from: unknown, to: unknown): void;
  checkParallelEdgesBoundsTrigger(ele: ElementInternals, name: string, from: unknown, to: unknown): void;
}
interface ElementInternals {
  /** Unset (new element) or false (stylesheet replaced) until its first style is applied. */
  _private: { appliedInitStyle?: boolean; styleCache: unknown };
}

const PATCHED = Symbol('zonegraph.initialStyle');

/** Returns whether the patch is in place (false: this Cytoscape does not look as expected; it is left alone). */
export function cheapInitialStyle(cy: Core): boolean {
  const style = (cy as unknown as { style(): StyleInternals & { [PATCHED]?: true } }).style();
  const needed = ['checkTriggers', 'checkZOrderTrigger', 'checkBoundsTrigger', 'checkConnectedEdgesBoundsTrigger', 'checkParallelEdgesBoundsTrigger'] as const;
  if (!style || needed.some((k) => typeof style[k] !== 'function')) return false;
  if (style[PATCHED]) return true;
  const full = style.checkTriggers;
  style.checkTriggers = function (ele, name, from, to) {
    if (ele._private.appliedInitStyle) return full.call(this, ele, name, from, to);
    ele._private.styleCache = null;
    this.checkZOrderTrigger(ele, name, from, to);
    this.checkBoundsTrigger(ele, name, from, to);
    this.checkConnectedEdgesBoundsTrigger(ele, name, from, to);
    this.checkParallelEdgesBoundsTrigger(ele, name, from, to);
  };
  style[PATCHED] = true;
  return true;
}
