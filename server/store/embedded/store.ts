/**
 * The embedded store: the whole graph in process memory on graphology.
 * Reads take the current GraphState once and run synchronously on it, so a
 * loadGraph (which builds a new state and swaps it in) is never seen half
 * done. Writes are serialised; with persistPath set each write is followed
 * by an atomic rewrite of the graph file (tmp + rename), and undone in
 * memory when that fails.
 */
import type {
  BuildReport,
  DocumentRecord,
  Evidence,
  GraphData,
  GraphNode,
  GraphRelationship,
  NodeLabel,
  NumericFact,
  RelationshipType,
} from '../../../shared/graph.ts';
import { SYMMETRIC_TYPES } from '../../../shared/graph.ts';
import type { DocumentContribution } from '../../../shared/contribution.ts';
import { readGraphFile, writeGraphFile } from '../../../shared/graph-file.ts';
import {
  StoreError,
  type ChainMatrix,
  type ChainPlace,
  type Direction,
  type DocumentSummary,
  type FactQuery,
  type GraphPath,
  type GraphStats,
  type GraphStore,
  type IndustryCoverage,
  type LoadOptions,
  type Lineage,
  type LineageEntry,
  type NeighbourhoodQuery,
  type NodeFilter,
  type NodePage,
  type PageArgs,
  type PathQuery,
  type ProgramQuery,
  type SearchHit,
  type SearchQuery,
  type SimilarPlace,
  type Subgraph,
  type WriteSummary,
} from '../port.ts';
import { clampSearchLimit, compareNameMatches, nameKey, normaliseQuery, rankHits, scoreNode, type MatchKeys, type NodeScore } from '../search-score.ts';
import {
  byId,
  compareIds,
  CONTAINMENT_TYPES,
  direction as directionOf,
  INDUSTRY_LINK_TYPES,
  jaccard,
  lineageDepth,
  neighbourhoodDepth,
  neighbourhoodLimit,
  pageFirst,
  pathLimit,
  pathMaxHops,
  PLACE_LABELS,
  similarK,
  typeFilter,
} from '../query-rules.ts';
import { validateGraph } from '../validate-graph.ts';
import { planDocumentWrite, planSummary, type WritePlan, type WriteReader } from '../document-write.ts';
import { GraphState } from './graph-state.ts';
import { documentSummary } from '../document-summary.ts';

export interface EmbeddedStoreOptions {
  /** Graph file rewritten (atomically) after every write. */
  persistPath?: string;
}

type Visit = (rel: GraphRelationship, other: string) => void;

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private state: GraphState;
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    graph: GraphData,
    private readonly options: EmbeddedStoreOptions = {},
  ) {
    validateGraph(graph);
    this.state = GraphState.build(graph);
  }

  // -------------------------------------------------------------------------
  // Lookups

  async getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    const s = this.state;
    return ids.map((id) => s.node(id));
  }

  async findByName(name: string, label?: NodeLabel): Promise<GraphNode | null> {
    const s = this.state;
    const ids = s.names.get(nameKey(name));
    if (!ids) return null;
    const key = nameKey(name);
    const matches = [...ids]
      .map((id) => s.node(id)!)
      .filter((n) => !label || n.label === label)
      .map((node) => ({ node, byName: nameKey(node.name) === key, degree: s.degree(node.id) }));
    matches.sort(compareNameMatches);
    return matches[0]?.node ?? null;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const s = this.state;
    const q = normaliseQuery(query.text ?? '');
    if (!q) return [];
    const labels = query.labels && query.labels.length > 0 ? new Set(query.labels) : null;
    const score = (candidates: Array<{ node: GraphNode; keys: MatchKeys }>) => {
      const scored: Array<NodeScore & { node: GraphNode }> = [];
      for (const { node, keys } of candidates) {
        if (labels && !labels.has(node.label)) continue;
        const hit = scoreNode(node, q, keys);
        if (hit) scored.push({ score: hit.score, matched: hit.matched, matchedText: hit.matchedText, node });
      }
      return scored;
    };
    // Exact and prefix matches first: when they fill the limit, ranking never
    // reaches the substring scores (≤ 50), so those candidates are not scored.
    const degreeOf = (id: string) => s.degree(id);
    const upper = s.search.topPrefixHits(q, clampSearchLimit(query.limit), labels, degreeOf);
    return upper ?? rankHits(score(s.search.candidates(q)), query.limit, degreeOf);
  }

  async listNodes(filter: NodeFilter, page: PageArgs): Promise<NodePage> {
    const s = this.state;
    const tests: Array<(n: GraphNode) => boolean> = [];
    if (filter.label) tests.push((n) => n.label === filter.label);
    if (filter.kind !== undefined && filter.kind !== null) tests.push((n) => n.properties['kind'] === filter.kind);
    if (filter.document) tests.push((n) => n.documents.includes(filter.document!));
    if (filter.industry) {
      const linked = this.industryLinked(s, [filter.industry]);
      tests.push((n) => linked.has(n.id));
    }
    if (filter.chain) {
      const members = s.node(filter.chain)?.label === 'Industry' ? [filter.chain, ...this.descendants(s, filter.chain, 'PART_OF')] : [];
      const linked = this.industryLinked(s, members);
      tests.push((n) => linked.has(n.id));
    }
    if (filter.province) {
      const province = this.resolveRegion(s, filter.province);
      tests.push((n) => province !== null && PLACE_LABELS.has(n.label) && this.provincesOf(s, n).has(province));
    }
    const matching = s.ids().filter((id) => {
      const n = s.node(id)!;
      return tests.every((t) => t(n));
    });
    const after = page.after ?? null;
    const startAt = after === null ? 0 : matching.findIndex((id) => id > after);
    const rest = startAt < 0 ? [] : matching.slice(startAt);
    const first = pageFirst(page.first);
    const nodes = rest.slice(0, first).map((id) => s.node(id)!);
    return {
      nodes,
      totalCount: matching.length,
      hasNextPage: rest.length > nodes.length,
      endCursor: nodes.length > 0 ? nodes[nodes.length - 1]!.id : null,
    };
  }

  async relationshipsOf(nodeId: string, types?: RelationshipType[], direction?: Direction): Promise<GraphRelationship[]> {
    return this.relationshipsOfIn(this.state, nodeId, types, direction);
  }

  async relationshipsOfMany(nodeIds: readonly string[], types?: RelationshipType[], direction?: Direction): Promise<GraphRelationship[][]> {
    const s = this.state;
    return nodeIds.map((id) => this.relationshipsOfIn(s, id, types, direction));
  }

  async getRelationships(ids: readonly string[]): Promise<Array<GraphRelationship | null>> {
    const s = this.state;
    return ids.map((id) => s.relationship(id));
  }

  async degrees(ids: readonly string[]): Promise<number[]> {
    const s = this.state;
    return ids.map((id) => (s.graph.hasNode(id) ? s.degree(id) : 0));
  }

  // -------------------------------------------------------------------------
  // Traversals

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    const s = this.state;
    const types = typeFilter(query.types);
    const dir = directionOf(query.direction);
    const depth = neighbourhoodDepth(query.depth);
    const limit = neighbourhoodLimit(query.limit);
    let ring = [...new Set(query.ids)].filter((id) => s.graph.hasNode(id)).sort(compareIds);
    const included = new Set<string>();
    const order: string[] = [];
    let truncated = false;
    for (let d = 0; ring.length > 0; d++) {
      for (const id of ring) {
        if (order.length >= limit) {
          truncated = true;
          break;
        }
        included.add(id);
        order.push(id);
      }
      if (truncated || d === depth) break;
      const next = new Set<string>();
      for (const id of ring) {
        this.forEachRelationship(s, id, types, dir, (_rel, other) => {
          if (!included.has(other)) next.add(other);
        });
      }
      ring = [...next].sort(compareIds);
    }
    const relationships: GraphRelationship[] = [];
    for (const id of order) {
      s.graph.forEachOutEdge(id, (_e, rel, _src, target) => {
        if ((!types || types.has(rel.type)) && included.has(target)) relationships.push(rel);
      });
    }
    return { nodes: order.map((id) => s.node(id)!), relationships: relationships.sort(byId), truncated };
  }

  async shortestPaths(query: PathQuery): Promise<GraphPath[]> {
    const s = this.state;
    const from = s.node(query.from);
    const to = s.node(query.to);
    if (!from || !to) return [];
    if (from.id === to.id) return [{ nodes: [from], relationships: [] }];
    const types = typeFilter(query.types);
    const maxHops = pathMaxHops(query.maxHops);
    const limit = pathLimit(query.limit);
    // Distances to `to`, breadth-first, until `from`'s ring is reached.
    const dist = new Map<string, number>([[to.id, 0]]);
    let ring = [to.id];
    for (let d = 1; d <= maxHops && !dist.has(from.id) && ring.length > 0; d++) {
      const next: string[] = [];
      for (const id of ring) {
        this.forEachRelationship(s, id, types, 'BOTH', (_rel, other) => {
          if (!dist.has(other)) {
            dist.set(other, d);
            next.push(other);
          }
        });
      }
      ring = next;
    }
    if (!dist.has(from.id)) return [];
    // Walk from `from` down the distance gradient, smallest (node id, relationship id) first.
    const paths: GraphPath[] = [];
    const nodes: string[] = [from.id];
    const rels: GraphRelationship[] = [];
    const walk = (id: string, remaining: number): void => {
      if (paths.length >= limit) return;
      if (remaining === 0) {
        paths.push({ nodes: nodes.map((n) => s.node(n)!), relationships: [...rels] });
        return;
      }
      const steps: Array<[string, GraphRelationship]> = [];
      this.forEachRelationship(s, id, types, 'BOTH', (rel, other) => {
        if (dist.get(other) === remaining - 1) steps.push([other, rel]);
      });
      steps.sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1].id, b[1].id));
      for (const [other, rel] of steps) {
        nodes.push(other);
        rels.push(rel);
        walk(other, remaining - 1);
        nodes.pop();
        rels.pop();
        if (paths.length >= limit) return;
      }
    };
    walk(from.id, dist.get(from.id)!);
    return paths;
  }

  // -------------------------------------------------------------------------
  // Industries and chains

  async industryCoverage(placeIds: readonly string[]): Promise<IndustryCoverage[]> {
    const s = this.state;
    const places = new Map<string, Set<string>>();
    const direct = new Map<string, Set<string>>();
    const ancestors = new Map<string, readonly string[]>();
    for (const place of new Set(placeIds)) {
      if (!s.graph.hasNode(place)) continue;
      const developed = this.developed(s, place);
      for (const industry of developed) {
        if (!direct.has(industry)) direct.set(industry, new Set());
        direct.get(industry)!.add(place);
        let up = ancestors.get(industry);
        if (!up) ancestors.set(industry, (up = this.ancestors(s, industry, 'PART_OF')));
        for (const i of [industry, ...up]) {
          if (!places.has(i)) places.set(i, new Set());
          places.get(i)!.add(place);
        }
      }
    }
    return [...places.keys()].sort(compareIds).map((industry) => ({
      industry: s.node(industry)!,
      places: [...places.get(industry)!].sort(compareIds),
      direct: [...(direct.get(industry) ?? [])].sort(compareIds),
    }));
  }

  async chainPlaces(chainId: string): Promise<ChainPlace[]> {
    const s = this.state;
    if (s.node(chainId)?.label !== 'Industry') return [];
    const byPlace = new Map<string, Set<string>>();
    for (const industry of [chainId, ...this.descendants(s, chainId, 'PART_OF')]) {
      s.graph.forEachInEdge(industry, (_e, rel, source) => {
        if (rel.type !== 'DEVELOPS') return;
        if (!byPlace.has(source)) byPlace.set(source, new Set());
        byPlace.get(source)!.add(industry);
      });
    }
    return [...byPlace.keys()].sort(compareIds).map((place) => ({
      place: s.node(place)!,
      industries: [...byPlace.get(place)!].sort(compareIds).map((id) => s.node(id)!),
    }));
  }

  async chainMatrix(placeIds?: readonly string[], chainIds?: readonly string[]): Promise<ChainMatrix> {
    const s = this.state;
    const chains = chainIds
      ? [...new Set(chainIds)].filter((id) => s.node(id)?.label === 'Industry').sort(compareIds)
      : s.ids().filter((id) => {
          const n = s.node(id)!;
          if (n.label !== 'Industry') return false;
          let parent = false;
          let segment = false;
          s.graph.forEachOutEdge(id, (_e, rel) => void (rel.type === 'PART_OF' && (parent = true)));
          s.graph.forEachInEdge(id, (_e, rel) => void (rel.type === 'PART_OF' && (segment = true)));
          return !parent && segment;
        });
    const wanted = placeIds ? new Set([...placeIds].filter((id) => PLACE_LABELS.has(s.node(id)?.label ?? ''))) : null;
    const cells: ChainMatrix['cells'] = [];
    const cellPlaces = new Set<string>();
    for (const chain of chains) {
      const byPlace = new Map<string, Set<string>>();
      for (const industry of [chain, ...this.descendants(s, chain, 'PART_OF')]) {
        s.graph.forEachInEdge(industry, (_e, rel, source) => {
          if (rel.type !== 'DEVELOPS' || !PLACE_LABELS.has(s.node(source)!.label)) return;
          if (wanted && !wanted.has(source)) return;
          if (!byPlace.has(source)) byPlace.set(source, new Set());
          byPlace.get(source)!.add(industry);
        });
      }
      for (const [place, industries] of byPlace) {
        cellPlaces.add(place);
        cells.push({ place, chain, count: industries.size, industries: [...industries].sort(compareIds) });
      }
    }
    cells.sort((a, b) => compareIds(a.place, b.place) || compareIds(a.chain, b.chain));
    const places = [...(wanted ?? cellPlaces)].sort(compareIds).map((id) => s.node(id)!);
    return { places, chains: chains.map((id) => s.node(id)!), cells };
  }

  async similarPlaces(placeId: string, k: number): Promise<SimilarPlace[]> {
    const s = this.state;
    const place = s.node(placeId);
    const count = similarK(k);
    if (!place || !PLACE_LABELS.has(place.label) || count === 0) return [];
    const mine = this.expandedIndustries(s, placeId);
    if (mine.size === 0) return [];
    // Only places developing something under one of my industries can share one.
    const candidates = new Set<string>();
    for (const industry of mine) for (const other of this.placesDevelopingUnder(s, industry)) if (other !== placeId) candidates.add(other);
    const scored: SimilarPlace[] = [];
    for (const other of candidates) {
      const { score, shared } = jaccard(mine, this.expandedIndustries(s, other));
      if (score > 0) scored.push({ place: s.node(other)!, score, shared });
    }
    scored.sort((a, b) => b.score - a.score || compareIds(a.place.id, b.place.id));
    return scored.slice(0, count);
  }

  // -------------------------------------------------------------------------
  // Programs

  async programLineage(programId: string, direction: 'UP' | 'DOWN' | 'BOTH', depth: number): Promise<Lineage | null> {
    const s = this.state;
    const root = s.node(programId);
    if (!root || root.label !== 'Program') return null;
    const maxDepth = lineageDepth(depth);
    const depthOf = new Map<string, number>();
    const walk = (out: boolean, sign: 1 | -1) => {
      const seen = new Set([programId]);
      let ring = [programId];
      for (let d = 1; d <= maxDepth && ring.length > 0; d++) {
        const next: string[] = [];
        for (const id of ring) {
          const visit = (_e: string, rel: GraphRelationship, source: string, target: string) => {
            if (rel.type !== 'CITES') return;
            const other = out ? target : source;
            if (seen.has(other)) return;
            seen.add(other);
            next.push(other);
            if (!depthOf.has(other)) depthOf.set(other, sign * d);
          };
          if (out) s.graph.forEachOutEdge(id, visit);
          else s.graph.forEachInEdge(id, visit);
        }
        ring = next;
      }
    };
    if (direction !== 'DOWN') walk(true, 1);
    if (direction !== 'UP') walk(false, -1);
    const entries: LineageEntry[] = [...depthOf]
      .map(([id, d]) => ({ program: s.node(id)!, depth: d }))
      .sort((a, b) => b.depth - a.depth || compareIds(a.program.id, b.program.id));
    const members = new Set([programId, ...depthOf.keys()]);
    const relationships: GraphRelationship[] = [];
    for (const id of members) {
      s.graph.forEachOutEdge(id, (_e, rel, _src, target) => {
        if (rel.type === 'CITES' && members.has(target)) relationships.push(rel);
      });
    }
    return { root, entries, relationships: relationships.sort(byId) };
  }

  async programs(query: ProgramQuery): Promise<GraphNode[]> {
    const s = this.state;
    const sets: Set<string>[] = [];
    const programsInto = (targets: string[], type: RelationshipType) => {
      const out = new Set<string>();
      for (const t of targets) {
        if (!s.graph.hasNode(t)) continue;
        s.graph.forEachInEdge(t, (_e, rel, source) => {
          if (rel.type === type && s.node(source)!.label === 'Program') out.add(source);
        });
      }
      return out;
    };
    if (query.place) {
      const places = [query.place];
      if (query.includeContained && s.graph.hasNode(query.place)) places.push(...this.containedPlaces(s, query.place));
      sets.push(programsInto(places, 'APPLIES_TO'));
    }
    if (query.industry) {
      const industries = s.graph.hasNode(query.industry) ? [query.industry, ...this.descendants(s, query.industry, 'PART_OF')] : [];
      sets.push(programsInto(industries, 'TARGETS'));
    }
    if (query.issuer) {
      const out = new Set<string>();
      if (s.graph.hasNode(query.issuer)) {
        s.graph.forEachInEdge(query.issuer, (_e, rel, source) => {
          if (rel.type === 'ISSUED_BY' && s.node(source)!.label === 'Program') out.add(source);
        });
      }
      sets.push(out);
    }
    const ids =
      sets.length === 0
        ? s.ids().filter((id) => s.node(id)!.label === 'Program')
        : [...sets[0]!].filter((id) => sets.every((set) => set.has(id))).sort(compareIds);
    return ids.map((id) => s.node(id)!);
  }

  // -------------------------------------------------------------------------
  // Documents, facts, stats

  async evidence(relationshipId: string): Promise<Evidence[]> {
    return this.state.relationship(relationshipId)?.evidence ?? [];
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    return this.state.documents.get(id) ?? null;
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return [...this.state.documents.values()].sort(byId).map(documentSummary);
  }

  async facts(query: FactQuery): Promise<NumericFact[]> {
    return [...this.state.facts.values()]
      .filter(
        (f) =>
          (query.subject === undefined || query.subject === null || f.subject === query.subject) &&
          (query.industry === undefined || query.industry === null || f.industry === query.industry) &&
          (query.year === undefined || query.year === null || f.year === query.year) &&
          (query.kind === undefined || query.kind === null || f.kind === query.kind),
      )
      .sort(byId);
  }

  async stats(): Promise<GraphStats> {
    const s = this.state;
    const nodesByLabel: GraphStats['nodesByLabel'] = {};
    const relationshipsByType: GraphStats['relationshipsByType'] = {};
    s.graph.forEachNode((_id, n) => void (nodesByLabel[n.label] = (nodesByLabel[n.label] ?? 0) + 1));
    s.graph.forEachEdge((_id, r) => void (relationshipsByType[r.type] = (relationshipsByType[r.type] ?? 0) + 1));
    return {
      nodes: s.graph.order,
      relationships: s.graph.size,
      documents: s.documents.size,
      facts: s.facts.size,
      nodesByLabel,
      relationshipsByType,
    };
  }

  async report(): Promise<BuildReport> {
    return this.state.report;
  }

  // -------------------------------------------------------------------------
  // Writes

  async loadGraph(graph: GraphData, options: LoadOptions = {}): Promise<WriteSummary> {
    return this.serialised(async () => {
      validateGraph(graph);
      const total = graph.nodes.length + graph.relationships.length + graph.documents.length + graph.facts.length;
      const next = GraphState.build(graph);
      if (this.options.persistPath) await this.persist(next);
      this.state = next;
      options.onProgress?.(total, total);
      return { nodes: graph.nodes.length, relationships: graph.relationships.length, documents: graph.documents.length, facts: graph.facts.length };
    });
  }

  async upsertDocument(contribution: DocumentContribution, report?: BuildReport): Promise<WriteSummary> {
    return this.serialised(() => this.applyDocumentWrite(contribution.document?.id, contribution, report));
  }

  async removeDocument(documentId: string): Promise<WriteSummary> {
    return this.serialised(() => this.applyDocumentWrite(documentId, null));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.writes.catch(() => undefined);
  }

  // -------------------------------------------------------------------------
  // Internals

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('store is closed', 'STORE_UNAVAILABLE'));
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async applyDocumentWrite(documentId: string | undefined, contribution: DocumentContribution | null, report?: BuildReport): Promise<WriteSummary> {
    if (typeof documentId !== 'string' || documentId === '') throw new StoreError('invalid contribution: document has no id', 'STORE_INVALID');
    const s = this.state;
    const plan = await planDocumentWrite(this.reader(s), documentId, contribution);
    const previousReport = s.report;
    applyPlan(s, plan);
    if (report) s.report = report;
    if (this.options.persistPath) {
      try {
        await this.persist(s);
      } catch (err) {
        undoPlan(s, plan);
        s.report = previousReport;
        throw err;
      }
    }
    return planSummary(plan);
  }

  private async persist(state: GraphState): Promise<void> {
    try {
      await writeGraphFile(this.options.persistPath!, state.toGraphData());
    } catch (err) {
      throw new StoreError(`could not write graph file ${this.options.persistPath}: ${(err as Error).message}`, 'STORE_LOAD_FAILED');
    }
  }

  private reader(s: GraphState): WriteReader {
    const nodesOf = (ids: string[]) => ids.map((id) => s.node(id)).filter((n): n is GraphNode => n !== null);
    return {
      document: async (id) => s.documents.get(id) ?? null,
      nodesByIds: async (ids) => nodesOf(ids),
      nodesOfDocument: async (doc) => s.graph.filterNodes((_id, n) => n.documents.includes(doc)).map((id) => s.node(id)!),
      relationshipsByIds: async (ids) => ids.map((id) => s.relationship(id)).filter((r): r is GraphRelationship => r !== null),
      relationshipsOfDocument: async (doc) =>
        s.graph.filterEdges((_id, r) => r.evidence.some((e) => e.document === doc)).map((id) => s.relationship(id)!),
      relationshipsTouching: async (ids) => {
        const out = new Map<string, GraphRelationship>();
        for (const id of ids) if (s.graph.hasNode(id)) s.graph.forEachEdge(id, (e, r) => void out.set(e, r));
        return [...out.values()];
      },
      factsByIds: async (ids) => ids.map((id) => s.facts.get(id)).filter((f): f is NumericFact => f !== undefined),
      factsOfDocument: async (doc) => [...s.facts.values()].filter((f) => f.evidence.document === doc),
    };
  }

  private relationshipsOfIn(s: GraphState, nodeId: string, types?: RelationshipType[], direction?: Direction): GraphRelationship[] {
    if (!s.graph.hasNode(nodeId)) return [];
    const out: GraphRelationship[] = [];
    this.forEachRelationship(s, nodeId, typeFilter(types), directionOf(direction), (rel) => out.push(rel));
    return out.sort(byId);
  }

  /**
   * Every relationship at `id` allowed by the type filter and direction, with
   * the node at its other end. Symmetric types match any direction.
   */
  private forEachRelationship(s: GraphState, id: string, types: ReadonlySet<RelationshipType> | null, dir: Direction, visit: Visit): void {
    s.graph.forEachOutEdge(id, (_e, rel, _src, target) => {
      if (types && !types.has(rel.type)) return;
      if (dir === 'IN' && !SYMMETRIC_TYPES.has(rel.type)) return;
      visit(rel, target);
    });
    s.graph.forEachInEdge(id, (_e, rel, source) => {
      if (types && !types.has(rel.type)) return;
      if (dir === 'OUT' && !SYMMETRIC_TYPES.has(rel.type)) return;
      if (source === id) return; // a self-loop was already seen as an out-edge
      visit(rel, source);
    });
  }

  /** Nodes reachable by following `type` edges backwards (e.g. an industry's segments), any depth. */
  private descendants(s: GraphState, id: string, type: RelationshipType): readonly string[] {
    return s.derived(`descendants\u0000${type}\u0000${id}`, () =>
      this.closure(s, id, (n, visit) => s.graph.forEachInEdge(n, (_e, rel, source) => void (rel.type === type && visit(source)))),
    );
  }

  private ancestors(s: GraphState, id: string, type: RelationshipType): readonly string[] {
    return s.derived(`ancestors\u0000${type}\u0000${id}`, () =>
      this.closure(s, id, (n, visit) => s.graph.forEachOutEdge(n, (_e, rel, _src, target) => void (rel.type === type && visit(target)))),
    );
  }

  private closure(s: GraphState, id: string, step: (node: string, visit: (other: string) => void) => void): string[] {
    if (!s.graph.hasNode(id)) return [];
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length > 0) {
      step(queue.shift()!, (other) => {
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      });
    }
    seen.delete(id);
    return [...seen];
  }

  private developed(s: GraphState, place: string): string[] {
    const out: string[] = [];
    s.graph.forEachOutEdge(place, (_e, rel, _src, target) => void (rel.type === 'DEVELOPS' && out.push(target)));
    return out;
  }

  /** Places that DEVELOP an industry or one of its PART_OF* descendants. */
  private placesDevelopingUnder(s: GraphState, industry: string): readonly string[] {
    return s.derived(`placesDevelopingUnder\u0000${industry}`, () => {
      const out = new Set<string>();
      for (const i of [industry, ...this.descendants(s, industry, 'PART_OF')]) {
        s.graph.forEachInEdge(i, (_e, rel, source) => {
          if (rel.type === 'DEVELOPS' && PLACE_LABELS.has(s.node(source)!.label)) out.add(source);
        });
      }
      return [...out];
    });
  }

  /** Industries a place DEVELOPS plus all their PART_OF* ancestors. */
  private expandedIndustries(s: GraphState, place: string): ReadonlySet<string> {
    return s.derived(`expandedIndustries\u0000${place}`, () => {
      const out = new Set<string>();
      for (const industry of this.developed(s, place)) {
        out.add(industry);
        for (const a of this.ancestors(s, industry, 'PART_OF')) out.add(a);
      }
      return out;
    });
  }

  /** Nodes with a DEVELOPS / ACTIVE_IN / TARGETS relationship (either way) to one of `industries`. */
  private industryLinked(s: GraphState, industries: string[]): Set<string> {
    const out = new Set<string>();
    for (const industry of industries) {
      if (!s.graph.hasNode(industry)) continue;
      s.graph.forEachEdge(industry, (_e, rel, source, target) => {
        if (INDUSTRY_LINK_TYPES.has(rel.type)) out.add(source === industry ? target : source);
      });
    }
    return out;
  }

  /** A Region id, or a Region's name/alias; null when neither. */
  private resolveRegion(s: GraphState, idOrName: string): string | null {
    if (s.node(idOrName)?.label === 'Region') return idOrName;
    const ids = [...(s.names.get(nameKey(idOrName)) ?? [])].filter((id) => s.node(id)!.label === 'Region');
    if (ids.length === 0) return null;
    const key = nameKey(idOrName);
    return ids
      .map((id) => ({ node: s.node(id)!, byName: nameKey(s.node(id)!.name) === key, degree: s.degree(id) }))
      .sort(compareNameMatches)[0]!.node.id;
  }

  /** properties.province plus every province-level Region reached by LOCATED_IN / PART_OF. */
  private provincesOf(s: GraphState, node: GraphNode): Set<string> {
    const out = new Set<string>();
    const own = node.properties['province'];
    if (typeof own === 'string' && own !== '') out.add(own);
    const up = this.closure(s, node.id, (n, visit) =>
      s.graph.forEachOutEdge(n, (_e, rel, _src, target) => void (CONTAINMENT_TYPES.has(rel.type) && visit(target))),
    );
    for (const id of up) {
      const n = s.node(id)!;
      if (n.label === 'Region' && n.properties['level'] === 'province') out.add(id);
    }
    return out;
  }

  /** Places LOCATED_IN / PART_OF `place`, any depth, through places only. */
  private containedPlaces(s: GraphState, place: string): string[] {
    return this.closure(s, place, (n, visit) =>
      s.graph.forEachInEdge(n, (_e, rel, source) => {
        if (CONTAINMENT_TYPES.has(rel.type) && PLACE_LABELS.has(s.node(source)!.label)) visit(source);
      }),
    );
  }
}

function applyPlan(s: GraphState, plan: WritePlan): void {
  for (const id of plan.deleteRelationships) s.dropRelationship(id);
  for (const id of plan.deleteNodes) s.dropNode(id);
  for (const n of plan.putNodes) s.putNode(n);
  for (const r of plan.putRelationships) s.putRelationship(r);
  for (const id of plan.deleteFacts) s.facts.delete(id);
  for (const f of plan.putFacts) s.facts.set(f.id, f);
  if (plan.deleteDocument) s.documents.delete(plan.deleteDocument);
  if (plan.putDocument) s.documents.set(plan.putDocument.id, plan.putDocument);
}

function undoPlan(s: GraphState, plan: WritePlan): void {
  const { before } = plan;
  for (const r of plan.putRelationships) s.dropRelationship(r.id);
  for (const n of plan.putNodes) if (!before.nodes.some((b) => b.id === n.id)) s.dropNode(n.id);
  for (const n of before.nodes) s.putNode(n);
  for (const r of before.relationships) s.putRelationship(r);
  for (const f of plan.putFacts) s.facts.delete(f.id);
  for (const f of before.facts) s.facts.set(f.id, f);
  const docId = plan.putDocument?.id ?? plan.deleteDocument;
  if (docId) {
    if (before.document) s.documents.set(docId, before.document);
    else s.documents.delete(docId);
  }
}

export function createEmbeddedStore(graph: GraphData, options: EmbeddedStoreOptions = {}): GraphStore {
  return new EmbeddedStore(graph, options);
}

/** Opens the graph file at `path`; with `persist` every write rewrites that file. */
export async function openEmbeddedStore(path: string, options: { persist?: boolean } = {}): Promise<GraphStore> {
  const graph = await readGraphFile(path);
  return new EmbeddedStore(graph, options.persist ? { persistPath: path } : {});
}
