/**
 * What the program, organization and company rules share: building
 * candidates, reading the names inside a 《title》 (whose inner mentions the
 * orchestrator drops in favour of the title), and telling when a sentence is
 * the plan speaking for itself (本纲要根据…编制, 现制定本方案).
 */
import type { RelationshipType } from '../../../shared/graph.ts';
import type { Mention, Recogniser, RelationCandidate, RelationContext, ResolvedMention, Sentence } from '../types.ts';
import { mentionNodeId } from '../resolve/index.ts';

export function candidate(type: RelationshipType, start: ResolvedMention, end: ResolvedMention, sentence: Sentence): RelationCandidate {
  return { type, start, end, sentence: sentence.index };
}

export function resolve(m: Mention): ResolvedMention {
  return { ...m, nodeId: mentionNodeId(m) };
}

/** The sentence is the document talking about itself: 本纲要 / 本规划 / 现制定本方案 / …编制的规划. */
export const PLAN_SPEAKING =
  /(本(纲要|规划|方案|意见|办法|计划|措施|条例|细则|规定|政策)|现(制定|提出|编制|印发)|特制定|制定(如下|以下|本)|编制(本|的)?(规划|方案|纲要|规划纲要)|结合[^，。]{0,16}实际[^，。]{0,6}(制定|编制))/;

/** Where the name of a titled program stands in its sentence (inside 《》), or null for untitled programs. */
export function titleSpan(sentence: Sentence, program: Mention): { start: number; end: number } | null {
  const text = sentence.simplified;
  // 《…》, or the corner quotes Taiwan documents title with (「…計畫」)
  let open = text.indexOf('《', program.start);
  let closer = '》';
  if (open < 0 || open >= program.end) {
    const corner = text.lastIndexOf('「', program.start);
    if (corner < 0 || corner < program.start - 1) return null;
    open = corner;
    closer = '」';
  }
  const close = text.indexOf(closer, open);
  if (close < 0 || close > program.end) return null;
  return { start: open + 1, end: close };
}

/** Mentions a recogniser finds inside text[start, end) of a sentence, with sentence-relative offsets. */
export function mentionsWithin(
  recogniser: Recogniser,
  sentence: Sentence,
  context: RelationContext,
  start: number,
  end: number,
): ResolvedMention[] {
  const inner: Sentence = {
    ...sentence,
    simplified: sentence.simplified.slice(start, end),
    simplifiedStart: sentence.simplifiedStart + start,
  };
  return recogniser
    .recognise(inner, { document: context.document, subject: context.subject })
    // anaphors (开发区 in a title) stand for the subject, which the title does not name
    .filter((m) => !m.anaphor && m.canonical !== '')
    .map((m) => resolve({ ...m, start: m.start + start, end: m.end + start, sentence: sentence.index }));
}

export const byLabel = (mentions: ResolvedMention[], ...labels: Mention['label'][]) => mentions.filter((m) => labels.includes(m.label));

/** Titled programs of the kinds that are documents (plans, policies, regulations, notices), not measures. */
export const isDocumentKind = (m: Mention) => ['plan', 'policy', 'regulation', 'guideline', 'notice'].includes(String(m.properties?.['kind'] ?? ''));

/** A pipe table row's cells, with or without bars at its ends (| a | b | or a | b). */
export function cellsOf(row: string): string[] {
  const cells = row.split('|');
  if (row.trim().startsWith('|')) cells.shift();
  if (row.trim().endsWith('|')) cells.pop();
  return cells;
}

/** The column of a position in a pipe table row: the bars before it, less the one opening the row. */
export function columnAt(row: string, at: number): number {
  const opening = row.trim().startsWith('|') ? 1 : 0;
  return (row.slice(0, at).match(/\|/g)?.length ?? 0) - opening;
}

/** The header row above a table row (the nearest earlier row of the same table whose cells `isHeader` accepts), as its cells. */
export function tableHeader(sentence: Sentence, context: RelationContext, isHeader: (cells: string[]) => boolean): string[] | null {
  if (sentence.kind !== 'table-row') return null;
  for (let i = sentence.index - 1; i >= 0; i--) {
    const row = context.document.sentences[i];
    if (!row || row.kind !== 'table-row') return null;
    const cells = cellsOf(row.simplified);
    if (isHeader(cells)) return cells;
  }
  return null;
}


/** A Taiwan announcement (X 公告 / 發文字號：… / 主旨：公告「P」): the program its 發文字號 line names, when the document is one. */
export function announcementNumber(context: RelationContext): ResolvedMention | null {
  const first = context.document.sentences[0];
  if (!first || !/^\s*\S+\s*公告\s*$/.test(first.simplified)) return null;
  for (let i = 1; i <= 4; i++) {
    const s = context.document.sentences[i];
    if (!s) break;
    const p = byLabel(context.mentionsBySentence.get(i) ?? [], 'Program').find((m) => m.properties?.['docNumber'] !== undefined && /(发文字号|字号|文号)[:：]\s*$/.test(s.simplified.slice(0, m.start)));
    if (p) return p;
  }
  return null;
}
