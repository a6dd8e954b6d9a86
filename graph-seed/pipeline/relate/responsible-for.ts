/**
 * RESPONSIBLE_FOR: Organization → Program, from 责任单位 / 牵头单位 lines.
 * Every organization the line lists is responsible for every named measure
 * (a mechanism, initiative, fund, talent plan or project) of the paragraph
 * the line closes, else for the document program. Cited documents in the section
 * (《全国工业用地出让最低价标准》) are what the measure follows, not the measure.
 */
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { RESPONSIBILITY_LINE } from '../recognise/organization.ts';
import { byLabel, candidate, isDocumentKind, titleSpan } from './program-links.ts';

/** How far back in a section a measure is still the one a 责任单位 line closes. */
const LOOK_BACK = 8;

function sameSection(a: Sentence, b: Sentence): boolean {
  return a.section.length === b.section.length && a.section.every((h, i) => h === b.section[i]);
}

/** Whether only line-internal text separates two sentences (no paragraph break between them). */
function sameParagraph(text: string, earlier: Sentence, later: Sentence): boolean {
  return !/\n/.test(text.slice(earlier.end, later.start));
}

function measuresFor(sentence: Sentence, cueAt: number, mentions: ResolvedMention[], context: RelationContext): ResolvedMention[] {
  const sentences = context.document.sentences;
  const text = context.document.document.text;
  const measures = (ms: ResolvedMention[], s: Sentence) =>
    byLabel(ms, 'Program').filter((p) => !isDocumentKind(p) && !titleSpan(s, p));
  const found: ResolvedMention[] = measures(mentions, sentence).filter((p) => p.end <= cueAt);
  // a 责任单位 line standing on its own closes the paragraph above it
  let crossings = /^[（(]?\s*$/.test(sentence.simplified.slice(0, RESPONSIBILITY_LINE.exec(sentence.simplified)?.index ?? 0)) ? 1 : 0;
  for (let i = sentence.index - 1, later = sentence; i >= 0 && i >= sentence.index - LOOK_BACK; i--) {
    const previous = sentences[i];
    if (!previous || !sameSection(previous, sentence)) break;
    if (!sameParagraph(text, previous, later)) {
      if (crossings === 0 || found.length > 0) break;
      crossings--;
    }
    // an earlier 责任单位 line closes an earlier measure
    if (RESPONSIBILITY_LINE.test(previous.simplified)) break;
    found.unshift(...measures(context.mentionsBySentence.get(i) ?? [], previous));
    later = previous;
  }
  const unique = [...new Map(found.map((p) => [p.nodeId, p])).values()];
  return unique.length > 0 ? unique : context.documentProgram ? [context.documentProgram] : [];
}

export function relateResponsibleFor(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  const cue = RESPONSIBILITY_LINE.exec(sentence.simplified);
  if (!cue) return [];
  const listStart = cue.index + cue[0].length;
  const organizations = byLabel(mentions, 'Organization').filter((o) => o.start >= listStart);
  if (organizations.length === 0) return [];
  const measures = measuresFor(sentence, cue.index, mentions, context);
  return organizations.flatMap((o) => measures.map((m) => candidate('RESPONSIBLE_FOR', o, m, sentence)));
}

export const responsibleForRule: RelationRule = { name: 'responsible-for', relate: relateResponsibleFor };
