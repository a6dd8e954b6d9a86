/**
 * The fixture graph in the shapes the GraphQL API answers with, built from
 * the real fixture (tests/fixtures/small-graph.ts) so mapping tests run on
 * the same data the server would serve.
 */
import type { ApiEntity, ApiRelationship, ApiSubgraph } from '../../client/src/api/types.ts';
import type { GraphData } from '../../shared/graph.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

export function asApiSubgraph(graph: GraphData = smallGraph()): ApiSubgraph {
  const degree = new Map<string, number>();
  for (const r of graph.relationships) {
    degree.set(r.start, (degree.get(r.start) ?? 0) + 1);
    degree.set(r.end, (degree.get(r.end) ?? 0) + 1);
  }
  const nodes: ApiEntity[] = graph.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    name: n.name,
    nameEn: n.nameEn ?? null,
    pinyin: n.pinyin ?? null,
    degree: degree.get(n.id) ?? 0,
  }));
  const relationships: ApiRelationship[] = graph.relationships.map((r) => ({
    id: r.id,
    type: r.type,
    start: { id: r.start },
    end: { id: r.end },
    role: typeof r.properties.role === 'string' ? r.properties.role : null,
  }));
  return { nodes, relationships, truncated: false };
}
