/**
 * End-to-end harness: the real server (server/main.ts, a child process on a
 * free port) over a graph file, the built explorer, and Debian's headless
 * Chromium driven by playwright-core. Nothing is mocked; screenshots of each
 * step go to test-artifacts/e2e/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { writeGraphFile } from '../../shared/graph-file.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = `${ROOT}test-artifacts/e2e`;
export const SEED_GRAPH = `${ROOT}graph-seed/out/graph.ndjson`;
export const CLIENT_DIST = `${ROOT}client/dist/index.html`;

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Why the browser tests cannot run here, or null when they can. */
export function missingPrerequisite(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium fonts-noto-cjk`;
  if (!existsSync(CLIENT_DIST)) return 'client/dist is not built: npm run build:client';
  return null;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServerProcess(graphFile: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ZONEGRAPH_GRAPH: graphFile, ZONEGRAPH_INGEST_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    url,
    child,
    stop: async () => {
      if (gone()) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => gone() || child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function openExplorer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx keeps function names with a __name helper the page does not have.
  await page.addInitScript(() => ((window as any).__name = (f: unknown) => f));
  page.on('pageerror', (err) => console.error('[page error]', err.message));
  await page.goto(url);
  await waitIdle(page);
  return page;
}

/** Waits until the explorer has drawn at least once and has nothing loading or laying out. */
export async function waitIdle(page: Page, minRenders = 1): Promise<void> {
  await page.waitForFunction((n) => (window as any).__zonegraph && (window as any).__zonegraph.renders >= n, minRenders, { timeout: 30_000 });
  await page.evaluate(() => (window as any).__zonegraph.whenIdle());
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Types into the search box and picks the hit with this id (or the first hit). */
export async function searchAndPick(page: Page, text: string, id?: string): Promise<string> {
  const input = page.getByTestId('search-input');
  await input.fill(text);
  const selector = id ? `[data-testid="search-result"][data-id="${id}"]` : '[data-testid="search-result"]';
  const hit = page.locator(selector).first();
  await hit.waitFor({ timeout: 15_000 });
  const picked = (await hit.getAttribute('data-id'))!;
  await hit.dispatchEvent('mousedown');
  await page.waitForFunction((pid) => (window as any).__zonegraph.state.selected?.id === pid, picked);
  await waitIdle(page);
  return picked;
}

/** A node's position on screen relative to the canvas centre, in pixels. */
export async function offsetFromCentre(page: Page, id: string): Promise<{ dx: number; dy: number } | null> {
  return page.evaluate((nid) => {
    const cy = (window as any).__zonegraph.cy;
    const n = cy.getElementById(nid);
    if (n.empty()) return null;
    const p = n.renderedPosition();
    return { dx: p.x - cy.width() / 2, dy: p.y - cy.height() / 2 };
  }, id);
}

export async function tapElement(page: Page, id: string): Promise<void> {
  // Cytoscape draws on canvas: emit the tap through its API, as a click on that element would.
  await page.evaluate((eid) => (window as any).__zonegraph.cy.getElementById(eid).emit('tap'), id);
}

/**
 * Screen points where Cytoscape drew the element, best first: a node's centre;
 * points along an edge's line that no node or label covers.
 */
async function pointsOn(page: Page, id: string): Promise<Array<{ x: number; y: number }>> {
  return page.evaluate((eid) => {
    const cy = (window as any).__zonegraph.cy;
    const ele = cy.getElementById(eid);
    if (ele.empty()) return [];
    const box = cy.container().getBoundingClientRect();
    if (ele.isNode()) {
      const p = ele.renderedPosition();
      return [{ x: box.left + p.x, y: box.top + p.y }];
    }
    const a = ele.renderedSourceEndpoint();
    const b = ele.renderedTargetEndpoint();
    const covers = cy
      .nodes()
      .filter((n: any) => !n.isParent())
      .map((n: any) => n.renderedBoundingBox({ includeLabels: true }));
    const out: Array<{ x: number; y: number }> = [];
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const hidden = covers.some((bb: any) => p.x >= bb.x1 - 3 && p.x <= bb.x2 + 3 && p.y >= bb.y1 - 3 && p.y <= bb.y2 + 3);
      if (!hidden) out.push({ x: box.left + p.x, y: box.top + p.y });
    }
    return out;
  }, id);
}

/** Clicks (or double-clicks) where Cytoscape drew the element, like a user would. */
export async function clickElement(page: Page, id: string, options: { double?: boolean } = {}): Promise<void> {
  const [point] = await pointsOn(page, id);
  if (!point) throw new Error(`${id} is not on the canvas (or every point of it is covered)`);
  if (options.double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

/**
 * Selects an element by clicking it; when a click lands on something else (a
 * curve bends away from the straight line between its ends), clicks the next
 * visible point, as a user would. Fails naming what the clicks selected.
 */
export async function selectByClick(page: Page, id: string): Promise<void> {
  const got: unknown[] = [];
  let tried = 0;
  // In a crowded view a user zooms in on the edge before clicking it again.
  for (const zoomIn of [false, true]) {
    if (zoomIn) {
      await page.evaluate((eid) => {
        const cy = (window as any).__zonegraph.cy;
        const ele = cy.getElementById(eid);
        cy.fit(ele.isEdge() ? ele.union(ele.connectedNodes()) : ele, 120);
      }, id);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    for (const p of await pointsOn(page, id)) {
      tried++;
      await page.mouse.click(p.x, p.y);
      try {
        await page.waitForFunction((eid) => (window as any).__zonegraph.state.selected?.id === eid, id, { timeout: 2000 });
        return;
      } catch {
        got.push(await page.evaluate(() => (window as any).__zonegraph.state.selected));
      }
    }
  }
  throw new Error(`clicking ${id} at ${tried} points (also zoomed in) selected ${JSON.stringify(got)}`);
}

/** The hand-made fixture graph (tests/fixtures/small-graph.ts) written to a throw-away graph file. */
export async function fixtureGraphFile(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'zg-e2e-')), 'graph.ndjson');
  await writeGraphFile(file, smallGraph());
  return file;
}

export interface ExplorerSession {
  server: () => ServerProcess;
  browser: () => Browser;
  page: () => Page;
}

/** Registers beforeAll/afterAll hooks in the calling describe: a server over the graph file, Chromium, and the explorer open in a page. */
export function explorerSession(graphFile: () => string | Promise<string>): ExplorerSession {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startServerProcess(await graphFile());
    browser = await launchBrowser();
    page = await openExplorer(browser, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the explorer session has no ${what}: its beforeAll did not run or failed`);
    return value;
  };
  return { server: () => started(server, 'server'), browser: () => started(browser, 'browser'), page: () => started(page, 'page') };
}
