/**
 * ACTIVE_IN: Company → Industry.
 *   依托东风华神等企业大力发展新能源卡车,重点发展燃料电池重卡、纯电动轻微卡
 *                                         the industries the sentence goes on to develop
 *   对接国家电网等能源龙头企业            the industry the list's own tail names
 *   长江存储生产存储芯片 / X布局氢能       a company producing or entering an industry
 * An industry counts when a verb of developing stands right before it, or it
 * is listed (、和及与) with one that does; industries inside modifiers
 * (绿色环保型…家电产品) and after a second 依托 do not. A bracketed owner
 * (绿动氢能(国电投)) is an aside, not one of the companies.
 */
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { byLabel, candidate } from './program-links.ts';

const DEVELOP = /(发展|打造|培育|推动|建设|做强|做大|壮大|生产|布局|延伸|拓展|聚焦|加快|推进|提升|提高|研发|制造|主营|专注|从事|深耕|进军|投资|带动|形成|构建)$/;
const GROUP_BREAK = /[。；;]|依托|依靠/;
/** The company list ends in 等(…)企业, or the company itself is the subject of a producing verb. */
const LIST_END = /^[^，。；]{0,3}?等/;
const LIST_TAIL = /^[^，。；]{0,3}?等[^，。；、]{0,10}?(企业|公司|厂商|厂家|集团|车企|巨头|项目)/;
const PRODUCES = /^(正在|主要|重点|加快|积极|已)?(生产|布局|主营|研发|制造|从事|专注|深耕|进军|投资建设|投资)/;
/** Between an industry and the next one of the same list. */
const LIST_JOIN = /^[\u3400-\u9fff]{0,4}?(、|和|及|与|以及)$|^(?:产业链|产业|行业|领域)的$/;
/** A verb and the rank or praise of its object before the industry (打造世界级石化…, 打造全国一流的软件…). */
const VERB_THEN_MODIFIER = /(发展|打造|培育|建设|建成|做强|做大|壮大|布局|聚焦)(?:[\u3400-\u9fff]{1,4}级|[^，。；、]{1,12}的)$/;
/** The company list is introduced as what the sentence relies on (依托X等龙头企业): its whole sentence counts. */
const RELIED_ON = /(依托|依靠|借助|发挥)$/;
/** Adverbs and measure words that may stand between the verb and the industry. */
const VERB_GAP = /^(一批|壮大|高端|新型|中高端)?$/;

export function relateActiveIn(sentence: Sentence, mentions: ResolvedMention[], _context: RelationContext): RelationCandidate[] {
  const text = sentence.simplified;
  const companies = byLabel(mentions, 'Company').sort((a, b) => a.start - b.start);
  const industries = byLabel(mentions, 'Industry').sort((a, b) => a.start - b.start);
  const out: RelationCandidate[] = [];
  const add = (c: ResolvedMention, i: ResolvedMention) => {
    if (!out.some((o) => o.start.nodeId === c.nodeId && o.end.nodeId === i.nodeId)) out.push(candidate('ACTIVE_IN', c, i, sentence));
  };
  for (const c of companies) {
    if (/[(（]$/.test(text.slice(0, c.start))) continue;
    const rest = text.slice(c.end);
    const breakAt = rest.search(GROUP_BREAK);
    const limit = breakAt < 0 ? text.length : c.end + breakAt;
    const lastOfList = companies.filter((o) => o.start >= c.start && o.start < limit).pop() ?? c;
    const after = text.slice(lastOfList.end);
    if (!LIST_END.test(after) && !PRODUCES.test(after)) continue;
    // 等能源龙头企业: the tail of the list names the industry
    const tail = LIST_TAIL.exec(after);
    const tailEnd = tail ? lastOfList.end + tail[0].length : lastOfList.end;
    for (const i of industries) if (i.start >= lastOfList.end && i.end <= tailEnd) add(c, i);
    // 聚焦A产业链的B、C环节，依托X、Y等龙头企业，打造…: the industries the sentence develops before the 依托 clause too.
    const sentenceStart = Math.max(0, ...[...text.slice(0, c.start).matchAll(/[。；;]/g)].map((m) => m.index + 1));
    let firstOfList = c;
    for (let k = companies.indexOf(c) - 1; k >= 0; k--) {
      const o = companies[k]!;
      if (o.start < sentenceStart || !/^[、和及与]$/.test(text.slice(o.end, firstOfList.start))) break;
      firstOfList = o;
    }
    const relied = RELIED_ON.test(text.slice(sentenceStart, firstOfList.start).replace(/[^\u3400-\u9fff]+$/, ''));
    let previous: ResolvedMention | null = null;
    if (relied) {
      for (const i of industries) {
        if (i.start < sentenceStart || i.end > firstOfList.start) continue;
        if (/^型/.test(text.slice(i.end))) continue;
        const before = text.slice(previous ? previous.end : sentenceStart, i.start);
        const joined = previous !== null && LIST_JOIN.test(before);
        const developed = DEVELOP.test(before.replace(/[^\u3400-\u9fff]+$/, '').replace(/(一批|壮大|高端|新型|中高端)$/, '')) || VERB_THEN_MODIFIER.test(before);
        if (joined || developed) {
          add(c, i);
          previous = i;
        } else previous = null;
      }
      previous = null;
    }
    for (const i of industries) {
      if (i.start < tailEnd || i.start >= limit) continue;
      // 绿色环保型、高效节能型…家电产品: an industry word used as a modifier
      if (/^型/.test(text.slice(i.end))) continue;
      const before = text.slice(previous ? previous.end : tailEnd, i.start);
      const joined = previous !== null && LIST_JOIN.test(before);
      const developed = DEVELOP.test(before.replace(/[^\u3400-\u9fff]+$/, '').replace(/(一批|壮大|高端|新型|中高端)$/, '')) || VERB_THEN_MODIFIER.test(before);
      if (joined || developed || (VERB_GAP.test(before) && previous !== null && LIST_JOIN.test(before))) {
        add(c, i);
        previous = i;
      } else previous = null;
    }
  }
  return out;
}

export const activeInRule: RelationRule = { name: 'active-in', relate: relateActiveIn };
