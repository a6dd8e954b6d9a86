/**
 * The explorer over the hand-made fixture graph (tests/fixtures/small-graph.ts):
 * the same journey as on the seed graph, but with answers known exactly, so
 * a failure here is the explorer's, not extraction's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeGraphFile } from '../../shared/graph-file.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { launchBrowser, missingPrerequisite, openExplorer, startServerProcess, type ServerProcess } from './harness.ts';
import { journey } from './explorer-steps.ts';
import { skipSuite } from '../helpers/prerequisite.ts';

describe.skipIf(skipSuite('EXPLORER E2E (fixture graph)', missingPrerequisite()))('explorer over the fixture graph', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zg-e2e-')), 'graph.ndjson');
    await writeGraphFile(file, smallGraph());
    server = await startServerProcess(file);
    browser = await launchBrowser();
    page = await openExplorer(browser, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  journey(
    {
      name: 'fixture',
      search: { text: '十堰经开区', id: 'zone:十堰经济技术开发区' },
      expandShows: '新能源汽车',
      evidenceContains: '新能源汽车',
      compare: {
        a: { text: '十堰经济技术开发区', id: 'zone:十堰经济技术开发区' },
        b: { text: '武汉经济技术开发区', id: 'zone:武汉经济技术开发区' },
        shared: '新能源汽车',
      },
      program: { text: '武汉经济技术开发区国民经济', id: 'program:武汉经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要', cites: '湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要' },
    },
    { browser: () => browser, server: () => server, page: () => page },
  );
});
