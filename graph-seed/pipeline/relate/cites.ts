/**
 * CITES: Program → Program, when one is made 根据 / 依据 / 按照 / 贯彻 / 落实
 * another. The citing program is the one the sentence is about:
 *   《A》由…印发，是…根据《B》《C》等有关要求编制的规划   → A cites B, C
 *   根据《B》(文号)、《C》精神，…现制定本方案              → the document cites B, C
 *   根据《B》，制定《A》                                 → A cites B
 * A body sentence that merely carries out a policy (全面落实《优化营商环境条例》)
 * is not the plan being made from it, so it gives no edge.
 */
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { PLAN_SPEAKING, announcementNumber, byLabel, candidate } from './program-links.ts';

const TRIGGER = /(根据|依据|按照|遵照|依照|贯彻落实|贯彻|落实|对照|参照|以)/g;
/** Between the trigger and the first cited title: nothing but issuers (根据市委、市政府《…》). */
const LEAD_GAP = /^[^，。；;,：:]{0,16}$/;
/** Between two cited titles: list separators only. */
const LIST_GAP = /^[\s、，,和及与以及]*$/;
/** After the cited titles: what makes them the basis (精神, 要求, 为指导 …). */
const BASIS = /^(根据|依据|按照|遵照|依照)$/;
const MAKING_VERB = /(制定|编制|起草|出台|印发)/;

function citedAfter(text: string, triggerEnd: number, programs: ResolvedMention[]): ResolvedMention[] {
  const cited: ResolvedMention[] = [];
  let cursor = triggerEnd;
  for (const p of programs) {
    if (p.start < cursor) continue;
    const gap = text.slice(cursor, p.start);
    if (cited.length === 0 ? !LEAD_GAP.test(gap) || /[》“”]/.test(gap) : !LIST_GAP.test(gap)) break;
    cited.push(p);
    cursor = p.end;
  }
  return cited;
}

export function relateCites(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  const text = sentence.simplified;
  const programs = byLabel(mentions, 'Program').sort((a, b) => a.start - b.start);
  if (programs.length === 0) return [];
  const out: RelationCandidate[] = [];
  // an announcement's 依據：A、B line: what its document number rests on
  if (/^\s*依据[:：]/.test(text) && sentence.index <= 8) {
    const number = announcementNumber(context);
    if (number) for (const p of programs) if (p.nodeId !== number.nodeId) out.push(candidate('CITES', number, p, sentence));
    return out;
  }
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    // 以《…》为指导 / 为依据 cites; other 以 does not
    if (m[0] === '以' && !/^《[^》]+》(为|作为)(指导|依据|遵循|统领|引领)/.test(text.slice(m.index + 1))) continue;
    const cited = citedAfter(text, m.index + m[0].length, programs);
    if (cited.length === 0) continue;
    const last = cited[cited.length - 1]!;
    const before = programs.filter((p) => p.end <= m!.index && !out.some((o) => o.end.nodeId === p.nodeId));
    const after = programs.filter((p) => p.start >= last.end && !cited.includes(p));
    let citing: ResolvedMention | null = null;
    // 《A》…根据《B》…编制: the program opening the sentence is the one made
    if (before.length > 0 && before[0]!.start <= 2 && /^[^。；]*$/.test(text.slice(before[0]!.end, m.index))) citing = before[0]!;
    // 根据《B》，制定《A》 / 为贯彻落实《B》，…现将《A》印发给你们
    else if (after.length > 0 && (MAKING_VERB.test(text.slice(last.end, after[0]!.start)) || (/现将$/.test(text.slice(0, after[0]!.start)) && /^(印发|发布)/.test(text.slice(after[0]!.end))))) citing = after[0]!;
    // a document's opening 根据… sentence is its own basis even without 现制定本方案; 落实/贯彻 there is not
    else if (context.documentProgram && (PLAN_SPEAKING.test(text) || (sentence.index <= 3 && BASIS.test(m[0])))) citing = context.documentProgram;
    if (!citing) continue;
    for (const c of cited) if (c.nodeId !== citing.nodeId) out.push(candidate('CITES', citing, c, sentence));
    TRIGGER.lastIndex = last.end;
  }
  return out;
}

export const citesRule: RelationRule = { name: 'cites', relate: relateCites };
