/**
 * Turns one document's resolved mentions, relations and facts into its
 * DocumentContribution: nodes with every surface form as an alias, edges
 * carrying the sentence that states them, MENTIONS from the document, and
 * the taxonomy and gazetteer ancestors that place its industries and regions.
 */
import { toPinyin as toPinyinUncached } from '../../../shared/chinese.ts';
import { DocumentMemo } from '../../gazetteer/document-memo.ts';
import type { DocumentContribution } from '../../../shared/contribution.ts';
import { GraphAccumulator } from '../../../shared/contribution.ts';
import {
  RELATIONSHIP_ENDPOINTS,
  relationshipId,
  storedEnds,
  type DocumentRecord,
  type Evidence,
  type GraphNode,
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
  const graph = new GraphAccumulator();
  const record = documentRecord(input);

  graph.addNode({
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
    graph.addNode(mentionNode(m, docId));
    const sentence = sentences[m.sentence];
    if (!sentence) continue;
    const list = mentionEvidence.get(m.nodeId) ?? [];
    if (list.length < MENTION_EVIDENCE_LIMIT && !list.some((e) => e.start === sentence.start)) {
      list.push(sentenceEvidence(docId, sentence));
    }
    mentionEvidence.set(m.nodeId, list);
  }
  for (const special of [input.subject, input.documentProgram]) if (special) graph.addNode(mentionNode(special, docId));

  for (const [target, evidence] of mentionEvidence) {
    graph.addRelationship({
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
    graph.addNode(mentionNode(r.start, docId));
    // A part reached through its whole's name (properties.via) is not mentioned by the document: it joins as taxonomy reference data.
    const derived = typeof r.properties?.['via'] === 'string';
    graph.addNode(derived ? { ...mentionNode(r.end, docId), documents: [], properties: { ...r.end.properties, source: 'taxonomy' } } : mentionNode(r.end, docId));
    const properties = { ...(r.properties ?? {}) };
    if (r.type === 'DEVELOPS') properties['role'] = r.role ?? 'general';
    const [start, end] = storedEnds(r.type, r.start.nodeId, r.end.nodeId);
    graph.addRelationship({
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
    graph.addNode(mentionNode(f.subject, docId));
    if (f.industry) graph.addNode(mentionNode(f.industry, docId));
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

  for (const node of [...graph.nodes.values()]) {
    if (node.label !== 'Industry' && node.label !== 'Region') continue;
    const ancestry = reference.ancestry(node.id);
    for (const n of ancestry.nodes) graph.addNode(n);
    for (const r of ancestry.relationships) graph.addRelationship(r);
  }

  const snapshot = graph.toGraphData({} as never);
  return { document: record, nodes: snapshot.nodes, relationships: snapshot.relationships, facts };
}
