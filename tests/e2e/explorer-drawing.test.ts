/**
 * How the explorer draws, in headless Chromium over the fixture graph: the
 * properties that keep big views fast, checked as behaviour (no timings).
 *  - Drawing restyles nothing: zooming and panning must not make Cytoscape
 *    recompute element styles (with the default background-image, Cytoscape
 *    3.34 restyled every node twice per draw).
 *  - A big view is laid out before Cytoscape first draws it: no frame is
 *    rendered between adding its elements and the end of the layout.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerSession, fixtureGraphFile, missingPrerequisite, waitIdle } from './harness.ts';
import { skipSuite } from '../helpers/prerequisite.ts';
import { syntheticElements } from '../../client/bench/synthetic.ts';

const frames = (page: Page, n = 3) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(count);
      }),
    n,
  );

describe.skipIf(skipSuite('EXPLORER E2E (drawing)', missingPrerequisite()))('how the explorer draws', () => {
  const session = explorerSession(fixtureGraphFile);
  let page: Page;
  beforeAll(() => {
    page = session.page();
  });

  it('zooming and panning restyle no element', async () => {
    await waitIdle(page);
    await page.evaluate(() => {
      const w = window as any;
      w.__restyled = 0;
      w.__zonegraph.cy.on('style', () => (w.__restyled += 1));
    });
    for (const zoom of [0.5, 1.7, 1]) {
      // Braces: cy.zoom(z) returns the Core, which Playwright would serialise whole.
      await page.evaluate((z) => {
        (window as any).__zonegraph.cy.zoom(z);
      }, zoom);
      await frames(page);
    }
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 8 + i * 12, box.y + 8 + i * 6);
    await page.mouse.up();
    await frames(page);
    const drawn = await page.evaluate(() => (window as any).__zonegraph.cy.nodes().length);
    expect(drawn).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).__restyled)).toBe(0);
  }, 60_000);

  it('a big view is laid out before its first frame', async () => {
    const elements = syntheticElements(2000, 3);
    const seen = await page.evaluate(async (els) => {
      const z = (window as any).__zonegraph;
      const events: string[] = [];
      const note = (e: { type: string }) => {
        if (events.at(-1) !== e.type) events.push(e.type);
      };
      z.cy.on('add', note);
      z.cy.on('render', note);
      z.cy.on('layoutstop', note);
      await z.draw(els);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      z.cy.off('add', note);
      z.cy.off('render', note);
      z.cy.off('layoutstop', note);
      return { events, count: z.cy.elements().length as number };
    }, elements);
    expect(seen.count).toBe(elements.length);
    // Frames may show the previous view while the status paints; from the add on: the layout's end, and only then frames.
    const added = seen.events.indexOf('add');
    expect(added).toBeGreaterThanOrEqual(0);
    expect(seen.events.slice(added, added + 3)).toEqual(['add', 'layoutstop', 'render']);
  }, 60_000);
});
