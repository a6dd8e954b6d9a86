/**
 * The bundled GraphiQL page in a real browser (Chromium via playwright-core):
 * it renders offline (any request leaving the server fails the test), opens
 * one tab per example, and runs the first example against the live API.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { EXAMPLES } from '../../server/graphiql/examples.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { ensureGraphiqlBuilt, startApi, type Api } from './harness.ts';
import { skipSuite } from '../helpers/prerequisite.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`;

describe.skipIf(skipSuite('GRAPHIQL BROWSER TEST', missing, 'apt-get install -y chromium'))('GraphiQL page in a browser', () => {
  let api: Api;
  let store: GraphStore;
  let browser: Browser;
  beforeAll(async () => {
    ensureGraphiqlBuilt();
    store = createEmbeddedStore(smallGraph());
    api = await startApi(store);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await store?.close();
  });

  it('renders offline with a tab per example and runs a query', async () => {
    const page = await browser.newPage();
    const offsite: string[] = [];
    const pageErrors: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(api.url)) return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${api.url}/graphiql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 15_000 }).toBe(EXAMPLES.length);
    // Each example tab runs against the fixture without errors (the ingest tab needs a token: it must say so).
    const tabs = page.locator('.graphiql-tab');
    for (let i = 0; i < EXAMPLES.length; i++) {
      const example = EXAMPLES[i]!;
      await tabs.nth(i).locator('button').first().click();
      await page.locator('.graphiql-execute-button').click();
      const expected = example.mutation ? 'INGEST_DISABLED' : '"data"';
      await expect
        .poll(async () => (await page.locator('.result-window').innerText()).includes(expected), { timeout: 15_000, message: example.title })
        .toBe(true);
      const result = await page.locator('.result-window').innerText();
      if (!example.mutation) expect(result, example.title).not.toContain('"errors"');
      if (i === 0) expect(result).toContain('zone:武汉经济技术开发区');
      // Clear the result so the next poll sees the next answer.
      await page.evaluate(() => {
        const cm = document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror?: { setValue(v: string): void } } | null;
        cm?.CodeMirror?.setValue('');
      });
    }
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
