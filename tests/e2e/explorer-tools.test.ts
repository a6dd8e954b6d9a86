/**
 * The explorer's tools over the fixture graph, in headless Chromium: filters,
 * language toggle, hide / pin / collapse, paths with evidence, and the PNG,
 * JSON and GraphML exports (GraphML parsed by the browser's XML parser).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { clickElement, explorerSession, fixtureGraphFile, missingPrerequisite, searchAndPick, shot, waitIdle, type ServerProcess } from './harness.ts';
import { skipSuite } from '../helpers/prerequisite.ts';


const SY = 'zone:十堰经济技术开发区';
const WH = 'zone:武汉经济技术开发区';
const ids = (page: Page, selector = '*') => page.evaluate((sel) => (window as any).__zonegraph.cy.elements(sel).map((e: any) => e.id()) as string[], selector);

describe.skipIf(skipSuite('EXPLORER E2E (tools)', missingPrerequisite()))('explorer tools over the fixture graph', () => {
  const session = explorerSession(fixtureGraphFile);
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  beforeAll(() => {
    server = session.server();
    browser = session.browser();
    page = session.page();
  });

  it('search autocompletes Traditional forms, pinyin and English names', async () => {
    for (const text of ['武漢經開區', 'wuhanjingji', 'Wuhan Economic']) {
      await page.getByTestId('search-input').fill(text);
      const hit = page.locator(`[data-testid="search-result"][data-id="${WH}"]`);
      await hit.waitFor({ timeout: 15_000 });
    }
    await page.getByTestId('search-input').press('Escape');
    await shot(page, 'tools-00-search-pinyin');
  });

  it('filters by label and by DEVELOPS role, and the filters live in the URL', async () => {
    const zonesBefore = await ids(page, 'node.zone');
    expect(zonesBefore.length).toBeGreaterThan(0);
    await page.getByTestId('filter-label-Zone').uncheck();
    await waitIdle(page, 2);
    expect(await ids(page, 'node.zone')).toEqual([]);
    expect(page.url()).toContain('nl=Zone');
    await page.getByTestId('filter-label-Zone').check();
    await page.getByTestId('filter-role').selectOption('pillar');
    await page.waitForFunction(() => (window as any).__zonegraph.state.filters.role === 'pillar');
    await waitIdle(page);
    const roles = await page.evaluate(() => (window as any).__zonegraph.cy.edges('.develops').map((e: any) => e.data('role')) as string[]);
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(roles)).toEqual(new Set(['pillar']));
    await shot(page, 'tools-01-filter-pillar');
    await page.getByTestId('filter-role').selectOption('');
    await page.waitForFunction(() => (window as any).__zonegraph.state.filters.role === null);
    await waitIdle(page);
  });

  it('filters by province and by document through the API', async () => {
    await page.getByTestId('filter-province').fill('河南省');
    await page.getByTestId('filter-province').press('Enter');
    await page.waitForFunction(() => (window as any).__zonegraph.state.filters.province === '河南省');
    await waitIdle(page);
    expect(await ids(page, 'node.zone, node.region')).toEqual(expect.arrayContaining(['zone:驻马店经济开发区']));
    expect((await ids(page, 'node.zone, node.region')).every((id) => id === 'zone:驻马店经济开发区' || id === 'region:411700')).toBe(true);
    expect((await ids(page, 'node.industry')).length).toBeGreaterThan(0);
    await shot(page, 'tools-01b-province');
    await page.getByTestId('filter-province').fill('');
    await page.getByTestId('filter-province').press('Enter');
    await page.waitForFunction(() => (window as any).__zonegraph.state.filters.province === null);

    await page.getByTestId('filter-document').selectOption('doc:000_f2f3fd127b521cfd');
    await page.waitForFunction(() => (window as any).__zonegraph.state.filters.document !== null);
    await waitIdle(page);
    const onCanvas = await ids(page, 'node');
    expect(onCanvas).toContain('zone:十堰经济技术开发区');
    expect(onCanvas).not.toContain('zone:武汉东湖新技术开发区');
    await page.getByTestId('filter-document').selectOption('');
    await page.waitForFunction(() => (window as any).__zonegraph.state.filters.document === null);
    await waitIdle(page);
    expect(await ids(page, 'node')).toContain('zone:武汉东湖新技术开发区');
  });

  it('switches labels to English where known and back', async () => {
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => (window as any).__zonegraph.state.lang === 'en');
    await waitIdle(page);
    const label = () => page.evaluate((id) => (window as any).__zonegraph.cy.getElementById(id).data('display'), WH);
    expect(await label()).toBe('Wuhan Economic and Technological Development Zone');
    await shot(page, 'tools-02-english');
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => (window as any).__zonegraph.state.lang === 'zh');
    await waitIdle(page);
    expect(await label()).toBe('武汉经济技术开发区');
  });

  it('hides, shows again, pins and collapses', async () => {
    await searchAndPick(page, '武汉经济技术开发区', WH);
    await page.getByTestId('btn-pin').click();
    await page.waitForFunction((id) => (window as any).__zonegraph.state.pinned.includes(id), WH);
    expect(await page.evaluate((id) => (window as any).__zonegraph.cy.getElementById(id).locked(), WH)).toBe(true);
    await page.getByTestId('btn-expand').click();
    await page.waitForFunction((id) => (window as any).__zonegraph.state.expanded.includes(id), WH);
    await waitIdle(page);
    expect(await ids(page)).toContain('company:东风汽车集团有限公司');
    await page.getByTestId('btn-expand').click(); // now "collapse"
    await page.waitForFunction((id) => !(window as any).__zonegraph.state.expanded.includes(id), WH);
    await waitIdle(page);
    expect(await ids(page)).not.toContain('company:东风汽车集团有限公司');
    await page.getByTestId('btn-hide').click();
    await waitIdle(page);
    expect(await ids(page)).not.toContain(WH);
    await page.getByTestId('btn-show-all').click();
    await waitIdle(page);
    expect(await ids(page)).toContain(WH);
  });

  it('suggests places with similar industries and compares with one click', async () => {
    await searchAndPick(page, '十堰经济技术开发区', SY);
    const similar = page.getByTestId('similar-places');
    await similar.waitFor();
    expect(await similar.locator(`li[data-id="${WH}"]`).count()).toBe(1);
    await similar.locator(`li[data-id="${WH}"]`).getByTestId('similar-compare').click();
    await page.waitForFunction(() => (window as any).__zonegraph.state.mode === 'compare');
    await waitIdle(page);
    expect(await page.evaluate(() => (window as any).__zonegraph.state.compare)).toEqual([SY, WH]);
    expect(await page.locator('[data-testid="compare-shared"] li').count()).toBeGreaterThan(0);
  });

  it('draws the path between two entities with the evidence of each step', async () => {
    await searchAndPick(page, '十堰经济技术开发区', SY);
    await page.getByTestId('btn-path-from').click();
    await searchAndPick(page, '集成电路', 'industry:集成电路');
    await page.getByTestId('btn-path-to').click();
    await page.waitForFunction(() => (window as any).__zonegraph.state.mode === 'path');
    await waitIdle(page);
    const pathEdges = await ids(page, 'edge.path');
    expect(pathEdges.length).toBeGreaterThanOrEqual(2);
    const steps = page.getByTestId('path-steps').first();
    expect(await steps.getByTestId('evidence-text').count()).toBeGreaterThan(0);
    await shot(page, 'tools-03-path');
  });

  it('double-click expands a node and double-click again collapses it', async () => {
    await page.evaluate(() => (window as any).__zonegraph.store.dispatch({ type: 'reset' }));
    await waitIdle(page);
    await page.evaluate((id) => (window as any).__zonegraph.cy.fit((window as any).__zonegraph.cy.getElementById(id).closedNeighborhood(), 120) && undefined, WH);
    await clickElement(page, WH, { double: true });
    await page.waitForFunction((id) => (window as any).__zonegraph.state.expanded.includes(id), WH);
    await waitIdle(page);
    expect(await ids(page)).toContain('company:东风汽车集团有限公司');
    await page.evaluate((id) => (window as any).__zonegraph.cy.fit((window as any).__zonegraph.cy.getElementById(id), 300) && undefined, WH);
    await clickElement(page, WH, { double: true });
    await page.waitForFunction((id) => !(window as any).__zonegraph.state.expanded.includes(id), WH);
  });

  it('a link naming an entity that is not in the graph gets the API error code and message', async () => {
    const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await other.goto(`${server.url}/#m=path&from=${encodeURIComponent('zone:不存在的开发区')}&to=${encodeURIComponent(WH)}`);
      const banner = other.getByTestId('error-banner');
      await banner.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await other.getByTestId('error-code').textContent()).toBe('NOT_FOUND');
      expect(await other.getByTestId('error-message').textContent()).toContain('zone:不存在的开发区');
      await shot(other, 'tools-04-not-found');
    } finally {
      await other.close();
    }
  });

  it('exports PNG, JSON and GraphML of the current view', async () => {
    const downloadOf = async (testid: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
    };
    const onCanvas = new Set(await ids(page));

    const png = await downloadOf('export-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(2000);

    const json = JSON.parse((await downloadOf('export-json')).bytes.toString('utf8'));
    expect(new Set([...json.nodes, ...json.edges].map((e: { id: string }) => e.id))).toEqual(onCanvas);
    expect(json.url).toBe(page.url());

    const graphml = (await downloadOf('export-graphml')).bytes.toString('utf8');
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length > 0, ids: [...doc.querySelectorAll('node, edge')].map((n) => n.getAttribute('id')) };
    }, graphml);
    expect(parsed.error).toBe(false);
    expect(new Set(parsed.ids)).toEqual(onCanvas);
  });
});
