/**
 * Runs the industry components for real on text: the project's reading
 * stages (load → split → normalise → segment), the industry recogniser, the
 * DEVELOPS rule and fact extraction. Place recognition and subject choice
 * belong to other stages, so a test names the subject place itself.
 */
import { readFileSync } from 'node:fs';
import { DEVELOPS_ROLES, nodeId, type DevelopsRole } from '../../../shared/graph.ts';
import { readDocuments } from '../../../graph-seed/pipeline/read.ts';
import { createIndustryRecogniser } from '../../../graph-seed/pipeline/recognise/industry.ts';
import { createDevelopsRule, type DevelopsOptions } from '../../../graph-seed/pipeline/relate/develops.ts';
import { extractFacts } from '../../../graph-seed/pipeline/facts/index.ts';
import { loadTaxonomy } from '../../../graph-seed/taxonomy/index.ts';
import type {
  FactCandidate,
  Mention,
  RelationCandidate,
  RelationContext,
  ResolvedMention,
  SegmentedDocument,
} from '../../../graph-seed/pipeline/types.ts';

export const CORPUS = new URL('../../../graph-seed/corpus/', import.meta.url);

export function readText(text: string, name = 'passage.txt'): SegmentedDocument[] {
  return readDocuments({ name, bytes: new TextEncoder().encode(text) });
}

export function readSeed(file: string): SegmentedDocument[] {
  return readDocuments({ name: file, bytes: readFileSync(new URL(file, CORPUS)) });
}

export function resolve(m: Mention): ResolvedMention {
  return { ...m, nodeId: nodeId(m.label, m.canonical) };
}

/** A place mention standing for the document's subject (what the subject stage would hand over). */
export function place(name: string, label: 'Zone' | 'Region' = 'Zone', extra: Partial<Mention> = {}): ResolvedMention {
  return resolve({ label, canonical: name, surface: name, originalSurface: name, start: 0, end: name.length, sentence: -1, ...extra });
}

export interface Run {
  doc: SegmentedDocument;
  mentions: Map<number, ResolvedMention[]>;
  relations: RelationCandidate[];
  facts: FactCandidate[];
}

/**
 * Industry mentions per sentence (plus any `extra` place mentions a test adds
 * to a sentence), then DEVELOPS and facts for every sentence.
 */
export function run(
  doc: SegmentedDocument,
  subject: ResolvedMention | null,
  extra: (s: SegmentedDocument['sentences'][number]) => ResolvedMention[] = () => [],
  options: DevelopsOptions = {},
): Run {
  const recogniser = createIndustryRecogniser(loadTaxonomy());
  const rule = createDevelopsRule(loadTaxonomy(), options);
  const mentions = new Map<number, ResolvedMention[]>();
  for (const s of doc.sentences) {
    const found = recogniser.recognise(s, { document: doc, subject }).map(resolve);
    mentions.set(s.index, [...extra(s), ...found].sort((a, b) => a.start - b.start));
  }
  const context: RelationContext = { document: doc, subject, documentProgram: null, mentionsBySentence: mentions };
  const relations: RelationCandidate[] = [];
  const facts: FactCandidate[] = [];
  for (const s of doc.sentences) {
    relations.push(...rule.relate(s, mentions.get(s.index) ?? [], context));
    facts.push(...extractFacts(s, mentions.get(s.index) ?? [], context));
  }
  return { doc, mentions, relations, facts };
}

/** DEVELOPS as the graph would hold them: place → industry name → best role (contribution merge rule). */
export function develops(relations: RelationCandidate[]): Map<string, DevelopsRole> {
  const rank = (r: DevelopsRole) => DEVELOPS_ROLES.indexOf(r);
  const out = new Map<string, DevelopsRole>();
  for (const r of relations) {
    if (r.type !== 'DEVELOPS') continue;
    const key = `${r.start.canonical}->${r.end.canonical}`;
    const role = r.role ?? 'general';
    const cur = out.get(key);
    if (!cur || (cur === 'general' && role !== 'general') || (role !== 'general' && rank(role) < rank(cur))) out.set(key, role);
  }
  return out;
}

export function industriesIn(text: string): Mention[] {
  const [doc] = readText(text);
  const recogniser = createIndustryRecogniser(loadTaxonomy());
  return doc!.sentences.flatMap((s) => recogniser.recognise(s, { document: doc!, subject: null }));
}

/** Place mentions a place recogniser would find in a sentence (the test names them), and anaphors standing for the subject. */
export function placesIn(names: Array<[string, 'Zone' | 'Region']>, anaphors: string[] = []) {
  return (s: SegmentedDocument['sentences'][number]): ResolvedMention[] => {
    const out: ResolvedMention[] = [];
    for (const [name, label] of names) {
      for (let at = s.simplified.indexOf(name); at >= 0; at = s.simplified.indexOf(name, at + name.length)) {
        out.push(resolve({ label, canonical: name, surface: name, originalSurface: name, start: at, end: at + name.length, sentence: s.index }));
      }
    }
    for (const a of anaphors) {
      const at = s.simplified.indexOf(a);
      if (at >= 0) out.push(resolve({ label: 'Zone', canonical: a, surface: a, originalSurface: a, start: at, end: at + a.length, sentence: s.index, anaphor: true }));
    }
    return out;
  };
}
