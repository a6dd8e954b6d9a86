/**
 * ACTIVE_IN: Company → Industry. Companies come in lists (X、Y和Z); the list
 * as a whole is active in what its sentence ties it to:
 *   依托东风华神等企业大力发展新能源卡车,重点发展燃料电池重卡、纯电动轻微卡
 *                                         the industries the sentence goes on to develop
 *   对接国家电网等能源龙头企业            the industry the list's own tail names
 *   以京东方、维信诺为龙头，加快发展新型显示 a list leading (以…为龙头/链主) what the sentence develops
 *   形成以潍柴动力、歌尔股份为代表的高端装备和智能硬件产业集群
 *                                         what the list stands for
 *   围绕生物医药产业，引进恒瑞医药…       the industry the sentence's opening clause is about
 *   动力电池产业已引进宁德时代…            the industry that is the subject of the list's clause
 *   长江存储生产存储芯片 / X布局氢能       a company producing or entering an industry
 *   产业链：新能源汽车 … 链主企业：奇瑞汽车   the chain of a card of fields
 *   | 企业名称 | 主营产品 | rows            a table row's company and its product and industry cells
 * An industry counts when a verb of developing stands right before it, or it
 * is listed (、和及与) with one that does; industries inside modifiers
 * (绿色环保型…家电产品) and after a second 依托 do not. A bracketed owner
 * (绿动氢能(国电投)) is an aside, not one of the companies.
 */
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import { loadTaxonomy } from '../../taxonomy/index.ts';
import { spanMention } from '../recognise/mention-span.ts';
import { byLabel, candidate, columnAt, resolve, tableHeader } from './program-links.ts';

/** Verbs of developing an industry. 形成/构建/带动 are not among them: 引进X等整车企业，形成整车、动力电池…协同发展 names a result, and what X 带动 is others' industry. */
const DEVELOP = /(发展|打造|培育|推动|建设|做强|做大|壮大|生产|布局|延伸|拓展|聚焦|加快|推进|提升|提高|研发|制造|主营|专注|从事|深耕|进军|投资|扩大|新建|集聚|引领)$/;
/** What a leading or relied-on list builds (构建锂电池全产业链, 形成新能源汽车产业集群). */
const BUILDS = /(构建|形成|构筑|打造)(?:[^，。；、]{0,8}的)?$/;
/** 以工程机械为主导产业 / 以清洁能源装备为引领: the industry a sentence puts first. */
const PUT_FIRST = /^(?:为|作为)(?:主导|首位|支柱|特色|核心|龙头|引领|牵引|主攻|重点|主体|主力)/;
/** 以A、B和C为主导产业 (compiled once) */
const PUT_FIRST_LIST = /以([^，。；以]{2,40}?)(?=为(?:主导|首位|支柱|特色|核心|主攻|重点)(?:产业|方向))/g;
/** The last clause before the list that states the sentence's focus (…，聚焦A、B和C，支持X等企业…). */
const EARLIER_FOCUS = /(?:^|[，,])[^，。；]{0,6}?(?:聚焦|围绕|主攻|瞄准)([^，。；]{2,60})(?=[，,][^，。；]*$)/;
const GROUP_BREAK = /[。；;]|依托|依靠/;
/** The company list ends in 等(…)企业, or the company itself is the subject of a producing verb. */
const LIST_END = /^[^，。；]{0,3}?等/;
const LIST_TAIL = /^[^，。；]{0,3}?等[^，。；、]{0,10}?(企业|公司|厂商|厂家|集团|车企|巨头|项目|龙头|大厂|药企|央企|国企|外企)/;
const PRODUCES = /^(等[^，。；]{0,10}?(企业|公司|龙头))?(在[^，。；]{1,10}?)?(正在|主要|重点|加快|积极|已|相继|先后|纷纷|均)?(生产|布局|主营|研发|制造|从事|专注|深耕|进军|投资建设|投资|扩大|新建|建设)/;
/** Between an industry and the next one of the same list. */
const LIST_JOIN = /^[\u3400-\u9fff]{0,4}?(、|和|及|与|以及)$|^(?:产业链|产业|行业|领域)的$/;
/** A verb and the rank or praise of its object before the industry (打造世界级石化…, 打造全国一流的软件…). */
const VERB_THEN_MODIFIER = /(发展|打造|培育|建设|建成|新建|投资建设|做强|做大|壮大|布局|聚焦)(?:[\u3400-\u9fff]{1,4}级|[^，。；、]{0,12}的)$/;
/** The company list is introduced as what the sentence relies on (依托X等龙头企业): its whole sentence counts. */
const RELIED_ON = /(依托|依靠|借助|发挥)$/;
/** 以X、Y为龙头 / 以X为链主企业 / 以X为代表的: the list leads, like a relied-on one. */
const LEADS = /^(?:等[^，。；、]{0,8}?)?为(龙头|链主|引领|牵引|核心企业|骨干企业|龙头企业|链主企业|领军企业)/;
const STANDS_FOR = /^(?:等[^，。；、]{0,8}?)?为代表的?/;
/** 以X为龙头、Y为支撑的: one 以…的 phrase whose parts lead the industry after 的. */
const LED_PHRASE = /以[^，。；]{2,40}?为(?:龙头|代表|核心|支撑|引领|链主|骨干|配套)[^，。；]{0,30}?的/;
/** Verbs that bring a list of companies in (引进X、Y等企业) or back it (支持X、Y等企业). */
const BROUGHT_IN = /(引进|引入|招引|吸引|集聚|聚集|汇聚|拥有|落户|落地|推动|支持|鼓励|带动|培育|壮大)(了|一批)?$/;
/** Of those, the ones that only bring companies in: the list is active in its tail, not in what the sentence goes on to build. */
const INTRODUCED = /(引进|引入|招引|吸引|集聚|聚集|汇聚|拥有|落户|落地)(了|一批)?$/;
/** A clause that names what the sentence is about: 围绕生物医药产业，… */
const FOCUS = /^(?:[^，。；]{0,12}?)(围绕|聚焦|面向|瞄准|针对|立足|紧扣|紧盯|着眼)/;
/** Between an industry that heads a clause and the verb that brings companies in (动力电池产业已引进…). */
const SUBJECT_GAP = /^(?:产业链|产业集群|产业|行业|领域|板块|方面)?(?:上下游)?(?:已|先后|累计|目前|近年来|已经|共|主要)?(?:引进|引入|招引|吸引|集聚|聚集|汇聚|拥有|落户|依托|依靠)(了|一批)?$/;

const GROUP_GAP = /^(?:[(（][^()（）]{0,16}[)）])?(?:、|和|及|以及|与)?$/;

/** A company list: consecutive companies joined by 、和及与. */
function listOf(companies: ResolvedMention[], at: number, text: string): { first: ResolvedMention; last: ResolvedMention } {
  let first = companies[at]!;
  let last = first;
  for (let k = at - 1; k >= 0 && GROUP_GAP.test(text.slice(companies[k]!.end, first.start)); k--) first = companies[k]!;
  for (let k = at + 1; k < companies.length && GROUP_GAP.test(text.slice(last.end, companies[k]!.start)); k++) last = companies[k]!;
  return { first, last };
}

/** Items the industry recogniser did not take, between a verb and the next industry of its list (重点发展己内酰胺、特种橡胶). */
const UNREAD_ITEMS = /(?:[\u3400-\u9fffA-Za-z0-9]{1,10}?(?:、|和|及|以及|与))+$/;

const SKIPPED_ITEMS = /^(?:、|和|及|以及|与)(?:[\u3400-\u9fffA-Za-z0-9]{1,10}?(?:、|和|及|以及|与))+$/;

function developedBefore(before: string): boolean {
  const bare = before.replace(/[^\u3400-\u9fff]+$/, '').replace(/(一批|壮大|高端|新型|中高端)$/, '');
  if (DEVELOP.test(bare) || VERB_THEN_MODIFIER.test(before)) return true;
  // the verb stands before items that are no mention of their own
  const items = UNREAD_ITEMS.exec(before);
  if (!items) return false;
  const head = before.slice(0, items.index);
  return DEVELOP.test(head.replace(/(一批|壮大|高端|新型|中高端|重点|大力|加快|积极)$/, '')) && !/[，。；]/.test(items[0]);
}

/** Industries in [from, to) that a verb of developing governs, directly or through a list. */
function developedIn(text: string, industries: ResolvedMention[], from: number, to: number, builds = false): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let previous: ResolvedMention | null = null;
  for (const i of industries) {
    if (i.start < from || i.end > to) continue;
    // 绿色环保型、高效节能型…家电产品: an industry word used as a modifier
    if (/^型/.test(text.slice(i.end))) continue;
    const before = text.slice(previous ? previous.end : from, i.start);
    // 挖掘机械、高空作业平台和液压元件: an item that is no mention of its own does not end the list
    const joined = previous !== null && (LIST_JOIN.test(before) || SKIPPED_ITEMS.test(before));
    if (joined || developedBefore(before) || (builds && BUILDS.test(before.replace(/[^\u3400-\u9fff]+$/, '')))) {
      out.push(i);
      previous = i;
    } else previous = null;
  }
  return out;
}

/** Industries listed right at `from` (A、B和C…), the first with nothing but `lead` before it. */
function listedAt(text: string, industries: ResolvedMention[], from: number, to: number, lead: RegExp): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let cursor = from;
  for (const i of industries) {
    if (i.start < cursor || i.end > to) continue;
    const gap = text.slice(cursor, i.start);
    if (out.length === 0 ? !lead.test(gap) : !LIST_JOIN.test(gap)) break;
    out.push(i);
    cursor = i.end;
  }
  return out;
}

/** 链主企业：奇瑞汽车、比亚迪 — a field of a chain's card; 产业链：新能源汽车 names the chain. */
const COMPANY_FIELD = /(链主企业|龙头企业|重点企业|骨干企业|代表企业|代表性企业)[:：]\s*$/;
const CHAIN_FIELD = /(产业链|产业|链条|行业)[:：]\s*$/;

/** The chain a card of fields names, in this line or the few above it. */
function chainOfCard(sentence: Sentence, context: RelationContext): ResolvedMention[] {
  for (let k = sentence.index; k >= 0 && k >= sentence.index - 3; k--) {
    const s = context.document.sentences[k];
    if (!s) break;
    const found = byLabel(context.mentionsBySentence.get(k) ?? [], 'Industry').filter((i) => CHAIN_FIELD.test(s.simplified.slice(0, i.start)));
    if (found.length > 0) return found;
  }
  return [];
}

/** The industry word of a list's tail (等光伏企业, 等半导体大厂): what the companies are, read straight from the taxonomy. */
const TAIL_INDUSTRY = /^[^，。；]{0,3}?等(?:一批|多家|\d+家)?([\u3400-\u9fff]{2,8}?)(?:龙头|骨干|领军|重点|链主|制造|生产)?(?:企业|公司|厂商|厂家|车企|大厂|药企|项目)/;

/**
 * When no recogniser took the tail's industry word (a word the industry recogniser
 * reads only with more context), the taxonomy names it: the same node the
 * recogniser would give, as a mention of this sentence.
 */
function tailIndustry(sentence: Sentence, context: RelationContext, at: number): ResolvedMention | null {
  const m = TAIL_INDUSTRY.exec(sentence.simplified.slice(at));
  if (!m) return null;
  const word = m[1]!;
  const entry = loadTaxonomy().match(word);
  if (!entry) return null;
  const start = at + m[0].indexOf(word, m[0].indexOf('等'));
  return resolve(
    spanMention(sentence, { document: context.document, subject: context.subject }, {
      label: 'Industry',
      canonical: entry.name,
      start,
      end: start + word.length,
      aliases: [word],
      properties: { taxonomyId: entry.id, code: entry.code, unmapped: false, depth: entry.depth },
    }),
  );
}

/** Header cells of a table of enterprises: the company column, and the columns naming what they make or belong to. */
const COMPANY_COLUMN = /^(企业名称|企业|公司名称|公司|单位名称|龙头企业|重点企业|链主企业)$/;
const INDUSTRY_COLUMN = /(主营产品|主要产品|产品|所属产业|所属行业|产业|行业|领域|产业链|主营业务)/;

/** | 1 | 江苏恒瑞医药股份有限公司 | 创新药 | 生物医药 |: a row's company is active in the industries of its product and industry columns. */
function tableRow(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  const header = tableHeader(sentence, context, (cells) => cells.some((c) => COMPANY_COLUMN.test(c.trim())));
  if (!header) return [];
  const text = sentence.simplified;
  const cell = (at: number) => (header[columnAt(text, at)] ?? '').trim();
  const companies = byLabel(mentions, 'Company').filter((c) => COMPANY_COLUMN.test(cell(c.start)));
  const industries = byLabel(mentions, 'Industry').filter((i) => INDUSTRY_COLUMN.test(cell(i.start)) && !COMPANY_COLUMN.test(cell(i.start)));
  return companies.flatMap((c) => industries.map((i) => candidate('ACTIVE_IN', c, i, sentence)));
}

export function relateActiveIn(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
  if (sentence.kind === 'table-row') {
    const rows = tableRow(sentence, mentions, context);
    if (rows.length > 0) return rows;
  }
  const text = sentence.simplified;
  // a bracketed owner (绿动氢能(国电投)) is an aside inside the list, not one of its members
  const companies = byLabel(mentions, 'Company')
    .filter((c) => !/[(（]$/.test(text.slice(0, c.start)))
    .sort((a, b) => a.start - b.start);
  const industries = byLabel(mentions, 'Industry').sort((a, b) => a.start - b.start);
  const out: RelationCandidate[] = [];
  const add = (c: ResolvedMention, i: ResolvedMention) => {
    if (!out.some((o) => o.start.nodeId === c.nodeId && o.end.nodeId === i.nodeId)) out.push(candidate('ACTIVE_IN', c, i, sentence));
  };
  /** 以工程机械为主导产业，依托X…: the industry the sentence puts first. */
  const putFirst = (from: number, to: number) => {
    const first = industries.filter((i) => i.start >= from && i.end <= to && /以$/.test(text.slice(Math.max(from, i.start - 1), i.start)) && PUT_FIRST.test(text.slice(i.end)));
    // 以钢铁、有色金属、粮油加工为主导产业: every item of the list put first
    for (const m of text.slice(from, to).matchAll(PUT_FIRST_LIST)) {
      const a = from + m.index! + 1;
      const b = a + m[1]!.length;
      for (const i of industries) if (i.start >= a && i.end <= b && !first.includes(i)) first.push(i);
    }
    return first;
  };
  companies.forEach((c, at) => {
    const { first: firstOfList, last: lastOfList } = listOf(companies, at, text);
    const sentenceStart = Math.max(0, ...[...text.slice(0, c.start).matchAll(/[。；;]/g)].map((m) => m.index + 1));
    const sentenceEnd = (() => {
      const k = text.slice(lastOfList.end).search(/[。；;]/);
      return k < 0 ? text.length : lastOfList.end + k;
    })();
    const clauseStart = Math.max(sentenceStart, ...[...text.slice(0, firstOfList.start).matchAll(/[，,：:]/g)].map((m) => m.index + 1));
    const opening = text.slice(sentenceStart, firstOfList.start).replace(/[^\u3400-\u9fff]+$/, '');
    const after = text.slice(lastOfList.end);
    const leads = LEADS.exec(after);
    const standsFor = STANDS_FOR.exec(after);
    const relied = RELIED_ON.test(opening) || (leads !== null && /以$/.test(opening));

    // 链主企业：奇瑞汽车、比亚迪 under 产业链：新能源汽车
    if (COMPANY_FIELD.test(text.slice(0, firstOfList.start))) for (const i of chainOfCard(sentence, context)) add(c, i);

    // 等能源龙头企业: the tail of the list names the industry
    const tail = LIST_TAIL.exec(after);
    const tailEnd = tail ? lastOfList.end + tail[0].length : lastOfList.end;
    const inTail = industries.filter((i) => i.start >= lastOfList.end && i.end <= tailEnd);
    for (const i of inTail) add(c, i);
    if (tail && inTail.length === 0) {
      const i = tailIndustry(sentence, context, lastOfList.end);
      if (i) add(c, i);
    }

    // 以X、Y为代表的高端装备和智能硬件产业集群 / 以X为龙头、Y等配套企业为支撑的新能源汽车产业集群
    if (standsFor && /以$/.test(opening)) {
      for (const i of listedAt(text, industries, lastOfList.end + standsFor[0].length, sentenceEnd, /^$/)) add(c, i);
    }
    const led = LED_PHRASE.exec(text.slice(clauseStart));
    if (led && clauseStart + led.index < firstOfList.start && lastOfList.end <= clauseStart + led.index + led[0].length) {
      for (const i of listedAt(text, industries, clauseStart + led.index + led[0].length, sentenceEnd, /^$/)) add(c, i);
    }

    // the industries the sentence develops before the list: 聚焦A产业链的B、C环节，依托X、Y等龙头企业，打造…
    if (relied) for (const i of [...developedIn(text, industries, sentenceStart, firstOfList.start), ...putFirst(sentenceStart, firstOfList.start)]) add(c, i);

    // 工业机器人产业链以埃斯顿、新松机器人为链主企业: the industry whose chain the list leads
    if (leads || standsFor) {
      for (const i of industries) {
        if (i.start < clauseStart || i.end > firstOfList.start) continue;
        if (/^(?:产业链|产业集群|产业|行业|领域)?(?:形成了|形成|已形成|构建了)?以$/.test(text.slice(i.end, firstOfList.start))) add(c, i);
      }
    }

    const broughtIn = BROUGHT_IN.test(opening);
    if (broughtIn || relied) {
      // 围绕生物医药产业，推动恒瑞医药…: the industries of the sentence's opening focus clause
      const focus = FOCUS.exec(text.slice(sentenceStart, clauseStart));
      if (focus && clauseStart > sentenceStart) {
        const from = sentenceStart + focus[0].length;
        for (const i of listedAt(text, industries, from, clauseStart, /^[^，。；]{0,6}$/)) add(c, i);
      }
      // 方案明确，以X为核心区，聚焦A、B和C，支持Y、Z等龙头企业布局…: a focus clause earlier in the sentence, right before the list's
      const earlier = EARLIER_FOCUS.exec(text.slice(sentenceStart, clauseStart));
      if (!focus && earlier) {
        const a = sentenceStart + earlier.index + earlier[0].length - earlier[1]!.length;
        for (const i of listedAt(text, industries, a, sentenceStart + earlier.index + earlier[0].length, /^[^，。；]{0,6}$/)) add(c, i);
      }
      // 动力电池产业已引进宁德时代…: the industry heading the list's own clause
      for (const i of industries) {
        if (i.start < clauseStart || i.end > firstOfList.start) continue;
        if (SUBJECT_GAP.test(text.slice(i.end, firstOfList.start).replace(/[^\u3400-\u9fff]+$/, ''))) {
          for (const j of listedAt(text, industries, clauseStart, i.end, /^[^，。；]{0,10}$/)) add(c, j);
          add(c, i);
        }
      }
    }

    // what the sentence goes on to develop after the list
    // A list brought in (引进X、Y等…企业，重点发展Z) is active in what its tail names, not in what the sentence goes on to develop.
    const breakAt = after.search(GROUP_BREAK);
    const limit = breakAt < 0 ? text.length : lastOfList.end + breakAt;
    const produces = PRODUCES.test(after);
    const introduced = INTRODUCED.test(opening);
    if (!produces && !leads && !(relied && (LIST_END.test(after) || /^[，,]/.test(after))) && !(LIST_END.test(after) && !introduced)) return;
    const from = leads ? lastOfList.end + leads[0].length : tailEnd;
    // a list that leads or is relied on builds what follows: 以宁德时代为链主，构建锂电池全产业链
    for (const i of developedIn(text, industries, from, limit, leads !== null || relied)) add(c, i);
  });
  return out;
}

export const activeInRule: RelationRule = { name: 'active-in', relate: relateActiveIn };
