/**
 * cheapInitialStyle() must not change what anything looks like: the same
 * elements styled by a patched and an unpatched headless Cytoscape (real
 * Cytoscape, the explorer's stylesheet, a compound graph) end with the same
 * styles and derived states, and later style changes still reach related
 * elements through Cytoscape's own cascade.
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cheapInitialStyle } from '../../client/src/graph/initial-style.ts';
import { stylesheet } from '../../client/src/graph/styles.ts';
import { syntheticElements } from '../../client/bench/synthetic.ts';

function build(patched: boolean): { cy: Core; patched: boolean } {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
  const ok = patched ? cheapInitialStyle(cy) : false;
  cy.batch(() => cy.add(syntheticElements(400, 7)));
  return { cy, patched: ok };
}

/** Every element's resolved style and derived states. */
function snapshot(cy: Core): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  cy.elements().forEach((ele) => {
    // takesUpSpace and interactive are cached derived states like visible, missing from the typings.
    const derived = ele as unknown as { takesUpSpace(): boolean; interactive(): boolean };
    out[ele.id()] = { style: ele.style(), visible: ele.visible(), space: derived.takesUpSpace(), interactive: derived.interactive() };
  });
  return out;
}

describe('cheapInitialStyle', () => {
  it('patches this Cytoscape (so the speed-up is real, not silently skipped)', () => {
    const { cy, patched } = build(true);
    expect(patched).toBe(true);
    expect(cy.nodes(':parent').length).toBeGreaterThan(0);
  });

  it('styles a compound graph exactly as Cytoscape does unpatched', () => {
    const plain = snapshot(build(false).cy);
    const fast = snapshot(build(true).cy);
    expect(Object.keys(fast)).toHaveLength(Object.keys(plain).length);
    expect(fast).toEqual(plain);
  });

  it('still cascades later changes: hiding a chain hides its segments and their edges', () => {
    for (const patched of [false, true]) {
      const { cy } = build(patched);
      snapshot(cy); // first styles applied and derived states cached
      const chain = cy.nodes(':parent').first();
      const child = chain.children().first();
      const edge = child.connectedEdges().first();
      expect(child.visible()).toBe(true);
      expect(edge.visible()).toBe(true);
      chain.style('display', 'none');
      expect(child.visible()).toBe(false);
      expect(edge.visible()).toBe(false);
    }
  });

  it('elements added later to a styled graph get the same styles either way', () => {
    const grow = (patched: boolean) => {
      const { cy } = build(patched);
      snapshot(cy);
      const chain = cy.nodes(':parent').first();
      cy.add([
        { group: 'nodes', data: { id: 'late', label: 'Industry', size: 30, display: '新', parent: chain.id() }, classes: 'industry' },
        { group: 'edges', data: { id: 'late-edge', source: 'zone:z1', target: 'late', type: 'DEVELOPS', display: 'DEVELOPS' }, classes: 'develops' },
      ]);
      return snapshot(cy);
    };
    expect(grow(true)).toEqual(grow(false));
  });
});
