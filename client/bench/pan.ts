/**
 * The panning gesture both explorer benchmarks measure: real mouse drags over the
 * background (Cytoscape treats a drag differently from programmatic panBy), with
 * frames counted in the page from requestAnimationFrame timestamps.
 */
import type { Page } from 'playwright-core';

export interface PanResult {
  fps: number;
  p95FrameMs: number;
  /** Mouse moves sent during the drag. */
  moves: number;
}

/** Hooks run right around the drag itself (a profiler, CPU counters), outside the frame count's set-up. */
export interface PanHooks {
  beforeDrag?: () => Promise<unknown>;
  afterDrag?: () => Promise<unknown>;
}

export async function panFps(page: Page, seconds: number, hooks: PanHooks = {}): Promise<PanResult> {
  const start = await page.evaluate(() => {
    const w = window as any;
    const cy = w.__zonegraph.cy;
    cy.fit(undefined, 60);
    // A background point: the padding strip at the canvas's top-left corner.
    const box = cy.container().getBoundingClientRect();
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return { x: box.left + 12, y: box.top + 12 };
  });
  await hooks.beforeDrag?.();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = Date.now();
  let moves = 0;
  while (Date.now() - t0 < seconds * 1000) {
    moves += 1;
    await page.mouse.move(start.x + 200 + Math.sin(moves / 10) * 180, start.y + 200 + Math.cos(moves / 13) * 150);
  }
  await page.mouse.up();
  await hooks.afterDrag?.();
  const frames = await page.evaluate(() => {
    const w = window as any;
    w.__counting = false;
    const stamps: number[] = w.__frames;
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!).sort((a, b) => a - b);
    const total = stamps.at(-1)! - stamps[0]!;
    return { fps: (gaps.length / total) * 1000, p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0 };
  });
  return { ...frames, moves };
}
