/**
 * One document's contribution to the graph, and the rules for merging
 * contributions. graph-seed builds the corpus graph by merging them; both
 * stores apply the same rules when a document is added, replaced or removed,
 * which is what lets them give the same answers.
 */
import type {
  DocumentRecord,
  Evidence,
  GraphData,
  GraphNode,
  GraphRelationship,
  NumericFact,
  Properties,
} from './graph.ts';
import { DEVELOPS_ROLES } from './graph.ts';

export interface DocumentContribution {
  document: DocumentRecord;
  /** Entities the document mentions plus the reference ancestors they need (taxonomy parents, parent regions). */
  nodes: GraphNode[];
  /** Relationships stated by the document (evidence only from it) plus reference PART_OF edges (no evidence). */
  relationships: GraphRelationship[];
  facts: NumericFact[];
}

export function evidenceKey(e: Evidence): string {
  return `${e.document}:${e.start}:${e.end}`;
}

export function isReferenceNode(node: GraphNode): boolean {
  return node.properties['source'] === 'taxonomy' || node.properties['source'] === 'gazetteer';
}

export function isReferenceRelationship(rel: GraphRelationship): boolean {
  return rel.evidence.length === 0 && typeof rel.properties['source'] === 'string';
}

function uniq(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Properties from `incoming` fill gaps in `base`; a value already present wins. */
function mergeProperties(base: Properties, incoming: Properties): Properties {
  const out: Properties = { ...base };
  for (const [key, value] of Object.entries(incoming)) {
    const current = out[key];
    if (current === undefined || current === null || current === '') out[key] = value;
  }
  return out;
}

export function mergeNode(base: GraphNode, incoming: GraphNode): GraphNode {
  const merged: GraphNode = {
    ...base,
    aliases: uniq([...base.aliases, ...incoming.aliases]).filter((a) => a !== base.name).sort(),
    properties: mergeProperties(base.properties, incoming.properties),
    documents: uniq([...base.documents, ...incoming.documents]).sort(),
  };
  if (!merged.nameEn && incoming.nameEn) merged.nameEn = incoming.nameEn;
  if (!merged.pinyin && incoming.pinyin) merged.pinyin = incoming.pinyin;
  return merged;
}

/** DEVELOPS.role: a specific tier beats 'general'; between tiers the earlier in DEVELOPS_ROLES wins. */
function mergeRole(a: unknown, b: unknown): unknown {
  const rank = (r: unknown) => {
    const i = DEVELOPS_ROLES.indexOf(r as (typeof DEVELOPS_ROLES)[number]);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  if (a === undefined || a === null) return b;
  if (b === undefined || b === null) return a;
  return rank(a) <= rank(b) ? a : b;
}

export function sortEvidence(evidence: Evidence[]): Evidence[] {
  return evidence.sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.start - y.start));
}

export function mergeRelationship(base: GraphRelationship, incoming: GraphRelationship): GraphRelationship {
  const seen = new Map(base.evidence.map((e) => [evidenceKey(e), e]));
  for (const e of incoming.evidence) if (!seen.has(evidenceKey(e))) seen.set(evidenceKey(e), e);
  const properties = mergeProperties(base.properties, incoming.properties);
  if (base.type === 'DEVELOPS') {
    const role = mergeRole(base.properties['role'], incoming.properties['role']);
    if (role !== undefined) properties['role'] = role as string;
  }
  return { ...base, properties, evidence: sortEvidence([...seen.values()]) };
}

/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives), which is
 * all nodes and relationships hold; anything else goes to structuredClone.
 * Several times faster than structuredClone for the many small objects a
 * build adds (one clone per node and relationship of every document).
 */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = clonePlain((value as Record<string, unknown>)[key]);
  return out as T;
}

/** An in-memory accumulator applying the merge rules; used by the build and the embedded store. */
export class GraphAccumulator {
  readonly documents = new Map<string, DocumentRecord>();
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships = new Map<string, GraphRelationship>();
  readonly facts = new Map<string, NumericFact>();

  addNode(node: GraphNode): void {
    const current = this.nodes.get(node.id);
    this.nodes.set(node.id, current ? mergeNode(current, node) : clonePlain(node));
  }

  addRelationship(rel: GraphRelationship): void {
    const current = this.relationships.get(rel.id);
    this.relationships.set(rel.id, current ? mergeRelationship(current, rel) : clonePlain(rel));
  }

  add(contribution: DocumentContribution): void {
    this.documents.set(contribution.document.id, contribution.document);
    for (const node of contribution.nodes) this.addNode(node);
    for (const rel of contribution.relationships) this.addRelationship(rel);
    for (const fact of contribution.facts) this.facts.set(fact.id, fact);
  }

  /**
   * add() for a contribution handed over whole (a build's, just assembled and
   * then dropped): its nodes and relationships are kept as they are instead of
   * copied. Merges never write into what they were given, so this is safe as
   * long as the caller does not change the contribution afterwards.
   */
  adopt(contribution: DocumentContribution): void {
    this.documents.set(contribution.document.id, contribution.document);
    for (const node of contribution.nodes) {
      const current = this.nodes.get(node.id);
      this.nodes.set(node.id, current ? mergeNode(current, node) : node);
    }
    for (const rel of contribution.relationships) {
      const current = this.relationships.get(rel.id);
      this.relationships.set(rel.id, current ? mergeRelationship(current, rel) : rel);
    }
    for (const fact of contribution.facts) this.facts.set(fact.id, fact);
  }

  /**
   * Removes what only `documentId` supported: its evidence, relationships
   * left with none, its facts, and non-reference nodes no document mentions.
   * Relationships touching a removed node go with it.
   */
  remove(documentId: string): void {
    this.documents.delete(documentId);
    for (const [id, fact] of this.facts) if (fact.evidence.document === documentId) this.facts.delete(id);
    for (const [id, rel] of this.relationships) {
      if (isReferenceRelationship(rel)) continue;
      const evidence = rel.evidence.filter((e) => e.document !== documentId);
      if (evidence.length === 0) this.relationships.delete(id);
      else if (evidence.length !== rel.evidence.length) this.relationships.set(id, { ...rel, evidence });
    }
    for (const [id, node] of this.nodes) {
      if (!node.documents.includes(documentId)) continue;
      const documents = node.documents.filter((d) => d !== documentId);
      if (documents.length === 0 && !isReferenceNode(node)) this.nodes.delete(id);
      else this.nodes.set(id, { ...node, documents });
    }
    for (const [id, rel] of this.relationships) {
      if (!this.nodes.has(rel.start) || !this.nodes.has(rel.end)) this.relationships.delete(id);
    }
  }

  replace(contribution: DocumentContribution): void {
    this.remove(contribution.document.id);
    this.add(contribution);
  }

  /** Snapshot in a deterministic order (by id), so two builds of the same corpus are byte-identical. */
  toGraphData(report: GraphData['report']): GraphData {
    const byId = <T extends { id: string }>(m: Map<string, T>) =>
      [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      version: 1,
      documents: byId(this.documents),
      nodes: byId(this.nodes),
      relationships: byId(this.relationships),
      facts: byId(this.facts),
      report,
    };
  }
}
