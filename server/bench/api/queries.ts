/**
 * The questions the API benchmark asks: representative zonegraph queries, and
 * the closest equivalents an @neo4j/graphql API over the same data can
 * answer. Targets (which zones, program, relationship) are picked from the
 * graph being measured, so the benchmark follows the graph as it grows.
 */
import type { GraphData, GraphNode } from '../../../shared/graph.ts';
import { allRelationshipsSelection } from './neo4j-graphql-schema.ts';

export interface BenchQuery {
  /** Same key = same question, for the side-by-side table. */
  key: string;
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Why this answer is not a real one (empty, missing), or null. */
  problem(data: any): string | null;
}

export interface Targets {
  searchText: string;
  zoneA: GraphNode;
  zoneB: GraphNode;
  program: GraphNode;
  relationship: string;
}

const PREFERRED_ZONES = ['武汉经济技术开发区', '十堰经济技术开发区'];

/** Zones by name when present, else the two zones developing most industries. */
export function pickTargets(graph: GraphData): Targets {
  const develops = new Map<string, number>();
  const cites = new Map<string, number>();
  for (const rel of graph.relationships) {
    if (rel.type === 'DEVELOPS') develops.set(rel.start, (develops.get(rel.start) ?? 0) + 1);
    if (rel.type === 'CITES') for (const id of [rel.start, rel.end]) cites.set(id, (cites.get(id) ?? 0) + 1);
  }
  const zones = graph.nodes.filter((n) => n.label === 'Zone');
  const byName = PREFERRED_ZONES.map((name) => zones.find((z) => z.name === name));
  const busiest = [...zones].sort((a, b) => (develops.get(b.id) ?? 0) - (develops.get(a.id) ?? 0));
  const [zoneA, zoneB] = byName.every(Boolean) ? (byName as GraphNode[]) : busiest;
  if (!zoneA || !zoneB) throw new Error('the graph needs at least two zones to benchmark');
  const programs = graph.nodes.filter((n) => n.label === 'Program');
  const program = [...programs].sort((a, b) => (cites.get(b.id) ?? 0) - (cites.get(a.id) ?? 0))[0];
  if (!program) throw new Error('the graph has no Program to ask the lineage of');
  const ofZone = graph.relationships.filter((r) => r.start === zoneA.id || r.end === zoneA.id);
  const relationship = [...ofZone].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  if (!relationship) throw new Error(`${zoneA.id} has no relationship to ask the evidence of`);
  return { searchText: '武汉', zoneA, zoneB, program, relationship: relationship.id };
}

const nonEmpty = (what: string, value: unknown) =>
  (Array.isArray(value) ? value.length > 0 : value != null) ? null : `${what} is empty`;

export function zonegraphQueries(t: Targets): BenchQuery[] {
  return [
    {
      key: 'search',
      name: `search "${t.searchText}" (limit 20)`,
      query: `query Search($text: String!) { search(text: $text, limit: 20) { score matched entity { id label name } } }`,
      variables: { text: t.searchText },
      problem: (d) => nonEmpty('search', d?.search),
    },
    {
      key: 'entity',
      name: 'entity + relationships + evidence',
      query: `query Entity($id: ID!) { entity(id: $id) { id label name aliases degree
        relationships { id type role start { id label name } end { id label name } evidence { text start end section document { id title } } } } }`,
      variables: { id: t.zoneA.id },
      problem: (d) => nonEmpty('entity.relationships', d?.entity?.relationships),
    },
    {
      key: 'hood1',
      name: 'neighbourhood depth 1',
      query: `query Hood($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1, limit: 200) { truncated nodes { id label name } relationships { id type start { id } end { id } } } }`,
      variables: { ids: [t.zoneA.id] },
      problem: (d) => nonEmpty('neighbourhood.relationships', d?.neighbourhood?.relationships),
    },
    {
      key: 'hood2',
      name: 'neighbourhood depth 2',
      query: `query Hood($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 200) { truncated nodes { id label name } relationships { id type start { id } end { id } } } }`,
      variables: { ids: [t.zoneA.id] },
      problem: (d) => nonEmpty('neighbourhood.relationships', d?.neighbourhood?.relationships),
    },
    {
      key: 'sharedChains',
      name: 'sharedChains of two zones',
      query: `query Shared($places: [ID!]!) { sharedChains(places: $places) { similarity
        shared { industry { id name } direct { id } } unique { place { id } industries { id name } } } }`,
      variables: { places: [t.zoneA.id, t.zoneB.id] },
      problem: (d) => nonEmpty('sharedChains.shared', d?.sharedChains?.shared),
    },
    {
      key: 'similarZones',
      name: 'similarZones (k 5)',
      query: `query Similar($place: ID!) { similarZones(place: $place, k: 5) { score place { id name } shared { id name } } }`,
      variables: { place: t.zoneB.id },
      problem: (d) => nonEmpty('similarZones', d?.similarZones),
    },
    {
      key: 'lineage',
      name: 'lineage (both, depth 3)',
      query: `query Lineage($id: ID!) { lineage(program: $id, direction: BOTH, depth: 3) { root { id name }
        entries { depth program { id name } } relationships { id type start { id } end { id } } } }`,
      variables: { id: t.program.id },
      problem: (d) => nonEmpty('lineage.entries', d?.lineage?.entries),
    },
    {
      key: 'evidence',
      name: 'evidence of a relationship',
      query: `query Evidence($id: ID!) { evidence(relationship: $id) { text start end section document { id title } } }`,
      variables: { id: t.relationship },
      problem: (d) => nonEmpty('evidence', d?.evidence),
    },
  ];
}

/** `generation`: the active load in Neo4j (see activeGeneration in api.ts). */
export function neo4jGraphqlQueries(t: Targets, generation: string): BenchQuery[] {
  const hood = (depth: 1 | 2) =>
    depth === 1 ? 'neighbours { id label name }' : 'neighbours { id label name neighbours { id label name } }';
  return [
    {
      key: 'search',
      name: `name CONTAINS "${t.searchText}" (limit 20)`,
      query: `query Search($text: String!, $generation: String!) {
        entities(where: { generation: { eq: $generation }, search: { contains: $text } }, limit: 20) { id label name } }`,
      variables: { text: t.searchText.toLowerCase(), generation },
      problem: (d) => nonEmpty('entities', d?.entities),
    },
    {
      key: 'entity',
      name: 'entity + typed relationship connections (evidence)',
      query: `query Entity($id: ID!, $generation: String!) { entities(where: { generation: { eq: $generation }, id: { eq: $id } }) { id label name aliases
    ${allRelationshipsSelection} } }`,
      variables: { id: t.zoneA.id, generation },
      problem: (d) => nonEmpty('entities', d?.entities),
    },
    {
      key: 'hood1',
      name: 'neighbours (@cypher, 1 hop)',
      query: `query Hood($id: ID!, $generation: String!) { entities(where: { generation: { eq: $generation }, id: { eq: $id } }) { id label name ${hood(1)} } }`,
      variables: { id: t.zoneA.id, generation },
      problem: (d) => nonEmpty('neighbours', d?.entities?.[0]?.neighbours),
    },
    {
      key: 'hood2',
      name: 'neighbours of neighbours (@cypher, 2 hops)',
      query: `query Hood($id: ID!, $generation: String!) { entities(where: { generation: { eq: $generation }, id: { eq: $id } }) { id label name ${hood(2)} } }`,
      variables: { id: t.zoneA.id, generation },
      problem: (d) => nonEmpty('neighbours', d?.entities?.[0]?.neighbours),
    },
  ];
}

export function requestBody(q: BenchQuery): string {
  return JSON.stringify({ query: q.query, variables: q.variables });
}

/** Asks once and checks the answer is real, so a load run never measures an error page. */
export async function askOnce(url: string, q: BenchQuery): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(q) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${q.name} at ${url}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  const problem = q.problem(body.data);
  if (problem) throw new Error(`${q.name} at ${url}: ${problem}`);
  return body.data;
}
