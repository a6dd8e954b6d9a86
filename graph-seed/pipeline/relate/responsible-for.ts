/**
 * RESPONSIBLE_FOR: Organization → Program.
 *   责任单位 / 牵头单位 / 配合单位 lines: every organization the line lists is
 *     responsible for every named measure (a mechanism, initiative, fund,
 *     talent plan or project) of the paragraph the line closes, and for the
 *     titled documents that paragraph carries out (深入实施《…行动计划》,
 *     按照《…政策》给予奖励), else for the document program. Documents the
 *     paragraph only cites or measures against (根据《…》, 不低于《…标准》) are not
 *     the measure.
 *   由X负责推动 / 本政策由X负责解释: X answers for the program of its sentence.
 *   Tables whose header names 牵头单位 / 责任单位 columns: the units of a row
 *     answer for the programs of that row.
 */
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { RESPONSIBILITY_LINE } from '../recognise/organization.ts';
import { byLabel, candidate, columnAt, isDocumentKind, tableHeader, titleSpan } from './program-links.ts';

/** A line that is nothing but a cue and its list (配合单位：区金融办). */
const OPENS_WITH_CUE = new RegExp(`^[（(]?\\s*${RESPONSIBILITY_LINE.source}`);

/** How far back in a section a measure is still the one a 责任单位 line closes. */
const LOOK_BACK = 8;

function sameSection(a: Sentence, b: Sentence): boolean {
  return a.section.length === b.section.length && a.section.every((h, i) => h === b.section[i]);
}

/** Whether only line-internal text separates two sentences (no paragraph break between them). */
function sameParagraph(text: string, earlier: Sentence, later: Sentence): boolean {
  return !/\n/.test(text.slice(earlier.end, later.start));
}

/** Verbs by which a paragraph carries a titled document out (深入实施《…》, 按照《…》给予奖励). */
const CARRIES_OUT = /(实施|落实|执行|推进|推行|按照|依照|对照|用好|兑现)[^，。；《》]{0,4}$/;

/** A titled document is a measure of the paragraph when the paragraph carries it out. */
function carriedOut(s: Sentence, p: ResolvedMention): boolean {
  const span = titleSpan(s, p);
  if (!span) return false;
  return CARRIES_OUT.test(s.simplified.slice(0, span.start - 1)) && !/(根据|依据|遵照)[^，。；]*$/.test(s.simplified.slice(0, span.start - 1));
}

function measuresFor(sentence: Sentence, cueAt: number, mentions: ResolvedMention[], context: RelationContext): ResolvedMention[] {
  const sentences = context.document.sentences;
  const text = context.document.document.text;
  // a named policy written without title brackets (“岳麓峰会”人才政策) is a measure; a bare 文号 or a notice is not
  const measures = (ms: ResolvedMention[], s: Sentence) =>
    byLabel(ms, 'Program').filter(
      (p) => p.properties?.['kind'] !== 'notice' && p.properties?.['kind'] !== undefined && (titleSpan(s, p) ? carriedOut(s, p) : !isDocumentKind(p) || p.properties?.['kind'] === 'policy'),
    );
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
    // an earlier 责任单位 line closes an earlier measure, unless this line only continues it (牵头单位：…；配合单位：…)
    if (RESPONSIBILITY_LINE.test(previous.simplified)) {
      if (later === sentence && OPENS_WITH_CUE.test(sentence.simplified) && sameParagraph(text, previous, sentence)) {
        later = previous;
        continue;
      }
      break;
    }
    found.unshift(...measures(context.mentionsBySentence.get(i) ?? [], previous));
    later = previous;
  }
  const unique = [...new Map(found.map((p) => [p.nodeId, p])).values()];
  if (unique.length > 0) return unique;
  // a field of the whole document (链长：市长；牵头单位：X) answers for it; a numbered measure naming no program answers for nothing named
  if (context.documentProgram && !numberedMeasure(sentence, context)) return [context.documentProgram];
  // a passage about one titled document (《X若干措施》…由…印发。措施提出…): the document it opens with
  for (let i = Math.max(0, sentence.index - LOOK_BACK); i <= sentence.index; i++) {
    const s = sentences[i];
    if (!s || !sameSection(s, sentence)) continue;
    const opening = byLabel(context.mentionsBySentence.get(i) ?? [], 'Program').find((p) => p.start <= 2 && titleSpan(s, p) && p.properties?.['kind'] !== 'notice');
    if (opening) return [opening];
  }
  return [];
}

/** 一、 / （二） / 3. / 第四条: a numbered measure of a plan. */
const NUMBERED = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十百\d]{1,4}条)/;

/** Whether the paragraph the sentence closes opens with a measure's number. */
function numberedMeasure(sentence: Sentence, context: RelationContext): boolean {
  const sentences = context.document.sentences;
  const text = context.document.document.text;
  let first = sentence;
  for (let i = sentence.index - 1; i >= 0; i--) {
    const previous = sentences[i];
    if (!previous || !sameParagraph(text, previous, first)) break;
    first = previous;
  }
  return NUMBERED.test(first.simplified) || (first === sentence && sentence.section.some((h) => NUMBERED.test(h)));
}

/** 由X负责推动 / 由X牵头实施: the body the sentence puts in charge. */
const IN_CHARGE_AFTER = /^(?:[、和及与]|会同|联合|牵头)?(?:负责|牵头)(?:推动|推进|实施|组织实施|解释|落实|执行|牵头|管理|运营|组织)?/;
/** The sentence speaks of the document itself (本政策由…负责解释). */
const THIS_DOCUMENT = /本(政策|办法|方案|规划|意见|措施|细则|规定|计划|条例|通知)/;

function inCharge(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  const text = sentence.simplified;
  if (!text.includes('由')) return [];
  const out: RelationCandidate[] = [];
  for (const o of byLabel(mentions, 'Organization')) {
    if (!/由$/.test(text.slice(0, o.start)) || !IN_CHARGE_AFTER.test(text.slice(o.end))) continue;
    const before = byLabel(mentions, 'Program').filter((p) => p.end <= o.start && p.properties?.['kind'] !== 'notice');
    const program = before.at(-1) ?? (THIS_DOCUMENT.test(text.slice(0, o.start)) ? context.documentProgram : null);
    if (!program) continue;
    out.push(candidate('RESPONSIBLE_FOR', o, program, sentence));
    // 由X牵头，Y、Z配合: the bodies that assist answer for it too
    const clauseEnd = text.slice(o.end).search(/[。；]/);
    const until = clauseEnd < 0 ? text.length : o.end + clauseEnd;
    const helpers = byLabel(mentions, 'Organization').filter((h) => h.start > o.end && h.end <= until).sort((a, b) => a.start - b.start);
    for (let k = 0; k < helpers.length; k++) {
      const h = helpers[k]!;
      if (!/^(?:[、和及与][^，。；]{0,12})?(配合|协同|参与)/.test(text.slice(h.end))) continue;
      // the whole list before 配合 (Y、Z配合)
      let first = k;
      while (first > 0 && /^[、和及与]$/.test(text.slice(helpers[first - 1]!.end, helpers[first]!.start))) first--;
      for (const g of helpers.slice(first, k + 1)) out.push(candidate('RESPONSIBLE_FOR', g, program, sentence));
    }
  }
  return out;
}

/** X牵头统筹调度 in a document's general requirements (not a numbered measure): X answers for the document. */
const LEADS_AFTER = /^(?:[、和及与]|会同|联合)?牵头(?:统筹|负责|抓总|组织|协调|调度|推进|落实)/;

function sameClause(text: string, a: number, b: number): boolean {
  return !/[，,。；;]/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

function leads(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  const own = context.documentProgram;
  const text = sentence.simplified;
  if (!own || !text.includes('牵头') || text.includes('由') || numberedMeasure(sentence, context)) return [];
  const programs = byLabel(mentions, 'Program');
  return byLabel(mentions, 'Organization')
    // a program in the same clause is what X leads (X牵头推进P), which this rule does not read
    .filter((o) => LEADS_AFTER.test(text.slice(o.end)) && !programs.some((p) => sameClause(text, p.start, o.start)))
    .map((o) => candidate('RESPONSIBLE_FOR', o, own, sentence));
}

/** Column roles of a pipe table's header row (| 序号 | 重点任务 | 牵头单位 | 配合单位 |). */
const UNIT_HEADER = /(责任单位|牵头单位|配合单位|责任部门|牵头部门|参与单位|实施主体)/;

function tableRow(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  const header = tableHeader(sentence, context, (cells) => cells.some((c) => UNIT_HEADER.test(c)));
  if (!header) return [];
  const text = sentence.simplified;
  const isUnit = (at: number) => /(单位|部门|主体)/.test(header[columnAt(text, at)] ?? '');
  const units = byLabel(mentions, 'Organization').filter((o) => isUnit(o.start));
  const programs = byLabel(mentions, 'Program').filter((p) => !isUnit(p.start));
  return units.flatMap((o) => programs.map((p) => candidate('RESPONSIBLE_FOR', o, p, sentence)));
}

export function relateResponsibleFor(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  const cue = RESPONSIBILITY_LINE.exec(sentence.simplified);
  if (!cue) return [...inCharge(sentence, mentions, context), ...leads(sentence, mentions, context), ...tableRow(sentence, mentions, context)];
  const listStart = cue.index + cue[0].length;
  const organizations = byLabel(mentions, 'Organization').filter((o) => o.start >= listStart);
  if (organizations.length === 0) return [];
  const measures = measuresFor(sentence, cue.index, mentions, context);
  return organizations.flatMap((o) => measures.map((m) => candidate('RESPONSIBLE_FOR', o, m, sentence)));
}

export const responsibleForRule: RelationRule = { name: 'responsible-for', relate: relateResponsibleFor };
