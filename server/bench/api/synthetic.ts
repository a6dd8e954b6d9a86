/**
 * A synthetic graph N times the seed: copy k (1..N-1) of every node,
 * relationship and fact with `~k` on ids and `·k` on names and aliases, beside
 * the originals (copy 0). Copies keep pointing at the seed's documents, so
 * evidence stays real and the document count stays the seed's: what grows is
 * what the read queries walk — nodes, edges, search candidates, places to
 * compare.
 */
import type { GraphData, GraphNode, GraphRelationship, NumericFact } from '../../../shared/graph.ts';
import { relationshipId, storedEnds } from '../../../shared/graph.ts';

/** The id of copy k of a seed node or fact (copy 0 is the original). */
export const copyId = (id: string, k: number) => (k === 0 ? id : `${id}~${k}`);
const copyName = (name: string, k: number) => (k === 0 ? name : `${name}·${k}`);

function copyNode(node: GraphNode, k: number): GraphNode {
  const copy: GraphNode = {
    ...node,
    id: copyId(node.id, k),
    name: copyName(node.name, k),
    aliases: node.aliases.map((a) => copyName(a, k)),
  };
  if (node.pinyin !== undefined) copy.pinyin = `${node.pinyin} ${k}`;
  if (node.nameEn !== undefined) copy.nameEn = `${node.nameEn} ${k}`;
  return copy;
}

function copyRelationship(rel: GraphRelationship, k: number): GraphRelationship {
  // Symmetric edges keep their endpoints in id order, which a suffix can flip.
  const [start, end] = storedEnds(rel.type, copyId(rel.start, k), copyId(rel.end, k));
  return { ...rel, id: relationshipId(rel.type, start, end), start, end };
}

/** The id of copy k of a seed relationship. */
export const copyRelationshipId = (rel: GraphRelationship, k: number): string => (k === 0 ? rel.id : copyRelationship(rel, k).id);

function copyFact(fact: NumericFact, k: number): NumericFact {
  return {
    ...fact,
    id: copyId(fact.id, k),
    subject: copyId(fact.subject, k),
    industry: fact.industry === null ? null : copyId(fact.industry, k),
  };
}

export function scaleGraph(seed: GraphData, factor: number): GraphData {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scale factor must be a positive integer (got ${factor})`);
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const facts: NumericFact[] = [];
  for (let k = 0; k < factor; k++) {
    for (const node of seed.nodes) nodes.push(k === 0 ? node : copyNode(node, k));
    for (const rel of seed.relationships) relationships.push(k === 0 ? rel : copyRelationship(rel, k));
    for (const fact of seed.facts) facts.push(k === 0 ? fact : copyFact(fact, k));
  }
  return { ...seed, nodes, relationships, facts };
}
