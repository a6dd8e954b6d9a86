/**
 * The explorer over the hand-made fixture graph (tests/fixtures/small-graph.ts):
 * the same journey as on the seed graph, but with answers known exactly, so
 * a failure here is the explorer's, not extraction's.
 */
import { describe } from 'vitest';
import { explorerSession, fixtureGraphFile, missingPrerequisite } from './harness.ts';
import { journey } from './explorer-steps.ts';
import { skipSuite } from '../helpers/prerequisite.ts';

describe.skipIf(skipSuite('EXPLORER E2E (fixture graph)', missingPrerequisite()))('explorer over the fixture graph', () => {
  const session = explorerSession(fixtureGraphFile);

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
    session,
  );
});
