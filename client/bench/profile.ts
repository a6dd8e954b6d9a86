/**
 * Where the explorer's time goes, in headless Chromium: a CPU profile (CDP
 * Profiler) and main-thread CPU time (CDP Performance.getMetrics) of
 *   - the first view on the seed graph (navigation → drawn), with the page's
 *     own marks (scene fetched, layout start, drawn) and the GraphQL requests, and
 *   - a synthetic view of --size elements (default 5000) drawn with the
 *     explorer's own `draw`, then a pan.
 * Prints the top functions by self time. Build with `npx vite build --minify false
 * --config client/vite.config.ts` first for readable names.
 *
 *   node --import tsx client/bench/profile.ts [--size 5000] [--renderer canvas] [--top 25] [--only first|synthetic]
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, missingPrerequisite, SEED_GRAPH, startServerProcess } from '../../tests/e2e/harness.ts';
import { syntheticElements } from './synthetic.ts';
import { panFps } from './pan.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SIZE = Number(flag('size', '5000'));
const RENDERER = flag('renderer', 'canvas');
const TOP = Number(flag('top', '25'));
/** Also print the inclusive time of functions whose name matches this (regular expression). */
const GREP = flag('grep', '');
const ONLY = flag('only', '');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function topSelf(profile: Profile, top: number): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').at(-1) ?? ''}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const key = keyOf(byNode.get(id)!);
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(byNode.get(at)!);
      if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      seen.add(k);
    }
  });
  const rows = (m: Map<string, number>, n = top) =>
    [...m.entries()]
      .filter(([k]) => !k.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
  const picked = GREP ? [`  inclusive of /${GREP}/:`, ...rows(new Map([...inclusive].filter(([k]) => new RegExp(GREP).test(k))), 30)] : [];
  return [`  profiled ${total.toFixed(0)} ms; self time:`, ...rows(self), '  inclusive (app + cytoscape entry points):', ...rows(inclusive), ...picked];
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.map((x: { name: string; value: number }) => [x.name, x.value]));
}

function cpuDelta(a: Record<string, number>, b: Record<string, number>): string {
  const d = (k: string) => (((b[k] ?? 0) - (a[k] ?? 0)) * 1000).toFixed(0);
  return `main-thread task ${d('TaskDuration')} ms (script ${d('ScriptDuration')}, style ${d('RecalcStyleDuration')}, layout ${d('LayoutDuration')})`;
}

async function newPage(browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => ((window as any).__name = (f: unknown) => f));
  page.on('pageerror', (err) => console.error('[page error]', err.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  return { page, cdp };
}

async function firstView(browser: Awaited<ReturnType<typeof launchBrowser>>, base: string): Promise<void> {
  const { page, cdp } = await newPage(browser);
  const requests: string[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().includes('/graphql')) {
      const t = r.timing();
      const body = r.postData() ?? '';
      requests.push(`    ${t.responseEnd.toFixed(0)} ms  ${/query (\w+)/.exec(body)?.[1] ?? body.slice(0, 40)}`);
    }
  });
  const m0 = await metrics(cdp);
  await cdp.send('Profiler.start');
  await page.goto(`${base}/?renderer=${RENDERER}`);
  await page.waitForFunction(() => (window as any).__zonegraph?.renders >= 1, null, { timeout: 60_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const m1 = await metrics(cdp);
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => `${r.name.split('/').at(-1)} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`);
    const z = (window as any).__zonegraph;
    return {
      nav: `domInteractive ${nav.domInteractive.toFixed(0)}, domContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)}`,
      res,
      marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
      firstDrawMs: z.firstDrawMs,
      layoutMs: z.lastLayoutMs,
      elements: z.cy.elements().length,
      renderer: z.renderer,
    };
  });
  console.log(`# first view (${marks.renderer}, ${marks.elements} elements): drawn at ${marks.firstDrawMs?.toFixed(0)} ms, layout ${marks.layoutMs.toFixed(0)} ms`);
  console.log(`  ${cpuDelta(m0, m1)}`);
  console.log(`  ${marks.nav}`);
  console.log(`  resources: ${marks.res.join('; ')}`);
  console.log(`  marks: ${marks.marks.join('; ')}`);
  console.log(`  graphql requests (${requests.length}, relative ms from request start = response end):`);
  console.log(requests.join('\n'));
  console.log(topSelf(profile as Profile, TOP).join('\n'));
  await page.close();
}

async function synthetic(browser: Awaited<ReturnType<typeof launchBrowser>>, base: string): Promise<void> {
  const elements = syntheticElements(SIZE);
  const { page, cdp } = await newPage(browser);
  await page.goto(`${base}/?renderer=${RENDERER}#m=focus`);
  await page.waitForFunction(() => (window as any).__zonegraph?.renders >= 1, null, { timeout: 60_000 });
  const m0 = await metrics(cdp);
  await cdp.send('Profiler.start');
  const t = await page.evaluate(async (els) => {
    performance.clearMarks();
    const t0 = performance.now();
    const layoutMs = await (window as any).__zonegraph.draw(els);
    const t1 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const marks = performance.getEntriesByType('mark').map((m) => `${m.name} +${(m.startTime - t0).toFixed(0)}`);
    return { layoutMs, drawMs: t1 - t0, totalMs: performance.now() - t0, marks };
  }, elements);
  const { profile } = await cdp.send('Profiler.stop');
  const m1 = await metrics(cdp);
  console.log(`# synthetic ${elements.length} (${RENDERER}): draw() ${t.drawMs.toFixed(0)} ms, layout ${t.layoutMs.toFixed(0)} ms, painted ${t.totalMs.toFixed(0)} ms`);
  console.log(`  ${cpuDelta(m0, m1)}; marks: ${t.marks.join('; ')}`);
  console.log(topSelf(profile as Profile, TOP).join('\n'));

  // Pan: real mouse drags for 2 s, profiled.
  let p0: Record<string, number> = {};
  let p1: Record<string, number> = {};
  let panProfile: unknown;
  const pan = await panFps(page, 2, {
    beforeDrag: async () => {
      p0 = await metrics(cdp);
      await cdp.send('Profiler.start');
    },
    afterDrag: async () => {
      panProfile = (await cdp.send('Profiler.stop')).profile;
      p1 = await metrics(cdp);
    },
  });
  console.log(`# pan 2 s: ${pan.fps.toFixed(1)} fps, ${pan.moves} mouse moves; ${cpuDelta(p0, p1)}`);
  console.log(topSelf(panProfile as Profile, Math.min(TOP, 12)).join('\n'));
  await page.close();
}

async function main(): Promise<void> {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
  const server = await startServerProcess(SEED_GRAPH);
  const browser = await launchBrowser();
  try {
    if (ONLY !== 'synthetic') {
      // A warm-up page so the server's first answer (cold caches) is not what we profile.
      const { page } = await newPage(browser);
      await page.goto(`${server.url}/?renderer=${RENDERER}`);
      await page.waitForFunction(() => (window as any).__zonegraph?.renders >= 1, null, { timeout: 60_000 });
      await page.close();
      await firstView(browser, server.url);
    }
    if (ONLY !== 'first') await synthetic(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
