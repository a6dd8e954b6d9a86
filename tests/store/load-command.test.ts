import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeGraphFile } from '../../shared/graph-file.ts';
import { loadCommand } from '../../graph-seed/cli/load.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { describeNeo4j, neo4jConnection } from '../helpers/neo4j.ts';
import { createNeo4jStore } from '../../server/store/neo4j/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'zg-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}

describe('graph-seed load', () => {
  it('loads a graph file into the embedded store and reports counts per label and type', async () => {
    const file = join(dir, 'graph.ndjson');
    await writeGraphFile(file, smallGraph());
    const { out, err } = capture();
    expect(await loadCommand({ graphFile: file, store: 'embedded' })).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/nodes\s+39/);
    expect(text).toMatch(/Zone\s+5/);
    expect(text).toMatch(/DEVELOPS\s+15/);
    expect(text).toMatch(/relationships\/s/);
    expect(err).toEqual([]);
  });

  it('fails with one line naming the missing file', async () => {
    const { err } = capture();
    expect(await loadCommand({ graphFile: join(dir, 'missing.ndjson'), store: 'embedded' })).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('missing.ndjson');
    expect(err[0]).not.toContain('    at ');
  });

  it('--store neo4j without NEO4J_URI says which variables it needs', async () => {
    const file = join(dir, 'graph2.ndjson');
    await writeGraphFile(file, smallGraph());
    const { err } = capture();
    expect(await loadCommand({ graphFile: file, store: 'neo4j', env: {} })).toBe(1);
    expect(err[0]).toContain('NEO4J_URI');
  });

  it('an unreachable Neo4j is one clear line naming the URI', async () => {
    const file = join(dir, 'graph3.ndjson');
    await writeGraphFile(file, smallGraph());
    const { err } = capture();
    expect(await loadCommand({ graphFile: file, store: 'neo4j', env: { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' } })).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('bolt://127.0.0.1:1');
  });
});

describeNeo4j('graph-seed load --store neo4j', () => {
  it('loads the graph into Neo4j', async () => {
    const file = join(dir, 'graph4.ndjson');
    await writeGraphFile(file, smallGraph());
    const c = neo4jConnection();
    const { out } = capture();
    const namespace = `load-command-${process.pid}-${Date.now()}`;
    const env = { NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, ZONEGRAPH_NEO4J_NAMESPACE: namespace };
    expect(await loadCommand({ graphFile: file, store: 'neo4j', env })).toBe(0);
    expect(out.join('\n')).toMatch(/relationships\s+68/);
    const store = await createNeo4jStore({ ...c, namespace });
    try {
      expect((await store.stats()).nodes).toBe(39);
    } finally {
      await store.close();
    }
  });
});
