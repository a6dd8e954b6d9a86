/**
 * TARGETS: Program → Industry it aims at.
 *   《武汉市汽车产业发展规划》        the industries a program's title names
 *   the document's own title          (…新能源汽车产业发展规划 on its title line)
 *   goal sentences of the document    (发展目标 / 总体要求 / 本规划… sentences that
 *                                     develop industries) → the document program
 */
import { toSimplified } from '../../../shared/chinese.ts';
import { loadTaxonomy } from '../../taxonomy/index.ts';
import { createIndustryRecogniser } from '../recognise/industry.ts';
import type { Recogniser, RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { PLAN_SPEAKING, byLabel, candidate, mentionsWithin, titleSpan } from './program-links.ts';

const GOAL_SECTION = /(发展目标|总体目标|主要目标|目标定位|发展定位|总体要求|指导思想|战略定位|功能定位|产业定位|总体思路)/;
const ZONE_AFTER = /^(产业)?(开发区|园区|产业园|工业园|集聚区|示范区|基地|新区|新城)/;
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
      for (const p of byLabel(mentions, 'Program')) {
        const span = titleSpan(sentence, p);
        if (!span) continue;
        for (const i of mentionsWithin(recogniser(), sentence, context, span.start, span.end)) {
          // 高新技术产业开发区 names a kind of zone, not an industry the program aims at
          if (!ZONE_AFTER.test(text.slice(i.end, span.end))) add(p, i);
        }
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
