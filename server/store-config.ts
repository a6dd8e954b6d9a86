/**
 * Which store the server opens: Neo4j when NEO4J_URI is set, otherwise the
 * embedded store over the graph file (ZONEGRAPH_GRAPH, default
 * graph-seed/out/graph.ndjson) — the rules of server/store/index.ts, plus a
 * clear message when the graph file has not been built.
 */
import { existsSync } from 'node:fs';
import { openStore, storeConfigFromEnv } from './store/index.ts';
import type { GraphStore } from './store/port.ts';

export async function openConfiguredStore(env: NodeJS.ProcessEnv): Promise<GraphStore> {
  const config = storeConfigFromEnv(env);
  if (!config.neo4j && !existsSync(config.graphFile)) {
    throw new Error(`graph file ${config.graphFile} does not exist: run \`npm run build:graph\` or set ZONEGRAPH_GRAPH.`);
  }
  return openStore(config);
}
