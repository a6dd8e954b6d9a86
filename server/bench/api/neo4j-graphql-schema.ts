/**
 * Type definitions for an @neo4j/graphql API over the data the Neo4j store
 * writes (server/store/neo4j/codec.ts): every entity is an (:Entity:<Label>)
 * node with id, label, name, aliases, nameEn, pinyin, props (JSON text) and
 * `search` (lower-cased search keys, behind a TEXT index); relationships keep
 * their id, props, evidence (JSON text) and role. Lookups by id also name the
 * active generation, so @neo4j/graphql gets the same (generation, id) index
 * the store uses rather than a label scan.
 *
 * Typed relationship fields, one per type and direction, are what
 * @neo4j/graphql generates traversals from; `neighbours` is the library's
 * escape hatch (@cypher) for "any relationship", which is what a
 * neighbourhood asks.
 */
import { RELATIONSHIP_TYPES } from '../../../shared/graph.ts';

/** LOCATED_IN → locatedIn */
export function relationshipField(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const relationshipFields = RELATIONSHIP_TYPES.flatMap((type) => [
  `  ${relationshipField(type)}Out: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Edge")`,
  `  ${relationshipField(type)}In: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Edge")`,
]).join('\n');

export const NEIGHBOUR_LIMIT = 200;

export const neo4jGraphqlTypeDefs = `
type Entity @node(labels: ["Entity"]) {
  "The load the node belongs to; with id it is the key the store's (generation, id) index serves."
  generation: String!
  id: ID!
  label: String!
  name: String!
  aliases: [String!]
  nameEn: String
  pinyin: String
  kind: String
  props: String
  search: String
${relationshipFields}
  neighbours: [Entity!]!
    @cypher(statement: "MATCH (this)--(n:Entity) RETURN DISTINCT n ORDER BY n.id LIMIT ${NEIGHBOUR_LIMIT}", columnName: "n")
}

type Edge @relationshipProperties {
  id: String!
  props: String
  evidence: String
  role: String
}
`;

/** Selection of every typed relationship of an entity with its edge properties (evidence included). */
export const allRelationshipsSelection = RELATIONSHIP_TYPES.flatMap((type) =>
  (['Out', 'In'] as const).map(
    (dir) => `${relationshipField(type)}${dir}Connection { edges { properties { id role evidence } node { id label name } } }`,
  ),
).join('\n    ');
