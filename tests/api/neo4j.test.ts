/**
 * The API question suite and the store-call counting check against the Neo4j
 * adapter, loaded with the same fixture: the API must give the same answers
 * whichever store is behind it. Needs the real Neo4j server of the test run.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../shared/graph.ts';
import { createNeo4jStore } from '../../server/store/neo4j/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { describeNeo4j, neo4jConnection } from '../helpers/neo4j.ts';
import { countingStore, startApi, type Api } from './harness.ts';
import { defineIngestSuite } from './ingest.suite.ts';
import { defineQuestionSuite } from './questions.suite.ts';

const run = randomBytes(4).toString('hex');
let namespaces = 0;

async function openNeo4j(graph: GraphData): Promise<GraphStore> {
  const store = await createNeo4jStore(neo4jConnection(), { namespace: `api-${run}-${namespaces++}` });
  await store.loadGraph(graph);
  return store;
}

describeNeo4j('API over the Neo4j store', () => {
  defineQuestionSuite('API questions over the Neo4j store', openNeo4j, 'neo4j');
  defineIngestSuite('ingest into the Neo4j store', openNeo4j);

  describe('batching over Neo4j', () => {
    let counted: ReturnType<typeof countingStore>;
    let api: Api;
    beforeAll(async () => {
      counted = countingStore(await openNeo4j(smallGraph()));
      api = await startApi(counted.store);
    });
    afterAll(async () => {
      await api?.close();
      await counted?.store.close();
    });

    it('nested relationships cost one batched call per level', async () => {
      counted.reset();
      const d = await api.data(`{ entities(first: 100) { nodes { id degree relationships { start { id relationships { id } } } } } }`);
      expect(d.entities.nodes).toHaveLength(smallGraph().nodes.length);
      expect(counted.calls.get('relationshipsOf') ?? 0).toBe(0);
      expect(counted.calls.get('relationshipsOfMany') ?? 0).toBeLessThanOrEqual(2);
      expect(counted.calls.get('getNodes') ?? 0).toBeLessThanOrEqual(1);
      expect(counted.calls.get('degrees') ?? 0).toBe(1);
    });
  });
});
