/**
 * Checks a whole graph before a store loads it, so a bad graph is refused
 * with a message naming the problem and the graph already served stays.
 */
import type { GraphData, GraphRelationship } from '../../shared/graph.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES, relationshipId } from '../../shared/graph.ts';
import { StoreError } from './port.ts';

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(RELATIONSHIP_TYPES);

function duplicate(items: ReadonlyArray<{ id: string }>): string | null {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** Shape checks on one relationship: known type, id matching its endpoints. */
export function relationshipProblem(rel: GraphRelationship): string | null {
  if (!TYPES.has(rel.type)) return `relationship ${rel.id} has unknown type ${JSON.stringify(rel.type)}`;
  if (rel.id !== relationshipId(rel.type, rel.start, rel.end)) {
    return `relationship id ${rel.id} does not match ${rel.type} ${rel.start} -> ${rel.end}`;
  }
  return null;
}

export function validateGraph(graph: GraphData): void {
  const fail = (message: string): never => {
    throw new StoreError(`invalid graph: ${message}`, 'STORE_INVALID');
  };
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.relationships)) fail('not a GraphData object');
  const dupNode = duplicate(graph.nodes);
  if (dupNode) fail(`node id ${dupNode} appears twice`);
  const dupRel = duplicate(graph.relationships);
  if (dupRel) fail(`relationship id ${dupRel} appears twice`);
  const dupDoc = duplicate(graph.documents);
  if (dupDoc) fail(`document id ${dupDoc} appears twice`);
  const dupFact = duplicate(graph.facts);
  if (dupFact) fail(`fact id ${dupFact} appears twice`);
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (!LABELS.has(node.label)) fail(`node ${node.id} has unknown label ${JSON.stringify(node.label)}`);
    if (typeof node.id !== 'string' || node.id === '') fail(`a ${node.label} node has no id`);
    ids.add(node.id);
  }
  for (const rel of graph.relationships) {
    const problem = relationshipProblem(rel);
    if (problem) fail(problem);
    if (!ids.has(rel.start)) fail(`relationship ${rel.id} starts at missing node ${rel.start}`);
    if (!ids.has(rel.end)) fail(`relationship ${rel.id} ends at missing node ${rel.end}`);
  }
}
