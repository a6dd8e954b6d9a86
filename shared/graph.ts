/**
 * The graph model shared by graph-seed (which writes it), server (which
 * stores and serves it) and client (which draws it). One vocabulary, one file.
 */

export const NODE_LABELS = [
  'Zone',
  'Region',
  'Industry',
  'Company',
  'Program',
  'Organization',
  'Document',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'DEVELOPS',
  'LOCATED_IN',
  'ACTIVE_IN',
  'PART_OF',
  'CITES',
  'ISSUED_BY',
  'APPLIES_TO',
  'TARGETS',
  'COOPERATES_WITH',
  'RESPONSIBLE_FOR',
  'MENTIONS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationship types whose direction carries no meaning; stored once. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationshipType> = new Set(['COOPERATES_WITH']);

/** How a plan tiers the industries a place develops (DEVELOPS.role). */
export const DEVELOPS_ROLES = ['pillar', 'strategic', 'emerging', 'featured', 'future', 'general'] as const;
export type DevelopsRole = (typeof DEVELOPS_ROLES)[number];

/** Program.kind */
export const PROGRAM_KINDS = [
  'plan',
  'policy',
  'regulation',
  'guideline',
  'notice',
  'mechanism',
  'initiative',
  'fund',
  'talent',
  'project',
] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

/** Zone.kind */
export const ZONE_KINDS = [
  'etdz', // 经济技术开发区
  'hitech', // 高新技术产业开发区
  'economic', // 经济开发区
  'bonded', // 综合保税区 / 保税区
  'park', // 产业园 / 工业园 / 园区
  'new-area', // 新区 / 产业新城
  'ftz', // 自由贸易试验区 and its 片区
  'science-city', // 科学城
  'taiwan-investment', // 台商投资区
  'other',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** Region.level */
export const REGION_LEVELS = ['country', 'province', 'city', 'county', 'cluster'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export type PropertyValue = string | number | boolean | null | string[] | number[];
export type Properties = Record<string, PropertyValue>;

/**
 * A place in an original document that supports a fact. Offsets are UTF-16
 * code-unit offsets (JavaScript string indices) into the document's
 * *original* text, so `document.text.slice(start, end) === text`.
 */
export interface Evidence {
  document: string;
  start: number;
  end: number;
  /** The supporting sentence exactly as it stands in the original text. */
  text: string;
  /** Headings from the outermost down to the sentence's own section. */
  section: string[];
}

export interface GraphNode {
  /** Stable across builds: `${label lower-case}:${canonical name}` (regions use their GB/T 2260 code). */
  id: string;
  label: NodeLabel;
  /** Canonical Simplified Chinese name. */
  name: string;
  /** Every surface form seen (Traditional forms, short names, 文号 …), without `name`. */
  aliases: string[];
  nameEn?: string;
  /** Toneless pinyin of `name`, space-separated syllables: "wu han jing ji ji shu kai fa qu". */
  pinyin?: string;
  /**
   * Label-specific fields. Conventions:
   * Zone: kind, level ("national" | "provincial" | …);
   * Region: level, code (GB/T 2260), province;
   * Industry: taxonomyId, code (SEI 2018 / GB/T 4754 where aligned), unmapped (true when off-taxonomy), depth;
   * Program: kind, docNumber, issuedOn (YYYY-MM-DD), documentId (when the program is a corpus document);
   * Document: file, encoding, script, subject (node id), title.
   */
  properties: Properties;
  /**
   * Documents that mention the node. Empty for reference data (taxonomy
   * industries, gazetteer regions), which carry `properties.source`.
   * Removing the last document that supports a non-reference node removes it.
   */
  documents: string[];
}

export interface GraphRelationship {
  /** `${type}:${start}->${end}` (for symmetric types, endpoints in id order). */
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  /** Type-specific: DEVELOPS.role; PART_OF.source ("taxonomy" | "gazetteer" | "text"). */
  properties: Properties;
  /**
   * Every sentence that states the fact. Empty only for reference-data
   * edges (taxonomy PART_OF, gazetteer PART_OF), whose `properties.source`
   * names the data file instead.
   */
  evidence: Evidence[];
}

/** A numeric target or baseline: 到2025年，汽车工业产值规模力争达到5000亿元. */
export interface NumericFact {
  /** `fact:${document}:${start}` */
  id: string;
  kind: 'target' | 'baseline';
  metric: string;
  value: number;
  unit: string;
  year: number | null;
  /** Node id of the place the fact is about. */
  subject: string;
  /** Node id of the industry, when the fact is about one. */
  industry: string | null;
  evidence: Evidence;
}

export interface Heading {
  level: number;
  title: string;
  start: number;
  end: number;
}

export interface DocumentRecord {
  /** `doc:${file stem}` or `doc:${file stem}#${part}` for a file holding several documents. */
  id: string;
  title: string;
  file: string;
  /** Encoding the bytes were decoded with, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE". */
  encoding: string;
  script: 'simplified' | 'traditional';
  /** Node id of the place the document is about, when known. */
  subject: string | null;
  /** Node id of the Program node that is this document. */
  program: string | null;
  issuer: string | null;
  issuedOn: string | null;
  docNumber: string | null;
  /** The document's original text (after boilerplate removal offsets still point into this). */
  text: string;
  headings: Heading[];
}

export interface DocumentStats {
  document: string;
  characters: number;
  sentences: number;
  entities: number;
  relationships: number;
  facts: number;
}

export interface BuildReport {
  builtAt: string;
  taxonomyVersion: string;
  documents: DocumentStats[];
  nodesByLabel: Partial<Record<NodeLabel, number>>;
  relationshipsByType: Partial<Record<RelationshipType, number>>;
  facts: number;
  /** Industry mentions that mapped to no taxonomy entry: name → count. */
  unmappedIndustries: Record<string, number>;
  /** Mentions resolution could not attach to an entity: surface → count. */
  unresolvedMentions: Record<string, number>;
  failures: Array<{ file: string; reason: string }>;
}

/** The whole graph, as graph-seed writes it and the embedded store loads it. */
export interface GraphData {
  version: 1;
  documents: DocumentRecord[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  facts: NumericFact[];
  report: BuildReport;
}

export function nodeId(label: NodeLabel, key: string): string {
  return `${label.toLowerCase()}:${key}`;
}

/** The stored (start, end) of a relationship: a symmetric type is stored once, endpoints in id order. */
export function storedEnds(type: RelationshipType, start: string, end: string): [start: string, end: string] {
  return SYMMETRIC_TYPES.has(type) && end < start ? [end, start] : [start, end];
}

export function relationshipId(type: RelationshipType, start: string, end: string): string {
  const [a, b] = storedEnds(type, start, end);
  return `${type}:${a}->${b}`;
}

/** Which labels each relationship type may join (start → end); anything else is an extraction error. */
export const RELATIONSHIP_ENDPOINTS: Record<RelationshipType, { start: readonly NodeLabel[]; end: readonly NodeLabel[] }> = {
  DEVELOPS: { start: ['Zone', 'Region'], end: ['Industry'] },
  LOCATED_IN: { start: ['Zone', 'Company'], end: ['Zone', 'Region'] },
  ACTIVE_IN: { start: ['Company'], end: ['Industry'] },
  PART_OF: { start: ['Industry', 'Region', 'Zone'], end: ['Industry', 'Region', 'Zone'] },
  CITES: { start: ['Program'], end: ['Program'] },
  ISSUED_BY: { start: ['Program'], end: ['Organization'] },
  APPLIES_TO: { start: ['Program'], end: ['Zone', 'Region'] },
  TARGETS: { start: ['Program'], end: ['Industry'] },
  COOPERATES_WITH: { start: ['Zone', 'Region'], end: ['Zone', 'Region'] },
  RESPONSIBLE_FOR: { start: ['Organization'], end: ['Program'] },
  MENTIONS: { start: ['Document'], end: ['Zone', 'Region', 'Industry', 'Company', 'Program', 'Organization'] },
};
