/** The active generation per namespace, and the bookkeeping that makes a load all-or-nothing. */

/** Registers a staging generation before any of it is written, so a killed load can be cleaned up later. */
export const BEGIN_STAGING = `
MERGE (m:ZonegraphMeta {namespace: $namespace})
SET m.staging = coalesce(m.staging, []) + $generation
RETURN [g IN coalesce(m.staging, []) WHERE g <> $generation] AS stale`;

/** The switch readers see: one transaction flips `active`. */
export const ACTIVATE = `
MATCH (m:ZonegraphMeta {namespace: $namespace})
WITH m, m.active AS previous
SET m.active = $generation,
    m.staging = [g IN coalesce(m.staging, []) WHERE g <> $generation] + CASE WHEN previous IS NULL THEN [] ELSE [previous] END
RETURN previous`;

export const FORGET_STAGING = `
MATCH (m:ZonegraphMeta {namespace: $namespace})
SET m.staging = [g IN coalesce(m.staging, []) WHERE g <> $generation]`;

/** Deletes one batch of a generation's records; run until it returns 0. */
export const DELETE_GENERATION_BATCH = {
  entities: `MATCH (n:Entity {generation: $generation}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`,
  documents: `MATCH (n:ZgDocument {generation: $generation}) WITH n LIMIT $limit DELETE n RETURN count(*) AS deleted`,
  facts: `MATCH (n:ZgFact {generation: $generation}) WITH n LIMIT $limit DELETE n RETURN count(*) AS deleted`,
  reports: `MATCH (n:ZgReport {generation: $generation}) WITH n LIMIT $limit DELETE n RETURN count(*) AS deleted`,
} as const;

/** A document write on a namespace that never had a load starts an empty active generation. */
export const ACTIVE_FOR_WRITE = `
MERGE (m:ZonegraphMeta {namespace: $namespace})
ON CREATE SET m.staging = []
SET m.active = coalesce(m.active, $generation)
RETURN m.active AS active`;

const withGeneration = new Map<string, string>();

/**
 * A read query that binds `generation` to the active generation itself:
 * `$generation` becomes the variable set by a lookup of the meta node.
 * (A namespace never loaded has no meta node, so the query returns nothing.)
 */
export function withActiveGeneration(query: string): string {
  let out = withGeneration.get(query);
  if (out === undefined) {
    out = `MATCH (zgMeta:ZonegraphMeta {namespace: $namespace})\nWITH zgMeta.active AS generation\n${query.trim().replaceAll('$generation', 'generation')}`;
    withGeneration.set(query, out);
  }
  return out;
}
