/**
 * APPLIES_TO: Program → Zone or Region it governs or is implemented in.
 *   支持东湖高新区率先实施“链长制” / 在X试点P        implemented in a named place
 *   《南京市推动产业链高质量发展工作方案》            a title that opens with the place it is for
 *   《关于推动河南省开发区高质量发展的指导意见》      …关于推动/促进/支持 + place
 * A title opening with an issuer (湖北省人民政府关于…) is not read as a place.
 * The document program → subject edge is added by the orchestrator.
 */
import { getGazetteer } from '../../gazetteer/index.ts';
import { createRegionRecogniser } from '../recognise/region.ts';
import { createZoneRecogniser } from '../recognise/zone.ts';
import type { Recogniser, RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { byLabel, candidate, mentionsWithin, titleSpan } from './program-links.ts';

const BEFORE_PLACE = /(在|支持|鼓励|推动|选择|于|推进|指导)$/;
const IMPLEMENT = /^[^，。；]{0,10}?(率先|先行|全面|积极|探索|开展|深入)?(实施|试点|推行|推广|开展|执行|落实|先行先试|适用|建立)/;
const AFTER_PLACE_IN_TITLE_ISSUER = /^(人民政府|政府|省委|市委|委员会|管委会|管理委员会|办公厅|办公室|党委|工委|人大)/;
const ABOUT_VERB = /^关于(推动|促进|加快|支持|推进|进一步推动|进一步促进|进一步加快)?$/;

export function createAppliesToRule(placeRecognisers?: Recogniser[]): RelationRule {
  let places = placeRecognisers ?? null;
  const recognisers = () => (places ??= [createRegionRecogniser(getGazetteer()), createZoneRecogniser(getGazetteer())]);
  return {
    name: 'applies-to',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const text = sentence.simplified;
      const programs = byLabel(mentions, 'Program');
      const placesHere = byLabel(mentions, 'Zone', 'Region');
      const out: RelationCandidate[] = [];
      const add = (p: ResolvedMention, x: ResolvedMention) => {
        if (!out.some((c) => c.start.nodeId === p.nodeId && c.end.nodeId === x.nodeId)) out.push(candidate('APPLIES_TO', p, x, sentence));
      };
      for (const x of placesHere) {
        if (!BEFORE_PLACE.test(text.slice(Math.max(0, x.start - 2), x.start))) continue;
        const verb = IMPLEMENT.exec(text.slice(x.end));
        if (!verb) continue;
        const from = x.end + verb[0].length;
        const clauseEnd = text.slice(from).search(/[，。；]/);
        const until = clauseEnd < 0 ? text.length : from + clauseEnd;
        for (const p of programs) if (p.start >= from && p.start <= until && p.start - from <= 6) add(p, x);
      }
      for (const p of programs) {
        const span = titleSpan(sentence, p);
        if (!span) continue;
        const inTitle = recognisers().flatMap((r) => mentionsWithin(r, sentence, context, span.start, span.end));
        for (const x of inTitle) {
          if (x.label !== 'Zone' && x.label !== 'Region') continue;
          const lead = text.slice(span.start, x.start);
          const opens = lead === '' && !AFTER_PLACE_IN_TITLE_ISSUER.test(text.slice(x.end));
          if (opens || ABOUT_VERB.test(lead.replace(/^.*?(?=关于)/, ''))) add(p, x);
        }
      }
      return out;
    },
  };
}

export const appliesToRule: RelationRule = createAppliesToRule();
