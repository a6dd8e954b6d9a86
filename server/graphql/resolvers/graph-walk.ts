/** Following a node's relationships through the request loaders (no store call per field). */
import { SYMMETRIC_TYPES, type GraphNode, type GraphRelationship, type NodeLabel, type RelationshipType } from '../../../shared/graph.ts';
import type { Direction } from '../../store/port.ts';
import type { ApiContext } from '../context.ts';
import type { GraphQLResolveInfo } from '../graphql-js.ts';
import { selectedNames, selectedUnder } from '../selection.ts';

export function matchesDirection(rel: GraphRelationship, nodeId: string, direction: Direction): boolean {
  if (direction === 'BOTH' || SYMMETRIC_TYPES.has(rel.type)) return rel.start === nodeId || rel.end === nodeId;
  return direction === 'OUT' ? rel.start === nodeId : rel.end === nodeId;
}

export async function relationshipsOf(
  ctx: ApiContext,
  nodeId: string,
  types?: readonly RelationshipType[] | null,
  direction: Direction = 'BOTH',
): Promise<GraphRelationship[]> {
  const all = await ctx.loaders.relationshipsOf.load(nodeId);
  return all.filter((r) => (!types || types.length === 0 || types.includes(r.type)) && matchesDirection(r, nodeId, direction));
}

export const otherEnd = (rel: GraphRelationship, nodeId: string): string => (rel.start === nodeId ? rel.end : rel.start);

/** Nodes at the other end of `type` relationships, optionally of some labels; each once, in relationship order. */
export async function related(
  ctx: ApiContext,
  nodeId: string,
  type: RelationshipType | readonly RelationshipType[],
  direction: Direction,
  labels?: readonly NodeLabel[],
): Promise<GraphNode[]> {
  const rels = await relationshipsOf(ctx, nodeId, typeof type === 'string' ? [type] : type, direction);
  const ids = [...new Set(rels.map((r) => otherEnd(r, nodeId)))];
  const nodes = await ctx.loaders.node.loadMany(ids);
  return nodes.filter((n): n is GraphNode => n !== null && !(n instanceof Error) && (!labels || labels.includes(n.label)));
}

export async function nodesByIds(ctx: ApiContext, ids: readonly string[]): Promise<GraphNode[]> {
  const nodes = await ctx.loaders.node.loadMany(ids);
  return nodes.filter((n): n is GraphNode => n !== null && !(n instanceof Error));
}

export async function nodeById(ctx: ApiContext, id: string | null | undefined): Promise<GraphNode | null> {
  return id ? ctx.loaders.node.load(id) : null;
}

/**
 * Before a relationship list is returned: load the endpoint nodes and the
 * document list its selection will ask for, in one batch each, so
 * Relationship.start/end and Evidence.document resolve without a promise apiece.
 */
export async function prefetchForRelationships(ctx: ApiContext, rels: readonly GraphRelationship[], info: GraphQLResolveInfo): Promise<void> {
  if (rels.length === 0) return;
  const selected = selectedNames(info);
  const waits: Promise<unknown>[] = [];
  if (selected.has('start') || selected.has('end')) {
    const missing = new Set<string>();
    for (const r of rels) {
      if (selected.has('start') && ctx.loaders.knownNode(r.start) === undefined) missing.add(r.start);
      if (selected.has('end') && ctx.loaders.knownNode(r.end) === undefined) missing.add(r.end);
    }
    if (missing.size > 0) waits.push(ctx.loaders.node.loadMany([...missing]));
  }
  if (selected.has('evidence') && selectedUnder(info, 'evidence').has('document')) {
    const doc = rels.find((r) => r.evidence.length > 0)?.evidence[0]?.document;
    if (doc !== undefined && ctx.loaders.knownDocument(doc) === undefined) waits.push(ctx.loaders.documentSummary.load(doc));
  }
  await Promise.all(waits);
}
