/**
 * Schema, created idempotently when a store opens. Every record carries the
 * `generation` it was loaded in, so uniqueness is per (generation, id): a
 * load writes a complete new generation beside the active one.
 */
export const SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT zg_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE (n.generation, n.id) IS UNIQUE`,
  `CREATE CONSTRAINT zg_document_key IF NOT EXISTS FOR (d:ZgDocument) REQUIRE (d.generation, d.id) IS UNIQUE`,
  `CREATE CONSTRAINT zg_fact_key IF NOT EXISTS FOR (f:ZgFact) REQUIRE (f.generation, f.id) IS UNIQUE`,
  `CREATE CONSTRAINT zg_meta_key IF NOT EXISTS FOR (m:ZonegraphMeta) REQUIRE m.namespace IS UNIQUE`,
  `CREATE INDEX zg_entity_generation IF NOT EXISTS FOR (n:Entity) ON (n.generation, n.label)`,
  `CREATE INDEX zg_document_generation IF NOT EXISTS FOR (d:ZgDocument) ON (d.generation)`,
  `CREATE INDEX zg_fact_generation IF NOT EXISTS FOR (f:ZgFact) ON (f.generation, f.subject)`,
  `CREATE INDEX zg_report_generation IF NOT EXISTS FOR (r:ZgReport) ON (r.generation)`,
  // No index on name: nothing looks a node up by it, and a load pays for every index on each node it writes.
  `DROP INDEX zg_entity_name IF EXISTS`,
  // Search candidates: CONTAINS over the lower-cased search keys (see codec.ts).
  `CREATE TEXT INDEX zg_entity_search IF NOT EXISTS FOR (n:Entity) ON (n.search)`,
];

export const AWAIT_INDEXES = `CALL db.awaitIndexes(300)`;
