export { createNeo4jStore, Neo4jStore, NEO4J_LOAD_DEFAULTS, type Neo4jConfig, type Neo4jStoreOptions } from './store.ts';
