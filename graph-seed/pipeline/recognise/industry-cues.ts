/**
 * The wording Chinese plans use around industries: development verbs, tier
 * words (优势/战略/新兴/特色/未来), and list constructions that end in an
 * industry head (…等八条产业链, …五大特色产业, 三大优势产业：A、B、C). Shared by
 * the industry recogniser (to find phrases the taxonomy lacks) and the DEVELOPS
 * rule (to know a sentence is about developing and at which tier).
 */
import type { DevelopsRole } from '../../../shared/graph.ts';
import { DocumentMemo } from '../../gazetteer/document-memo.ts';
import { prefixLength } from '../../taxonomy/normalise.ts';

const NUM = '[一二两三四五六七八九十\\d]+';

/** Verbs (and verb compounds) that say a place develops, builds, cultivates or focuses on something. */
export const DEVELOP_VERBS = [
  '聚焦发展', '重点发展', '大力发展', '加快发展', '积极发展', '培育发展', '发展壮大', '培育壮大', '做强做优', '做优做强',
  '做大做强', '做强做大', '做精做强', '做精做优', '优化提升', '巩固提升', '提质发展', '突破发展', '突破性发展', '重点突破', '重点培育',
  '重点打造', '着力打造', '着力培育', '加快培育', '加快打造', '积极培育', '培育和引进', '引进培育', '主攻', '壮大', '打造', '培育',
  '发展', '做强', '做优', '做大', '做精', '聚焦', '布局', '建设', '建成', '振兴', '提速发展', '延伸', '集聚', '培植', '引进',
  '推进', '推动', '突破', '提升', '拓展', '构建', '形成',
];

/** A verb from DEVELOP_VERBS, longest first so compounds win. */
export const DEVELOP_VERB_RE = new RegExp(
  `(?:${[...DEVELOP_VERBS].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);

/** Nouns that make a clause about having/developing an industry even without a verb. */
export const DEVELOP_NOUN_RE = /首位产业|主导产业|支柱产业|特色产业|优势产业|产业集群|产业基地|制造基地|产业链|集群/;

/** Clauses about problems or about something other than developing. */
export const NEGATIVE_CLAUSE_RE = /不足|滞后|短板|薄弱|下滑|受阻|偏小|不优|不强|问题|风险|冲击|淘汰|限制|禁止|压减|退出|关停|化解/;

const TIERS: Array<[RegExp, DevelopsRole]> = [
  [/战略性新兴|战略新兴|战略/, 'strategic'],
  [/支柱|优势|主导|首位/, 'pillar'],
  [/新兴/, 'emerging'],
  [/特色/, 'featured'],
  [/未来/, 'future'],
];

/** The tier a phrase names (三大优势产业 → pillar), or null. */
export function tierOf(phrase: string): DevelopsRole | null {
  for (const [re, role] of TIERS) if (re.test(phrase)) return role;
  return null;
}

/**
 * A count and scale words before a list's head (两大万亿级产业集群, 三个千亿级产业): read
 * after a marker matches, not in LIST_MARKER_RE, whose optional prefix is tried at every character.
 */
const COUNTED_SCALE_BEFORE = /([一二两三四五六七八九十\d]+(?:大|条|个|类))(?:[一二两三四五六七八九十百千万亿\d]+亿?级|世界级|国家级|省级|国际一流的?|全国领先的?)$/;

const TIER_WORDS = '(?:优势|主导|支柱|首位|战略性新兴|战略新兴|战略性|战略|新兴|特色|未来|重点|潜力|现代|传统|优势主导|主导优势|特色优势|优势特色)';

/**
 * An industry head ending a list: 等八条产业链, 五大特色产业, 三大战略产业集群,
 * 首位产业, 产业基地. Not 产业园 (a zone), 产业体系, 产业化, 产业联盟.
 */
export const LIST_MARKER_RE = new RegExp(
  `(等)?(${NUM}(?:大|条|个|类))?(${TIER_WORDS}{0,2})(产业集群|产业链条|产业链|产业基地|制造基地|产业|集群|行业|领域|板块|业态|环节|关键零部件|核心零部件|零部件|关键部件|部件|装备)(?!的?应用|园|开发区|体系|化|联盟|基金|用地|政策|工人|工程|项目|平台|创新|中心|技术|空间|工作|结构|层次|基础|转移|升级|生态|协作|配套|合作|扶贫|帮扶|功能|新城|变革|区|高地|走廊|大走廊|方阵|示范|高端|集聚|联动|协同|需求|相关|上下游|链条|链群|资本|人才|布局|规划|引导|目录|导向|定位|融合|帮扶|工人|投资|招商|支撑|基础|发展需求|发展新空间|发展导向|发展环境|政策|组织|统计|安全|稳定|各|供应链|创新链|价值链|和|、|龙头|领军|企业|骨干|上游|下游|上中下游|数字化|转型|智能化|绿色化|工作)`,
  'g',
);

/** A header introducing a list after a colon: 三大优势产业：A、B、C. */
export const COLON_HEADER_RE = new RegExp(
  `(${NUM}(?:大|条|个|类))?(${TIER_WORDS}{0,2})(?:产业集群|产业链|产业|集群|领域|环节|方向)(?:为|是|包括)?[：:]`,
  'g',
);

/**
 * 以A为主导 / 以A为首位产业 / 以A、B为“四强”产业 / 以A为两大支柱产业集群: what a
 * place makes the head of its economy (the tier, if any, is in the head).
 */
export const PRIMARY_RE = new RegExp(
  `以([^，。；：,;:以]{2,40}?)为((?:主导|支柱|主攻方向|特色|首位|主力|引领|基础|支撑)(?!区|城|园|示范|平台|载体|承载|阵地|企业)|主(?=[，。；,;、]|$)|(?:主要|重点)?引进产业|(?:[“"][^”"，。]{1,6}[”"]|${NUM}(?:大|条|个|类)|${TIER_WORDS}|新兴|核心|基础|龙头)+(?:产业集群|产业链|产业|集群))`,
  'g',
);

/**
 * 主导产业为A、B和C / 首位产业是A / 三大优势产业包括A、B: a tiered or counted
 * head and a copula instead of a colon. (以A为主导产业 is PRIMARY_RE's.)
 */
export const COPULA_HEADER_RE = new RegExp(
  `(${NUM}(?:大|条|个|类))?((?:${TIER_WORDS}){0,2})(?:产业集群|产业链|产业)(?:主要|分别|重点)?(?:为|是|包括|包含|涵盖|有)(?![了着过])`,
  'g',
);

/**
 * 形成从锂矿采选、正极材料到电芯制造的完整产业链 / 形成整车、动力电池、汽车电子协同
 * 发展的新能源汽车产业体系: the links a chain is said to run through.
 */
export const CHAIN_LINKS_RE =
  /(?:形成|构建|打造|建成|建立|拥有|培育)了?(?:从|由|涵盖|覆盖|包括)?([^，。；,;：:“”]{2,80}?)(?:协同发展|融合发展|一体化发展|联动发展|配套)?的(?:[^，。；,;的]{0,10}?)(?:产业链条|全产业链|产业链|产业体系|产业生态)/g;

/** Sentences without 产业 right before a copula cannot hold a copula header (cheap test before COPULA_HEADER_RE). */
const COPULA_GATE = /产业(?:集群|链)?(?:主要|分别|重点)?(?:为|是|包括|包含|涵盖|有)/;

/** 形成“煤化工+新材料”产业体系 / 构建“A+B+C”现代产业体系: industries joined by + in quotes. */
export const PLUS_SYSTEM_RE = /[“"]([^”"，。；]{2,40}?[+＋][^”"，。；]{2,40}?)[”"](?:的?(?:现代|特色|优势|主导)?(?:产业体系|产业格局|产业集群|产业链|产业|发展格局))/g;

/** Development verbs strong enough to make a single following phrase an industry (not 推进/推动/建设). */
export const STRONG_VERBS = '聚焦发展|重点发展|大力发展|加快发展|积极发展|培育发展|发展壮大|培育壮大|做强做优|做优做强|做大做强|做强做大|做精做强|优化提升|巩固提升|提质发展|突破发展|重点突破|重点培育|重点打造|着力打造|着力培育|加快培育|加快打造|积极培育|主攻|壮大|打造|培育|发展|做强|做优|做大|做精|聚焦|布局|振兴|提速发展|招引|引进培育|培育和引进|突破性发展|拓展|全面拓展';
export const STRONG_VERB_RE = new RegExp(`^(?:${STRONG_VERBS})$`);
/** Anywhere in a clause. */
export const STRONG_VERB_ANY_RE = new RegExp(STRONG_VERBS);
/** Weaker verbs (推进, 推动, 加快 …) count when the industry is then said to develop: 推动文化体育产业发展. */
export const WEAK_VERB_RE = /推进|推动|加快|促进|支持|鼓励|引进|建设|建成|提升|形成|构建|拓展|延伸|集聚|围绕|依托|实施/;
export const DEVELOPS_AFTER_RE = /^(?:产业|行业)?(?:加快|快速|高质量|突破性|集聚|集群化|融合|协同|联动|一体化|跨越)?(?:发展|集聚|集群|基地|做大做强|提质|壮大|升级|规模)/;

/** Where a list body starts: after a clause boundary, a development verb, or a function word. */
const BODY_START_RE = new RegExp(
  `[，。；：！？,;:（）()“”《》]|${DEVELOP_VERB_RE.source}|向|把|将|为|的|围绕|依托|推进|推动|支持|扶持|承接|鼓励`,
  'g',
);

export interface ListItem {
  start: number;
  end: number;
}

export interface IndustryList {
  /** Span of the list body within the sentence (items and separators). */
  start: number;
  end: number;
  items: ListItem[];
  /** Where the list's head (等八条产业链, 三大战略产业) ends; the head is no industry of its own. */
  headEnd: number;
  /** The tier the list's head names (三大优势产业 → pillar), if any. */
  role: DevelopsRole | null;
  /** The head counts or closes the list (八条产业链, …等产业): its items are industries. */
  counted: boolean;
  /** The head counts its items (五大产业, 八条产业链): the items are industries even when generic-sounding (大医疗). */
  numbered: boolean;
  /** 以X为引领/支撑/基础: the head vouches for its items only when one is anchored on a known name. */
  weakHead?: boolean;
  /** How many items the head counts (三大 → 3), when it does. */
  size?: number;
  /** The body follows a strong development verb (发展, 打造, 培育 …, not 推进/推动). */
  afterVerb: boolean;
  /** The head is one only industries take (产业集群, 产业基地, 首位产业): a lone item before it is an industry. */
  strongHead: boolean;
  kind: 'marker' | 'colon' | 'primary' | 'etc' | 'object';
}

/** Where a list body that ends at `end` starts: after the last clause boundary, verb or function word. */
export function bodyStartBefore(text: string, end: number): { start: number; opener: string } {
  const window = text.slice(Math.max(0, end - 80), end);
  let start = end - window.length;
  let opener = '';
  for (const b of window.matchAll(BODY_START_RE)) {
    start = end - window.length + b.index + b[0].length;
    opener = b[0];
  }
  return { start, opener };
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 三大 → 3, 十条 → 10, 5个 → 5; NaN when it cannot tell. */
function countOf(head: string): number {
  const n = head.replace(/[大条个类]$/, '');
  if (/^\d+$/.test(n)) return Number(n);
  if (n.length === 1) return DIGITS[n] ?? NaN;
  if (n.length === 2 && n[0] === '十') return 10 + (DIGITS[n[1]!] ?? NaN);
  return NaN;
}

/** Items of the list body text[start, end). */
export function listItems(text: string, start: number, end: number): ListItem[] {
  return splitItems(text, start, end)
    .map((i) => trimItem(text, i))
    .filter((i): i is ListItem => i !== null);
}

/** Splits a list body into items at 、 ， and (when present with 、) the last 和/及/与. */
function splitItems(text: string, start: number, end: number): ListItem[] {
  const items: ListItem[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text[i] : '、';
    if (c === '、' || c === '，' || c === ',' || c === '；' || c === '/') {
      if (i > from) items.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return items;
}

/** Trims leading verbs, scale words and a trailing 等 from an item span. */
const ITEM_LEAD = /^(?:重点|大力|加快|积极|着力|全力|推动|推进|发展|培育|壮大|打造|建设|促进|加强|逐步|聚集|参与|做强|做大|做优|做精|提升|延伸|聚焦|布局|引进|开发区|本区|我区|全区|县域|以及|及|和|与|等|如|从|以(?!太))+/;
/** Characters every scale or attributive prefix contains (千亿级, 全国, 领先的): items without one skip prefixLength. */
const PREFIX_MARK = /[级的全]/;

function trimItem(text: string, item: ListItem): ListItem | null {
  let { start, end } = item;
  // Trims run on every list item of every sentence: slice once and test cheap marks before the regexes.
  const body = text.slice(start, end);
  const lead = ITEM_LEAD.exec(body);
  const leadLength = lead ? lead[0].length : 0;
  start += leadLength;
  if (PREFIX_MARK.test(body)) start += prefixLength(leadLength ? body.slice(leadLength) : body);
  if (start < end && text.charCodeAt(end - 1) === 0x7b49 /* 等 */) end -= text.charCodeAt(end - 2) === 0x7b49 && end - 2 >= start ? 2 : 1;
  while (start < end && /[\s“”"‘’'「」（(]/.test(text[start]!)) start++;
  while (end > start && /[\s“”"‘’'「」）)]/.test(text[end - 1]!)) end--;
  return end - start >= 2 ? { start, end } : null;
}

/**
 * Every list marker ends in one of these words: sentences without any skip the
 * marker pattern, whose optional counted/tier prefix is tried at every character.
 */
const LIST_HEAD_WORD = /产业|集群|行业|领域|板块|业态|环节|部件|装备|制造基地/;

/** Compiled once (matchAll copies it, so its own lastIndex stays 0). */
const STRONG_VERBS_ALL = new RegExp(STRONG_VERBS, 'g');

/** The industry recogniser and the DEVELOPS rule both read every sentence's lists. */
const recentLists = new DocumentMemo<readonly IndustryList[]>(4096);

/** Industry lists in a Simplified sentence (a new array each call: callers add and drop lists; the lists are shared, read-only). */
export function findIndustryLists(text: string): IndustryList[] {
  return [...recentLists.get(text, readIndustryLists)];
}

function readIndustryLists(text: string): IndustryList[] {
  const lists: IndustryList[] = [];
  for (const found of LIST_HEAD_WORD.test(text) ? text.matchAll(LIST_MARKER_RE) : []) {
    let m: RegExpMatchArray = found;
    let markerStart = found.index;
    if (!m[2] && /级|的/.test(text.slice(Math.max(0, markerStart - 3), markerStart))) {
      const scaled = COUNTED_SCALE_BEFORE.exec(text.slice(Math.max(0, markerStart - 16), markerStart));
      if (scaled) {
        markerStart -= scaled[0].length;
        m = Object.assign([...found], { index: markerStart }) as unknown as RegExpMatchArray;
        m[0] = scaled[0] + found[0];
        m[2] = scaled[1]!;
      }
    }
    // The body runs back to the nearest boundary (clause punctuation, verb, function word).
    const window = text.slice(Math.max(0, markerStart - 80), markerStart);
    let bodyStart = markerStart - window.length;
    let opener = '';
    for (const b of window.matchAll(BODY_START_RE)) {
      bodyStart = markerStart - window.length + b.index + b[0].length;
      opener = b[0];
    }
    if (markerStart - bodyStart < 2) continue;
    // 数字经济和战略性新兴产业, 国家级先进制造业集群、国家战略性新兴产业集群: the head
    // is itself the last item, not a list head.
    if (/[和及与、]/.test(text[markerStart - 1]!) && !m[1] && !m[2]) continue;
    const lastRaw = text.slice(Math.max(bodyStart, ...['、', '，', ','].map((c) => text.lastIndexOf(c, markerStart - 1) + 1)), markerStart);
    if (lastRaw && !m[1] && !m[2] && /^(?:国家|省|市|县|全国|全省|世界|国际)级?$/.test(lastRaw)) continue;
    // 领域/行业/板块 close a list only when counted or after 等 (各领域 is no industry).
    // (氢能、光伏和氢光储领域 is a list; 各领域 is not.)
    const etcNear = text.slice(Math.max(0, markerStart - 4), markerStart + 1).includes('等');
    const several = /[、和及与]/.test(text.slice(bodyStart, markerStart));
    // Only what precedes the last 等 are items; after it come attributes (等带动效应强、…型产业).
    const etc = text.lastIndexOf('等', markerStart - 1);
    const bodyEnd = etc > bodyStart ? etc : markerStart;
    const items = splitItems(text, bodyStart, bodyEnd)
      .map((i) => trimItem(text, i))
      .filter((i): i is ListItem => i !== null);
    if (items.length === 0) continue;
    if (/领域|行业|板块|业态|环节/.test(m[4]!) && !m[2] && !etcNear && !several) continue;
    // 智能装备三大主导产业: a product head (装备, 零部件) closes a list only after 等 or a count;
    // otherwise it ends an item of a longer list.
    if (/装备|部件/.test(m[4]!) && !m[2] && !etcNear) continue;
    const head = (m[2] ?? '') + (m[3] ?? '') + m[4]!;
    lists.push({
      start: bodyStart,
      end: bodyEnd,
      items,
      role: tierOf(head),
      kind: 'marker',
      headEnd: markerStart + m[0].length,
      counted: Boolean(m[1] || m[2] || etc > bodyStart),
      afterVerb: STRONG_VERB_RE.test(opener),
      numbered: Boolean(m[2]),
      ...(m[2] ? { size: countOf(m[2]) } : {}),
      strongHead: /产业集群|集群|产业基地|制造基地|首位|主导|支柱/.test((m[3] ?? '') + m[4]!),
    });
  }
  // 重点发展燃料电池重卡、纯电动轻微卡: the objects of a strong development verb, up to the clause end.
  for (const m of text.matchAll(STRONG_VERBS_ALL)) {
    const bodyStart = m.index + m[0].length;
    const stop = /[，。；：！？,;:!?]|等/.exec(text.slice(bodyStart));
    const bodyEnd = stop ? bodyStart + stop.index : text.length;
    if (bodyEnd - bodyStart < 2 || bodyEnd - bodyStart > 60) continue;
    if (lists.some((l) => l.start < bodyEnd && bodyStart < l.end)) continue;
    const items = splitItems(text, bodyStart, bodyEnd)
      .map((i) => trimItem(text, i))
      .filter((i): i is ListItem => i !== null);
    if (items.length) lists.push({ start: bodyStart, end: bodyEnd, headEnd: bodyEnd, items, role: null, kind: 'object', counted: false, numbered: false, afterVerb: true, strongHead: false });
  }
  for (const m of /[：:]/.test(text) ? text.matchAll(COLON_HEADER_RE) : []) {
    const bodyStart = m.index + m[0].length;
    const stop = /[。；;！？]/.exec(text.slice(bodyStart));
    const bodyEnd = stop ? bodyStart + stop.index : text.length;
    if (bodyEnd - bodyStart < 2 || bodyEnd - bodyStart > 120) continue;
    const items = splitItems(text, bodyStart, bodyEnd)
      .map((i) => trimItem(text, i))
      .filter((i): i is ListItem => i !== null);
    if (items.length === 0) continue;
    lists.push({ start: bodyStart, end: bodyEnd, items, role: tierOf(m[0]), kind: 'colon', headEnd: bodyStart, counted: true, numbered: true, afterVerb: false, strongHead: true });
  }
  for (const m of text.includes('以') && text.includes('为') ? text.matchAll(PRIMARY_RE) : []) {
    const bodyStart = m.index + 1;
    const bodyEnd = bodyStart + m[1]!.length;
    const items = splitItems(text, bodyStart, bodyEnd)
      .map((i) => trimItem(text, i))
      .filter((i): i is ListItem => i !== null);
    // 以公办学校为主, 以信用为基础: 为主 needs an industry head on the body, and the weak heads
    // (引领, 支撑, 基础) a body the taxonomy knows (the recogniser checks: kind 'marker').
    if (m[2] === '主' && !/(?:产业|行业)$/.test(m[1]!)) continue;
    const weakHead = /^(?:引领|基础|支撑)$/.test(m[2]!);
    // 以A为主导 ranks A first in the economy; a head of its own (传统产业, “四强”产业) says which tier.
    const role = /^(?:主导|支柱|首位|主攻方向|主力|主$|引领|支撑|龙头|核心)/.test(m[2]!) ? 'pillar' : /^特色/.test(m[2]!) ? 'featured' : (tierOf(m[2]!) ?? (/[“"]|大|条/.test(m[2]!) ? 'pillar' : null));
    if (items.length) lists.push({ start: bodyStart, end: bodyEnd, items, role, kind: weakHead ? 'marker' : 'primary', headEnd: m.index + m[0].length, counted: !weakHead, numbered: false, afterVerb: false, strongHead: !weakHead, ...(weakHead ? { weakHead } : {}) });
  }
  for (const m of COPULA_GATE.test(text) ? text.matchAll(COPULA_HEADER_RE) : []) {
    // Only a tiered or counted head: 产业为 alone is any clause (产业为城市发展提供…).
    if (!m[1] && !m[2]) continue;
    // 以A为主导产业: PRIMARY_RE's, the body is before the head.
    if (/以[^，。；,;]*$/.test(text.slice(0, m.index))) continue;
    const bodyStart = m.index + m[0].length;
    const stop = /[，。；;！？,]/.exec(text.slice(bodyStart));
    const bodyEnd = stop ? bodyStart + stop.index : text.length;
    if (bodyEnd - bodyStart < 2 || bodyEnd - bodyStart > 80) continue;
    if (lists.some((l) => l.start < bodyEnd && bodyStart < l.end && l.kind !== 'object')) continue;
    const items = splitItems(text, bodyStart, bodyEnd)
      .map((i) => trimItem(text, i))
      .filter((i): i is ListItem => i !== null);
    if (items.length === 0) continue;
    for (let k = lists.length - 1; k >= 0; k--) if (lists[k]!.kind === 'object' && lists[k]!.start < bodyEnd && bodyStart < lists[k]!.end) lists.splice(k, 1);
    lists.push({ start: bodyStart, end: bodyEnd, items, role: tierOf(m[0]), kind: 'colon', headEnd: bodyStart, counted: true, numbered: true, afterVerb: false, strongHead: true });
  }
  for (const m of /产业链|产业体系|产业生态/.test(text) ? text.matchAll(CHAIN_LINKS_RE) : []) {
    const bodyStart = m.index + m[0].indexOf(m[1]!);
    const bodyEnd = bodyStart + m[1]!.length;
    // Only a list (、 or 从…到) names links; 形成完整的产业链 names none.
    if (!/[、到至]/.test(m[1]!)) continue;
    if (lists.some((l) => l.kind !== 'object' && l.start < bodyEnd && bodyStart < l.end)) continue;
    const items: ListItem[] = [];
    let from = bodyStart;
    for (let i = bodyStart; i <= bodyEnd; i++) {
      if (i === bodyEnd || /[、到至和及]/.test(text[i]!)) {
        const item = trimItem(text, { start: from, end: i });
        if (item) items.push(item);
        from = i + 1;
      }
    }
    if (items.length < 2) continue;
    for (let k = lists.length - 1; k >= 0; k--) if (lists[k]!.kind === 'object' && lists[k]!.start < bodyEnd && bodyStart < lists[k]!.end) lists.splice(k, 1);
    lists.push({ start: bodyStart, end: bodyEnd, items, role: null, kind: 'primary', headEnd: m.index + m[0].length, counted: true, numbered: false, afterVerb: false, strongHead: true });
  }
  for (const m of /[+＋]/.test(text) ? text.matchAll(PLUS_SYSTEM_RE) : []) {
    const bodyStart = m.index + 1;
    const bodyEnd = bodyStart + m[1]!.length;
    const items: ListItem[] = [];
    let from = bodyStart;
    for (let i = bodyStart; i <= bodyEnd; i++) {
      if (i === bodyEnd || text[i] === '+' || text[i] === '＋' || text[i] === '、') {
        const item = trimItem(text, { start: from, end: i });
        // “4+3+N”, “1+2”: counts of a system, not its members.
        if (item && /[\u3400-\u9fff]{2}/.test(text.slice(item.start, item.end))) items.push(item);
        from = i + 1;
      }
    }
    if (items.length >= 2) lists.push({ start: bodyStart, end: bodyEnd, items, role: null, kind: 'primary', headEnd: m.index + m[0].length, counted: true, numbered: false, afterVerb: false, strongHead: true });
  }
  return lists;
}

/**
 * Words that show a list item is not an industry (基础设施, 营商环境, 体制机制,
 * 人才 …): lists of measures share the list shapes industries use.
 */
export const NOT_INDUSTRY_RE =
  /基础设施|营商环境|体制|机制|人才|环境|平台|项目|企业|工程|设施|能力|水平|体系|政策|改革|创新|空间|品牌|市场主体|资源|要素|功能|载体|园区|中心|示范|工作|制度|管理|治理|安全|质量|效益|规模|结构|格局|链条|城市|城镇|乡村|农村|生态环境|民生|公共|社会|文明|党|组织|队伍|技术|研发|招商|投资|资金|资本|土地|用地|信息化|数字化|智能化|网络化|高端化(?![工学])|绿色化(?![工学])|集约化|价值链|创新链|资金链|人才链|理念|思想|规划|列入|丰富|配套|替代|县域|块状|个人|扶贫|做长|^科技$|教育|就业|医疗|公安|政府|财政|人口|城乡|新基建|事业|过程|带动|效应|含量|密集型|战略|目标|任务|举措|措施|发展|升级|转型|协同|融合|联动|布局|区域|地区|一批|若干|重大|重点|各类|相关|其他|新型工业化|高质量|现代化|产业链|供应链|产业|龙头|骨干|中小|专精特新|领军|示范|试点|载体/;

/** Never an industry, whatever list it stands in. */
export const NEVER_INDUSTRY_RE =
  /基础设施|营商环境|体制|机制|人才|政策|改革|项目|企业|工程|平台|制度|治理|党|队伍|资金|土地|用地|目标|任务|举措|措施|理念|思想|规划|开发区|园区|一批|若干/;

/**
 * A plausible off-taxonomy industry phrase: Han-dominant, short, not a measure
 * or a generic noun. `trustedList`: the phrase stands in a list an industry
 * head closes (…等在线新经济), so only NEVER_INDUSTRY_RE rules it out.
 */
export function looksLikeIndustry(phrase: string, trustedList = false): boolean {
  if (phrase.length < 2 || phrase.length > 12) return false;
  if (!/^[\u3400-\u9fff0-9A-Za-z]+$/.test(phrase)) return false;
  if ((phrase.match(/[\u3400-\u9fff]/g) ?? []).length < 2) return false;
  if (/^\d|\d{2,}|[年月日%]/.test(phrase)) return false;
  if (/的/.test(phrase)) return false;
  // A clause fragment, not a name: 实施开发区…, 深度运用大数据, 引导第三方物流.
  if (/^(?:立足|包括|围绕|依托|对接|实施|按照|借助|探索|深度|引导|统筹|运用|利用|加大|完善|强化|健全|开展|落实|支持|鼓励|提高|提升|加快|推动|推进|充分|发挥|形成|实现|坚持)/.test(phrase)) return false;
  if (/开发区|高新区|经开区|新区|工业区|园区|产业园|工业园|片区|自贸|保税|^信息$/.test(phrase)) return false;
  // 上述三大产业链, 核心: words pointing back or ranking, not names; 硅材料全(产业链): a cut-off 全.
  if (/^(?:上述|前述|以上|下列|上列)|^(?:核心|关键|主要)$|全$/.test(phrase)) return false;
  // 彰滨工业区以金属制品: a clause (X以Y), not a name.
  if (/.以./.test(phrase)) return false;
  // 人工智能基础层, 应用层: layers of a stack, 样板/标杆: showcases.
  if (/层$|样板$|标杆$|高地$|之都$|名城$/.test(phrase)) return false;
  // 南京市八大产业: a place counting its industries is no industry.
  if (/[省市县区镇乡州]$/.test(phrase)) return false;
  // 第三产业, 三次产业, 一二三产业 are statistical sectors, not industries a place develops.
  if (/^第[一二三]|三次|^[一二三]+$|^各|^全|^(?:服务|制造|加工|产品|生产|相关|新|传统|现代|优势|重点|主导|特色|新兴|研发|销售|运营|运营管理|管理|设计|应用|回收|维修|组装|装配|营销|售后|采购|检测|测试|研发设计|生产制造|原材料|终端|下游|上游|中游)$/.test(phrase)) return false;
  return trustedList ? !NEVER_INDUSTRY_RE.test(phrase) : !NOT_INDUSTRY_RE.test(phrase);
}
