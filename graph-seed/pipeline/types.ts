/**
 * Typed inputs and outputs of graph-seed's pipeline components:
 *
 *   load → clean/split → normalise → segment → recognise → resolve → relate → assemble → write
 *
 * Each stage is a module under graph-seed/pipeline/<stage>/ exporting a
 * function from one of these types to the next. Offsets are always UTF-16
 * indices into a document's *original* text unless a name says otherwise.
 */
import type { DevelopsRole, Heading, NodeLabel, Properties, RelationshipType } from '../../shared/graph.ts';

/* ---------- load ---------- */

export interface SourceInput {
  /** Path or a name for text given directly (ingest). */
  name: string;
  bytes: Uint8Array;
  /** 'text/html' forces HTML handling; otherwise sniffed from name and content. */
  contentType?: string;
}

export interface LoadedFile {
  name: string;
  /** "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "UTF-16LE"/"UTF-16BE" (no BOM, recognised by NUL parity), "GB18030", "Big5". */
  encoding: string;
  format: 'text' | 'html';
  /** Decoded text; for HTML, the visible text with tags and scripts removed. Evidence offsets point into this. */
  text: string;
}

export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'empty' | 'binary' | 'unknown-encoding' | 'too-large' | 'unreadable',
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'LoadError';
  }
}

/* ---------- clean / split ---------- */

export interface RawDocument {
  /** `doc:${file stem}` or `doc:${file stem}#${n}` when a file holds several documents. */
  id: string;
  file: string;
  encoding: string;
  /** This document's original text (a slice of the file's text when split). */
  text: string;
  /** Where `text` starts in the file's text. */
  fileOffset: number;
  /** Ranges of `text` judged boilerplate (navigation, 推薦度, 相關推薦, scripts, repeated tables of contents); never read for facts. */
  boilerplate: Array<[start: number, end: number]>;
}

/* ---------- normalise ---------- */

export interface NormalisedDocument extends RawDocument {
  script: 'simplified' | 'traditional';
  /** Simplified text (opencc, with Taiwan vocabulary mapped to mainland terms). Lengths may differ from `text`. */
  simplified: string;
  /** simplifiedToOriginal[i] = index in `text` of simplified[i]; length simplified.length + 1 (last = text.length). */
  simplifiedToOriginal: Int32Array;
}

/* ---------- segment ---------- */

export type SentenceKind = 'sentence' | 'heading' | 'table-row' | 'list-item';

export interface Sentence {
  index: number;
  kind: SentenceKind;
  /** Original-text offsets and text (for evidence). */
  start: number;
  end: number;
  text: string;
  /** The Simplified form of the same span, and where it starts in `simplified` (recognisers work on this). */
  simplified: string;
  simplifiedStart: number;
  /** Headings (original titles) from the outermost down. */
  section: string[];
}

export interface DocumentMetadata {
  title: string;
  issuer: string | null;
  /** YYYY-MM-DD */
  issuedOn: string | null;
  /** 文号, Simplified: 鄂政发〔2021〕40号 */
  docNumber: string | null;
}

export interface SegmentedDocument {
  document: NormalisedDocument;
  headings: Heading[];
  sentences: Sentence[];
  metadata: DocumentMetadata;
}

/* ---------- recognise ---------- */

/** A named thing found in a sentence. */
export interface Mention {
  label: NodeLabel;
  /** Canonical Simplified name as the recogniser resolved it (武汉经开区 → 武汉经济技术开发区). */
  canonical: string;
  /** The text as it stands in the simplified sentence, and in the original. */
  surface: string;
  originalSurface: string;
  /** Offsets within the sentence's `simplified` string. */
  start: number;
  end: number;
  sentence: number;
  /** Extra aliases the recogniser knows (a 文号 for a titled program, a full name for an abbreviation). */
  aliases?: string[];
  nameEn?: string;
  /** Label-specific node properties (Zone.kind, Region.code/level/province, Industry.taxonomyId/unmapped, Program.kind/docNumber …). */
  properties?: Properties;
  /** True for anaphors (本区, 我区, 全区, 开发区) that stand for the document's subject. */
  anaphor?: boolean;
}

export interface RecogniserContext {
  document: SegmentedDocument;
  /** The subject place of the document once known (set by the subject stage before recognition of anaphors). */
  subject: Mention | null;
}

/** A named pipeline component that finds mentions of one or more labels in one sentence. */
export interface Recogniser {
  readonly name: string;
  recognise(sentence: Sentence, context: RecogniserContext): Mention[];
}

/* ---------- resolve ---------- */

/** A mention bound to the node it denotes. */
export interface ResolvedMention extends Mention {
  nodeId: string;
}

/* ---------- relate ---------- */

export interface RelationCandidate {
  type: RelationshipType;
  start: ResolvedMention;
  end: ResolvedMention;
  sentence: number;
  role?: DevelopsRole;
  properties?: Properties;
}

export interface FactCandidate {
  kind: 'target' | 'baseline';
  metric: string;
  value: number;
  unit: string;
  year: number | null;
  subject: ResolvedMention;
  industry: ResolvedMention | null;
  sentence: number;
}

export interface RelationContext {
  document: SegmentedDocument;
  subject: ResolvedMention | null;
  /** The Program node that is the document itself. */
  documentProgram: ResolvedMention | null;
  /** All resolved mentions of the document, by sentence index. */
  mentionsBySentence: Map<number, ResolvedMention[]>;
}

/** A named pipeline component that derives relationships from one sentence's mentions. */
export interface RelationRule {
  readonly name: string;
  relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[];
}

/* ---------- reference data ---------- */

/** Taxonomy and gazetteer knowledge the assembly stage needs to place a node. */
export interface ReferenceData {
  /** Ancestor nodes (taxonomy parents, parent regions) of a node and the PART_OF edges linking them (evidence [], properties.source set). */
  ancestry(nodeId: string): { nodes: import('../../shared/graph.ts').GraphNode[]; relationships: import('../../shared/graph.ts').GraphRelationship[] };
  readonly taxonomyVersion: string;
}

/* ---------- the pipeline's public result ---------- */

export interface ExtractFailure {
  file: string;
  reason: 'empty' | 'binary' | 'unknown-encoding' | 'too-large' | 'unreadable' | 'failed';
  message: string;
}

/** What `graph-seed extract` and the ingest mutation get back. */
export interface ExtractResult {
  contributions: import('../../shared/contribution.ts').DocumentContribution[];
  /** The contributions merged (shared/contribution.ts rules) with a report. */
  graph: import('../../shared/graph.ts').GraphData;
  failures: ExtractFailure[];
}

/** `graph-seed extract --json` output shape. */
export interface ExtractJson {
  documents: Array<{ id: string; title: string; file: string; encoding: string; script: string; subject: string | null }>;
  nodes: Array<{ id: string; label: string; name: string; aliases: string[]; properties: Properties & { nameEn?: string; pinyin?: string } }>;
  relationships: Array<{
    type: string;
    start: string;
    end: string;
    properties: Properties;
    evidence: Array<{ document: string; start: number; end: number; text: string }>;
  }>;
  failures?: ExtractFailure[];
}
