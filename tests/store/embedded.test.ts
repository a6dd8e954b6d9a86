import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphFile, writeGraphFile } from '../../shared/graph-file.ts';
import type { GraphData } from '../../shared/graph.ts';
import { createEmbeddedStore, openEmbeddedStore } from '../../server/store/embedded/index.ts';
import { StoreError } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { fixtureContribution, sameAnswers, storeContract } from './contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'zg-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** The embedded store as a server opens it: from a graph file, persisting writes back to it. */
async function openFromFile(graph: GraphData) {
  const path = join(dir, `graph-${files++}.ndjson`);
  await writeGraphFile(path, graph);
  return openEmbeddedStore(path, { persist: true });
}

storeContract('embedded', async (graph) => createEmbeddedStore(graph));
storeContract('embedded (opened from a graph file, persisting)', openFromFile);
sameAnswers('embedded (graph file round trip)', openFromFile, async (graph) => createEmbeddedStore(graph));

describe('embedded store: persistence', () => {
  it('rewrites the graph file after each write, so a reopened store sees the change', async () => {
    const path = join(dir, 'persist.ndjson');
    const graph = smallGraph();
    const store = createEmbeddedStore(graph, { persistPath: path });
    await store.removeDocument('doc:000_f2f3fd127b521cfd');
    const onDisk = await readGraphFile(path);
    expect([onDisk.nodes.length, onDisk.relationships.length, onDisk.documents.length]).toEqual([32, 51, 2]);
    await store.upsertDocument(fixtureContribution(graph, 'doc:000_f2f3fd127b521cfd'));
    const reopened = await openEmbeddedStore(path);
    expect(await reopened.stats()).toEqual(await createEmbeddedStore(smallGraph()).stats());
    expect((await readGraphFile(path)).nodes).toEqual(graph.nodes);
  });

  it('a write whose file cannot be written fails clearly and leaves the graph as it was', async () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const store = createEmbeddedStore(smallGraph(), { persistPath: join(blocker, 'graph.ndjson') });
    const before = await store.stats();
    const err = await store.removeDocument('doc:000_f2f3fd127b521cfd').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('STORE_LOAD_FAILED');
    expect((err as StoreError).message).toContain(blocker);
    expect(await store.stats()).toEqual(before);
    expect(await store.getNodes(smallGraph().nodes.map((n) => n.id))).toEqual(smallGraph().nodes);
    expect((await store.search({ text: '十堰经开区' })).map((h) => h.node.id)).toEqual([
      'zone:十堰经济技术开发区',
      'program:十堰经济技术开发区国民经济和社会发展第十四个五年规划纲要',
    ]);
    await expect(store.loadGraph({ ...smallGraph(), nodes: [], relationships: [] })).rejects.toThrow(/could not write graph file/);
    expect(await store.stats()).toEqual(before);
  });

  it('refuses an invalid graph at creation, naming the problem', () => {
    const graph = smallGraph();
    graph.nodes.push({ ...graph.nodes[0]! });
    expect(() => createEmbeddedStore(graph)).toThrow(/appears twice/);
  });

  it('opening a missing graph file says what to do', async () => {
    await expect(openEmbeddedStore(join(dir, 'missing.ndjson'))).rejects.toThrow(/graph file not found/);
  });
});
