/**
 * Batch writes of a new generation, and the upserts a document write applies.
 * Labels and relationship types cannot be parameters, so there is one query
 * text per label / type, generated from the closed lists in shared/graph.ts.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../../../shared/graph.ts';

const perLabel = (make: (label: NodeLabel) => string) =>
  Object.fromEntries(NODE_LABELS.map((l) => [l, make(l)])) as Record<NodeLabel, string>;
const perType = (make: (type: RelationshipType) => string) =>
  Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, make(t)])) as Record<RelationshipType, string>;

/**
 * A fresh generation: plain CREATE (the (generation, id) constraint refuses
 * duplicates). Each node's element id comes back for the relationships.
 */
export const CREATE_NODES = perLabel(
  (label) => `UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row RETURN row.id AS id, elementId(n) AS element`,
);

/**
 * Relationships of a fresh generation, their ends found by the element ids
 * CREATE_NODES returned (checked to be of this generation, so an id reused by
 * another node after a delete can never attach a relationship to it);
 * properties inline so the plan needs no Eager.
 */
export const CREATE_RELATIONSHIPS = perType(
  (type) => `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a AND a.generation = $generation
MATCH (b) WHERE elementId(b) = row.b AND b.generation = $generation
CREATE (a)-[r:${type} {id: row.props.id, props: row.props.props, evidence: row.props.evidence, role: row.props.role}]->(b)
RETURN count(r) AS written`,
);

export const CREATE_DOCUMENTS = `UNWIND $rows AS row CREATE (d:ZgDocument) SET d = row RETURN count(d) AS written`;
export const CREATE_FACTS = `UNWIND $rows AS row CREATE (f:ZgFact) SET f = row RETURN count(f) AS written`;
export const CREATE_REPORT = `CREATE (r:ZgReport) SET r = $row`;

// --- Document writes on the active generation (one transaction, see store.ts) ---

export const PUT_NODES = perLabel(
  (label) => `
UNWIND $rows AS row
MERGE (n:Entity {generation: $generation, id: row.id})
SET n = row, n:${label}
RETURN count(n) AS written`,
);

export const PUT_RELATIONSHIPS = perType(
  (type) => `
UNWIND $rows AS row
MATCH (a:Entity {generation: $generation, id: row.start})
MATCH (b:Entity {generation: $generation, id: row.end})
MERGE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(r) AS written`,
);

export const DELETE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Entity {generation: $generation, id: row.start})-[r]-(b:Entity {generation: $generation, id: row.end})
WHERE r.id = row.id
DELETE r`;

export const DELETE_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {generation: $generation, id: id})
DETACH DELETE n`;

export const PUT_FACTS = `
UNWIND $rows AS row
MERGE (f:ZgFact {generation: $generation, id: row.id})
SET f = row`;

export const DELETE_FACTS = `
UNWIND $ids AS id
MATCH (f:ZgFact {generation: $generation, id: id})
DELETE f`;

export const PUT_DOCUMENT = `
MERGE (d:ZgDocument {generation: $generation, id: $row.id})
SET d = $row`;

export const DELETE_DOCUMENT = `
MATCH (d:ZgDocument {generation: $generation, id: $id})
DELETE d`;

export const PUT_REPORT = `
MERGE (r:ZgReport {generation: $generation})
SET r = $row`;
