/**
 * Turns one document's resolved mentions, relations and facts into its
 * DocumentContribution: nodes with every surface form as an alias, edges
 * carrying the sentence that states them, MENTIONS from the document, and
 * the taxonomy and gazetteer ancestors that place its industries and regions.
 */
import { toPinyin as toPinyinUncached } from '../../../shared/chinese.ts';
import { DocumentMemo } from '../../gazetteer/document-memo.ts';
import type { DocumentContribution } from '../../../shared/contribution.ts';
import { clonePlain, mergeRelationship } from '../../../shared/contribution.ts';
import {
  RELATIONSHIP_ENDPOINTS,
  relationshipId,
  storedEnds,
  type DocumentRecord,
  type Evidence,
  type GraphNode,
  type GraphRelationship,
  type NumericFact,
} from '../../../shared/graph.ts';
import type {
  FactCandidate,
  ReferenceData,
  RelationCandidate,
  ResolvedMention,
  SegmentedDocument,
  Sentence,
} from '../types.ts';

/** Enough sentences to show where a document talks about a thing, without copying the document into the graph. */
const MENTION_EVIDENCE_LIMIT = 5;

export interface AssemblyInput {
  document: SegmentedDocument;
  subject: ResolvedMention | null;
  documentProgram: ResolvedMention | null;
  mentions: ResolvedMention[];
  relations: RelationCandidate[];
  facts: FactCandidate[];
  reference: ReferenceData;
}

/** A name comes back with every mention of it: pinyin-pro's segmentation is worth doing once per name and document. */
const pinyinOf = new DocumentMemo<string>(16384);

export function toPinyin(name: string): string {
  return pinyinOf.get(name, toPinyinUncached);
}

type Ancestry = ReturnType<ReferenceData['ancestry']>;

/**
 * Ancestry is reference data: the taxonomy's and gazetteer's parents of a
 * node, the same in every document. Remembered per node id for the process
 * (bounded by the size of the taxonomy and gazetteer, not by the corpus);
 * building it anew cost a pinyin conversion per ancestor and document.
 * Callers copy what they keep (addNode/addRelationship clone).
 */
const ancestries = new WeakMap<ReferenceData, Map<string, Ancestry>>();

function ancestryOf(reference: ReferenceData, nodeId: string): Ancestry {
  let known = ancestries.get(reference);
  if (!known) ancestries.set(reference, (known = new Map()));
  let ancestry = known.get(nodeId);
  if (!ancestry) known.set(nodeId, (ancestry = reference.ancestry(nodeId)));
  return ancestry;
}

/**
 * One document's nodes and edges, merged by GraphAccumulator's rules
 * (mergeNode, mergeRelationship) with the same result, byte for byte. A node
 * is mentioned several times per document: its repeats are folded in place,
 * with aliases and documents sorted once at the end, instead of each repeat
 * copying and re-sorting the merged node.
 */
class ContributionTable {
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships = new Map<string, GraphRelationship>();
  /** Nodes merged at least once: their aliases and documents so far, as sets. */
  private readonly merged = new Map<string, { aliases: Set<string>; documents: Set<string> }>();

  /** A node built for this table alone (nothing else holds it): kept as it is. */
  adoptNode(node: GraphNode): void {
    const current = this.nodes.get(node.id);
    if (!current) this.nodes.set(node.id, node);
    else this.mergeInto(current, node);
  }

  /** A node someone else holds (reference data): copied before it is kept. */
  addNode(node: GraphNode): void {
    const current = this.nodes.get(node.id);
    if (!current) this.nodes.set(node.id, clonePlain(node));
    else this.mergeInto(current, node);
  }

  /** mergeNode(current, incoming), written into current. */
  private mergeInto(current: GraphNode, incoming: GraphNode): void {
    let sets = this.merged.get(current.id);
    if (!sets) {
      sets = { aliases: new Set(current.aliases), documents: new Set(current.documents) };
      this.merged.set(current.id, sets);
      // Copied once: mergeProperties never writes into the properties it was given.
      current.properties = { ...current.properties };
    }
    for (const a of incoming.aliases) sets.aliases.add(a);
    for (const d of incoming.documents) sets.documents.add(d);
    const properties = current.properties;
    for (const key of Object.keys(incoming.properties)) {
      const value = properties[key];
      if (value === undefined || value === null || value === '') properties[key] = incoming.properties[key]!;
    }
    if (!current.nameEn && incoming.nameEn) current.nameEn = incoming.nameEn;
    if (!current.pinyin && incoming.pinyin) current.pinyin = incoming.pinyin;
  }

  /** A relationship built for this table alone: kept as it is. */
  adoptRelationship(rel: GraphRelationship): void {
    const current = this.relationships.get(rel.id);
    this.relationships.set(rel.id, current ? mergeRelationship(current, rel) : rel);
  }

  addRelationship(rel: GraphRelationship): void {
    const current = this.relationships.get(rel.id);
    this.relationships.set(rel.id, current ? mergeRelationship(current, rel) : clonePlain(rel));
  }

  /** Nodes and relationships by id, as GraphAccumulator.toGraphData orders them. */
  snapshot(): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
    for (const [id, sets] of this.merged) {
      const node = this.nodes.get(id)!;
      node.aliases = [...sets.aliases].filter((a) => a !== node.name).sort();
      node.documents = [...sets.documents].sort();
    }
    const byId = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { nodes: byId(this.nodes), relationships: byId(this.relationships) };
  }
}

export function sentenceEvidence(documentId: string, sentence: Sentence): Evidence {
  return { document: documentId, start: sentence.start, end: sentence.end, text: sentence.text, section: sentence.section };
}

function mentionNode(m: ResolvedMention, documentId: string): GraphNode {
  // 本区 / 开发区 stand for the subject in this document only: they are not its names.
  const surfaces = m.anaphor ? [] : [m.surface, m.originalSurface];
  const aliases = new Set<string>([...surfaces, ...(m.aliases ?? [])]);
  aliases.delete(m.canonical);
  aliases.delete('');
  const node: GraphNode = {
    id: m.nodeId,
    label: m.label,
    name: m.canonical,
    aliases: [...aliases].sort(),
    pinyin: toPinyin(m.canonical),
    properties: { ...(m.properties ?? {}) },
    documents: [documentId],
  };
  if (m.nameEn) node.nameEn = m.nameEn;
  return node;
}

export function documentRecord(input: Pick<AssemblyInput, 'document' | 'subject' | 'documentProgram'>): DocumentRecord {
  const { document: seg, subject, documentProgram } = input;
  const doc = seg.document;
  return {
    id: doc.id,
    title: seg.metadata.title,
    file: doc.file,
    encoding: doc.encoding,
    script: doc.script,
    subject: subject?.nodeId ?? null,
    program: documentProgram?.nodeId ?? null,
    issuer: seg.metadata.issuer,
    issuedOn: seg.metadata.issuedOn,
    docNumber: seg.metadata.docNumber,
    text: doc.text,
    headings: seg.headings,
  };
}

export function assembleContribution(input: AssemblyInput): DocumentContribution {
  const { document: seg, reference } = input;
  const docId = seg.document.id;
  const sentences = seg.sentences;
  const graph = new ContributionTable();
  const record = documentRecord(input);

  graph.adoptNode({
    id: docId,
    label: 'Document',
    name: record.title,
    aliases: [],
    properties: {
      file: record.file,
      encoding: record.encoding,
      script: record.script,
      subject: record.subject,
      title: record.title,
    },
    documents: [docId],
  });

  const mentionEvidence = new Map<string, Evidence[]>();
  for (const m of input.mentions) {
    if (!m.canonical) continue;
    graph.adoptNode(mentionNode(m, docId));
    const sentence = sentences[m.sentence];
    if (!sentence) continue;
    const list = mentionEvidence.get(m.nodeId) ?? [];
    if (list.length < MENTION_EVIDENCE_LIMIT && !list.some((e) => e.start === sentence.start)) {
      list.push(sentenceEvidence(docId, sentence));
    }
    mentionEvidence.set(m.nodeId, list);
  }
  for (const special of [input.subject, input.documentProgram]) if (special) graph.adoptNode(mentionNode(special, docId));

  for (const [target, evidence] of mentionEvidence) {
    graph.adoptRelationship({
      id: relationshipId('MENTIONS', docId, target),
      type: 'MENTIONS',
      start: docId,
      end: target,
      properties: {},
      evidence,
    });
  }

  for (const r of input.relations) {
    const sentence = sentences[r.sentence];
    // A rule that met an unresolved anaphor (开发区 with no subject) has no node to point at.
    if (!sentence || r.start.nodeId === r.end.nodeId || !r.start.canonical || !r.end.canonical) continue;
    const allowed = RELATIONSHIP_ENDPOINTS[r.type];
    if (!allowed.start.includes(r.start.label) || !allowed.end.includes(r.end.label)) continue;
    graph.adoptNode(mentionNode(r.start, docId));
    // A part reached through its whole's name (properties.via) is not mentioned by the document: it joins as taxonomy reference data.
    const derived = typeof r.properties?.['via'] === 'string';
    graph.adoptNode(derived ? { ...mentionNode(r.end, docId), documents: [], properties: { ...r.end.properties, source: 'taxonomy' } } : mentionNode(r.end, docId));
    const properties = { ...(r.properties ?? {}) };
    if (r.type === 'DEVELOPS') properties['role'] = r.role ?? 'general';
    const [start, end] = storedEnds(r.type, r.start.nodeId, r.end.nodeId);
    graph.adoptRelationship({
      id: relationshipId(r.type, start, end),
      type: r.type,
      start,
      end,
      properties,
      evidence: [sentenceEvidence(docId, sentence)],
    });
  }

  const facts: NumericFact[] = [];
  const perSentence = new Map<number, number>();
  for (const f of input.facts) {
    const sentence = sentences[f.sentence];
    if (!sentence) continue;
    const k = perSentence.get(f.sentence) ?? 0;
    perSentence.set(f.sentence, k + 1);
    graph.adoptNode(mentionNode(f.subject, docId));
    if (f.industry) graph.adoptNode(mentionNode(f.industry, docId));
    facts.push({
      id: `fact:${docId}:${sentence.start}:${k}`,
      kind: f.kind,
      metric: f.metric,
      value: f.value,
      unit: f.unit,
      year: f.year,
      subject: f.subject.nodeId,
      industry: f.industry?.nodeId ?? null,
      evidence: sentenceEvidence(docId, sentence),
    });
  }

  // Sibling industries and regions share their ancestors: each reference node and edge is merged in once
  // (merging the same one again changes nothing, but copies and re-sorts).
  const merged = new Set<GraphNode | GraphRelationship>();
  for (const node of [...graph.nodes.values()]) {
    if (node.label !== 'Industry' && node.label !== 'Region') continue;
    const ancestry = ancestryOf(reference, node.id);
    for (const n of ancestry.nodes) {
      if (merged.has(n)) continue;
      merged.add(n);
      graph.addNode(n);
    }
    for (const r of ancestry.relationships) {
      if (merged.has(r)) continue;
      merged.add(r);
      graph.addRelationship(r);
    }
  }

  const snapshot = graph.snapshot();
  return { document: record, nodes: snapshot.nodes, relationships: snapshot.relationships, facts };
}
