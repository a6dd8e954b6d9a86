/**
 * The end-to-end list on the seed graph (graph-seed/out/graph.ndjson,
 * `npm run build:graph`): search 武汉经开区 and see it centred; expand it and
 * see 新能源汽车; open that edge's evidence; compare 十堰经济技术开发区 with
 * 武汉经济技术开发区 and see 汽车零部件 shared; trace a program to what it
 * cites; reload a shared URL; stop the server and see the error message.
 * These expectations depend on extraction quality as well as on the explorer;
 * explorer-fixture.test.ts runs the same journey on exact data.
 */
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { explorerSession, missingPrerequisite, SEED_GRAPH } from './harness.ts';
import { journey } from './explorer-steps.ts';
import { skipSuite } from '../helpers/prerequisite.ts';

const missing = missingPrerequisite() ?? (existsSync(SEED_GRAPH) ? null : `${SEED_GRAPH} does not exist: run npm run build:graph`);

describe.skipIf(skipSuite('EXPLORER E2E (seed graph)', missing))('explorer over the seed graph', () => {
  const session = explorerSession(() => SEED_GRAPH);

  journey(
    {
      name: 'seed',
      search: { text: '武汉经开区', id: 'zone:武汉经济技术开发区' },
      expandShows: '新能源汽车',
      evidenceContains: '武汉经开区',
      compare: {
        a: { text: '十堰经济技术开发区', id: 'zone:十堰经济技术开发区' },
        b: { text: '武汉经济技术开发区', id: 'zone:武汉经济技术开发区' },
        shared: '汽车零部件',
      },
      program: { text: '湖北省县域经济发展', id: 'program:湖北省县域经济发展“十四五”规划', cites: '湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要' },
    },
    session,
  );
});
