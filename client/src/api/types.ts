/** Shapes of the GraphQL answers the explorer asks for (see queries.ts). */
import type { NodeLabel, RelationshipType } from '../../../shared/graph.ts';

export type { NodeLabel, RelationshipType };

export interface ApiEntity {
  id: string;
  label: NodeLabel;
  name: string;
  nameEn: string | null;
  pinyin: string | null;
  degree: number;
  /** Present when the query asked for it. */
  aliases?: string[];
  properties?: Record<string, unknown>;
  documents?: Array<{ id: string; title: string }>;
}

export interface ApiDocumentRef {
  id: string;
  title: string;
}

export interface ApiEvidence {
  document: ApiDocumentRef;
  start: number;
  end: number;
  text: string;
  section: string[];
}

export interface ApiRelationship {
  id: string;
  type: RelationshipType;
  start: { id: string };
  end: { id: string };
  role: string | null;
  properties?: Record<string, unknown>;
  evidence?: ApiEvidence[];
}

export interface ApiSubgraph {
  nodes: ApiEntity[];
  relationships: ApiRelationship[];
  truncated: boolean;
}

export interface SearchHit {
  entity: ApiEntity;
  score: number;
  matched: string;
  matchedText: string;
}

export interface ApiIndustryWithParents extends ApiEntity {
  parents: ApiEntity[];
}

export interface ApiSharedChains {
  places: ApiEntity[];
  shared: Array<{ industry: ApiIndustryWithParents; places: Array<{ id: string }>; direct: Array<{ id: string }> }>;
  unique: Array<{ place: { id: string }; industries: ApiIndustryWithParents[] }>;
  similarity: number;
}

export interface ApiLineage {
  root: ApiEntity;
  entries: Array<{ program: ApiEntity; depth: number }>;
  relationships: ApiRelationship[];
}

export interface ApiProgramDetail extends ApiEntity {
  docNumber: string | null;
  issuedOn: string | null;
  appliesTo: ApiEntity[];
  targets: ApiEntity[];
  issuers: ApiEntity[];
  responsible: ApiEntity[];
  relationships: ApiRelationship[];
}

export interface ApiPath {
  nodes: ApiEntity[];
  relationships: ApiRelationship[];
  length: number;
}

export interface ApiNumericFact {
  id: string;
  kind: 'target' | 'baseline';
  metric: string;
  value: number;
  unit: string;
  year: number | null;
  industry: { id: string; name: string } | null;
  evidence: ApiEvidence;
}

export interface ApiEntityDetail extends ApiEntity {
  aliases: string[];
  properties: Record<string, unknown>;
  documents: ApiDocumentRef[];
  targets?: ApiNumericFact[];
}

export interface ApiRelationshipDetail {
  id: string;
  type: RelationshipType;
  role: string | null;
  properties: Record<string, unknown>;
  start: ApiEntity & { aliases: string[] };
  end: ApiEntity & { aliases: string[] };
  evidence: ApiEvidence[];
}

export interface ApiDocument {
  id: string;
  title: string;
  file: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  text: string;
  headings: Array<{ level: number; title: string; start: number; end: number }>;
}
