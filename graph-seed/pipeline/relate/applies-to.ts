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
import { announcementNumber, byLabel, candidate, isDocumentKind, mentionsWithin, titleSpan } from './program-links.ts';

const BEFORE_PLACE = /(在|支持|鼓励|推动|选择|于|推进|指导)$/;
const IMPLEMENT = /^[^，。；]{0,10}?(率先|先行|全面|积极|探索|开展|深入)?(实施|试点|推行|推广|开展|执行|落实|先行先试|适用|建立)/;
/** Verbs of carrying a program out, standing (within its clause) before it. */
const CARRY_OUT = /(实施|推行|开展|启动|建立|设立|制定|推进|深化|落实|执行|试点|探索|发展|升级|健全|完善|贯彻)/;
/** Verbs of citing or joining, which do not make the program apply here. */
const NOT_CARRY_OUT = /(根据|依据|按照|对照|参照|融入|对接|借鉴|学习|争取|申报|以)/;
const AFTER_PLACE_IN_TITLE_ISSUER = /^(人民政府|政府|省委|市委|委员会|管委会|管理委员会|办公厅|办公室|党委|工委|人大)/;
const ABOUT_VERB = /^关于(印发)?[<〈《]?(推动|促进|加快|支持|推进|进一步推动|进一步促进|进一步加快)?$/;

/** 本政策适用于…, 适用范围：… (the document speaking of itself) */
const SCOPE = /(?:本|此)(?:政策|措施|办法|规定|细则|方案|计划|意见|通知|条例|实施细则)[^，。；]{0,6}适用(?:于|范围[:：为]?)|适用范围[:：为]/;
/** 以A、B为核心区/拓展区/配套区/主阵地/承载区… */
const CARRIER_LIST = /以[^，。；以]{2,60}?为[^，。；]{0,6}(?:区|园|平台|阵地|载体|基地|片区|承载地)/g;
/** A zone the document names but leaves out (不在本次认定范围, 除外). */
const OUT_OF_SCOPE = /^[^。；]{0,20}?(不在|不属于|除外|不纳入|不适用)/;
/** 与苏州高新区共建: a partner elsewhere, not a place the document governs. */
const PARTNER_BEFORE = /(与|同|联合|对接|学习|借鉴|对标|参照)$/;
/** the field of a project row naming its site */
const PROJECT_SITE = /^[；;，,\s]*(?:所在园区|所在地|所属园区|建设地点|实施地点|项目地点|落户园区|所在区域)[:：]/;
/** 出台《P》, 规划「P」: a place (or its government) making its own program */
const PLACE_MAKES = /(出台|印发|制定|发布|规划|推动|编制|实施|推出)了?[《「“]?$/;
/** Between the place and that verb: its government, a time, a conjunction. */
const REGION_THEN_MAKER = /^(?:人民政府|政府|县府|市府|党委|委|[^，。；]{0,4}年)?[^，。；《「]{0,4}?(?:并|也|还|已|先后|近日|日前)?$/;

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
      // 深入实施《P》，推动X、Y和Z扩区调区: the places the next clause sets to work under P
      for (const p of programs) {
        if (!titleSpan(sentence, p) || !/(实施|落实|执行|推进)[^，。；《》]{0,3}$/.test(text.slice(0, p.start).replace(/[《]$/, ''))) continue;
        const next = /^[^，。；]{0,12}[，,](推动|支持|引导|鼓励|推进)/.exec(text.slice(p.end));
        if (!next) continue;
        let cursor = p.end + next[0].length;
        for (const x of placesHere.filter((x) => x.start >= cursor)) {
          if (!/^(、|和|及|与|以及)?$/.test(text.slice(cursor, x.start))) break;
          add(p, x);
          placed.add(p);
          cursor = x.end;
        }
      }
      // 设立X基金，支持A、B…企业: the places a fund's next clause supports are where it is spent
      for (const p of programs) {
        if (p.properties?.['kind'] !== 'fund') continue;
        const next = /^[^，。；]{0,12}?[，,](?:重点)?(支持|扶持|用于|投向|覆盖)/.exec(text.slice(p.end));
        if (!next) continue;
        let cursor = p.end + next[0].length;
        for (const x of placesHere.filter((x) => x.start >= cursor)) {
          if (!/^(、|和|及|与|以及)?$/.test(text.slice(cursor, x.start))) break;
          add(p, x);
          cursor = x.end;
        }
      }
      // 措施提出，依托X… / 方案提出，以X为核心承载区: the plan the passage is about is carried out in the zone it names
      const speaking = /^(?:[^，。；]{0,4})(方案|措施|规划|计划|意见|政策|纲要)(提出|明确|要求|指出)/.exec(text);
      const spoken = context.documentProgram ?? openingProgram(context, sentence) ?? madeProgram(context, sentence);
      if (speaking && spoken) {
        for (const x of placesHere) {
          if (x.label !== 'Zone') continue;
          const lead = text.slice(0, x.start);
          if (/(依托|以)$/.test(lead) && (/^为[^，。；]{0,6}(承载区|平台|主阵地|载体|核心区)/.test(text.slice(x.end)) || /依托$/.test(lead) || /^[^，。；]{0,12}[，,]/.test(text.slice(x.end)))) add(spoken, x);
        }
      }
      // 本措施适用于A、B、C等…: the scope a document states for itself names the places it governs
      const scope = SCOPE.exec(text);
      if (scope && (context.documentProgram ?? spoken)) {
        const own = (context.documentProgram ?? spoken)!;
        const from = scope.index + scope[0].length;
        const stop = text.slice(from).search(/[。；]/);
        const until = stop < 0 ? text.length : from + stop;
        for (const x of placesHere) if (x.start >= from && x.end <= until && !insideTitle(sentence, programs, x)) add(own, x);
      }
      // 以A为核心区，以B、C为拓展区 (in what a plan states): every place of the list is where it is carried out
      if (speaking && spoken) {
        for (const m of text.matchAll(CARRIER_LIST)) {
          const from = m.index! + 1;
          const until = m.index! + m[0].length;
          for (const x of placesHere) if (x.start >= from && x.end <= until) add(spoken, x);
        }
      }
      // a title-line document's own measures (做强X, 推动X承接…, 所在园区：X) reach the zones its body names
      const own = context.documentProgram;
      if (own && ownDocument(context) && sentence.index > 0) {
        for (const x of placesHere) {
          if (x.label !== 'Zone' || insideTitle(sentence, programs, x)) continue;
          const clause = clauseAround(text, x.start, x.end);
          if (OUT_OF_SCOPE.test(text.slice(x.end)) || PARTNER_BEFORE.test(clause.before)) continue;
          add(own, x);
        }
      }
      // 项目名称：P；所在园区：X — a project row names the zone it is built in
      for (const p of programs) {
        if (p.properties?.['kind'] !== 'project') continue;
        const field = PROJECT_SITE.exec(text.slice(p.end));
        if (!field) continue;
        const at = p.end + field[0].length;
        const x = placesHere.find((x) => x.start === at);
        if (x) add(p, x);
      }
      // 延边州出台《P》 / 基隆市政府规划「P」: a place's own policy is carried out there
      for (const p of programs) {
        if (!titleSpan(sentence, p)) continue;
        const lead = text.slice(0, p.start);
        const verb = PLACE_MAKES.exec(lead);
        if (!verb) continue;
        const before = lead.slice(0, verb.index);
        const x = placesHere.filter((x) => x.label === 'Region' && x.end <= before.length).pop();
        if (x && REGION_THEN_MAKER.test(before.slice(x.end))) add(p, x);
      }
      // a cover notice (X关于印发《Y》的通知) is for the place its document is for
      const subject = context.subject;
      if (subject && !subject.anaphor) {
        for (const p of programs) {
          // a cover line (not a cited title) that names the place itself: 福州高新技术产业开发区关于印发…的通知
          if (p.properties?.['kind'] !== 'notice' || sentence.index > 6 || text.slice(0, p.start).trim() !== '') continue;
          const names = [subject.canonical, subject.surface, ...(subject.aliases ?? [])].filter((n) => n && n.length >= 2);
          if (names.some((n) => text.slice(p.start, p.end).includes(n))) add(p, subject);
        }
      }
      // carried out with no place named: the document's subject place
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
        const found = recognisers().flatMap((r) => mentionsWithin(r, sentence, context, span.start, span.end)).filter(isPlace);
        // 河北雄安新区, 海南自由贸易港: the province written into a zone's name is part of that name
        const inTitle = found.filter((x) => !(x.label === 'Region' && found.some((z) => z.label === 'Zone' && z.start <= x.start && x.end <= z.end && z !== x) ) && !(x.label === 'Region' && found.some((z) => z.label === 'Zone' && z.start === x.end && /^(自由贸易港|自由贸易试验区|新区)/.test(text.slice(x.end)))));
        // an announcement's number is for the place of the title its 主旨 announces
        const number = /^主旨[:：]\s*公告/.test(text) ? announcementNumber(context) : null;
        for (const x of inTitle) {
          const lead = text.slice(span.start, x.start);
          const opens = lead === '' && !AFTER_PLACE_IN_TITLE_ISSUER.test(text.slice(x.end));
          if (opens || ABOUT_VERB.test(lead.replace(/^.*?(?=关于)/, ''))) {
            add(p, x);
            if (number) add(number, x);
          }
        }
      }
      return out;
    },
  };
}

/** A place written inside a title of the sentence (cited, not set to work). */
function insideTitle(sentence: Sentence, programs: ResolvedMention[], x: ResolvedMention): boolean {
  return programs.some((p) => {
    const span = titleSpan(sentence, p);
    return span !== null && span.start <= x.start && x.end <= span.end;
  });
}

/** The document is the program itself: its first line is the program's title (a plan, table or notice written out). */
function ownDocument(context: RelationContext): boolean {
  const own = context.documentProgram;
  const first = context.document.sentences[0];
  return own !== null && first !== undefined && own.sentence === 0 && first.simplified.trim().length <= own.surface.length + 2;
}

/** The clause around [start, end): what stands before it back to the last stop, and after it to the next. */
function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const before = text.slice(0, start);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('：'));
  const after = text.slice(end);
  const stop = after.search(/[，。；]/);
  return { before: before.slice(cut + 1), after: stop < 0 ? after : after.slice(0, stop) };
}

/** 肇庆市制定《P》。方案提出…: the titled plan the previous sentence says was made, issued or introduced. */
function madeProgram(context: RelationContext, sentence: Sentence): ResolvedMention | null {
  const prev = context.document.sentences[sentence.index - 1];
  if (!prev) return null;
  const made = byLabel(context.mentionsBySentence.get(prev.index) ?? [], 'Program')
    .filter((m) => titleSpan(prev, m) && /(制定|印发|出台|发布|编制|推出)了?$/.test(prev.simplified.slice(0, m.start)))
    .pop();
  return made ?? null;
}

/** The titled program a passage opens with (《X若干措施》（文号）由…印发。措施提出…), when it has no document program. */
function openingProgram(context: RelationContext, sentence: Sentence): ResolvedMention | null {
  for (let i = Math.max(0, sentence.index - 4); i < sentence.index; i++) {
    const s = context.document.sentences[i];
    if (!s) continue;
    const p = byLabel(context.mentionsBySentence.get(i) ?? [], 'Program').find((m) => m.start <= 2 && titleSpan(s, m));
    if (p) return p;
  }
  return null;
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
