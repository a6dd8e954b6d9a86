/**
 * TARGETS: Program → Industry it aims at.
 *   《武汉市汽车产业发展规划》        the industries a program's title or name carries
 *   数字经济“573”工程                 (千辆燃料电池汽车示范工程 → 燃料电池汽车)
 *   实施P,谋划布局I1、I2              the clause right after a campaign
 *   the document's own title          (…新能源汽车产业发展规划 on its title line)
 *   goal sentences of the document    (发展目标 / 总体要求 / 本规划… sentences that
 *                                     develop industries) → the document program
 */
import { toSimplified } from '../../../shared/chinese.ts';
import { loadTaxonomy } from '../../taxonomy/index.ts';
import { createIndustryRecogniser } from '../recognise/industry.ts';
import type { Recogniser, RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { PLAN_SPEAKING, byLabel, candidate, isDocumentKind, mentionsWithin, titleSpan } from './program-links.ts';

const GOAL_SECTION = /(发展目标|总体目标|主要目标|目标定位|发展定位|总体要求|指导思想|战略定位|功能定位|产业定位|总体思路)/;
const ZONE_AFTER = /^(产业)?(开发区|园区|产业园|工业园|集聚区|示范区|基地|新区|新城)/;
/** Tiers of industries rather than industries (未来产业孵化与加速计划 aims at what it lists, not at 未来产业). */
const TIER = /^(未来产业|战略性新兴产业|新兴产业|主导产业|支柱产业|优势产业|特色产业|首位产业|传统产业)$/;
/** A clause that opens by laying out industries. */
const FOLLOW_UP = /^(谋划|前瞻|重点|加快|着力)?(布局|发展|培育|聚焦|打造|壮大)/;
const AIM_VERB = /(发展|打造|培育|建设|壮大|做强|做大|聚焦|突出|重点|形成|建成)/;

export function createTargetsRule(industryRecogniser?: Recogniser): RelationRule {
  let industries = industryRecogniser ?? null;
  const recogniser = () => (industries ??= createIndustryRecogniser(loadTaxonomy()));
  return {
    name: 'targets',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const text = sentence.simplified;
      const out: RelationCandidate[] = [];
      const add = (p: ResolvedMention, i: ResolvedMention) => {
        if (i.label === 'Industry' && !out.some((c) => c.start.nodeId === p.nodeId && c.end.nodeId === i.nodeId)) out.push(candidate('TARGETS', p, i, sentence));
      };
      const industriesHere = byLabel(mentions, 'Industry').sort((a, b) => a.start - b.start);
      for (const p of byLabel(mentions, 'Program')) {
        // the industries its own name carries: 《武汉市汽车产业发展规划》, 数字经济“573”工程, 千辆燃料电池汽车示范工程
        const span = titleSpan(sentence, p) ?? { start: p.start, end: p.end };
        const inName = mentionsWithin(recogniser(), sentence, context, span.start, span.end);
        // a quoted part is read on its own too (“光伏+”规模应用示范工程)
        const quote = /[“"]([^”"+＋]+)[+＋]?[”"]/.exec(text.slice(span.start, span.end));
        if (quote) inName.push(...mentionsWithin(recogniser(), sentence, context, span.start + quote.index + 1, span.start + quote.index + 1 + quote[1]!.length));
        for (const i of inName) {
          // 高新技术产业开发区 names a kind of zone, not an industry the program aims at; 未来产业 is a tier, not a target
          if (!ZONE_AFTER.test(text.slice(i.end, span.end)) && !TIER.test(i.canonical)) add(p, i);
        }
        // 组织实施未来产业孵化与加速计划,谋划布局基因和生物育种、量子科技…: the clause right after a campaign says what it grows
        if (titleSpan(sentence, p) || isDocumentKind(p) || !/^[，,]/.test(text.slice(p.end))) continue;
        const next = text.slice(p.end + 1);
        const clauseEnd = next.search(/[，,。；;]/);
        const clause = clauseEnd < 0 ? next : next.slice(0, clauseEnd);
        if (!FOLLOW_UP.test(clause)) continue;
        for (const i of industriesHere) if (i.start > p.end && i.end <= p.end + 1 + clause.length) add(p, i);
      }
      const own = context.documentProgram;
      if (!own) return out;
      if (sentence.index === own.sentence) {
        const at = text.indexOf(own.surface);
        if (at >= 0) for (const i of mentionsWithin(recogniser(), sentence, context, at, at + own.surface.length)) add(own, i);
      }
      const section = sentence.section.slice(-2).map((h) => toSimplified(h)).join(' ');
      const goal = GOAL_SECTION.test(section) || PLAN_SPEAKING.test(text);
      if (goal && AIM_VERB.test(text)) for (const i of byLabel(mentions, 'Industry')) add(own, i);
      return out;
    },
  };
}

export const targetsRule: RelationRule = createTargetsRule();
