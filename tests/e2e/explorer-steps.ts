/**
 * The explorer's end-to-end journey, written once and run over a graph file:
 * search and centre, expand, read an edge's evidence and its passage, compare
 * two zones, trace a program, reload a shared link, lose the server.
 */
import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { offsetFromCentre, searchAndPick, selectByClick, shot, waitIdle, type ServerProcess } from './harness.ts';

export interface Journey {
  /** Screenshot name prefix. */
  name: string;
  /** What to type to find the zone, and the zone's id. */
  search: { text: string; id: string };
  /** An industry that appears when the zone is expanded (name), joined by a DEVELOPS edge. */
  expandShows: string;
  /** Text the edge's first evidence sentence contains (on extracted data a coordinated phrase such as 新能源与智能网联汽车 may stand for the industry). */
  evidenceContains: string;
  /** Two places to compare (search text → id) and an industry they share (name). */
  compare: { a: { text: string; id: string }; b: { text: string; id: string }; shared: string };
  /** A program (search text → id) and a program it cites (name). */
  program: { text: string; id: string; cites: string };
}

export interface Session {
  browser: () => Browser;
  server: () => ServerProcess;
  page: () => Page;
}

const nodeNames = (page: Page) => page.evaluate(() => (window as any).__zonegraph.cy.nodes().map((n: any) => n.data('name')) as string[]);

export function journey(j: Journey, s: Session): void {
  it('opens on the overview of places and the chains they develop', async () => {
    const page = s.page();
    const summary = await page.evaluate(() => {
      const z = (window as any).__zonegraph;
      return { mode: z.state.mode, zones: z.cy.nodes('.zone, .region').length, industries: z.cy.nodes('.industry').length, develops: z.cy.edges('.develops').length, chains: z.cy.nodes(':parent').length };
    });
    await shot(page, `${j.name}-01-overview`);
    expect(summary.mode).toBe('overview');
    expect(summary.zones).toBeGreaterThan(0);
    expect(summary.industries).toBeGreaterThan(0);
    expect(summary.develops).toBeGreaterThan(0);
    expect(summary.chains).toBeGreaterThan(0);
  });

  it(`finds ${j.search.text} and centres on it`, async () => {
    const page = s.page();
    const picked = await searchAndPick(page, j.search.text, j.search.id);
    expect(picked).toBe(j.search.id);
    const offset = await offsetFromCentre(page, j.search.id);
    await shot(page, `${j.name}-02-search-centred`);
    expect(offset).not.toBeNull();
    expect(Math.abs(offset!.dx)).toBeLessThan(30);
    expect(Math.abs(offset!.dy)).toBeLessThan(30);
    await expect.poll(() => page.getByTestId('node-name').textContent()).toBeTruthy();
  });

  let edgeId = '';
  it(`expands it and shows ${j.expandShows}`, async () => {
    const page = s.page();
    await page.getByTestId('btn-expand').click();
    await page.waitForFunction((id) => (window as any).__zonegraph.state.expanded.includes(id), j.search.id);
    await waitIdle(page);
    expect(await nodeNames(page)).toContain(j.expandShows);
    edgeId = await page.evaluate(
      ({ zone, name }) => {
        const cy = (window as any).__zonegraph.cy;
        const target = cy.nodes().filter((n: any) => n.data('name') === name);
        return cy.getElementById(zone).edgesWith(target).filter('.develops').first().id() as string;
      },
      { zone: j.search.id, name: j.expandShows },
    );
    await shot(page, `${j.name}-03-expanded`);
    expect(edgeId).toMatch(/^DEVELOPS:/);
  });

  it('shows the evidence sentence of the edge and its passage in the document', async () => {
    const page = s.page();
    await page.evaluate((id) => {
      const cy = (window as any).__zonegraph.cy;
      cy.fit(cy.getElementById(id).connectedNodes(), 150);
    }, edgeId);
    await selectByClick(page, edgeId);
    const first = page.getByTestId('evidence-text').first();
    await first.waitFor();
    const sentence = (await first.textContent())!;
    await shot(page, `${j.name}-04-edge-evidence`);
    // What the panel shows is the API's evidence for that relationship, with the entities marked.
    const api = await page.evaluate(async (id) => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($id: ID!) { relationship(id: $id) { evidence { text } } }', variables: { id } }) });
      return (await res.json()).data.relationship.evidence[0].text as string;
    }, edgeId);
    expect(sentence).toBe(api);
    expect(sentence).toContain(j.evidenceContains);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);

    await page.getByTestId('evidence-doc-link').first().click();
    const highlight = page.getByTestId('document-highlight');
    await highlight.waitFor();
    await page.waitForTimeout(150);
    expect((await highlight.textContent())!.trim()).toBe(sentence.trim());
    expect(await highlight.isVisible()).toBe(true);
    await shot(page, `${j.name}-05-document-passage`);
    await page.getByTestId('document-close').click();
  });

  it(`compares two zones and lights up ${j.compare.shared}`, async () => {
    const page = s.page();
    for (const place of [j.compare.a, j.compare.b]) {
      await searchAndPick(page, place.text, place.id);
      await page.getByTestId('btn-compare-add').click();
    }
    await page.getByTestId('btn-compare-run').click();
    await page.waitForFunction(() => (window as any).__zonegraph.state.mode === 'compare');
    await waitIdle(page);
    const sharedList = (await page.getByTestId('compare-shared').textContent())!;
    const classes = await page.evaluate((name) => {
      const cy = (window as any).__zonegraph.cy;
      const n = cy.nodes().filter((x: any) => x.data('name') === name).first();
      return { shared: n.hasClass('shared'), uniqueCount: cy.nodes('.unique').length, sharedCount: cy.nodes('.shared').length };
    }, j.compare.shared);
    await shot(page, `${j.name}-06-compare`);
    expect(sharedList).toContain(j.compare.shared);
    expect(classes.shared).toBe(true);
    expect(await page.getByTestId('compare-similarity').textContent()).toMatch(/\d\.\d\d/);
    // The chain matrix: at least one chain both places develop, marked as such.
    expect(await page.locator('[data-testid="compare-matrix"] tr.all').count()).toBeGreaterThan(0);
  });

  it('traces a program to what it cites', async () => {
    const page = s.page();
    await searchAndPick(page, j.program.text, j.program.id);
    await page.getByTestId('btn-trace').click();
    await page.waitForFunction(() => (window as any).__zonegraph.state.mode === 'lineage');
    await waitIdle(page);
    const upstream = (await page.getByTestId('lineage-upstream').textContent())!;
    const drawn = await page.evaluate(() => {
      const cy = (window as any).__zonegraph.cy;
      const root = cy.nodes('.root').first();
      const cited = root.outgoers('edge.cites').targets();
      return { cites: cited.length, rootY: root.position('y'), citedY: cited.map((n: any) => n.position('y')) as number[] };
    });
    await shot(page, `${j.name}-07-lineage`);
    expect(upstream).toContain(j.program.cites);
    expect(drawn.cites).toBeGreaterThan(0);
    // Top to bottom: what the program cites sits above it.
    for (const y of drawn.citedY) expect(y).toBeLessThan(drawn.rootY);
  });

  it('reproduces the view from a shared link after reload', async () => {
    const page = s.page();
    // Back to the compare view, with the language switched, then share it.
    const store = () => page.evaluate(() => (window as any).__zonegraph.state);
    await page.evaluate(
      ({ a, b }) => (window as any).__zonegraph.store.dispatch({ type: 'compare', places: [a, b] }),
      { a: j.compare.a.id, b: j.compare.b.id },
    );
    await page.getByTestId('lang-toggle').click();
    await waitIdle(page);
    const before = await store();
    const link = page.url();
    const elements = await page.evaluate(() => (window as any).__zonegraph.cy.elements().map((e: any) => e.id()).sort() as string[]);
    expect(link).toContain('m=compare');

    const other = await s.browser().newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await other.goto(link);
      await waitIdle(other);
      const after = await other.evaluate(() => (window as any).__zonegraph.state);
      const elementsAfter = await other.evaluate(() => (window as any).__zonegraph.cy.elements().map((e: any) => e.id()).sort() as string[]);
      await shot(other, `${j.name}-08-shared-link`);
      expect(after).toEqual(before);
      expect(elementsAfter).toEqual(elements);
      expect(after.lang).toBe('en');
      expect(await other.locator('[data-testid="compare-shared"] li').count()).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
    await page.reload();
    await waitIdle(page);
    expect(await store()).toEqual(before);
  });

  it('says clearly when the server is gone', async () => {
    const page = s.page();
    await s.server().stop();
    await page.getByTestId('search-input').fill('汽车');
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ state: 'visible', timeout: 15_000 });
    await shot(page, `${j.name}-09-server-down`);
    expect(await page.getByTestId('error-code').textContent()).toBe('NETWORK');
    expect(await page.getByTestId('error-message').textContent()).toMatch(/server/i);
  });
}
