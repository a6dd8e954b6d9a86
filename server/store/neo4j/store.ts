/**
 * The Neo4j store. Cypher lives in ./cypher (one constant per question);
 * this file runs it, and applies the same ordering, tie-break and set rules
 * as the embedded store (search-score.ts, query-rules.ts, document-write.ts).
 *
 * Generations: every record carries the `generation` it was written in and
 * readers only read the active generation named by (:ZonegraphMeta
 * {namespace}). loadGraph writes a whole new generation batch by batch, then
 * flips `active` in one transaction and deletes the old one, so a failed or
 * killed load never shows a half graph; the next load deletes what a killed
 * one left behind. One loader at a time per namespace.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { randomBytes } from 'node:crypto';
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
import { RELATIONSHIP_TYPES, SYMMETRIC_TYPES } from '../../../shared/graph.ts';
import type { DocumentContribution } from '../../../shared/contribution.ts';
import { emptyReport } from '../../../shared/graph-file.ts';
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
  type Lineage,
  type LineageEntry,
  type LoadOptions,
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
import { clampSearchLimit, compareNameMatches, nameKey, normaliseQuery, rankHits, scoreNode, type ScoredCandidate } from '../search-score.ts';
import {
  byId,
  compareIds,
  comparePaths,
  direction as directionOf,
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
import {
  decodeNode,
  decodeRelationship,
  documentRow,
  evidenceDocumentKey,
  factRow,
  nodeRow,
  parseRelationshipId,
  relationshipRow,
  reportRow,
  type Row,
} from './codec.ts';
import { toStoreError, type ConnectionTarget } from './errors.ts';
import { AWAIT_INDEXES, SCHEMA } from './cypher/schema.ts';
import * as G from './cypher/generation.ts';
import * as L from './cypher/load.ts';
import * as Q from './cypher/read.ts';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** See Neo4jStoreOptions.namespace (env ZONEGRAPH_NEO4J_NAMESPACE). */
  namespace?: string;
}

export interface Neo4jStoreOptions {
  /** Several graphs can share one database under different namespaces (tests do). Default 'default'. */
  namespace?: string;
  /** Records per load transaction. Default 5000: each commit costs a log flush, so fewer, bigger ones load faster. */
  batchSize?: number;
  /** Load transactions in flight at once. Default 1: on small machines more only adds lock waits. */
  concurrency?: number;
}

/** loadGraph's defaults (see Neo4jStoreOptions); exported so the store benchmark can say what it measured. */
export const NEO4J_LOAD_DEFAULTS = { batchSize: 5000, concurrency: 1 } as const;

type Run = (text: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Placeholder: read queries bind `generation` from the meta node themselves. */
const ACTIVE = '(active)';
const SYMMETRIC = [...SYMMETRIC_TYPES];
const SCHEMA_EXISTS = /EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists|AlreadyExists/;

function runner(tx: ManagedTransaction): Run {
  return async (text, params = {}) => (await tx.run(text, params)).records.map((r) => r.toObject() as Row);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T, K extends string>(items: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Runs `work` on every item with at most `limit` running; the first failure stops new starts and is rethrown. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (failure === null && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== null) throw failure;
}

const newGeneration = () => `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly namespace: string;
  private readonly batchSize: number;
  private readonly concurrency: number;

  constructor(
    private readonly driver: Driver,
    private readonly target: ConnectionTarget,
    options: Neo4jStoreOptions = {},
  ) {
    this.namespace = options.namespace ?? 'default';
    this.batchSize = Math.max(1, options.batchSize ?? NEO4J_LOAD_DEFAULTS.batchSize);
    this.concurrency = Math.max(1, options.concurrency ?? NEO4J_LOAD_DEFAULTS.concurrency);
  }

  // -------------------------------------------------------------------------
  // Sessions

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /**
   * Runs `work` in one read transaction on the active generation. Each read
   * query looks the generation up itself (G.withActiveGeneration), which saves
   * a round trip per operation.
   */
  private async read<T>(work: (run: Run, generation: string) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(async (tx) => {
        const plain = runner(tx);
        const run: Run = (text, params = {}) => plain(G.withActiveGeneration(text), { ...params, namespace: this.namespace });
        return work(run, ACTIVE);
      });
    } catch (err) {
      throw toStoreError(err, this.target);
    } finally {
      await session.close();
    }
  }

  private async write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(runner(tx)));
    } catch (err) {
      throw toStoreError(err, this.target);
    } finally {
      await session.close();
    }
  }

  async ensureSchema(): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of SCHEMA) {
        try {
          await session.run(statement);
        } catch (err) {
          // Two processes creating the same index at once: the other one won.
          if (!SCHEMA_EXISTS.test(String((err as { code?: string }).code ?? err))) throw err;
        }
      }
      await session.run(AWAIT_INDEXES);
    } catch (err) {
      throw toStoreError(err, this.target);
    } finally {
      await session.close();
    }
  }

  // -------------------------------------------------------------------------
  // Lookups

  private async nodesById(run: Run, generation: string, ids: readonly string[]): Promise<Map<string, GraphNode>> {
    const out = new Map<string, GraphNode>();
    if (ids.length === 0) return out;
    for (const row of await run(Q.NODES_BY_IDS, { generation, ids: [...new Set(ids)] })) {
      const node = decodeNode(row['node'] as Row);
      out.set(node.id, node);
    }
    return out;
  }

  async getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    return this.read(async (run, generation) => {
      const found = await this.nodesById(run, generation, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  private async nameMatches(run: Run, generation: string, name: string, label: NodeLabel | null) {
    const key = nameKey(name);
    if (key === '') return [];
    const rows = await run(Q.NAME_MATCHES, { generation, key, label });
    return rows
      .map((row) => {
        const node = decodeNode(row['node'] as Row);
        return { node, byName: nameKey(node.name) === key, degree: row['degree'] as number };
      })
      .sort(compareNameMatches);
  }

  async findByName(name: string, label?: NodeLabel): Promise<GraphNode | null> {
    return this.read(async (run, generation) => (await this.nameMatches(run, generation, name, label ?? null))[0]?.node ?? null);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const q = normaliseQuery(query.text ?? '');
    if (!q) return [];
    const labels = query.labels && query.labels.length > 0 ? query.labels : null;
    return this.read(async (run, generation) => {
      const limit = clampSearchLimit(query.limit);
      const rows = await run(Q.SEARCH, {
        generation,
        text: q.text,
        compact: q.compact,
        otherCompact: q.compact === q.text ? null : q.compact,
        labels,
        limit: neo4j.int(limit),
      });
      const candidates: ScoredCandidate[] = [];
      for (const row of rows) {
        const node = decodeNode(row['node'] as Row);
        const score = scoreNode(node, q);
        if (score) candidates.push({ ...score, node, degree: row['degree'] as number });
      }
      return rankHits(candidates, limit);
    });
  }

  private async resolveRegion(run: Run, generation: string, idOrName: string): Promise<string | null> {
    if ((await run(Q.REGION_BY_ID, { generation, id: idOrName })).length > 0) return idOrName;
    return (await this.nameMatches(run, generation, idOrName, 'Region'))[0]?.node.id ?? null;
  }

  private async industryAndSegments(run: Run, generation: string, id: string): Promise<{ ids: string[]; label: string | null }> {
    const rows = await run(Q.INDUSTRY_AND_SEGMENTS, { generation, id });
    return { ids: rows.map((r) => r['id'] as string), label: (rows[0]?.['label'] as string | undefined) ?? null };
  }

  async listNodes(filter: NodeFilter, page: PageArgs): Promise<NodePage> {
    return this.read(async (run, generation) => {
      let linked: Set<string> | null = null;
      const link = async (industries: string[]) => {
        const ids = new Set(
          industries.length === 0 ? [] : (await run(Q.INDUSTRY_LINKED, { generation, industries })).map((r) => r['id'] as string),
        );
        linked = linked === null ? ids : new Set([...linked].filter((id) => ids.has(id)));
      };
      if (filter.industry) await link([filter.industry]);
      if (filter.chain) {
        const chain = await this.industryAndSegments(run, generation, filter.chain);
        await link(chain.label === 'Industry' ? chain.ids : []);
      }
      let province: string | null = null;
      if (filter.province) {
        province = await this.resolveRegion(run, generation, filter.province);
        if (province === null) return { nodes: [], totalCount: 0, hasNextPage: false, endCursor: null };
      }
      const rows = await run(Q.LIST_NODES, {
        generation,
        label: filter.label || null,
        kind: filter.kind ?? null,
        document: filter.document || null,
        linked: linked === null ? null : [...(linked as Set<string>)],
        province,
      });
      const matching = rows.map((r) => r['id'] as string).sort(compareIds);
      const after = page.after ?? null;
      const startAt = after === null ? 0 : matching.findIndex((id) => id > after);
      const rest = startAt < 0 ? [] : matching.slice(startAt);
      const pageIds = rest.slice(0, pageFirst(page.first));
      const found = await this.nodesById(run, generation, pageIds);
      const nodes = pageIds.map((id) => found.get(id)!);
      return {
        nodes,
        totalCount: matching.length,
        hasNextPage: rest.length > nodes.length,
        endCursor: nodes.length > 0 ? nodes[nodes.length - 1]!.id : null,
      };
    });
  }

  private async relationshipsAt(run: Run, generation: string, ids: readonly string[], types?: RelationshipType[], direction?: Direction) {
    const filter = typeFilter(types);
    const rows = await run(Q.RELATIONSHIPS_OF, {
      generation,
      ids: [...new Set(ids)],
      types: filter ? [...filter] : null,
      direction: directionOf(direction),
      symmetric: SYMMETRIC,
    });
    const byNode = new Map<string, GraphRelationship[]>();
    for (const row of rows) {
      const at = row['at'] as string;
      const list = byNode.get(at) ?? [];
      list.push(decodeRelationship(row['rel'] as Row));
      byNode.set(at, list);
    }
    for (const list of byNode.values()) list.sort(byId);
    return byNode;
  }

  async relationshipsOf(nodeId: string, types?: RelationshipType[], direction?: Direction): Promise<GraphRelationship[]> {
    return this.read(async (run, generation) => (await this.relationshipsAt(run, generation, [nodeId], types, direction)).get(nodeId) ?? []);
  }

  async relationshipsOfMany(nodeIds: readonly string[], types?: RelationshipType[], direction?: Direction): Promise<GraphRelationship[][]> {
    return this.read(async (run, generation) => {
      const byNode = await this.relationshipsAt(run, generation, nodeIds, types, direction);
      return nodeIds.map((id) => byNode.get(id) ?? []);
    });
  }

  private async relationshipsById(run: Run, generation: string, ids: readonly string[]): Promise<Map<string, GraphRelationship>> {
    const rows = ids.map(parseRelationshipId).filter((r) => r !== null);
    const out = new Map<string, GraphRelationship>();
    if (rows.length === 0) return out;
    for (const row of await run(Q.RELATIONSHIPS_BY_IDS, { generation, rows })) {
      const rel = decodeRelationship(row['rel'] as Row);
      out.set(rel.id, rel);
    }
    return out;
  }

  async getRelationships(ids: readonly string[]): Promise<Array<GraphRelationship | null>> {
    return this.read(async (run, generation) => {
      const found = await this.relationshipsById(run, generation, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  async degrees(ids: readonly string[]): Promise<number[]> {
    return this.read(async (run, generation) => {
      const rows = await run(Q.DEGREES, { generation, ids: [...new Set(ids)] });
      const byId = new Map(rows.map((r) => [r['id'] as string, r['degree'] as number]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
  }

  // -------------------------------------------------------------------------
  // Traversals

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    const filter = typeFilter(query.types);
    const types = filter ? [...filter] : null;
    const dir = directionOf(query.direction);
    const depth = neighbourhoodDepth(query.depth);
    const limit = neighbourhoodLimit(query.limit);
    return this.read(async (run, generation) => {
      const known = await this.nodesById(run, generation, query.ids);
      let ring = [...known.keys()].sort(compareIds);
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
        for (const row of await run(Q.NEIGHBOURS, { generation, ids: ring, types, direction: dir, symmetric: SYMMETRIC })) {
          const node = decodeNode(row['node'] as Row);
          if (included.has(node.id)) continue;
          known.set(node.id, node);
          next.add(node.id);
        }
        ring = [...next].sort(compareIds);
      }
      const rels = (await run(Q.RELATIONSHIPS_AMONG, { generation, ids: order, types })).map((r) => decodeRelationship(r['rel'] as Row));
      return { nodes: order.map((id) => known.get(id)!), relationships: rels.sort(byId), truncated };
    });
  }

  async shortestPaths(query: PathQuery): Promise<GraphPath[]> {
    const filter = typeFilter(query.types);
    const types = filter ? [...filter] : [...RELATIONSHIP_TYPES];
    const maxHops = pathMaxHops(query.maxHops);
    const limit = pathLimit(query.limit);
    return this.read(async (run, generation) => {
      const ends = await this.nodesById(run, generation, [query.from, query.to]);
      const from = ends.get(query.from);
      if (!from || !ends.has(query.to)) return [];
      if (query.from === query.to) return [{ nodes: [from], relationships: [] }];
      const rows = await run(Q.SHORTEST_PATHS[maxHops]!, { generation, from: query.from, to: query.to, types });
      const paths: GraphPath[] = rows.map((row) => ({
        nodes: (row['nodes'] as Row[]).map(decodeNode),
        relationships: (row['rels'] as Row[]).map(decodeRelationship),
      }));
      return paths.sort(comparePaths).slice(0, limit);
    });
  }

  // -------------------------------------------------------------------------
  // Industries and chains

  /** place → (industry it DEVELOPS → that industry's PART_OF ancestors). */
  private async developed(run: Run, generation: string, query: string, params: Record<string, unknown>) {
    const out = new Map<string, Map<string, string[]>>();
    for (const row of await run(query, { generation, ...params })) {
      const place = row['place'] as string;
      if (!out.has(place)) out.set(place, new Map());
      out.get(place)!.set(row['industry'] as string, row['ancestors'] as string[]);
    }
    return out;
  }

  private static expanded(developed: Map<string, string[]> | undefined): Set<string> {
    const out = new Set<string>();
    for (const [industry, ancestors] of developed ?? []) {
      out.add(industry);
      for (const a of ancestors) out.add(a);
    }
    return out;
  }

  async industryCoverage(placeIds: readonly string[]): Promise<IndustryCoverage[]> {
    return this.read(async (run, generation) => {
      const developed = await this.developed(run, generation, Q.DEVELOPED_WITH_ANCESTORS, { ids: [...new Set(placeIds)] });
      const places = new Map<string, Set<string>>();
      const direct = new Map<string, Set<string>>();
      for (const [place, industries] of developed) {
        for (const [industry, ancestors] of industries) {
          if (!direct.has(industry)) direct.set(industry, new Set());
          direct.get(industry)!.add(place);
          for (const i of [industry, ...ancestors]) {
            if (!places.has(i)) places.set(i, new Set());
            places.get(i)!.add(place);
          }
        }
      }
      const ids = [...places.keys()].sort(compareIds);
      const nodes = await this.nodesById(run, generation, ids);
      return ids.map((industry) => ({
        industry: nodes.get(industry)!,
        places: [...places.get(industry)!].sort(compareIds),
        direct: [...(direct.get(industry) ?? [])].sort(compareIds),
      }));
    });
  }

  async chainPlaces(chainId: string): Promise<ChainPlace[]> {
    return this.read(async (run, generation) => {
      const rows = await run(Q.CHAIN_DEVELOPERS, { generation, chains: [chainId], placesOnly: false });
      const byPlace = new Map(rows.map((r) => [r['place'] as string, (r['industries'] as string[]).sort(compareIds)]));
      const places = [...byPlace.keys()].sort(compareIds);
      const nodes = await this.nodesById(run, generation, [...places, ...[...byPlace.values()].flat()]);
      return places.map((place) => ({ place: nodes.get(place)!, industries: byPlace.get(place)!.map((id) => nodes.get(id)!) }));
    });
  }

  async chainMatrix(placeIds?: readonly string[], chainIds?: readonly string[]): Promise<ChainMatrix> {
    return this.read(async (run, generation) => {
      let chains: string[];
      if (chainIds) {
        const found = await this.nodesById(run, generation, chainIds);
        chains = [...found.values()].filter((n) => n.label === 'Industry').map((n) => n.id);
      } else {
        chains = (await run(Q.ROOT_CHAINS, { generation })).map((r) => r['id'] as string);
      }
      chains.sort(compareIds);
      let wanted: Set<string> | null = null;
      if (placeIds) {
        const found = await this.nodesById(run, generation, placeIds);
        wanted = new Set([...found.values()].filter((n) => PLACE_LABELS.has(n.label)).map((n) => n.id));
      }
      const cells: ChainMatrix['cells'] = [];
      const cellPlaces = new Set<string>();
      for (const row of await run(Q.CHAIN_DEVELOPERS, { generation, chains, placesOnly: true })) {
        const place = row['place'] as string;
        if (wanted && !wanted.has(place)) continue;
        const industries = (row['industries'] as string[]).sort(compareIds);
        cellPlaces.add(place);
        cells.push({ place, chain: row['chain'] as string, count: industries.length, industries });
      }
      cells.sort((a, b) => compareIds(a.place, b.place) || compareIds(a.chain, b.chain));
      const places = [...(wanted ?? cellPlaces)].sort(compareIds);
      const nodes = await this.nodesById(run, generation, [...places, ...chains]);
      return { places: places.map((id) => nodes.get(id)!), chains: chains.map((id) => nodes.get(id)!), cells };
    });
  }

  async similarPlaces(placeId: string, k: number): Promise<SimilarPlace[]> {
    const count = similarK(k);
    return this.read(async (run, generation) => {
      const place = (await this.nodesById(run, generation, [placeId])).get(placeId);
      if (!place || !PLACE_LABELS.has(place.label) || count === 0) return [];
      const mine = Neo4jStore.expanded((await this.developed(run, generation, Q.DEVELOPED_WITH_ANCESTORS, { ids: [placeId] })).get(placeId));
      if (mine.size === 0) return [];
      const others = await this.developed(run, generation, Q.SIMILAR_CANDIDATES, { industries: [...mine], place: placeId });
      const scored: Array<{ id: string; score: number; shared: string[] }> = [];
      for (const [other, developed] of others) {
        const { score, shared } = jaccard(mine, Neo4jStore.expanded(developed));
        if (score > 0) scored.push({ id: other, score, shared });
      }
      scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
      const top = scored.slice(0, count);
      const nodes = await this.nodesById(run, generation, top.map((s) => s.id));
      return top.map((s) => ({ place: nodes.get(s.id)!, score: s.score, shared: s.shared }));
    });
  }

  // -------------------------------------------------------------------------
  // Programs

  async programLineage(programId: string, direction: 'UP' | 'DOWN' | 'BOTH', depth: number): Promise<Lineage | null> {
    const maxDepth = lineageDepth(depth);
    return this.read(async (run, generation) => {
      const root = (await this.nodesById(run, generation, [programId])).get(programId);
      if (!root || root.label !== 'Program') return null;
      const depthOf = new Map<string, number>();
      const walk = async (query: string, sign: 1 | -1) => {
        const seen = new Set([programId]);
        let ring = [programId];
        for (let d = 1; d <= maxDepth && ring.length > 0; d++) {
          const next: string[] = [];
          for (const row of await run(query, { generation, ids: ring })) {
            const other = row['to'] as string;
            if (seen.has(other)) continue;
            seen.add(other);
            next.push(other);
            if (!depthOf.has(other)) depthOf.set(other, sign * d);
          }
          ring = next;
        }
      };
      if (direction !== 'DOWN') await walk(Q.CITES_OUT, 1);
      if (direction !== 'UP') await walk(Q.CITES_IN, -1);
      const members = [programId, ...depthOf.keys()];
      const nodes = await this.nodesById(run, generation, [...depthOf.keys()]);
      const entries: LineageEntry[] = [...depthOf]
        .map(([id, d]) => ({ program: nodes.get(id)!, depth: d }))
        .sort((a, b) => b.depth - a.depth || compareIds(a.program.id, b.program.id));
      const rels = (await run(Q.CITES_AMONG, { generation, ids: members })).map((r) => decodeRelationship(r['rel'] as Row));
      return { root, entries, relationships: rels.sort(byId) };
    });
  }

  async programs(query: ProgramQuery): Promise<GraphNode[]> {
    return this.read(async (run, generation) => {
      const ids = (rows: Row[]) => new Set(rows.map((r) => r['id'] as string));
      const sets: Set<string>[] = [];
      if (query.place) {
        const places = [query.place];
        if (query.includeContained) places.push(...ids(await run(Q.CONTAINED_PLACES, { generation, id: query.place })));
        sets.push(ids(await run(Q.PROGRAMS_APPLYING_TO, { generation, ids: places })));
      }
      if (query.industry) {
        const industries = (await this.industryAndSegments(run, generation, query.industry)).ids;
        sets.push(ids(await run(Q.PROGRAMS_TARGETING, { generation, ids: industries })));
      }
      if (query.issuer) sets.push(ids(await run(Q.PROGRAMS_ISSUED_BY, { generation, id: query.issuer })));
      const all = sets.length === 0 ? [...ids(await run(Q.IDS_WITH_LABEL, { generation, label: 'Program' }))] : [...sets[0]!].filter((id) => sets.every((s) => s.has(id)));
      all.sort(compareIds);
      const nodes = await this.nodesById(run, generation, all);
      return all.map((id) => nodes.get(id)!);
    });
  }

  // -------------------------------------------------------------------------
  // Documents, facts, stats

  async evidence(relationshipId: string): Promise<Evidence[]> {
    return (await this.getRelationships([relationshipId]))[0]?.evidence ?? [];
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    return this.read(async (run, generation) => {
      const row = (await run(Q.DOCUMENT_BY_ID, { generation, id }))[0];
      return row ? (JSON.parse(row['json'] as string) as DocumentRecord) : null;
    });
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.read(async (run, generation) =>
      (await run(Q.DOCUMENT_SUMMARIES, { generation })).map((r) => JSON.parse(r['json'] as string) as DocumentSummary).sort(byId),
    );
  }

  async facts(query: FactQuery): Promise<NumericFact[]> {
    return this.read(async (run, generation) =>
      (
        await run(Q.FACTS, {
          generation,
          subject: query.subject ?? null,
          industry: query.industry ?? null,
          year: query.year ?? null,
          kind: query.kind ?? null,
        })
      )
        .map((r) => JSON.parse(r['json'] as string) as NumericFact)
        .sort(byId),
    );
  }

  async stats(): Promise<GraphStats> {
    return this.read(async (run, generation) => {
      const nodesByLabel: GraphStats['nodesByLabel'] = {};
      const relationshipsByType: GraphStats['relationshipsByType'] = {};
      let nodes = 0;
      let relationships = 0;
      for (const r of await run(Q.COUNT_LABELS, { generation })) {
        nodesByLabel[r['key'] as NodeLabel] = r['count'] as number;
        nodes += r['count'] as number;
      }
      for (const r of await run(Q.COUNT_TYPES, { generation })) {
        relationshipsByType[r['key'] as RelationshipType] = r['count'] as number;
        relationships += r['count'] as number;
      }
      const counts = (await run(Q.COUNT_RECORDS, { generation }))[0] ?? { documents: 0, facts: 0 };
      return { nodes, relationships, documents: counts['documents'] as number, facts: counts['facts'] as number, nodesByLabel, relationshipsByType };
    });
  }

  async report(): Promise<BuildReport> {
    return this.read(async (run, generation) => {
      const row = (await run(Q.REPORT, { generation }))[0];
      return row ? (JSON.parse(row['json'] as string) as BuildReport) : emptyReport();
    });
  }

  // -------------------------------------------------------------------------
  // Loading a whole graph

  async loadGraph(graph: GraphData, options: LoadOptions = {}): Promise<WriteSummary> {
    validateGraph(graph);
    const generation = newGeneration();
    const total = graph.nodes.length + graph.relationships.length + graph.documents.length + graph.facts.length;
    let done = 0;
    const progress = (n: number) => {
      done += n;
      options.onProgress?.(done, total);
    };
    const stale = await this.write(async (run) => (await run(G.BEGIN_STAGING, { namespace: this.namespace, generation }))[0]!['stale'] as string[]);
    for (const old of stale) await this.dropGeneration(old);
    try {
      // Jobs build their rows when they run, so the rows of one batch at a time are in memory.
      type Job = { count: number; run: () => Promise<void> };
      const batchJobs = <T>(items: readonly T[], size: number, query: string, rows: (batch: T[]) => Row[]): Job[] =>
        chunks(items, size).map((batch) => ({ count: batch.length, run: () => this.writeBatch(query, { generation, rows: rows(batch) }, batch.length) }));
      // Each node's internal element id, as its CREATE returned it: relationships
      // find their ends by it, which is cheaper than a seek (and lock) on the
      // (generation, id) index per end. The ids stay valid while the load runs:
      // nothing deletes nodes of a staging generation but its own loader.
      const elements = new Map<string, string>();
      const nodeJobs: Job[] = [];
      for (const [label, nodes] of groupBy(graph.nodes, (n) => n.label)) {
        for (const batch of chunks(nodes, this.batchSize)) {
          nodeJobs.push({
            count: batch.length,
            run: async () => {
              const created = await this.write((run) => run(L.CREATE_NODES[label], { rows: batch.map((n) => nodeRow(n, generation)) }));
              if (created.length !== batch.length) throw new StoreError(`a batch wrote ${created.length} of ${batch.length} nodes`, 'STORE_LOAD_FAILED');
              for (const row of created) elements.set(row['id'] as string, row['element'] as string);
            },
          });
        }
      }
      const end = (id: string) => {
        const element = elements.get(id);
        if (element === undefined) throw new StoreError(`a relationship names node ${id}, which the load did not write`, 'STORE_LOAD_FAILED');
        return element;
      };
      const otherJobs: Job[] = [];
      for (const [type, rels] of groupBy(graph.relationships, (r) => r.type)) {
        otherJobs.push(
          ...batchJobs(rels, this.batchSize, L.CREATE_RELATIONSHIPS[type], (batch) =>
            batch.map((r) => ({ ...relationshipRow(r), a: end(r.start), b: end(r.end) })),
          ),
        );
      }
      otherJobs.push(...batchJobs(graph.documents, Math.max(1, Math.floor(this.batchSize / 20)), L.CREATE_DOCUMENTS, (batch) => batch.map((d) => documentRow(d, generation))));
      otherJobs.push(...batchJobs(graph.facts, this.batchSize, L.CREATE_FACTS, (batch) => batch.map((f) => factRow(f, generation))));
      // Nodes first (relationships need both ends), each phase with a few
      // transactions in flight; a deadlock between two relationship batches is
      // a transient error the driver retries.
      for (const jobs of [nodeJobs, otherJobs]) {
        await inParallel(jobs, this.concurrency, async (job) => {
          await job.run();
          progress(job.count);
        });
      }
      await this.write((run) => run(L.CREATE_REPORT, { row: reportRow(graph.report, generation) }));
    } catch (err) {
      await this.dropGeneration(generation).catch(() => undefined);
      const reason = err instanceof StoreError ? err.message : (err as Error)?.message ?? String(err);
      throw new StoreError(`loading the graph into Neo4j at ${this.target.uri} failed; the previous graph is still served: ${reason}`, 'STORE_LOAD_FAILED');
    }
    const previous = await this.write(async (run) => (await run(G.ACTIVATE, { namespace: this.namespace, generation }))[0]?.['previous']);
    if (typeof previous === 'string') {
      // The new graph is live; a failure here only leaves garbage the next load removes.
      await this.dropGeneration(previous).catch((err) => console.warn(`zonegraph: could not delete old generation ${previous}: ${(err as Error).message}`));
    }
    return { nodes: graph.nodes.length, relationships: graph.relationships.length, documents: graph.documents.length, facts: graph.facts.length };
  }

  private async writeBatch(query: string, params: Record<string, unknown>, expected: number): Promise<void> {
    const written = await this.write(async (run) => (await run(query, params))[0]?.['written'] as number);
    if (written !== expected) throw new StoreError(`a batch wrote ${written} of ${expected} records`, 'STORE_LOAD_FAILED');
  }

  private async dropGeneration(generation: string): Promise<void> {
    for (const query of Object.values(G.DELETE_GENERATION_BATCH)) {
      for (;;) {
        const deleted = await this.write(async (run) => (await run(query, { generation, limit: neo4j.int(5000) }))[0]?.['deleted'] as number);
        if (!deleted) break;
      }
    }
    await this.write((run) => run(G.FORGET_STAGING, { namespace: this.namespace, generation }));
  }

  // -------------------------------------------------------------------------
  // Document writes: read, plan and apply in one transaction

  async upsertDocument(contribution: DocumentContribution, report?: BuildReport): Promise<WriteSummary> {
    return this.documentWrite(contribution.document?.id, contribution, report);
  }

  async removeDocument(documentId: string): Promise<WriteSummary> {
    return this.documentWrite(documentId, null);
  }

  private async documentWrite(documentId: string | undefined, contribution: DocumentContribution | null, report?: BuildReport): Promise<WriteSummary> {
    if (typeof documentId !== 'string' || documentId === '') throw new StoreError('invalid contribution: document has no id', 'STORE_INVALID');
    return this.write(async (run) => {
      const generation = await this.activeForWrite(run);
      const plan = await planDocumentWrite(this.writeReader(run, generation), documentId, contribution);
      await this.applyPlan(run, generation, plan);
      if (report) await run(L.PUT_REPORT, { generation, row: reportRow(report, generation) });
      return planSummary(plan);
    });
  }

  /** The active generation, creating an empty one when nothing was ever loaded. */
  private async activeForWrite(run: Run): Promise<string> {
    const rows = await run(G.ACTIVE_FOR_WRITE, { namespace: this.namespace, generation: newGeneration() });
    return rows[0]!['active'] as string;
  }

  private writeReader(run: Run, generation: string): WriteReader {
    const nodes = async (query: string, params: Record<string, unknown>) =>
      (await run(query, { generation, ...params })).map((r) => decodeNode(r['node'] as Row));
    const rels = async (query: string, params: Record<string, unknown>) =>
      (await run(query, { generation, ...params })).map((r) => decodeRelationship(r['rel'] as Row));
    const facts = async (query: string, params: Record<string, unknown>) =>
      (await run(query, { generation, ...params })).map((r) => JSON.parse(r['json'] as string) as NumericFact);
    return {
      document: async (id) => {
        const row = (await run(Q.DOCUMENT_BY_ID, { generation, id }))[0];
        return row ? (JSON.parse(row['json'] as string) as DocumentRecord) : null;
      },
      nodesByIds: (ids) => (ids.length ? nodes(Q.NODES_BY_IDS, { ids }) : Promise.resolve([])),
      nodesOfDocument: (document) => nodes(Q.NODES_OF_DOCUMENT, { document }),
      relationshipsByIds: async (ids) => [...(await this.relationshipsById(run, generation, ids)).values()],
      relationshipsOfDocument: (document) => rels(Q.RELATIONSHIPS_OF_DOCUMENT, { documentKey: evidenceDocumentKey(document) }),
      relationshipsTouching: (ids) => (ids.length ? rels(Q.RELATIONSHIPS_TOUCHING, { ids }) : Promise.resolve([])),
      factsByIds: (ids) => (ids.length ? facts(Q.FACTS_BY_IDS, { ids }) : Promise.resolve([])),
      factsOfDocument: (document) => facts(Q.FACTS_OF_DOCUMENT, { document }),
    };
  }

  private async applyPlan(run: Run, generation: string, plan: WritePlan): Promise<void> {
    if (plan.deleteRelationships.length > 0) {
      await run(L.DELETE_RELATIONSHIPS, { generation, rows: plan.deleteRelationships.map(parseRelationshipId) });
    }
    if (plan.deleteNodes.length > 0) await run(L.DELETE_NODES, { generation, ids: plan.deleteNodes });
    for (const [label, nodes] of groupBy(plan.putNodes, (n) => n.label)) {
      await run(L.PUT_NODES[label], { generation, rows: nodes.map((n) => nodeRow(n, generation)) });
    }
    for (const [type, rels] of groupBy(plan.putRelationships, (r) => r.type)) {
      const rows = await run(L.PUT_RELATIONSHIPS[type], { generation, rows: rels.map(relationshipRow) });
      if (rows[0]?.['written'] !== rels.length) {
        throw new StoreError(`document write could not attach ${type} relationships to their nodes`, 'STORE_INVALID');
      }
    }
    if (plan.deleteFacts.length > 0) await run(L.DELETE_FACTS, { generation, ids: plan.deleteFacts });
    if (plan.putFacts.length > 0) await run(L.PUT_FACTS, { generation, rows: plan.putFacts.map((f) => factRow(f, generation)) });
    if (plan.deleteDocument) await run(L.DELETE_DOCUMENT, { generation, id: plan.deleteDocument });
    if (plan.putDocument) await run(L.PUT_DOCUMENT, { generation, row: documentRow(plan.putDocument, generation) });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Connects, checks the server, credentials and database, and sets the schema up. */
export async function createNeo4jStore(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const target: ConnectionTarget = { uri: config.uri, username: config.username, database: config.database };
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 10_000,
    });
  } catch (err) {
    throw new StoreError(`cannot connect to Neo4j at ${config.uri}: ${(err as Error).message}`, 'STORE_UNAVAILABLE');
  }
  try {
    await driver.verifyConnectivity({ database: config.database });
    const store = new Neo4jStore(driver, target, { namespace: config.namespace, ...options });
    await store.ensureSchema();
    return store;
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw toStoreError(err, target);
  }
}
