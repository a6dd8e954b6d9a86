/**
 * Every GraphQL operation the explorer sends, in one place, with a typed
 * function per operation. Relationships come without evidence in bulk views
 * (evidence is fetched when an edge is opened) to keep answers small.
 */
import type { GraphQLClient } from './client.ts';
import type {
  ApiDocument,
  ApiEntity,
  ApiEntityDetail,
  ApiLineage,
  ApiPath,
  ApiProgramDetail,
  ApiRelationship,
  ApiRelationshipDetail,
  ApiSharedChains,
  ApiSubgraph,
  NodeLabel,
  RelationshipType,
  SearchHit,
} from './types.ts';

const ENTITY = `id label name nameEn pinyin degree`;
const REL = `id type role start { id } end { id }`;
const EVIDENCE = `document { id title } start end text section`;

/** The API refuses more than this many ids in one list argument (server LIMITS.maxIds). */
export const MAX_IDS_PER_ARGUMENT = 200;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function search(client: GraphQLClient, text: string, signal?: AbortSignal, limit = 12): Promise<SearchHit[]> {
  const data = await client.request<{ search: SearchHit[] }>(
    `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { score matched matchedText entity { ${ENTITY} } } }`,
    { text, limit },
    signal,
  );
  return data.search;
}

export async function entitiesByLabel(client: GraphQLClient, label: NodeLabel, filter: Record<string, unknown> = {}): Promise<ApiEntity[]> {
  const out: ApiEntity[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { entities: { nodes: ApiEntity[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await client.request(
      `query Entities($filter: EntityFilter, $after: String) { entities(filter: $filter, first: 500, after: $after) { nodes { ${ENTITY} } pageInfo { hasNextPage endCursor } } }`,
      { filter: { ...filter, label }, after },
    );
    out.push(...data.entities.nodes);
    if (!data.entities.pageInfo.hasNextPage || !data.entities.pageInfo.endCursor) return out;
    after = data.entities.pageInfo.endCursor;
  }
}

/** Ids of entities matching a filter (province, document …), any label. */
export async function entityIds(client: GraphQLClient, filter: Record<string, unknown>): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const data: { entities: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await client.request(
      `query Ids($filter: EntityFilter, $after: String) { entities(filter: $filter, first: 500, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    for (const n of data.entities.nodes) ids.add(n.id);
    if (!data.entities.pageInfo.hasNextPage || !data.entities.pageInfo.endCursor) return ids;
    after = data.entities.pageInfo.endCursor;
  }
}

/**
 * Every industry with its DEVELOPS and PART_OF relationships and their
 * endpoints, in one request per page of 500 industries: the raw material of
 * the overview, fetched in one round trip on a graph of the seed's size.
 */
export async function overviewSubgraph(client: GraphQLClient): Promise<ApiSubgraph> {
  const parts: ApiSubgraph[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { entities: { nodes: Array<ApiEntity & { relationships: Array<ApiRelationship & { start: ApiEntity; end: ApiEntity }> }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const data: Page = await client.request(
      `query Overview($after: String) { entities(filter: { label: Industry }, first: 500, after: $after) {
         nodes { ${ENTITY} relationships(types: [DEVELOPS, PART_OF]) { id type role start { ${ENTITY} } end { ${ENTITY} } } }
         pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const nodes: ApiEntity[] = [];
    const relationships: ApiRelationship[] = [];
    for (const { relationships: rels, ...industry } of data.entities.nodes) {
      nodes.push(industry);
      for (const r of rels) {
        nodes.push(r.start, r.end);
        relationships.push({ id: r.id, type: r.type, role: r.role, start: { id: r.start.id }, end: { id: r.end.id } });
      }
    }
    parts.push({ nodes, relationships, truncated: false });
    if (!data.entities.pageInfo.hasNextPage || !data.entities.pageInfo.endCursor) return mergeSubgraphs(parts);
    after = data.entities.pageInfo.endCursor;
  }
}

export interface NeighbourhoodArgs {
  ids: string[];
  types?: RelationshipType[];
  direction?: 'OUT' | 'IN' | 'BOTH';
  depth?: number;
  limit?: number;
}

/** neighbourhood(), split into several aliased fields when there are more ids than one argument takes. */
export async function neighbourhood(client: GraphQLClient, args: NeighbourhoodArgs, signal?: AbortSignal): Promise<ApiSubgraph> {
  const groups = chunk(args.ids, MAX_IDS_PER_ARGUMENT);
  if (groups.length === 0) return { nodes: [], relationships: [], truncated: false };
  const fields = groups
    .map(
      (_, i) =>
        `n${i}: neighbourhood(ids: $ids${i}, types: $types, direction: $direction, depth: $depth, limit: $limit) { truncated nodes { ${ENTITY} } relationships { ${REL} } }`,
    )
    .join('\n');
  const vars = groups.map((_, i) => `$ids${i}: [ID!]!`).join(', ');
  const variables: Record<string, unknown> = {
    types: args.types ?? null,
    direction: args.direction ?? 'BOTH',
    depth: args.depth ?? 1,
    limit: args.limit ?? 200,
  };
  groups.forEach((g, i) => (variables[`ids${i}`] = g));
  const data = await client.request<Record<string, ApiSubgraph>>(
    `query Neighbourhood(${vars}, $types: [RelationshipType!], $direction: Direction, $depth: Int, $limit: Int) { ${fields} }`,
    variables,
    signal,
  );
  return mergeSubgraphs(Object.values(data));
}

export function mergeSubgraphs(parts: ApiSubgraph[]): ApiSubgraph {
  const nodes = new Map<string, ApiEntity>();
  const rels = new Map<string, ApiRelationship>();
  let truncated = false;
  for (const p of parts) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const r of p.relationships) rels.set(r.id, r);
    truncated ||= p.truncated;
  }
  return { nodes: [...nodes.values()], relationships: [...rels.values()], truncated };
}

const FACT = `id kind metric value unit year industry { id name } evidence { ${EVIDENCE} }`;

export async function entityDetail(client: GraphQLClient, id: string): Promise<ApiEntityDetail | null> {
  const data = await client.request<{ entity: ApiEntityDetail | null }>(
    `query Entity($id: ID!) { entity(id: $id) { ${ENTITY} aliases properties documents { id title }
       ... on Zone { targets { ${FACT} } } ... on Region { targets { ${FACT} } } } }`,
    { id },
  );
  return data.entity;
}

export async function relationshipDetail(client: GraphQLClient, id: string): Promise<ApiRelationshipDetail | null> {
  const data = await client.request<{ relationship: ApiRelationshipDetail | null }>(
    `query Relationship($id: ID!) { relationship(id: $id) { id type role properties
       start { ${ENTITY} aliases } end { ${ENTITY} aliases } evidence { ${EVIDENCE} } } }`,
    { id },
  );
  return data.relationship;
}

const INDUSTRY_WITH_PARENTS = `${ENTITY} ... on Industry { parents { ${ENTITY} } }`;

export async function sharedChains(client: GraphQLClient, places: string[]): Promise<ApiSharedChains> {
  const data = await client.request<{ sharedChains: ApiSharedChains }>(
    `query Shared($places: [ID!]!) { sharedChains(places: $places) { similarity places { ${ENTITY} }
       shared { industry { ${INDUSTRY_WITH_PARENTS} } places { id } direct { id } }
       unique { place { id } industries { ${INDUSTRY_WITH_PARENTS} } } } }`,
    { places },
  );
  return data.sharedChains;
}

/** DEVELOPS edges of the compared places, so the drawing shows real relationships with evidence. */
export async function developsOf(client: GraphQLClient, places: string[]): Promise<ApiRelationship[]> {
  const fields = places.map((_, i) => `p${i}: entity(id: $p${i}) { relationships(types: [DEVELOPS], direction: OUT) { ${REL} } }`).join('\n');
  const vars = places.map((_, i) => `$p${i}: ID!`).join(', ');
  const variables: Record<string, unknown> = {};
  places.forEach((p, i) => (variables[`p${i}`] = p));
  const data = await client.request<Record<string, { relationships: ApiRelationship[] } | null>>(`query Develops(${vars}) { ${fields} }`, variables);
  return Object.values(data).flatMap((e) => e?.relationships ?? []);
}

export async function lineage(client: GraphQLClient, program: string, depth = 3): Promise<{ lineage: ApiLineage | null; program: ApiProgramDetail | null }> {
  return client.request(
    `query Lineage($program: ID!, $depth: Int) {
       lineage(program: $program, direction: BOTH, depth: $depth) { root { ${ENTITY} } entries { depth program { ${ENTITY} } } relationships { ${REL} } }
       program(id: $program) { ${ENTITY} docNumber issuedOn appliesTo { ${ENTITY} } targets { ${ENTITY} } issuers { ${ENTITY} } responsible { ${ENTITY} }
         relationships(types: [APPLIES_TO, TARGETS, ISSUED_BY, RESPONSIBLE_FOR]) { ${REL} } } }`,
    { program, depth },
  );
}

export async function paths(client: GraphQLClient, from: string, to: string, maxHops = 4): Promise<ApiPath[]> {
  const data = await client.request<{ paths: ApiPath[] }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops, limit: 5) { length nodes { ${ENTITY} }
       relationships { ${REL} evidence { ${EVIDENCE} } } } }`,
    { from, to, maxHops },
  );
  return data.paths;
}

export async function documentText(client: GraphQLClient, id: string): Promise<ApiDocument | null> {
  const data = await client.request<{ document: ApiDocument | null }>(
    `query Document($id: ID!) { document(id: $id) { id title file docNumber issuer issuedOn text headings { level title start end } } }`,
    { id },
  );
  return data.document;
}

export async function documentsList(client: GraphQLClient): Promise<Array<{ id: string; title: string }>> {
  const data = await client.request<{ documents: Array<{ id: string; title: string }> }>(`query Docs { documents { id title } }`);
  return data.documents;
}

/** Node ids to look up by id, returning only the ones that exist (for URLs naming removed nodes). */
export async function entitiesById(client: GraphQLClient, ids: string[]): Promise<ApiEntity[]> {
  if (ids.length === 0) return [];
  const fields = ids.map((_, i) => `e${i}: entity(id: $e${i}) { ${ENTITY} }`).join('\n');
  const vars = ids.map((_, i) => `$e${i}: ID!`).join(', ');
  const variables: Record<string, unknown> = {};
  ids.forEach((id, i) => (variables[`e${i}`] = id));
  const data = await client.request<Record<string, ApiEntity | null>>(`query Entities(${vars}) { ${fields} }`, variables);
  return Object.values(data).filter((e): e is ApiEntity => e !== null);
}

export interface SimilarPlace {
  place: ApiEntity;
  score: number;
  shared: Array<{ id: string; name: string }>;
}

/** The places whose industry sets (with chain ancestors) overlap this place's most (Jaccard). */
export async function similarPlaces(client: GraphQLClient, place: string, k = 5): Promise<SimilarPlace[]> {
  const data = await client.request<{ similarZones: SimilarPlace[] }>(
    `query Similar($place: ID!, $k: Int) { similarZones(place: $place, k: $k) { score place { ${ENTITY} } shared { id name } } }`,
    { place, k },
  );
  return data.similarZones;
}

export interface ApiChainMatrix {
  places: ApiEntity[];
  chains: ApiEntity[];
  cells: Array<{ place: string; chain: string; count: number }>;
}

/** How many industries of each top-level chain each place develops. */
export async function chainMatrix(client: GraphQLClient, places: string[]): Promise<ApiChainMatrix> {
  const data = await client.request<{ chainMatrix: ApiChainMatrix }>(
    `query Matrix($places: [ID!]) { chainMatrix(places: $places) { places { ${ENTITY} } chains { ${ENTITY} } cells { place chain count } } }`,
    { places },
  );
  return data.chainMatrix;
}
