/**
 * Which store the server opens. Until server/store/index.ts (openStore,
 * storeConfigFromEnv) lands this opens the embedded store over the graph file:
 * ZONEGRAPH_GRAPH, default graph-seed/out/graph.ndjson.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_GRAPH_PATH } from './config.ts';
import { openEmbeddedStore } from './store/embedded/index.ts';
import type { GraphStore } from './store/port.ts';

export async function openConfiguredStore(env: NodeJS.ProcessEnv): Promise<GraphStore> {
  const path = env.ZONEGRAPH_GRAPH?.trim() || DEFAULT_GRAPH_PATH;
  if (!existsSync(path)) throw new Error(`graph file ${path} does not exist: run \`npm run build:graph\` or set ZONEGRAPH_GRAPH.`);
  return openEmbeddedStore(path);
}
