/**
 * The questions the API benchmark asks: representative zonegraph queries, and
 * the closest equivalents an @neo4j/graphql API over the same data can
 * answer. Targets (which zones, program, relationship) are picked from the
 * graph being measured, so the benchmark follows the graph as it grows.
 */
import type { GraphData, GraphNode, GraphRelationship } from '../../../shared/graph.ts';
import { copyId, copyRelationshipId } from './synthetic.ts';
import { allRelationshipsSelection } from './neo4j-graphql-schema.ts';

export interface BenchQuery {
  /** Same key = same question, for the side-by-side table. */
  key: string;
  name: string;
  query: string;
  /**
   * Distinct variables the load cycles through (a different entity, search
   * text, relationship … per request), so no cache keyed by the request can
   * answer repeats; the first is the one a cache-hit run repeats.
   */
  variants: Array<Record<string, unknown>>;
  /** Why this answer is not a real one (empty, missing), or null. */
  problem(data: any): string | null;
}

export interface Targets {
  /** Search texts: 武汉 first, then 2-character prefixes and whole names of the best-connected entities. */
  searchTexts: string[];
  /** Zones developing most industries (the preferred two first). */
  zones: GraphNode[];
  /** Programs citing or cited most. */
  programs: GraphNode[];
  /** Relationships with most evidence, of the zones above. */
  relationships: GraphRelationship[];
}

const PREFERRED_ZONES = ['武汉经济技术开发区', '十堰经济技术开发区'];
/** How many distinct variables each question cycles through. */
export const VARIANTS = 24;

/** The pools every question draws its variables from, picked from the seed graph. */
export function pickTargets(graph: GraphData, size = VARIANTS): Targets {
  const develops = new Map<string, number>();
  const cites = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const rel of graph.relationships) {
    if (rel.type === 'DEVELOPS') develops.set(rel.start, (develops.get(rel.start) ?? 0) + 1);
    if (rel.type === 'CITES') for (const id of [rel.start, rel.end]) cites.set(id, (cites.get(id) ?? 0) + 1);
    for (const id of [rel.start, rel.end]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const byId = (a: GraphNode, b: GraphNode) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const allZones = graph.nodes.filter((n) => n.label === 'Zone');
  const preferred = PREFERRED_ZONES.map((name) => allZones.find((z) => z.name === name)).filter((z): z is GraphNode => z !== undefined);
  const busiest = [...allZones]
    .filter((z) => (develops.get(z.id) ?? 0) > 0)
    .sort((a, b) => (develops.get(b.id) ?? 0) - (develops.get(a.id) ?? 0) || byId(a, b));
  const zones = [...new Set([...preferred, ...busiest])].slice(0, size);
  if (zones.length < 2) throw new Error('the graph needs at least two zones developing an industry to benchmark');
  const programs = graph.nodes
    .filter((n) => n.label === 'Program' && (cites.get(n.id) ?? 0) > 0)
    .sort((a, b) => (cites.get(b.id) ?? 0) - (cites.get(a.id) ?? 0) || byId(a, b))
    .slice(0, size);
  if (programs.length === 0) throw new Error('the graph has no Program citing or cited by another to ask the lineage of');
  const zoneIds = new Set(zones.map((z) => z.id));
  const relationships = graph.relationships
    .filter((r) => (zoneIds.has(r.start) || zoneIds.has(r.end)) && r.evidence.length > 0)
    .sort((a, b) => b.evidence.length - a.evidence.length || (a.id < b.id ? -1 : 1))
    .slice(0, size);
  if (relationships.length === 0) throw new Error('the zones have no relationship with evidence to ask the evidence of');
  const connected = graph.nodes
    .filter((n) => n.label === 'Zone' || n.label === 'Region' || n.label === 'Industry')
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || byId(a, b));
  const texts = new Set<string>(['武汉']);
  for (const n of connected) {
    if (texts.size >= size) break;
    if (n.name.length > 2) texts.add(n.name.slice(0, 2));
    texts.add(n.name);
  }
  return { searchTexts: [...texts].slice(0, size), zones, programs, relationships };
}

/**
 * Variable i of a question on a graph `scale`× the seed asks about copy
 * i mod scale (server/bench/api/synthetic.ts), so on the big graph the
 * requests spread over the copies, and each answer keeps its seed shape.
 */
function spread<T>(pool: readonly T[], scale: number, variables: (item: T, copy: number, i: number) => Record<string, unknown>) {
  return Array.from({ length: VARIANTS }, (_, i) => variables(pool[i % pool.length]!, i % scale, i));
}

const nonEmpty = (what: string, value: unknown) =>
  (Array.isArray(value) ? value.length > 0 : value != null) ? null : `${what} is empty`;

export function zonegraphQueries(t: Targets, scale = 1): BenchQuery[] {
  const zone = (i: number, k: number) => copyId(t.zones[i % t.zones.length]!.id, k);
  return [
    {
      key: 'search',
      name: `search, ${t.searchTexts.length} texts (limit 20)`,
      query: `query Search($text: String!) { search(text: $text, limit: 20) { score matched entity { id label name } } }`,
      variants: spread(t.searchTexts, scale, (text) => ({ text })),
      problem: (d) => nonEmpty('search', d?.search),
    },
    {
      key: 'entity',
      name: 'entity + relationships + evidence',
      query: `query Entity($id: ID!) { entity(id: $id) { id label name aliases degree
        relationships { id type role start { id label name } end { id label name } evidence { text start end section document { id title } } } } }`,
      variants: spread(t.zones, scale, (z, k) => ({ id: copyId(z.id, k) })),
      problem: (d) => nonEmpty('entity.relationships', d?.entity?.relationships),
    },
    {
      key: 'hood1',
      name: 'neighbourhood depth 1',
      query: `query Hood($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1, limit: 200) { truncated nodes { id label name } relationships { id type start { id } end { id } } } }`,
      variants: spread(t.zones, scale, (z, k) => ({ ids: [copyId(z.id, k)] })),
      problem: (d) => nonEmpty('neighbourhood.relationships', d?.neighbourhood?.relationships),
    },
    {
      key: 'hood2',
      name: 'neighbourhood depth 2',
      query: `query Hood($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 200) { truncated nodes { id label name } relationships { id type start { id } end { id } } } }`,
      variants: spread(t.zones, scale, (z, k) => ({ ids: [copyId(z.id, k)] })),
      problem: (d) => nonEmpty('neighbourhood.relationships', d?.neighbourhood?.relationships),
    },
    {
      key: 'sharedChains',
      name: 'sharedChains of two zones',
      query: `query Shared($places: [ID!]!) { sharedChains(places: $places) { similarity
        shared { industry { id name } direct { id } } unique { place { id } industries { id name } } } }`,
      variants: spread(t.zones, scale, (_, k, i) => ({ places: [zone(i, k), zone(i + 1, k)] })),
      problem: (d) => (d?.sharedChains ? null : 'sharedChains is missing'),
    },
    {
      key: 'similarZones',
      name: 'similarZones (k 5)',
      query: `query Similar($place: ID!) { similarZones(place: $place, k: 5) { score place { id name } shared { id name } } }`,
      variants: spread(t.zones, scale, (z, k) => ({ place: copyId(z.id, k) })),
      problem: (d) => nonEmpty('similarZones', d?.similarZones),
    },
    {
      key: 'lineage',
      name: 'lineage (both, depth 3)',
      query: `query Lineage($id: ID!) { lineage(program: $id, direction: BOTH, depth: 3) { root { id name }
        entries { depth program { id name } } relationships { id type start { id } end { id } } } }`,
      variants: spread(t.programs, scale, (p, k) => ({ id: copyId(p.id, k) })),
      problem: (d) => nonEmpty('lineage.entries', d?.lineage?.entries),
    },
    {
      key: 'evidence',
      name: 'evidence of a relationship',
      query: `query Evidence($id: ID!) { evidence(relationship: $id) { text start end section document { id title } } }`,
      variants: spread(t.relationships, scale, (r, k) => ({ id: copyRelationshipId(r, k) })),
      problem: (d) => nonEmpty('evidence', d?.evidence),
    },
  ];
}

/** `generation`: the active load in Neo4j (see activeGeneration in api.ts). */
export function neo4jGraphqlQueries(t: Targets, generation: string, scale = 1): BenchQuery[] {
  const hood = (depth: 1 | 2) =>
    depth === 1 ? 'neighbours { id label name }' : 'neighbours { id label name neighbours { id label name } }';
  return [
    {
      key: 'search',
      name: `search keys CONTAINS, ${t.searchTexts.length} texts (limit 20)`,
      query: `query Search($text: String!, $generation: String!) {
        entities(where: { generation: { eq: $generation }, search: { contains: $text } }, limit: 20) { id label name } }`,
      variants: spread(t.searchTexts, scale, (text) => ({ text: text.toLowerCase(), generation })),
      problem: (d) => nonEmpty('entities', d?.entities),
    },
    {
      key: 'entity',
      name: 'entity + typed relationship connections (evidence)',
      query: `query Entity($id: ID!, $generation: String!) { entities(where: { generation: { eq: $generation }, id: { eq: $id } }) { id label name aliases
    ${allRelationshipsSelection} } }`,
      variants: spread(t.zones, scale, (z, k) => ({ id: copyId(z.id, k), generation })),
      problem: (d) => nonEmpty('entities', d?.entities),
    },
    {
      key: 'hood1',
      name: 'neighbours (@cypher, 1 hop)',
      query: `query Hood($id: ID!, $generation: String!) { entities(where: { generation: { eq: $generation }, id: { eq: $id } }) { id label name ${hood(1)} } }`,
      variants: spread(t.zones, scale, (z, k) => ({ id: copyId(z.id, k), generation })),
      problem: (d) => nonEmpty('neighbours', d?.entities?.[0]?.neighbours),
    },
    {
      key: 'hood2',
      name: 'neighbours of neighbours (@cypher, 2 hops)',
      query: `query Hood($id: ID!, $generation: String!) { entities(where: { generation: { eq: $generation }, id: { eq: $id } }) { id label name ${hood(2)} } }`,
      variants: spread(t.zones, scale, (z, k) => ({ id: copyId(z.id, k), generation })),
      problem: (d) => nonEmpty('neighbours', d?.entities?.[0]?.neighbours),
    },
  ];
}

export function requestBodies(q: BenchQuery): string[] {
  return q.variants.map((variables) => JSON.stringify({ query: q.query, variables }));
}

/** Asks once with every variant and checks each answer is real, so a load run never measures an error page. */
export async function askEach(url: string, q: BenchQuery): Promise<void> {
  for (const body of requestBodies(q)) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown };
    const asked = `${q.name} with ${JSON.parse(body).variables ? JSON.stringify(JSON.parse(body).variables) : 'no variables'} at ${url}`;
    if (!response.ok || answer.errors) throw new Error(`${asked}: HTTP ${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
    const problem = q.problem(answer.data);
    if (problem) throw new Error(`${asked}: ${problem}`);
  }
}
