/**
 * One document through the pipeline's middle: recognise → choose subject →
 * drop overlaps → resolve → relate → assemble. Pure and synchronous, so a
 * build can stream documents through it one at a time.
 */
import type { DocumentContribution } from '../../shared/contribution.ts';
import { forgetDocumentResults } from '../gazetteer/document-memo.ts';
import { assembleContribution } from './assemble/index.ts';
import { documentIssuer, documentProgram, sentenceContaining } from './document/program.ts';
import { dropOverlaps } from './resolve/overlap.ts';
import { resolveMention, resolveSubject } from './resolve/index.ts';
import { chooseSubject } from './resolve/subject.ts';
import type {
  FactCandidate,
  Mention,
  RecogniserContext,
  ReferenceData,
  RelationCandidate,
  RelationContext,
  RelationRule,
  Recogniser,
  ResolvedMention,
  SegmentedDocument,
  Sentence,
} from './types.ts';

export interface PipelineComponents {
  /** Every recogniser, run on every sentence. */
  recognisers: Recogniser[];
  /** Recognisers that find places, also run on the title to find the subject. */
  placeRecognisers: Recogniser[];
  rules: RelationRule[];
  facts: (sentence: Sentence, mentions: ResolvedMention[], context: RelationContext) => FactCandidate[];
  reference: ReferenceData;
}

export interface ProcessedDocument {
  contribution: DocumentContribution;
  /** Industry mentions off the taxonomy, by name. */
  unmapped: Map<string, number>;
  /** Anaphors with no subject to stand for, by surface. */
  unresolved: Map<string, number>;
  sentences: number;
}

function titleSentence(doc: SegmentedDocument): Sentence {
  const title = doc.metadata.title;
  return {
    index: -1,
    kind: 'heading',
    start: 0,
    end: title.length,
    text: title,
    simplified: title,
    simplifiedStart: 0,
    section: [],
  };
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function processDocument(doc: SegmentedDocument, components: PipelineComponents): ProcessedDocument {
  // Sentence-level memos (jieba tags, industry lists, pinyin) hold the previous document's results.
  forgetDocumentResults();
  const context: RecogniserContext = { document: doc, subject: null };
  const raw: Mention[][] = doc.sentences.map((sentence) =>
    components.recognisers.flatMap((r) => r.recognise(sentence, context)),
  );
  // Overlaps are settled once per sentence: the subject is chosen from the survivors, and they are what gets resolved.
  const kept: Mention[][] = raw.map((ms) => dropOverlaps(ms));
  const titleMentions = components.placeRecognisers.flatMap((r) => r.recognise(titleSentence(doc), context));
  const subjectMention = chooseSubject(
    titleMentions,
    kept.map((ms) => ms.filter((m) => m.label === 'Zone' || m.label === 'Region')),
    doc.sentences[0]?.simplified ?? '',
  );
  if (subjectMention) {
    const subjectSentence = sentenceContaining(doc, subjectMention.surface);
    context.subject = { ...subjectMention, sentence: subjectSentence };
  }
  const subject = resolveSubject(context.subject);

  const unresolved = new Map<string, number>();
  const unmapped = new Map<string, number>();
  const mentionsBySentence = new Map<number, ResolvedMention[]>();
  const all: ResolvedMention[] = [];
  kept.forEach((mentions, sentence) => {
    const resolved: ResolvedMention[] = [];
    for (const m of mentions) {
      const r = resolveMention(m, subject, sentence);
      if (!r) {
        count(unresolved, m.surface);
        continue;
      }
      if (r.label === 'Industry' && r.properties?.['unmapped'] === true) count(unmapped, r.canonical);
      resolved.push(r);
    }
    mentionsBySentence.set(sentence, resolved);
    all.push(...resolved);
  });

  const program = documentProgram(doc, subject, titleMentions.length > 0);
  const relationContext: RelationContext = { document: doc, subject, documentProgram: program, mentionsBySentence };
  const relations: RelationCandidate[] = [];
  const facts: FactCandidate[] = [];
  for (const sentence of doc.sentences) {
    const mentions = mentionsBySentence.get(sentence.index) ?? [];
    for (const rule of components.rules) relations.push(...rule.relate(sentence, mentions, relationContext));
    facts.push(...components.facts(sentence, mentions, relationContext));
  }
  if (program) {
    if (subject) relations.push({ type: 'APPLIES_TO', start: program, end: subject, sentence: program.sentence });
    const issuer = documentIssuer(doc);
    if (issuer) relations.push({ type: 'ISSUED_BY', start: program, end: issuer, sentence: issuer.sentence });
  }

  const contribution = assembleContribution({
    document: doc,
    subject,
    documentProgram: program,
    mentions: all,
    relations,
    facts,
    reference: components.reference,
  });
  return { contribution, unmapped, unresolved, sentences: doc.sentences.length };
}
