/**
 * Plans upsertDocument / removeDocument for either store: reads the part of
 * the graph a document write can touch, applies shared/contribution.ts's
 * GraphAccumulator rules to that part, and returns what to put and delete.
 * Both adapters apply the same plan, so they cannot drift on the merge rules.
 *
 * The part read is closed under relationship endpoints: every relationship
 * loaded has both its nodes loaded, which is what lets GraphAccumulator.remove
 * (which drops relationships whose endpoints are gone) run on a subset.
 */
import type { DocumentRecord, GraphNode, GraphRelationship, NumericFact } from '../../shared/graph.ts';
import { GraphAccumulator, isReferenceNode, type DocumentContribution } from '../../shared/contribution.ts';
import { StoreError, type WriteSummary } from './port.ts';
import { relationshipProblem } from './validate-graph.ts';

/** What an adapter must be able to read (inside its write transaction). */
export interface WriteReader {
  document(id: string): Promise<DocumentRecord | null>;
  nodesByIds(ids: string[]): Promise<GraphNode[]>;
  nodesOfDocument(documentId: string): Promise<GraphNode[]>;
  relationshipsByIds(ids: string[]): Promise<GraphRelationship[]>;
  /** Relationships with evidence from the document. */
  relationshipsOfDocument(documentId: string): Promise<GraphRelationship[]>;
  relationshipsTouching(nodeIds: string[]): Promise<GraphRelationship[]>;
  factsByIds(ids: string[]): Promise<NumericFact[]>;
  factsOfDocument(documentId: string): Promise<NumericFact[]>;
}

export interface WritePlan {
  putDocument: DocumentRecord | null;
  deleteDocument: string | null;
  putNodes: GraphNode[];
  deleteNodes: string[];
  putRelationships: GraphRelationship[];
  deleteRelationships: string[];
  putFacts: NumericFact[];
  deleteFacts: string[];
  /** The state read before the write, for undoing it (embedded store) and for counting. */
  before: { document: DocumentRecord | null; nodes: GraphNode[]; relationships: GraphRelationship[]; facts: NumericFact[] };
}

/** JSON with sorted keys, so two equal values compare equal whatever their key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function diff<T extends { id: string }>(before: T[], after: Map<string, T>): { put: T[]; del: string[] } {
  const old = new Map(before.map((x) => [x.id, x]));
  const put: T[] = [];
  for (const [id, value] of after) {
    const prev = old.get(id);
    if (!prev || stable(prev) !== stable(value)) put.push(value);
  }
  const del = [...old.keys()].filter((id) => !after.has(id));
  const order = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { put: put.sort(order), del: del.sort() };
}

function checkContribution(contribution: DocumentContribution): void {
  const docId = contribution.document?.id;
  if (typeof docId !== 'string' || docId === '') throw new StoreError('invalid contribution: document has no id', 'STORE_INVALID');
  for (const rel of contribution.relationships) {
    const problem = relationshipProblem(rel);
    if (problem) throw new StoreError(`invalid contribution for ${docId}: ${problem}`, 'STORE_INVALID');
    for (const e of rel.evidence) {
      if (e.document !== docId) {
        throw new StoreError(
          `invalid contribution for ${docId}: relationship ${rel.id} carries evidence from ${e.document}`,
          'STORE_INVALID',
        );
      }
    }
  }
}

/** Reads what the write touches and applies GraphAccumulator.replace (or .remove) to it. */
export async function planDocumentWrite(
  reader: WriteReader,
  documentId: string,
  contribution: DocumentContribution | null,
): Promise<WritePlan> {
  if (contribution) checkContribution(contribution);
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRelationship>();
  const facts = new Map<string, NumericFact>();
  const addAll = <T extends { id: string }>(m: Map<string, T>, items: T[]) => items.forEach((x) => m.set(x.id, x));

  const document = await reader.document(documentId);
  addAll(nodes, await reader.nodesOfDocument(documentId));
  addAll(rels, await reader.relationshipsOfDocument(documentId));
  addAll(facts, await reader.factsOfDocument(documentId));
  if (contribution) {
    const wanted = new Set<string>(contribution.nodes.map((n) => n.id));
    for (const r of contribution.relationships) wanted.add(r.start).add(r.end);
    addAll(nodes, await reader.nodesByIds([...wanted].filter((id) => !nodes.has(id))));
    addAll(rels, await reader.relationshipsByIds(contribution.relationships.map((r) => r.id).filter((id) => !rels.has(id))));
    addAll(facts, await reader.factsByIds(contribution.facts.map((f) => f.id).filter((id) => !facts.has(id))));
  }
  // Nodes the removal may delete take all their relationships with them: read those too.
  const removable = [...nodes.values()]
    .filter((n) => !isReferenceNode(n) && n.documents.length > 0 && n.documents.every((d) => d === documentId))
    .map((n) => n.id);
  addAll(rels, (await reader.relationshipsTouching(removable)).filter((r) => !rels.has(r.id)));
  // Close under endpoints.
  const endpoints = new Set<string>();
  for (const r of rels.values()) endpoints.add(r.start).add(r.end);
  addAll(nodes, await reader.nodesByIds([...endpoints].filter((id) => !nodes.has(id))));

  const before = {
    document,
    nodes: structuredClone([...nodes.values()]),
    relationships: structuredClone([...rels.values()]),
    facts: structuredClone([...facts.values()]),
  };
  const acc = new GraphAccumulator();
  if (document) acc.documents.set(document.id, document);
  for (const n of before.nodes) acc.nodes.set(n.id, structuredClone(n));
  for (const r of before.relationships) acc.relationships.set(r.id, structuredClone(r));
  for (const f of before.facts) acc.facts.set(f.id, structuredClone(f));

  if (contribution) acc.replace(contribution);
  else acc.remove(documentId);

  for (const r of acc.relationships.values()) {
    for (const end of [r.start, r.end]) {
      if (!acc.nodes.has(end)) {
        throw new StoreError(
          `invalid contribution for ${documentId}: relationship ${r.id} points at ${end}, which is neither in the graph nor in the contribution`,
          'STORE_INVALID',
        );
      }
    }
  }

  const n = diff(before.nodes, acc.nodes);
  const r = diff(before.relationships, acc.relationships);
  const f = diff(before.facts, acc.facts);
  const newDocument = acc.documents.get(documentId) ?? null;
  return {
    putDocument: contribution ? newDocument : null,
    deleteDocument: !contribution && document ? documentId : null,
    putNodes: n.put,
    deleteNodes: n.del,
    putRelationships: r.put,
    deleteRelationships: r.del,
    putFacts: f.put,
    deleteFacts: f.del,
    before,
  };
}

/** Items added, changed or deleted by a plan. */
export function planSummary(plan: WritePlan): WriteSummary {
  return {
    nodes: plan.putNodes.length + plan.deleteNodes.length,
    relationships: plan.putRelationships.length + plan.deleteRelationships.length,
    documents: (plan.putDocument ? 1 : 0) + (plan.deleteDocument ? 1 : 0),
    facts: plan.putFacts.length + plan.deleteFacts.length,
  };
}
