/**
 * COOPERATES_WITH: places that work together (对口协作, 共建园区, 飞地,
 * 区域合作, 合作共建, 结对). In a clause with such a word, the places after
 * 与/同/和/跟 are partners of the places before it (or of the document's
 * subject when the clause names none before it); without 与, the places of the
 * clause are partners of each other, or of the subject when only one is named.
 * A place and a place it lies in are never partners. Symmetric: stored once.
 */
import type { Gazetteer } from '../../gazetteer/index.ts';
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';

const COOPERATION = /共同推进|协同推进|协同发展|对口协作|对口合作|对口支援|对口帮扶|共建园区|共建产业园|合作共建|共建共享|飞地|区域合作|结对|战略合作|合作交流|交流合作|协作|合作|共建|对接联通|对接/;
/** Verbs of one joint action: A与B、C协同推进… makes every named place a partner of every other. */
const JOINT = /^(?:共同推进|协同推进|协同发展)$/;
/** A verb of working together with partners on both sides of it (A、B等地积极对接联通C、D). */
const BETWEEN = /对接联通|对接|联通/;
/** 从X…向Y导入: an enclave sentence moving firms from one place into another. */
const FROM_TO = /从([^，,；;。]*?)(?:向|到|至)/;
/** Words that make the places of a clause partners even without 与 (A、B和C跨江协作, A和B共建…). */
const AMONG = /对口协作|对口合作|对口支援|对口帮扶|共建园区|共建产业园|合作共建|飞地|结对|区域合作|协作|共建/;
/** Words that make a lone place the subject's partner (飞地 in X, 对口协作 with X). */
const STRONG = /对口协作|对口合作|对口支援|对口帮扶|共建园区|共建产业园|合作共建|飞地|结对|区域合作/;
/** Places joined as one list (宜都市、枝江市和松滋市): nothing but a list mark between them. */
const LIST_GAP = /^[、和及与]$/;
const PARTNER_MARK = /[与同和跟]$/;
const CLAUSE = /[^，,；;。！？：:]+/g;

function isPlace(m: ResolvedMention): boolean {
  return m.label === 'Zone' || m.label === 'Region';
}

function isCluster(m: ResolvedMention): boolean {
  return m.properties?.['level'] === 'cluster';
}

function codeOf(m: ResolvedMention): string | null {
  const code = m.label === 'Region' ? m.properties?.['code'] : m.properties?.['regionCode'];
  return typeof code === 'string' ? code : null;
}

export function createCooperatesWithRule(g: Gazetteer): RelationRule {
  return {
    name: 'cooperates-with',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const text = sentence.simplified;
      if (!COOPERATION.test(text)) return [];
      const out: RelationCandidate[] = [];
      const seen = new Set<string>();
      const members = (m: ResolvedMention): string[] => {
        const v = m.properties?.['members'];
        return Array.isArray(v) ? (v as string[]) : [];
      };
      const nested = (a: ResolvedMention, b: ResolvedMention) => {
        const ca = codeOf(a);
        const cb = codeOf(b);
        // 武汉城市圈 and 武汉市: a cluster holds its members and what lies in them.
        if (ca && members(b).some((m) => g.within(ca, m))) return true;
        if (cb && members(a).some((m) => g.within(cb, m))) return true;
        if (!ca || !cb) return false;
        // Two zones of one city (松山湖高新区, 滨海湾新区) are neighbours, not one inside the other.
        if (a.label === 'Zone' && b.label === 'Zone') return false;
        // A zone lies in the regions holding its city, not in a district of that city (沈阳经开区 and 大东区).
        if (a.label === 'Zone' && b.label === 'Region') return g.within(ca, cb);
        if (a.label === 'Region' && b.label === 'Zone') return g.within(cb, ca);
        // A zone named after its city, or a county and its province: one holds the other.
        return g.within(ca, cb) || g.within(cb, ca);
      };
      // 苏宿工业园区 and 宿迁市, 莞韶产业园 and 韶关市: a park named by a syllable of each partner is what they build, not a partner of either.
      const namedBy = (zone: ResolvedMention, region: ResolvedMention) => {
        if (zone.label !== 'Zone' || region.label !== 'Region' || codeOf(zone) || isCluster(region)) return false;
        const syllables = /^[\u4e00-\u9fff]{2,3}?(?=产业|工业|经济|特别|合作|科技|园)/.exec(zone.canonical)?.[0] ?? '';
        const stem = region.surface.replace(/[省市县区州]$/, '');
        return syllables.length >= 2 && syllables.length <= 3 && stem.length >= 2 && syllables.includes(stem[0]!);
      };
      const add = (a: ResolvedMention, b: ResolvedMention) => {
        if (a.nodeId === b.nodeId || nested(a, b) || namedBy(a, b) || namedBy(b, a)) return;
        const key = [a.nodeId, b.nodeId].sort().join('|');
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ type: 'COOPERATES_WITH', start: a, end: b, sentence: sentence.index });
      };
      const sortedPlaces = mentions.filter(isPlace).sort((a, b) => a.start - b.start);
      // 与甘肃省陇南市结对, 与上海嘉定区合作: an address names one partner, its last place; the places before it only locate it.
      const allPlaces = sortedPlaces.filter((p, i) => {
        const next = sortedPlaces[i + 1];
        if (!next || next.start !== p.end || p.label !== 'Region') return true;
        const outer = codeOf(p);
        const inner = codeOf(next);
        return !(outer && inner && outer !== inner && g.within(inner, outer));
      });
      // Clusters (融入长江经济带) are partners only through an enclave or pairing word in the sentence.
      const places = allPlaces.filter((p) => !isCluster(p));
      const subject = context.subject && isPlace(context.subject) ? context.subject : null;

      for (const clause of text.matchAll(CLAUSE)) {
        const from = clause.index;
        const to = from + clause[0].length;
        const trigger = COOPERATION.exec(clause[0]);
        if (!trigger) continue;
        // 在大庆高新区共建…: the place after 在 is where the work happens, not a partner.
        // 东北地区与东部地区对口合作: regions of the country pair up only through a pairing word of their own clause.
        const candidates = STRONG.test(clause[0]) ? allPlaces : places;
        const inClause = candidates.filter((p) => p.start >= from && p.end <= to && !(text[p.start - 1] === '在' && p.start - 1 >= from));
        if (inClause.length === 0) continue;
        // A、B和C协作: one list of places all working together.
        const oneList = inClause.length >= 2 && inClause.every((p, i) => i === 0 || LIST_GAP.test(text.slice(inClause[i - 1]!.end, p.start)));
        const listStartsClause = oneList && !PARTNER_MARK.test(text.slice(from, inClause[0]!.start));
        if (listStartsClause && AMONG.test(clause[0])) {
          for (let i = 0; i < inClause.length; i++) for (let j = i + 1; j < inClause.length; j++) add(inClause[i]!, inClause[j]!);
          continue;
        }
        // 与 X、Y (…合作): X and Y are the partners.
        const markAt = inClause.findIndex((p) => PARTNER_MARK.test(text.slice(from, p.start)));
        if (markAt >= 0) {
          // 与贵安新区共建数字经济产业园: what is co-built is the object, not a partner.
          const builds = /共建|合作建设/.test(trigger[0]);
          const partners = inClause.slice(markAt).filter((p) => p.start < from + trigger.index + trigger[0].length || (!builds && !STRONG.test(clause[0])));
          const before = inClause.slice(0, markAt);
          const parties = before.length > 0 ? before : subject ? [subject] : [];
          for (const a of parties) for (const b of partners) add(a, b);
          if (before.length > 0 && JOINT.test(trigger[0])) {
            for (let i = 0; i < partners.length; i++) for (let j = i + 1; j < partners.length; j++) add(partners[i]!, partners[j]!);
          }
          continue;
        }
        // A、B等地积极对接联通C、D: the places before the verb work with those after it.
        const verb = BETWEEN.exec(clause[0]);
        if (verb) {
          const at = from + verb.index;
          const left = inClause.filter((p) => p.end <= at);
          const right = inClause.filter((p) => p.start >= at + verb[0].length);
          if (left.length > 0 && right.length > 0) {
            for (const a of left) for (const b of right) add(a, b);
            continue;
          }
        }
        if (inClause.length >= 2 && AMONG.test(clause[0])) {
          for (let i = 0; i < inClause.length; i++) for (let j = i + 1; j < inClause.length; j++) add(inClause[i]!, inClause[j]!);
        } else if (subject && inClause.length === 1 && STRONG.test(clause[0])) {
          add(subject, inClause[0]!);
        }
      }
      // 采用“飞地经济”模式，从粤港澳大湾区…向驻马店经济开发区导入: an enclave sentence pairs its places across clauses.
      if (out.length === 0 && STRONG.test(text)) {
        const move = FROM_TO.exec(text);
        if (move) {
          const fromStart = move.index;
          const toAt = move.index + move[0].length;
          const sources = allPlaces.filter((p) => p.start >= fromStart && p.end <= toAt);
          const targets = allPlaces.filter((p) => p.start >= toAt).slice(0, 1);
          for (const a of sources) for (const b of targets) add(a, b);
        } else {
          const named = allPlaces.filter((p) => !p.anaphor || p.nodeId === subject?.nodeId);
          const unique = [...new Map(named.map((p) => [p.nodeId, p])).values()];
          if (unique.length === 2) add(unique[0]!, unique[1]!);
        }
      }
      return out;
    },
  };
}
