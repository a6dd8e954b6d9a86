/**
 * Per-request batching over the store port. Resolvers ask for one node, one
 * relationship, one degree at a time; the loaders turn each tick's asks into
 * one port call, and remember answers for the rest of the request.
 */
import DataLoader from 'dataloader';
import type { GraphNode, GraphRelationship } from '../../shared/graph.ts';
import type { DocumentSummary, GraphStore } from '../store/port.ts';

export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  relationship: DataLoader<string, GraphRelationship | null>;
  degree: DataLoader<string, number>;
  /** Every relationship touching a node (both directions, all types); fields filter in memory. */
  relationshipsOf: DataLoader<string, GraphRelationship[]>;
  /** Document summaries by id, from one listDocuments call per request. */
  documentSummary: DataLoader<string, DocumentSummary | null>;
  /** Remember nodes a port operation already returned, so fields on them do not fetch again. */
  primeNodes(nodes: Iterable<GraphNode>): void;
  /**
   * A node this request already holds (null: the store has no such node), without a promise;
   * undefined when it must be loaded. Lets Relationship.start/end resolve synchronously, which
   * spares graphql-js a promise per relationship object on big answers.
   */
  knownNode(id: string): GraphNode | null | undefined;
  /** Likewise for document summaries, once this request has listed them. */
  knownDocument(id: string): DocumentSummary | null | undefined;
}

const MAX_BATCH = 1000;

export function createLoaders(store: GraphStore): Loaders {
  const known = new Map<string, GraphNode | null>();
  const node = new DataLoader<string, GraphNode | null>(
    async (ids) => {
      const nodes = await store.getNodes(ids);
      ids.forEach((id, i) => known.set(id, nodes[i] ?? null));
      return nodes;
    },
    { maxBatchSize: MAX_BATCH },
  );
  const relationship = new DataLoader<string, GraphRelationship | null>((ids) => store.getRelationships(ids), {
    maxBatchSize: MAX_BATCH,
  });
  const degree = new DataLoader<string, number>((ids) => store.degrees(ids), { maxBatchSize: MAX_BATCH });
  const relationshipsOf = new DataLoader<string, GraphRelationship[]>(
    async (ids) => {
      if (store.relationshipsOfMany) return store.relationshipsOfMany(ids);
      return Promise.all(ids.map((id) => store.relationshipsOf(id)));
    },
    { maxBatchSize: MAX_BATCH },
  );
  let summaries: Promise<Map<string, DocumentSummary>> | null = null;
  let listed: Map<string, DocumentSummary> | null = null;
  const documentSummary = new DataLoader<string, DocumentSummary | null>(async (ids) => {
    summaries ??= store.listDocuments().then((list) => (listed = new Map(list.map((d) => [d.id, d]))));
    const byId = await summaries;
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    node,
    relationship,
    degree,
    relationshipsOf,
    documentSummary,
    primeNodes(nodes) {
      for (const n of nodes) {
        node.prime(n.id, n);
        known.set(n.id, n);
      }
    },
    knownNode: (id) => known.get(id),
    knownDocument: (id) => (listed ? (listed.get(id) ?? null) : undefined),
  };
}
