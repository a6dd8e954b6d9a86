/**
 * A SegmentedDocument made from a passage (Traditional or Simplified), split
 * into one sentence per line and per 。, with the real Simplified conversion
 * and offset map, so the recognisers and rules run exactly as in the
 * pipeline. Overlaps are dropped and ids given by the orchestrator's own
 * functions (resolve/overlap.ts, resolve/index.ts).
 */
import { readFileSync } from 'node:fs';
import { documentFromText } from '../../helpers/segmented-document.ts';
import type {
  DocumentMetadata,
  Mention,
  Recogniser,
  RecogniserContext,
  RelationContext,
  ResolvedMention,
  SegmentedDocument,
  Sentence,
} from '../../../graph-seed/pipeline/types.ts';
import { companyRecogniser } from '../../../graph-seed/pipeline/recognise/company.ts';
import { organizationRecogniser } from '../../../graph-seed/pipeline/recognise/organization.ts';
import { programRecogniser } from '../../../graph-seed/pipeline/recognise/program.ts';
import { dropOverlaps } from '../../../graph-seed/pipeline/resolve/overlap.ts';
import { mentionNodeId } from '../../../graph-seed/pipeline/resolve/index.ts';

export function segment(text: string, metadata: Partial<DocumentMetadata> = {}, id = 'doc:test'): SegmentedDocument {
  return documentFromText(text, { id, metadata });
}

export const corpusText = (file: string) => readFileSync(new URL(`../../../graph-seed/corpus/${file}`, import.meta.url), 'utf8');

/** Ids as the orchestrator gives them (regions by their GB/T 2260 code). */
export function resolved(m: Mention): ResolvedMention {
  return { ...m, nodeId: mentionNodeId(m) };
}

export const OUR_RECOGNISERS: Recogniser[] = [programRecogniser, organizationRecogniser, companyRecogniser];

/** Runs recognisers over every sentence; extra mentions (industries, places) can be supplied per sentence by a callback. */
export function recogniseAll(
  doc: SegmentedDocument,
  extra: (s: Sentence) => Mention[] = () => [],
  subject: Mention | null = null,
  recognisers: Recogniser[] = OUR_RECOGNISERS,
): Map<number, ResolvedMention[]> {
  const context: RecogniserContext = { document: doc, subject };
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const s of doc.sentences) {
    const found = [...recognisers.flatMap((r) => r.recognise(s, context)), ...extra(s)];
    bySentence.set(s.index, dropOverlaps(found).map(resolved));
  }
  return bySentence;
}

export function relationContext(doc: SegmentedDocument, mentionsBySentence: Map<number, ResolvedMention[]>, documentProgram: ResolvedMention | null = null, subject: ResolvedMention | null = null): RelationContext {
  return { document: doc, subject, documentProgram, mentionsBySentence };
}

/** A hand-made mention of another engineer's label (Industry, Region, Zone) at the first occurrence of `surface` in a sentence. */
export function mentionIn(s: Sentence, label: Mention['label'], surface: string, canonical = surface): Mention | null {
  const i = s.simplified.indexOf(surface);
  if (i < 0) return null;
  return { label, canonical, surface, originalSurface: surface, start: i, end: i + surface.length, sentence: s.index };
}

export const names = (ms: Mention[], label?: Mention['label']) => ms.filter((m) => !label || m.label === label).map((m) => m.canonical);
