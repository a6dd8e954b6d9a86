/**
 * The store port: every question the API and the explorer ask of the graph,
 * and the writes that change it. Two adapters implement it (embedded
 * graphology, Neo4j) and one contract suite holds them to the same answers,
 * so every semantic rule is written down here, not left to an adapter.
 *
 * Conventions for both adapters:
 * - Names in queries arrive already normalised to Simplified by the caller
 *   (the API runs opencc on user text); adapters match case-insensitively
 *   on name, aliases, nameEn and pinyin.
 * - "Place" means a Zone or Region node.
 * - Where an order is not stated, results are sorted by node id / relationship id.
 * - Unknown ids return null / empty results; they never throw.
 *
 * Details the adapters settle identically (code: search-score.ts, query-rules.ts,
 * document-write.ts; held by tests/store/contract.ts):
 * - An absent or empty `types` list means every type. Symmetric types
 *   (COOPERATES_WITH) match any direction.
 * - search: blank text → []. Equal scores on one node: name > alias > nameEn >
 *   pinyin, first alias in stored order. limit clamped to 1..100.
 * - findByName: name matches rank before alias matches, then degree desc,
 *   shorter name, id.
 * - listNodes: filters combine with AND. industry/chain link via DEVELOPS,
 *   ACTIVE_IN or TARGETS (either direction). province: a Region id or name;
 *   a place's provinces are properties.province plus every Region with
 *   level 'province' reached by LOCATED_IN/PART_OF (the province itself is
 *   not its own member). first clamped to 0..500.
 * - neighbourhood: unknown seeds dropped; nodes by ring, within a ring by id;
 *   relationships = every relationship of an allowed type between returned
 *   nodes, by id. truncated when any node within depth was left out.
 *   depth 0..3, limit 1..5000.
 * - shortestPaths: paths ordered step by step by (next node id, relationship
 *   id); from = to gives one path of one node; maxHops 1..6, limit 1..100.
 * - industryCoverage: one entry per industry any given place has, by industry id.
 * - chainMatrix: default chains = Industry nodes with segments and no parent;
 *   default places = places with at least one cell; given ids are kept when
 *   they are Industry / place nodes, sorted. cells by (place, chain).
 * - similarPlaces: only scores > 0; score desc then id; only Zone/Region.
 * - programLineage: null unless the id is a Program. depth = shortest hop
 *   count; a program both up- and downstream is listed once, upstream.
 *   entries by depth desc, then id; depth 0..10.
 * - programs: conditions combine with AND; no condition = every Program.
 *   includeContained follows LOCATED_IN/PART_OF* through places only.
 * - WriteSummary: loadGraph counts what the new graph holds; upsertDocument /
 *   removeDocument count items added, changed or deleted. An invalid graph or
 *   contribution (duplicate ids, relationship id not `${type}:${start}->${end}`,
 *   endpoint missing, evidence from another document) → StoreError
 *   STORE_INVALID, nothing changed.
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
} from '../../shared/graph.ts';
import type { DocumentContribution } from '../../shared/contribution.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface SearchQuery {
  text: string;
  labels?: NodeLabel[];
  /** Default 20, max 100. */
  limit?: number;
}

/**
 * Ranking, identical in both adapters (see server/store/search-score.ts):
 * exact name 100; exact alias / nameEn / pinyin 90; name prefix 70;
 * alias / nameEn / pinyin prefix 60; name substring 50; alias / nameEn /
 * pinyin substring 40. Pinyin and nameEn compare case-insensitively and
 * also with spaces removed ("wuhan" matches "wu han ..."). Ties: higher
 * degree first, then shorter name, then id.
 */
export interface SearchHit {
  node: GraphNode;
  score: number;
  /** Which field matched: 'name' | 'alias' | 'nameEn' | 'pinyin'. */
  matched: 'name' | 'alias' | 'nameEn' | 'pinyin';
  /** The string that matched (the alias itself for alias matches). */
  matchedText: string;
}

export interface NodeFilter {
  label?: NodeLabel;
  /** Places whose province (Region.properties.province or the province they are LOCATED_IN/PART_OF transitively) is this Region id or name. */
  province?: string;
  /** properties.kind equals (Zone.kind, Program.kind). */
  kind?: string;
  /** Nodes with any relationship to this industry id (DEVELOPS, ACTIVE_IN, TARGETS). */
  industry?: string;
  /** Nodes with any relationship to an industry that is this chain or PART_OF* it. */
  chain?: string;
  /** Nodes whose `documents` include this document id. */
  document?: string;
}

export interface PageArgs {
  /** Default 50, max 500. */
  first?: number;
  /** Cursor: the id of the last node of the previous page (nodes are ordered by id). */
  after?: string | null;
}

export interface NodePage {
  nodes: GraphNode[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** True when the node limit cut the expansion short. */
  truncated: boolean;
}

export interface NeighbourhoodQuery {
  ids: string[];
  types?: RelationshipType[];
  direction?: Direction;
  /** Default 1, capped at 3. */
  depth?: number;
  /** Maximum nodes returned (seeds included), default 200, max 5000. Breadth-first; within a ring, by node id. */
  limit?: number;
}

export interface PathQuery {
  from: string;
  to: string;
  types?: RelationshipType[];
  /** Default 4, capped at 6. */
  maxHops?: number;
  /** Maximum number of shortest paths returned (all of the minimal length), default 5. Direction is ignored. */
  limit?: number;
}

export interface GraphPath {
  /** In order from `from` to `to`. */
  nodes: GraphNode[];
  /** relationships[i] joins nodes[i] and nodes[i+1] (in either stored direction). */
  relationships: GraphRelationship[];
}

/**
 * An industry that places develop, directly or through a segment of it.
 * A place "has" industry I when it DEVELOPS I or DEVELOPS some J with J PART_OF* I.
 */
export interface IndustryCoverage {
  industry: GraphNode;
  /** Place ids having the industry, sorted. */
  places: string[];
  /** Place ids that DEVELOP the industry itself (not only a segment), sorted. */
  direct: string[];
}

export interface ChainPlace {
  place: GraphNode;
  /** The industries (the chain itself or its segments, any depth) this place DEVELOPS, sorted by id. */
  industries: GraphNode[];
}

export interface ChainMatrix {
  places: GraphNode[];
  chains: GraphNode[];
  /** One cell per (place, chain) with count > 0: how many of the chain's industries (itself + segments) the place DEVELOPS. */
  cells: Array<{ place: string; chain: string; count: number; industries: string[] }>;
}

/**
 * Similarity of two places over the chain taxonomy: Jaccard index of their
 * expanded industry sets, where a place's set is every industry it DEVELOPS
 * plus all their PART_OF* ancestors. Places with an empty set are not scored.
 * Ties: by id.
 */
export interface SimilarPlace {
  place: GraphNode;
  score: number;
  /** Shared industries of the expanded sets, sorted by id. */
  shared: string[];
}

export interface LineageEntry {
  program: GraphNode;
  /** Hops from the start program: positive = it cites (upstream), negative = cited by (downstream). */
  depth: number;
}

export interface Lineage {
  root: GraphNode;
  entries: LineageEntry[];
  /** CITES relationships among root and entries. */
  relationships: GraphRelationship[];
}

export interface ProgramQuery {
  /** Programs that APPLY_TO this place (or to a place LOCATED_IN / PART_OF* it when includeContained). */
  place?: string;
  includeContained?: boolean;
  /** Programs that TARGET this industry or one of its segments. */
  industry?: string;
  /** Programs ISSUED_BY this organization. */
  issuer?: string;
}

export interface FactQuery {
  subject?: string;
  industry?: string;
  year?: number;
  kind?: 'target' | 'baseline';
}

/** A document without its text: what lists and evidence need. */
export type DocumentSummary = Omit<DocumentRecord, 'text' | 'headings'> & { characters: number };

export interface GraphStats {
  nodes: number;
  relationships: number;
  documents: number;
  facts: number;
  nodesByLabel: Partial<Record<NodeLabel, number>>;
  relationshipsByType: Partial<Record<RelationshipType, number>>;
}

export interface WriteSummary {
  nodes: number;
  relationships: number;
  documents: number;
  facts: number;
}

export interface LoadOptions {
  /** Called as the load proceeds: `done` of `total` items (nodes + relationships + documents + facts) written. */
  onProgress?: (done: number, total: number) => void;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';

  getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>>;
  /** Exact match on name or any alias (case-insensitive for Latin), optionally within a label; best-ranked when several. */
  findByName(name: string, label?: NodeLabel): Promise<GraphNode | null>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  listNodes(filter: NodeFilter, page: PageArgs): Promise<NodePage>;
  /** Relationships touching one node, optionally filtered. */
  relationshipsOf(nodeId: string, types?: RelationshipType[], direction?: Direction): Promise<GraphRelationship[]>;
  /**
   * Batched relationshipsOf: result[i] equals relationshipsOf(nodeIds[i], types, direction).
   * Optional so adapters can land it later; the API's per-request loader uses it
   * when present so nested `relationships` fields cost one store call per level.
   */
  relationshipsOfMany?(
    nodeIds: readonly string[],
    types?: RelationshipType[],
    direction?: Direction,
  ): Promise<GraphRelationship[][]>;
  getRelationships(ids: readonly string[]): Promise<Array<GraphRelationship | null>>;
  /** Node degree (all relationship types), for sizing and ranking. */
  degrees(ids: readonly string[]): Promise<number[]>;

  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  shortestPaths(query: PathQuery): Promise<GraphPath[]>;

  industryCoverage(placeIds: readonly string[]): Promise<IndustryCoverage[]>;
  chainPlaces(chainId: string): Promise<ChainPlace[]>;
  chainMatrix(placeIds?: readonly string[], chainIds?: readonly string[]): Promise<ChainMatrix>;
  similarPlaces(placeId: string, k: number): Promise<SimilarPlace[]>;

  /** Transitive CITES around a program: up = what it cites, down = what cites it. Depth capped at 10. */
  programLineage(programId: string, direction: 'UP' | 'DOWN' | 'BOTH', depth: number): Promise<Lineage | null>;
  programs(query: ProgramQuery): Promise<GraphNode[]>;

  evidence(relationshipId: string): Promise<Evidence[]>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  facts(query: FactQuery): Promise<NumericFact[]>;
  stats(): Promise<GraphStats>;
  report(): Promise<BuildReport>;

  /** Replaces the whole graph. Readers see the old graph until the new one is complete; a failure leaves the old one. */
  loadGraph(graph: GraphData, options?: LoadOptions): Promise<WriteSummary>;
  /** Adds a document's contribution, replacing what that document contributed before (merge rules: shared/contribution.ts). */
  upsertDocument(contribution: DocumentContribution, report?: BuildReport): Promise<WriteSummary>;
  /** Removes a document and what only it supported. */
  removeDocument(documentId: string): Promise<WriteSummary>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: 'STORE_UNAVAILABLE' | 'STORE_AUTH' | 'STORE_DATABASE' | 'STORE_LOAD_FAILED' | 'STORE_INVALID',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
