/**
 * APPLIES_TO: Program → Zone or Region it governs or is implemented in.
 *   湖北省“51020”现代产业体系 / 武汉市“965”产业集群      the place written right before the program
 *   支持东湖高新区率先实施“链长制” / 在X试点P           the place that carries it out, in the sentence
 *   开展“垃圾革命” / 贯彻落实《湖北省开发区条例》         carried out, with no place named: the document's subject
 *   《南京市推动产业链高质量发展工作方案》               a title that opens with the place it is for
 *   《关于推动河南省开发区高质量发展的指导意见》         …关于(印发)推动/促进/支持 + place
 * Citing a document (根据《…》) or joining a wider one (融入“一带一路”) is not
 * carrying it out. A title opening with an issuer (湖北省人民政府关于…) is not
 * read as a place. The document program → subject edge is the orchestrator's.
 */
import { getGazetteer } from '../../gazetteer/index.ts';
import { createRegionRecogniser } from '../recognise/region.ts';
import { createZoneRecogniser } from '../recognise/zone.ts';
import type { Recogniser, RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { byLabel, candidate, isDocumentKind, mentionsWithin, titleSpan } from './program-links.ts';

const BEFORE_PLACE = /(在|支持|鼓励|推动|选择|于|推进|指导)$/;
const IMPLEMENT = /^[^，。；]{0,10}?(率先|先行|全面|积极|探索|开展|深入)?(实施|试点|推行|推广|开展|执行|落实|先行先试|适用|建立)/;
/** Verbs of carrying a program out, standing (within its clause) before it. */
const CARRY_OUT = /(实施|推行|开展|启动|建立|设立|制定|推进|深化|落实|执行|试点|探索|发展|升级|健全|完善|贯彻)/;
/** Verbs of citing or joining, which do not make the program apply here. */
const NOT_CARRY_OUT = /(根据|依据|按照|对照|参照|融入|对接|借鉴|学习|争取|申报|以)/;
const AFTER_PLACE_IN_TITLE_ISSUER = /^(人民政府|政府|省委|市委|委员会|管委会|管理委员会|办公厅|办公室|党委|工委|人大)/;
const ABOUT_VERB = /^关于(印发)?[<〈《]?(推动|促进|加快|支持|推进|进一步推动|进一步促进|进一步加快)?$/;

const isPlace = (m: ResolvedMention) => (m.label === 'Zone' || m.label === 'Region') && !m.anaphor && m.canonical !== '';

export function createAppliesToRule(placeRecognisers?: Recogniser[]): RelationRule {
  let places = placeRecognisers ?? null;
  const recognisers = () => (places ??= [createRegionRecogniser(getGazetteer()), createZoneRecogniser(getGazetteer())]);
  return {
    name: 'applies-to',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const text = sentence.simplified;
      const programs = byLabel(mentions, 'Program').sort((a, b) => a.start - b.start);
      const placesHere = byLabel(mentions, 'Zone', 'Region').filter(isPlace).sort((a, b) => a.start - b.start);
      const out: RelationCandidate[] = [];
      const add = (p: ResolvedMention, x: ResolvedMention) => {
        if (p.nodeId !== x.nodeId && !out.some((c) => c.start.nodeId === p.nodeId && c.end.nodeId === x.nodeId)) out.push(candidate('APPLIES_TO', p, x, sentence));
      };
      const placed = new Set<ResolvedMention>();
      // 湖北省“51020”现代产业体系
      for (const p of programs) {
        const x = placesHere.find((x) => x.end === p.start || (x.end === p.start - 1 && text[x.end] === '的'));
        if (x) {
          add(p, x);
          placed.add(p);
        }
      }
      // 支持X率先实施P
      for (const x of placesHere) {
        if (!BEFORE_PLACE.test(text.slice(Math.max(0, x.start - 2), x.start)) && x.start > 0) continue;
        const verb = IMPLEMENT.exec(text.slice(x.end));
        if (!verb) continue;
        const from = x.end + verb[0].length;
        const clauseEnd = text.slice(from).search(/[。；]/);
        const until = clauseEnd < 0 ? text.length : from + clauseEnd;
        for (const p of programs) {
          if (p.start >= from && p.start <= until && !placed.has(p)) {
            add(p, x);
            placed.add(p);
          }
        }
      }
      // carried out with no place named: the document's subject place
      const subject = context.subject;
      // only a zone's own plan makes its measures the zone's; a province's measures reach places it names
      if (subject && subject.label === 'Zone') {
        for (const p of programs) {
          if (placed.has(p) || p.nodeId === context.documentProgram?.nodeId) continue;
          const titled = titleSpan(sentence, p) !== null;
          if (titled ? !/(贯彻|落实|执行)/.test(clauseBefore(text, p.start)) : isDocumentKind(p)) continue;
          const before = clauseBefore(text, p.start);
          if (!CARRY_OUT.test(before) || NOT_CARRY_OUT.test(lastVerbZone(before))) continue;
          add(p, subject);
        }
      }
      // places a title names
      for (const p of programs) {
        const span = titleSpan(sentence, p);
        if (!span) continue;
        const inTitle = recognisers().flatMap((r) => mentionsWithin(r, sentence, context, span.start, span.end)).filter(isPlace);
        for (const x of inTitle) {
          const lead = text.slice(span.start, x.start);
          const opens = lead === '' && !AFTER_PLACE_IN_TITLE_ISSUER.test(text.slice(x.end));
          if (opens || ABOUT_VERB.test(lead.replace(/^.*?(?=关于)/, ''))) add(p, x);
        }
      }
      return out;
    },
  };
}

/** The clause before `at`, back to the previous comma or stop (and across a run of titles joined by 和/、). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at).replace(/《[^》]*》[、和及与]*/g, (t) => '＿'.repeat(t.length));
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'));
  return text.slice(cut + 1, at);
}

/** The last few characters before the program, where the governing verb stands. */
function lastVerbZone(before: string): string {
  return before.slice(-8);
}

export const appliesToRule: RelationRule = createAppliesToRule();
