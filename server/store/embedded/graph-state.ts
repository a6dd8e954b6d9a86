/**
 * One complete, queryable graph held in memory: the graphology multigraph
 * (edges keyed by relationship id), documents, facts, the report and the
 * lookup indexes. loadGraph builds a new one and swaps it in whole.
 */
import { MultiDirectedGraph } from 'graphology';
import type { BuildReport, DocumentRecord, GraphData, GraphNode, GraphRelationship, NumericFact } from '../../../shared/graph.ts';
import { nameKey } from '../search-score.ts';
import { SearchIndex } from './search-index.ts';

export type Graph = MultiDirectedGraph<GraphNode, GraphRelationship>;

export class GraphState {
  readonly graph: Graph = new MultiDirectedGraph<GraphNode, GraphRelationship>({ allowSelfLoops: true });
  readonly documents = new Map<string, DocumentRecord>();
  readonly facts = new Map<string, NumericFact>();
  /** nameKey(name or alias) → node ids. */
  readonly names = new Map<string, Set<string>>();
  readonly search = new SearchIndex();
  report: BuildReport;
  private sortedIds: string[] | null = null;
  /** Degrees asked for so far; cleared by any change to the graph. */
  private readonly degreeCache = new Map<string, number>();
  /** Other answers derived from the graph alone (industry closures), by key; cleared by any change. */
  private readonly derivedCache = new Map<string, unknown>();

  constructor(report: BuildReport) {
    this.report = report;
  }

  static build(data: GraphData): GraphState {
    const state = new GraphState(data.report);
    for (const d of data.documents) state.documents.set(d.id, d);
    for (const n of data.nodes) state.putNode(n);
    for (const r of data.relationships) state.putRelationship(r);
    for (const f of data.facts) state.facts.set(f.id, f);
    return state;
  }

  /** Node ids in id order (cached until the node set changes). */
  ids(): string[] {
    if (!this.sortedIds) this.sortedIds = this.graph.nodes().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sortedIds;
  }

  /** Any change to nodes or relationships: cached degrees, and the search ranking built on them, are stale. */
  private degreesChanged(): void {
    this.degreeCache.clear();
    this.derivedCache.clear();
    this.search.ranksChanged();
  }

  /**
   * A value computed from the graph alone, kept until the graph next changes:
   * for walks many questions repeat (a place's industries and their ancestors),
   * as the degree cache is for degrees. Callers must not mutate what it returns.
   */
  derived<T>(key: string, compute: () => T): T {
    if (this.derivedCache.has(key)) return this.derivedCache.get(key) as T;
    const value = compute();
    this.derivedCache.set(key, value);
    return value;
  }

  /** Degree of a node known to exist (graphology counts a multigraph's degree by walking its neighbours). */
  degree(id: string): number {
    let d = this.degreeCache.get(id);
    if (d === undefined) this.degreeCache.set(id, (d = this.graph.degree(id)));
    return d;
  }

  node(id: string): GraphNode | null {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
  }

  relationship(id: string): GraphRelationship | null {
    return this.graph.hasEdge(id) ? this.graph.getEdgeAttributes(id) : null;
  }

  putNode(node: GraphNode): void {
    this.degreesChanged();
    const previous = this.node(node.id);
    if (previous) {
      this.unindexNames(previous);
      this.graph.replaceNodeAttributes(node.id, node);
    } else {
      this.graph.addNode(node.id, node);
      this.sortedIds = null;
    }
    for (const key of [node.name, ...node.aliases].map(nameKey)) {
      let set = this.names.get(key);
      if (!set) this.names.set(key, (set = new Set()));
      set.add(node.id);
    }
    this.search.add(node);
  }

  dropNode(id: string): void {
    this.degreesChanged();
    const previous = this.node(id);
    if (!previous) return;
    this.unindexNames(previous);
    this.search.remove(id);
    this.graph.dropNode(id);
    this.sortedIds = null;
  }

  putRelationship(rel: GraphRelationship): void {
    this.degreesChanged();
    if (this.graph.hasEdge(rel.id)) this.graph.replaceEdgeAttributes(rel.id, rel);
    else this.graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
  }

  dropRelationship(id: string): void {
    this.degreesChanged();
    if (this.graph.hasEdge(id)) this.graph.dropEdge(id);
  }

  toGraphData(): GraphData {
    const byId = <T extends { id: string }>(items: Iterable<T>) =>
      [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      version: 1,
      documents: byId(this.documents.values()),
      nodes: this.ids().map((id) => this.graph.getNodeAttributes(id)),
      relationships: byId(this.graph.mapEdges((_e, attrs) => attrs)),
      facts: byId(this.facts.values()),
      report: this.report,
    };
  }

  private unindexNames(node: GraphNode): void {
    for (const key of [node.name, ...node.aliases].map(nameKey)) {
      const set = this.names.get(key);
      if (!set) continue;
      set.delete(node.id);
      if (set.size === 0) this.names.delete(key);
    }
  }
}
