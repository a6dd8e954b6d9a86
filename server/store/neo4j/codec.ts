/**
 * How graph records become Neo4j properties and back.
 *
 * Nodes (:Entity:<Label>): id, generation, label, name, aliases (list),
 * nameEn, pinyin, documents (list), props (GraphNode.properties as a JSON
 * string, so every value type and null round-trips exactly), plus copies of
 * the fields Cypher filters on (kind, level, province) and `search`: the
 * lower-cased search keys joined by newlines, behind a TEXT index that
 * answers CONTAINS for search candidates and findByName. Search scores in
 * Cypher against the same keys, split again: `search` is matchKeys() in order
 * (name, aliases, then nameEn/pinyin, which score alike) and `nAliases` says
 * where the aliases end. Only a node whose keys the split would not give back
 * (a key containing the separator) stores them as the list `mKeys`; only a
 * node whose exact-name keys (nameKey: trimmed) differ from its first
 * 1 + nAliases search keys stores them as `keys`. Each property costs the load
 * a record or more per node, so nothing derivable is stored twice.
 *
 * Why a TEXT (trigram) index rather than a full-text index with the cjk
 * analyzer: the ranking needs every substring match, including single
 * characters and the middle of run-together pinyin ("uhan" in "wuhan…"),
 * which a bigram-tokenised full-text index cannot promise to find; CONTAINS
 * on a TEXT index finds exactly the nodes the ranking can score.
 *
 * Relationships: id, evidence (JSON list; evidenceDocumentKey finds what a
 * document supports in it), props (JSON, only when not empty), role.
 *
 * Documents (:ZgDocument), facts (:ZgFact) and the report (:ZgReport) are
 * JSON plus the fields their queries filter on.
 */
import type { BuildReport, DocumentRecord, GraphNode, GraphRelationship, NodeLabel, NumericFact, RelationshipType } from '../../../shared/graph.ts';
import { nameKey, searchKeys } from '../search-score.ts';
import { documentSummary } from '../document-summary.ts';

/** Separates search keys in `search`; a query never spans two keys unless it contains one. */
export const SEARCH_KEY_SEPARATOR = '\n';

export type Row = Record<string, unknown>;

export function nodeRow(node: GraphNode, generation: string): Row {
  const keys = searchKeys(node);
  const row: Row = {
    id: node.id,
    generation,
    label: node.label,
    name: node.name,
    aliases: node.aliases,
    documents: node.documents,
    props: JSON.stringify(node.properties),
    search: keys.join(SEARCH_KEY_SEPARATOR),
    nAliases: node.aliases.length,
  };
  if (keys.some((k) => k.includes(SEARCH_KEY_SEPARATOR))) row['mKeys'] = keys;
  const exact = [node.name, ...node.aliases].map(nameKey);
  if (exact.some((k, i) => k !== keys[i])) row['keys'] = exact;
  if (node.nameEn !== undefined) row['nameEn'] = node.nameEn;
  if (node.pinyin !== undefined) row['pinyin'] = node.pinyin;
  for (const key of ['kind', 'level', 'province'] as const) {
    const value = node.properties[key];
    if (typeof value === 'string') row[key] = value;
  }
  return row;
}

/** Cypher map projection matching `decodeNode`. */
export const NODE_PROJECTION = `{ .id, .label, .name, .aliases, .nameEn, .pinyin, .documents, .props }`;

export function decodeNode(raw: Row): GraphNode {
  const node: GraphNode = {
    id: raw['id'] as string,
    label: raw['label'] as NodeLabel,
    name: raw['name'] as string,
    aliases: (raw['aliases'] as string[] | null) ?? [],
    properties: JSON.parse(raw['props'] as string),
    documents: (raw['documents'] as string[] | null) ?? [],
  };
  if (raw['nameEn'] != null) node.nameEn = raw['nameEn'] as string;
  if (raw['pinyin'] != null) node.pinyin = raw['pinyin'] as string;
  return node;
}

export function relationshipRow(rel: GraphRelationship): Row {
  const props: Row = { id: rel.id, evidence: JSON.stringify(rel.evidence) };
  // Most relationships have no properties: no `props` then (decodeRelationship reads it back as {}).
  if (Object.keys(rel.properties).length > 0) props['props'] = JSON.stringify(rel.properties);
  if (typeof rel.properties['role'] === 'string') props['role'] = rel.properties['role'];
  return { id: rel.id, start: rel.start, end: rel.end, props };
}

/**
 * What `evidence` (JSON.stringify of the list) contains exactly when one of its
 * items names `documentId`: the key and the quoted id. A quote inside evidence
 * text is escaped (\"), so text cannot fake it, and the closing quote keeps
 * doc:1 from matching doc:12.
 */
export function evidenceDocumentKey(documentId: string): string {
  return `"document":${JSON.stringify(documentId)}`;
}

/** Cypher expression (with the relationship bound to `r`) matching `decodeRelationship`. */
export const REL_PROJECTION = `r { .id, .props, .evidence, type: type(r), start: startNode(r).id, end: endNode(r).id }`;

export function decodeRelationship(raw: Row): GraphRelationship {
  return {
    id: raw['id'] as string,
    type: raw['type'] as RelationshipType,
    start: raw['start'] as string,
    end: raw['end'] as string,
    properties: raw['props'] == null ? {} : JSON.parse(raw['props'] as string),
    evidence: JSON.parse(raw['evidence'] as string),
  };
}

export function documentRow(doc: DocumentRecord, generation: string): Row {
  return { id: doc.id, generation, json: JSON.stringify(doc), summary: JSON.stringify(documentSummary(doc)) };
}

export function factRow(fact: NumericFact, generation: string): Row {
  return {
    id: fact.id,
    generation,
    json: JSON.stringify(fact),
    subject: fact.subject,
    industry: fact.industry,
    year: fact.year,
    kind: fact.kind,
    document: fact.evidence.document,
  };
}

export function reportRow(report: BuildReport, generation: string): Row {
  return { generation, json: JSON.stringify(report) };
}

/**
 * Relationship ids are `${type}:${start}->${end}` (checked on every write),
 * so a relationship is found from its endpoints' node index.
 */
export function parseRelationshipId(id: string): { id: string; type: string; start: string; end: string } | null {
  const colon = id.indexOf(':');
  const arrow = id.indexOf('->', colon + 1);
  if (colon <= 0 || arrow < 0) return null;
  return { id, type: id.slice(0, colon), start: id.slice(colon + 1, arrow), end: id.slice(arrow + 2) };
}
