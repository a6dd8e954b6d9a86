/**
 * `graph-seed load`: reads a graph file and loads it into a store (Neo4j
 * from NEO4J_* variables, or the embedded store, which only checks and
 * indexes it), with a progress bar and a report of what was loaded.
 */
import { readGraphFile, GraphFileError } from '../../shared/graph-file.ts';
import { createEmbeddedStore } from '../../server/store/embedded/index.ts';
import { createNeo4jStore } from '../../server/store/neo4j/index.ts';
import { storeConfigFromEnv } from '../../server/store/index.ts';
import { StoreError, type GraphStats, type GraphStore } from '../../server/store/port.ts';
import { progressBar } from './progress.ts';

export interface LoadArgs {
  graphFile: string;
  store: 'neo4j' | 'embedded';
  /** Defaults to process.env; tests pass their own. */
  env?: NodeJS.ProcessEnv;
}

function formatCounts(stats: GraphStats): string {
  const rows = (counts: Record<string, number | undefined>) =>
    Object.entries(counts)
      .filter(([, n]) => n)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `    ${k.padEnd(16)} ${String(n).padStart(8)}`)
      .join('\n');
  return [
    `  nodes            ${String(stats.nodes).padStart(8)}`,
    rows(stats.nodesByLabel),
    `  relationships    ${String(stats.relationships).padStart(8)}`,
    rows(stats.relationshipsByType),
    `  documents        ${String(stats.documents).padStart(8)}`,
    `  facts            ${String(stats.facts).padStart(8)}`,
  ].join('\n');
}

/** Returns the process exit code: 0 loaded, 1 failed (one clear line on stderr). */
export async function loadCommand(args: LoadArgs): Promise<number> {
  let store: GraphStore | null = null;
  const bar = progressBar(`load → ${args.store}`, 'records');
  try {
    const started = performance.now();
    const graph = await readGraphFile(args.graphFile);
    const readMs = performance.now() - started;
    let loadStarted = performance.now();
    if (args.store === 'neo4j') {
      const config = storeConfigFromEnv(args.env ?? process.env);
      if (!config.neo4j) throw new StoreError('--store neo4j needs NEO4J_URI and NEO4J_PASSWORD (and optionally NEO4J_USERNAME, NEO4J_DATABASE)', 'STORE_UNAVAILABLE');
      store = await createNeo4jStore(config.neo4j);
      loadStarted = performance.now();
      await store.loadGraph(graph, { onProgress: (done, total) => bar?.update(done, total) });
    } else {
      store = createEmbeddedStore(graph);
    }
    const loadMs = performance.now() - loadStarted;
    bar?.stop();
    const stats = await store.stats();
    const seconds = loadMs / 1000;
    console.log(`Loaded ${args.graphFile} into the ${args.store} store:`);
    console.log(formatCounts(stats));
    console.log(
      `read ${(readMs / 1000).toFixed(2)} s, load ${seconds.toFixed(2)} s` +
        (seconds > 0 ? ` (${Math.round(stats.relationships / seconds).toLocaleString('en')} relationships/s)` : ''),
    );
    return 0;
  } catch (err) {
    bar?.stop();
    if (err instanceof StoreError || err instanceof GraphFileError) {
      console.error(`graph-seed load: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await store?.close().catch(() => undefined);
  }
}
