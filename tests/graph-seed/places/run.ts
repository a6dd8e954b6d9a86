/**
 * Runs the place components the way the pipeline does (recognise, choose the
 * subject, drop overlaps, resolve, relate) with the orchestrator's own
 * subject/overlap/resolve stages, so the tests see what the build would.
 */
import { getGazetteer } from '../../../graph-seed/gazetteer/index.ts';
import { createRegionRecogniser } from '../../../graph-seed/pipeline/recognise/region.ts';
import { createZoneRecogniser } from '../../../graph-seed/pipeline/recognise/zone.ts';
import { createCooperatesWithRule } from '../../../graph-seed/pipeline/relate/cooperates-with.ts';
import { createLocatedInRule, type LocatedInOptions } from '../../../graph-seed/pipeline/relate/located-in.ts';
import { resolveMention, resolveSubject } from '../../../graph-seed/pipeline/resolve/index.ts';
import { dropOverlaps } from '../../../graph-seed/pipeline/resolve/overlap.ts';
import { chooseSubject } from '../../../graph-seed/pipeline/resolve/subject.ts';
import type { Mention, RecogniserContext, RelationCandidate, ResolvedMention, SegmentedDocument, Sentence } from '../../../graph-seed/pipeline/types.ts';

export const gazetteer = getGazetteer();
export const regionRecogniser = createRegionRecogniser(gazetteer);
export const zoneRecogniser = createZoneRecogniser(gazetteer);
const defaultRules = [createLocatedInRule(gazetteer), createCooperatesWithRule(gazetteer)];

export function recognise(sentence: Sentence, doc: SegmentedDocument): Mention[] {
  const context: RecogniserContext = { document: doc, subject: null };
  return [...regionRecogniser.recognise(sentence, context), ...zoneRecogniser.recognise(sentence, context)];
}

export interface PlaceRun {
  subject: ResolvedMention | null;
  mentions: Map<number, ResolvedMention[]>;
  relations: RelationCandidate[];
}

export function runPlaces(doc: SegmentedDocument, options?: LocatedInOptions): PlaceRun {
  const rules = options ? [createLocatedInRule(gazetteer, options), createCooperatesWithRule(gazetteer)] : defaultRules;
  const raw = doc.sentences.map((s) => recognise(s, doc));
  const title: Sentence = { index: -1, kind: 'heading', start: 0, end: doc.metadata.title.length, text: doc.metadata.title, simplified: doc.metadata.title, simplifiedStart: 0, section: [] };
  const subject = resolveSubject(chooseSubject(recognise(title, doc), raw));
  const mentions = new Map<number, ResolvedMention[]>();
  raw.forEach((ms, i) => {
    mentions.set(i, dropOverlaps(ms).map((m) => resolveMention(m, subject)).filter((m): m is ResolvedMention => m !== null));
  });
  const context = { document: doc, subject, documentProgram: null, mentionsBySentence: mentions };
  const relations = doc.sentences.flatMap((s) => rules.flatMap((r) => r.relate(s, mentions.get(s.index) ?? [], context)));
  return { subject, mentions, relations };
}
