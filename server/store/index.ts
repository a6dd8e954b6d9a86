/**
 * Opening the configured store: Neo4j when the config names a server,
 * otherwise the embedded store on the graph file.
 */
import { createEmbeddedStore, openEmbeddedStore } from './embedded/index.ts';
import { createNeo4jStore, type Neo4jConfig } from './neo4j/index.ts';
import { StoreError, type GraphStore } from './port.ts';

export interface StoreConfig {
  /** The graph file the embedded store serves. */
  graphFile: string;
  /** Embedded only: rewrite the graph file (atomically) after each write. Default false. */
  persist?: boolean;
  neo4j?: Neo4jConfig;
}

export const DEFAULT_GRAPH_FILE = 'graph-seed/out/graph.ndjson';

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  if (config.neo4j) return createNeo4jStore(config.neo4j);
  return openEmbeddedStore(config.graphFile, { persist: config.persist ?? false });
}

/**
 * NEO4J_URI (+ NEO4J_USERNAME, default neo4j; NEO4J_PASSWORD, required with a
 * URI; NEO4J_DATABASE, optional) selects Neo4j; ZONEGRAPH_GRAPH names the
 * graph file (default graph-seed/out/graph.ndjson). ZONEGRAPH_NEO4J_NAMESPACE
 * keeps several graphs apart in one database (tests).
 */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const config: StoreConfig = { graphFile: env['ZONEGRAPH_GRAPH'] || DEFAULT_GRAPH_FILE };
  const uri = env['NEO4J_URI'];
  if (uri) {
    const password = env['NEO4J_PASSWORD'];
    if (!password) throw new StoreError(`NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not`, 'STORE_AUTH');
    config.neo4j = { uri, username: env['NEO4J_USERNAME'] || 'neo4j', password };
    if (env['NEO4J_DATABASE']) config.neo4j.database = env['NEO4J_DATABASE'];
    if (env['ZONEGRAPH_NEO4J_NAMESPACE']) config.neo4j.namespace = env['ZONEGRAPH_NEO4J_NAMESPACE'];
  }
  return config;
}

export { createEmbeddedStore, openEmbeddedStore, createNeo4jStore };
export type { GraphStore };
