/**
 * ACTIVE_IN: Company → Industry.
 *   依托东风华神等企业大力发展新能源卡车            the companies a plan builds an industry on
 *   依托中国电子、科大讯飞等龙头企业，推动数字经济…   (the rest of the sentence, up to 。/；)
 *   长江存储生产存储芯片 / X布局氢能                 a company producing or entering an industry
 * The industry must follow the company with a verb of developing between them,
 * and a second 依托 starts a new group.
 */
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { byLabel, candidate } from './program-links.ts';

const DEVELOP = /(发展|打造|培育|推动|建设|做强|做大|壮大|生产|布局|延伸|拓展|聚焦|加快|推进|提升|研发|制造|主营|专注|从事|深耕|进军|投资|带动|形成|构建)/;
const GROUP_BREAK = /[。；;]|依托|依靠/;
/** The company list ends in 等(龙头)企业, or the company itself is the subject of a producing verb. */
const LIST_END = /^[^，。；]{0,3}?等/;
const PRODUCES = /^(正在|主要|重点|加快|积极|已)?(生产|布局|主营|研发|制造|从事|专注|深耕|进军|投资建设|投资)/;

export function relateActiveIn(sentence: Sentence, mentions: ResolvedMention[], _context: RelationContext): RelationCandidate[] {
  const text = sentence.simplified;
  const companies = byLabel(mentions, 'Company').sort((a, b) => a.start - b.start);
  const industries = byLabel(mentions, 'Industry');
  const out: RelationCandidate[] = [];
  for (const c of companies) {
    // 绿动氢能(国电投): the bracketed owner is an aside, not one of the companies building the industry
    if (/[(（]$/.test(text.slice(0, c.start))) continue;
    // the group runs to the end of the company list and on to the next break
    const rest = text.slice(c.end);
    const breakAt = rest.search(GROUP_BREAK);
    const limit = breakAt < 0 ? text.length : c.end + breakAt;
    const lastOfList = companies.filter((o) => o.start >= c.start && o.start < limit).pop() ?? c;
    const after = text.slice(lastOfList.end);
    if (!LIST_END.test(after) && !PRODUCES.test(after)) continue;
    for (const i of industries) {
      if (i.start < lastOfList.end || i.start >= limit) continue;
      if (!DEVELOP.test(text.slice(lastOfList.end, i.start))) continue;
      out.push(candidate('ACTIVE_IN', c, i, sentence));
    }
  }
  return out;
}

export const activeInRule: RelationRule = { name: 'active-in', relate: relateActiveIn };
