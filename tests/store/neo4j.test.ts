import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../shared/graph-file.ts';
import type { GraphData } from '../../shared/graph.ts';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { createNeo4jStore } from '../../server/store/neo4j/index.ts';
import { StoreError, type GraphStore } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { describeNeo4j, neo4jConnection } from '../helpers/neo4j.ts';
import { fixtureContribution, sameAnswers, storeContract } from './contract.ts';

const run = randomBytes(4).toString('hex');
let namespaces = 0;
const freshNamespace = () => `test-${run}-${namespaces++}`;

/** A store on its own namespace of the shared test server, loaded with `graph`. */
async function openNeo4j(graph: GraphData, options: { namespace?: string; batchSize?: number } = {}): Promise<GraphStore> {
  const store = await createNeo4jStore(neo4jConnection(), { namespace: options.namespace ?? freshNamespace(), batchSize: options.batchSize ?? 1000 });
  await store.loadGraph(graph);
  return store;
}

/** Raw access for checks the port cannot express (generations left behind). */
function rawDriver() {
  const c = neo4jConnection();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true });
}

async function generations(namespace: string): Promise<{ active: string | null; staging: string[]; orphans: string[] }> {
  const driver = rawDriver();
  try {
    const meta = await driver.executeQuery('MATCH (m:ZonegraphMeta {namespace: $namespace}) RETURN m.active AS active, m.staging AS staging', { namespace });
    const orphans = await driver.executeQuery(
      `MATCH (m:ZonegraphMeta) WITH collect(m.active) + reduce(all = [], m IN collect(m) | all + coalesce(m.staging, [])) AS known
       MATCH (n:Entity) WHERE NOT n.generation IN known RETURN DISTINCT n.generation AS generation`,
    );
    const row = meta.records[0];
    return {
      active: (row?.get('active') as string | null) ?? null,
      staging: (row?.get('staging') as string[] | null) ?? [],
      orphans: orphans.records.map((r) => r.get('generation') as string),
    };
  } finally {
    await driver.close();
  }
}

async function countGeneration(generation: string): Promise<number> {
  const driver = rawDriver();
  try {
    const res = await driver.executeQuery('MATCH (n:Entity {generation: $generation}) RETURN count(n) AS n', { generation });
    return res.records[0]!.get('n') as number;
  } finally {
    await driver.close();
  }
}

/** The fixture grown to `copies` copies with suffixed ids, so a load takes many batches. */
function grown(copies: number): GraphData {
  const base = smallGraph();
  const g: GraphData = { ...base, nodes: [...base.nodes], relationships: [...base.relationships] };
  for (let c = 1; c < copies; c++) {
    const s = (id: string) => `${id}~${c}`;
    g.nodes.push(...base.nodes.map((n) => ({ ...n, id: s(n.id) })));
    g.relationships.push(...base.relationships.map((r) => ({ ...r, id: `${r.type}:${s(r.start)}->${s(r.end)}`, start: s(r.start), end: s(r.end) })));
  }
  return g;
}

describeNeo4j('neo4j store', () => {
  storeContract('neo4j', (graph) => openNeo4j(graph));
  sameAnswers('neo4j', (graph) => openNeo4j(graph), async (graph) => createEmbeddedStore(graph), { sample: 40 });

  describe('neo4j: loading', () => {
    it('loading twice gives the same graph and leaves one generation', async () => {
      const namespace = freshNamespace();
      const store = await openNeo4j(smallGraph(), { namespace });
      try {
        const first = await generations(namespace);
        const stats = await store.stats();
        await store.loadGraph(smallGraph());
        const second = await generations(namespace);
        expect(await store.stats()).toEqual(stats);
        expect(second.active).not.toBe(first.active);
        expect(second.staging).toEqual([]);
        expect(await countGeneration(first.active!)).toBe(0);
        expect(await countGeneration(second.active!)).toBe(39);
      } finally {
        await store.close();
      }
    });

    it('replacing a document removes what only it supported, in Neo4j too', async () => {
      const graph = smallGraph();
      const store = await openNeo4j(graph);
      try {
        const next = fixtureContribution(graph, 'doc:001_b542f6f43ab8c132');
        next.nodes = next.nodes.filter((n) => n.id !== 'zone:驻马店经济开发区' && n.id !== 'region:411700');
        next.relationships = next.relationships.filter((r) => r.start !== 'zone:驻马店经济开发区' && r.end !== 'zone:驻马店经济开发区');
        const summary = await store.upsertDocument(next);
        expect(summary).toEqual({ nodes: 2, relationships: 3, documents: 1, facts: 0 });
        expect(await store.getNodes(['zone:驻马店经济开发区'])).toEqual([null]);
        // 驻马店市 is gazetteer data: it stays, without the document.
        expect((await store.getNodes(['region:411700']))[0]!.documents).toEqual([]);
        expect(await store.relationshipsOf('region:411700')).toHaveLength(1);
      } finally {
        await store.close();
      }
    });

    it('a load that fails midway leaves the previous graph readable and intact, and no half generation', async () => {
      const namespace = freshNamespace();
      const store = await openNeo4j(smallGraph(), { namespace, batchSize: 20 });
      try {
        const before = await store.stats();
        const active = (await generations(namespace)).active;
        let batches = 0;
        const err = await store
          .loadGraph(grown(5), {
            onProgress: () => {
              if (++batches === 4) throw new Error('forced failure on batch 4');
            },
          })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(StoreError);
        expect((err as StoreError).code).toBe('STORE_LOAD_FAILED');
        expect((err as StoreError).message).toContain('forced failure on batch 4');
        expect(await store.stats()).toEqual(before);
        expect((await store.search({ text: '十堰经开区' }))[0]?.node.id).toBe('zone:十堰经济技术开发区');
        const after = await generations(namespace);
        expect(after.active).toBe(active);
        expect(after.staging).toEqual([]);
        expect(after.orphans).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('a loader killed mid-load leaves the previous graph served; the next load clears its leftovers', async () => {
      const namespace = freshNamespace();
      const store = await openNeo4j(smallGraph(), { namespace });
      const dir = mkdtempSync(join(tmpdir(), 'zg-neo4j-kill-'));
      try {
        const before = await store.stats();
        const file = join(dir, 'big.ndjson');
        await writeGraphFile(file, grown(40));
        const c = neo4jConnection();
        const child = spawn(process.execPath, ['--import', 'tsx', 'tests/store/helpers/load-child.ts', c.uri, c.username, c.password, namespace, file], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const killed = await new Promise<boolean>((resolve) => {
          child.stdout.on('data', (d: Buffer) => {
            if (/batch 5\b/.test(d.toString()) && child.kill('SIGKILL')) resolve(true);
          });
          child.on('exit', () => resolve(false));
        });
        expect(killed, `the loader finished before it could be killed: ${stderr}`).toBe(true);
        const leftovers = await generations(namespace);
        expect(leftovers.staging).toHaveLength(1);
        expect(await countGeneration(leftovers.staging[0]!)).toBeGreaterThan(0);
        expect(await store.stats()).toEqual(before);

        await store.loadGraph(smallGraph());
        const cleaned = await generations(namespace);
        expect(cleaned.staging).toEqual([]);
        expect(await countGeneration(leftovers.staging[0]!)).toBe(0);
        expect(await store.stats()).toEqual(before);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('neo4j: search keys stored in their short form', () => {
    // nodeRow stores a node's search keys once, as one newline-joined string, and
    // only keeps them apart (mKeys, keys) when splitting or trimming would not give
    // them back; these names are the cases where it must.
    it('names with a newline or outer spaces search and resolve as in the embedded store', async () => {
      const graph = smallGraph();
      const zone = graph.nodes.find((n) => n.id === 'zone:十堰经济技术开发区')!;
      zone.aliases = [...zone.aliases, ' 十堰开发区 ', '汽车\n基地'];
      const region = graph.nodes.find((n) => n.label === 'Region')!;
      region.name = `${region.name}\n旧称`;
      const neo = await openNeo4j(graph);
      const reference = createEmbeddedStore(graph);
      try {
        for (const text of ['十堰', '十堰开发区', '汽车', '基地', '旧称', region.name.slice(0, 2), '开发区']) {
          expect(await neo.search({ text, limit: 10 }), text).toEqual(await reference.search({ text, limit: 10 }));
        }
        for (const name of ['十堰开发区', ' 十堰开发区 ', '汽车\n基地', region.name]) {
          expect((await neo.findByName(name))?.id, name).toBe((await reference.findByName(name))?.id);
        }
        expect((await neo.findByName('十堰开发区'))?.id).toBe('zone:十堰经济技术开发区');
        expect((await neo.getNodes([zone.id, region.id]))).toEqual(await reference.getNodes([zone.id, region.id]));
      } finally {
        await neo.close();
        await reference.close();
      }
    });
  });

  describe('neo4j: connection errors are clear', () => {
    it('an unreachable server names the URI', async () => {
      const err = await createNeo4jStore({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('STORE_UNAVAILABLE');
      expect((err as StoreError).message).toContain('bolt://127.0.0.1:1');
    });

    it('wrong credentials say so', async () => {
      const c = neo4jConnection();
      const err = await createNeo4jStore({ ...c, password: `${c.password}-wrong` }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('STORE_AUTH');
      expect((err as StoreError).message).toContain(c.username);
    });

    it('a missing database is named', async () => {
      const err = await createNeo4jStore({ ...neo4jConnection(), database: 'nosuchgraph' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('STORE_DATABASE');
      expect((err as StoreError).message).toContain('nosuchgraph');
    });
  });
});
