/**
 * Answers computed straight from a GraphData, by the definitions in
 * server/store/port.ts, so API tests compare against the fixture rather than
 * against what the server happened to return.
 */
import type { GraphData, GraphRelationship, RelationshipType } from '../../shared/graph.ts';

export class Oracle {
  constructor(readonly graph: GraphData) {}

  node(id: string) {
    const n = this.graph.nodes.find((x) => x.id === id);
    if (!n) throw new Error(`oracle: no node ${id}`);
    return n;
  }

  rels(type?: RelationshipType): GraphRelationship[] {
    return this.graph.relationships.filter((r) => !type || r.type === type);
  }

  touching(id: string): GraphRelationship[] {
    return this.graph.relationships.filter((r) => r.start === id || r.end === id);
  }

  out(id: string, type: RelationshipType): string[] {
    return this.rels(type).filter((r) => r.start === id).map((r) => r.end).sort();
  }

  in(id: string, type: RelationshipType): string[] {
    return this.rels(type).filter((r) => r.end === id).map((r) => r.start).sort();
  }

  /** PART_OF* ancestors of an industry (not itself). */
  ancestors(id: string): string[] {
    const out = new Set<string>();
    let ring = [id];
    while (ring.length) {
      ring = ring.flatMap((x) => this.out(x, 'PART_OF')).filter((x) => !out.has(x));
      ring.forEach((x) => out.add(x));
    }
    return [...out].sort();
  }

  /** The industry and every PART_OF* descendant. */
  family(id: string): string[] {
    const out = new Set<string>([id]);
    let ring = [id];
    while (ring.length) {
      ring = ring.flatMap((x) => this.in(x, 'PART_OF')).filter((x) => !out.has(x) && this.node(x).label === 'Industry');
      ring.forEach((x) => out.add(x));
    }
    return [...out].sort();
  }

  /** A place's expanded industry set: what it DEVELOPS plus every ancestor. */
  expanded(placeId: string): Set<string> {
    const set = new Set<string>();
    for (const i of this.out(placeId, 'DEVELOPS')) {
      set.add(i);
      this.ancestors(i).forEach((a) => set.add(a));
    }
    return set;
  }

  places(): string[] {
    return this.graph.nodes.filter((n) => n.label === 'Zone' || n.label === 'Region').map((n) => n.id).sort();
  }

  jaccard(a: Set<string>, b: Set<string>): number {
    const inter = [...a].filter((x) => b.has(x)).length;
    const union = new Set([...a, ...b]).size;
    return union === 0 ? 0 : inter / union;
  }

  /** Every shortest path between two nodes, direction ignored, as node-id lists. */
  shortestPaths(from: string, to: string, maxHops: number): string[][] {
    const adj = new Map<string, Set<string>>();
    for (const r of this.graph.relationships) {
      if (!adj.has(r.start)) adj.set(r.start, new Set());
      if (!adj.has(r.end)) adj.set(r.end, new Set());
      adj.get(r.start)!.add(r.end);
      adj.get(r.end)!.add(r.start);
    }
    let frontier: string[][] = [[from]];
    for (let hop = 0; hop < maxHops; hop++) {
      const next: string[][] = [];
      for (const path of frontier) {
        for (const n of adj.get(path[path.length - 1]!) ?? []) if (!path.includes(n)) next.push([...path, n]);
      }
      const done = next.filter((p) => p[p.length - 1] === to);
      if (done.length) return done;
      frontier = next;
    }
    return [];
  }
}
