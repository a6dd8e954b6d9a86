import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphFile, writeGraphFile } from '../../shared/graph-file.ts';
import { openStore, storeConfigFromEnv } from '../../server/store/index.ts';
import { StoreError } from '../../server/store/port.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

const dir = mkdtempSync(join(tmpdir(), 'zg-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storeConfigFromEnv', () => {
  it('defaults to the embedded store on the seed graph file', () => {
    expect(storeConfigFromEnv({})).toEqual({ graphFile: 'graph-seed/out/graph.ndjson' });
    expect(storeConfigFromEnv({ ZONEGRAPH_GRAPH: '/data/g.ndjson' })).toEqual({ graphFile: '/data/g.ndjson' });
  });

  it('selects Neo4j from NEO4J_* variables', () => {
    expect(storeConfigFromEnv({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'zones' })).toEqual({
      graphFile: 'graph-seed/out/graph.ndjson',
      neo4j: { uri: 'bolt://db:7687', username: 'neo4j', password: 'pw', database: 'zones' },
    });
  });

  it('a URI without a password is a clear error', () => {
    expect(() => storeConfigFromEnv({ NEO4J_URI: 'bolt://db:7687' })).toThrow(StoreError);
    expect(() => storeConfigFromEnv({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });
});

describe('openStore', () => {
  it('opens the embedded store on the graph file, persisting only when asked', async () => {
    const file = join(dir, 'g.ndjson');
    await writeGraphFile(file, smallGraph());
    const readOnly = await openStore({ graphFile: file });
    expect(readOnly.kind).toBe('embedded');
    await readOnly.removeDocument('doc:000_f2f3fd127b521cfd');
    expect((await readGraphFile(file)).documents).toHaveLength(3);
    const persisting = await openStore({ graphFile: file, persist: true });
    await persisting.removeDocument('doc:000_f2f3fd127b521cfd');
    expect((await readGraphFile(file)).documents).toHaveLength(2);
  });

  it('an unreachable Neo4j fails with the URI in the message', async () => {
    await expect(openStore({ graphFile: 'unused', neo4j: { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x' } })).rejects.toThrow(
      /bolt:\/\/127\.0\.0\.1:1/,
    );
  });
});
