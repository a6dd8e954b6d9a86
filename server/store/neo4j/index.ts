export { createNeo4jStore, Neo4jStore, type Neo4jConfig, type Neo4jStoreOptions } from './store.ts';
