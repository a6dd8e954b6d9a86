/**
 * Companies: named enterprises (东风华神, 美的, 长江存储), never 龙头企业.
 * Readings, strongest first:
 *   lists   依托X、Y等(行业)龙头企业 / 引进X、Y等企业 — any name, known or not
 *   led     以X、Y为龙头 / 形成以X、Y为代表的… — names one known or company-like item vouches for
 *   bare    依托X、Y，… / 引进X、Y落户 (no 等) — the same, with the list ending at the clause
 *   signed  与X签订…协议 (the other party of an agreement)
 *   legal   …股份有限公司 / …有限公司 / …集团 / X公司
 *   lexicon graph-seed/lexicon/companies.yaml (national champions named bare)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Mention, RecogniserContext, Recogniser, Sentence } from '../types.ts';
import { HAN, spanMention } from './mention-span.ts';
import { placeNames, startsWithPlace } from './place-prefix.ts';
import { trimToName } from './name-edge.ts';
import { loadTaxonomy } from '../../taxonomy/index.ts';

interface CompanyEntry {
  name: string;
  aliases: string[];
  strict?: boolean;
  /** Short forms that are also ordinary words (中兴, 三一), read as strictly as a strict entry. */
  strictAliases?: string[];
}

interface Lexicon {
  /** surface → entry */
  bySurface: Map<string, CompanyEntry>;
  /** the surfaces as a trie by UTF-16 unit: one walk per position instead of a large alternation over every sentence */
  trie: TrieNode;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** the surface ending here, if one does */
  word: string | null;
}

function addToTrie(root: TrieNode, word: string): void {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map(), word: null };
      node.next.set(c, child);
    }
    node = child;
  }
  node.word = word;
}

/** The longest surface starting at `at`, or null (what the longest-first alternation matched there). */
function longestSurfaceAt(root: TrieNode, s: string, at: number): string | null {
  let node: TrieNode | undefined = root;
  let found: string | null = null;
  for (let i = at; i < s.length; i++) {
    node = node.next.get(s.charCodeAt(i));
    if (!node) break;
    if (node.word !== null) found = node.word;
  }
  return found;
}

let lexicon: Lexicon | null = null;
function companyLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const raw = parse(readFileSync(new URL('../../lexicon/companies.yaml', import.meta.url), 'utf8')) as { companies: CompanyEntry[] };
  const bySurface = new Map<string, CompanyEntry>();
  for (const e of raw.companies) {
    for (const s of [e.name, ...(e.aliases ?? [])]) bySurface.set(s, e);
    for (const s of e.strictAliases ?? []) bySurface.set(s, { ...e, strict: true });
  }
  const trie: TrieNode = { next: new Map(), word: null };
  for (const surface of bySurface.keys()) if (surface !== '') addToTrie(trie, surface);
  lexicon = { bySurface, trie };
  return lexicon;
}

/** Known enterprise named by `surface`, if any: its canonical name. */
export function knownCompany(surface: string): string | null {
  return companyLexicon().bySurface.get(surface)?.name ?? null;
}

/* ---------- lists ---------- */

const LIST_TAIL =
  /(?<![平相同对均何初高中上优特超])等(一批|多家|\d+家|[一二三四五六七八九十]+家)?[^，。；、：:,;]{0,8}?(企业|公司|厂商|厂家|集团|车企|巨头|大厂|药企|链主|央企|国企|外企)/g;
const INTRODUCED_PROJECTS = /(?<![平相同对均何初高中上优特超])等(一批|多家|\d+个|[一二三四五六七八九十]+个)?[^，。；、：:,;]{0,8}?项目/g;
/** 厂商包括X、Y等 / 企业有X、Y等 (compiled once): the items between the introducing noun and a bare 等 */
const NOUN_LED_LIST = /(?:企业|厂商|厂家|公司)(?:主要)?(?:包括|有|如)[：:]?([^。；，,：:]{2,60}?)等(?=[。；，,]|$)/g;
const LIST_TRIGGERS = [
  '依托', '依靠', '引进', '紧盯', '瞄准', '对标', '聚焦', '面向', '争取', '吸引', '引入', '招引', '吸引', '支持', '鼓励', '推动', '培育', '壮大', '做强', '做大', '围绕', '带动', '发挥',
  '聚集', '集聚', '拥有', '包括', '形成以', '加快', '推进', '服务', '对接', '联合', '发展', '落户', '引导', '借助', '重点', '扶持',
  '落地', '入驻',
];
/** Words that make a list item something other than a company. */
const NOT_A_COMPANY = /(冠军|小巨人|独角兽|瞪羚|专精特新|高新技术|领军|标杆|种子|会展|方面|企业|产业|行业|龙头|平台|园区|产业园|基地|中心|机构|项目|领域|集群|品牌|载体|高校|院所|大学|学院|研究院|政府|部门|单位|设备|产品|材料|系统|服务|等)/;
const INDUSTRY_WORD =
  /^(汽车|整车|零部件|汽车零部件|电子|电子信息|新能源|新材料|医药|生物医药|生物|化工|食品|纺织|服装|机械|装备|钢铁|建材|物流|软件|互联网|通信|光电|信息|半导体|集成电路|芯片|能源|电力|光伏|储能|氢能|金融|商贸|旅游|文旅|农业|冶金|有色|家电|家居|造纸|印刷|建筑|制造|制造业|数控机床|机器人|电池|动力电池|锂电|卡车|重卡|专用车|乘用车|商用车|咨询|贸易|银行|银行总部|会计|审计|税务|法律|设计|研发|检测|保险|证券|电商|快递|仓储|餐饮|零售|批发|外贸|总部)+$/;
const LEADING_JOINERS = /^(以|与|如|和|及|同|对|将|把|让|使|由|向|在|了)/;

/** Scans back from `at` to the start of the clause, skipping bracketed asides like (国电投). */
function clauseStart(s: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = s[i]!;
    if (c === ')' || c === '）') depth++;
    else if ((c === '(' || c === '（') && depth > 0) depth--;
    else if (depth === 0 && /[，。；：！？,;:!?(（\n“”]/.test(c)) return i + 1;
  }
  return 0;
}

interface Found {
  start: number;
  end: number;
  canonical: string;
}

function splitItems(s: string, from: number, to: number): Found[] {
  const items: Found[] = [];
  let depth = 0;
  let itemStart = from;
  for (let i = from; i <= to; i++) {
    const c = s[i];
    if (i < to && (c === '(' || c === '（')) depth++;
    else if (i < to && (c === ')' || c === '）')) depth = Math.max(0, depth - 1);
    if (i === to || (depth === 0 && /[、，,]/.test(c!))) {
      const raw = s.slice(itemStart, i);
      // (国电投) is the owner, not part of the name; 卡特彼勒（徐州） is a branch, named with its place
      const aside = /[（(]([^）)]*)[）)]\s*$/.exec(raw);
      const bare = aside && !isPlaceName(aside[1]!) ? raw.slice(0, aside.index) : raw;
      // Only the first item follows a joiner (以岭药业 later in a list is a name).
      const lead = items.length === 0 ? LEADING_JOINERS.exec(bare)?.[0].length ?? 0 : 0;
      const trimmed = bare.slice(lead).trim();
      // only the first item can carry the verb that opens the list (紧盯LG、博世); a stop word inside a name
      // (首钢京唐钢铁联合有限责任公司) must not leave only its legal form
      const cut = items.length === 0 ? trimToName(trimmed) : trimmed;
      const name = cut.length < 2 || /^(股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$/.test(cut) ? trimmed : cut;
      const start = itemStart + lead + bare.slice(lead).indexOf(name);
      if (name) items.push({ start, end: start + name.length, canonical: name });
      itemStart = i + 1;
    }
  }
  // 和/及/与 join the last two names: 东风本田和上汽通用
  return items.flatMap((it) => {
    const parts = it.canonical.split(/(?<=.{2})(?:和|及|与)(?=.{2})/);
    if (parts.length === 1) return [it];
    let offset = it.start;
    return parts.map((p) => {
      const at = s.indexOf(p, offset);
      offset = at + p.length;
      return { start: at, end: at + p.length, canonical: p };
    });
  });
}

function isPlaceName(name: string): boolean {
  return placeNames().has(name) || placeNames().has(name.replace(/[省市县区]$/, ''));
}

/** Compiled once: every candidate name is checked against it. */
const NAME_CHARACTERS = new RegExp(`^[${HAN}A-Za-z0-9·&\\-]+$`);

function plausibleName(name: string): boolean {
  // 卡特彼勒（徐州）: a branch is judged by its parent's name
  const branch = /^(.+)[（(]([^）)]+)[）)]$/.exec(name);
  if (branch) return isPlaceName(branch[2]!) && plausibleName(branch[1]!);
  if (name.length < 2 || name.length > 16) return false;
  if (NOT_A_COMPANY.test(name) || INDUSTRY_WORD.test(name)) return false;
  if (placeNames().has(name)) return false;
  if (!NAME_CHARACTERS.test(name)) return false;
  return true;
}

/** Reads the company names of a list segment [segStart, segEnd) of `s` into `out` (module level: no closure per call). */
function readListSegment(s: string, out: Found[], segStart: number, segEnd: number): void {
  let from = segStart;
  const seg = s.slice(segStart, segEnd);
  for (const t of LIST_TRIGGERS) {
    const i = seg.lastIndexOf(t);
    // a trigger word inside a name (首钢京唐钢铁联合有限责任公司) leaves only a legal form after it
    const next = seg.slice(i + t.length).split(/[、，,]/)[0] ?? '';
    if (/^(股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)/.test(next)) continue;
    if (i >= 0 && segStart + i + t.length > from) from = segStart + i + t.length;
  }
  const items = splitItems(s, from, segEnd);
  // 汽车及零部件、智能装备制造等产业领军企业: a list of industries, not of companies
  if (items.some((it) => INDUSTRY_WORD.test(it.canonical))) return;
  for (const item of items) {
    if (!plausibleName(item.canonical)) continue;
    // 开发建设有限公司、水务公司等4家区属国有企业: kinds of company, not names
    const legal = /(股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$/.exec(item.canonical);
    if (legal && !knownCompany(item.canonical)) {
      const stem = item.canonical.slice(0, -legal[0].length);
      if (stem.length < 2 || GENERIC_STEM.test(stem) || (FUNCTION_STEM_END.test(stem) && !startsWithPlace(stem))) continue;
    }
    out.push({ ...item, canonical: knownCompany(item.canonical) ?? item.canonical });
  }
}

function listed(s: string): Found[] {
  const out: Found[] = [];
  // 引进宁德时代、国轩高科等动力电池项目: an introduced list of projects is named by its investors.
  INTRODUCED_PROJECTS.lastIndex = 0;
  for (let m = INTRODUCED_PROJECTS.exec(s); m; m = INTRODUCED_PROJECTS.exec(s)) {
    const from = clauseStart(s, m.index);
    if (!/(引进|招引|引入|吸引)/.test(s.slice(from, m.index))) continue;
    readListSegment(s, out, from, m.index);
  }
  // 区内厂商包括X、Y等。: a list a company noun introduces, closed by a bare 等
  if (s.includes('等')) {
    NOUN_LED_LIST.lastIndex = 0;
    for (let m = NOUN_LED_LIST.exec(s); m; m = NOUN_LED_LIST.exec(s)) {
      const from = m.index + m[0].length - m[1]!.length - 1;
      readListSegment(s, out, from, from + m[1]!.length);
    }
  }
  LIST_TAIL.lastIndex = 0;
  for (let m = LIST_TAIL.exec(s); m; m = LIST_TAIL.exec(s)) {
    // 在要素获取、准入许可等方面支持企业: the list is of something else, the 企业 comes later
    if (/(方面|领域|环节|过程|问题|支持|给予|对|为|的|向)/.test(m[0])) continue;
    readListSegment(s, out, clauseStart(s, m.index), m.index);
  }
  return out;
}

/* ---------- led lists and lists without 等 ---------- */

/**
 * The endings of an enterprise's trade name (歌尔股份, 弗迪电池, 华勤技术, 昆药集团):
 * an unknown name with one of them, after a distinctive stem, reads as a company.
 */
const COMPANY_ENDING =
  /(股份|集团|控股|科技|技术|药业|制药|生物|医疗|电子|电器|电气|微电子|半导体|光电|能源|锂电|锂能|锂业|电池|材料|新材|化学|化工|石化|炼化|重工|机械|动力|智能|智造|汽车|通信|钢铁|特钢|精密|实业|光学|机器人|装备|储能|环保|食品|乳业|酒业|物流|航空|电力|矿业|钴业|铝业|铜业|光能|绿能|软件|网络|信息|数控|机电|客车|重卡)$/;

/** Whether a list item looks like an enterprise by itself: known, or a trade name with a company ending. */
function companyLike(name: string): boolean {
  if (knownCompany(name)) return true;
  const ending = COMPANY_ENDING.exec(name);
  if (!ending) return false;
  const stem = name.slice(0, -ending[0].length);
  return stem.length >= 2 && !INDUSTRY_WORD.test(stem) && !GENERIC_STEM.test(stem) && !isIndustry(name) && !isIndustry(stem);
}

function isIndustry(phrase: string): boolean {
  return loadTaxonomy().match(phrase) !== null;
}

/** 以X、Y为龙头 / 以X为代表的 / 以X、Y等企业为链主: X and Y lead what the sentence develops. */
const LED_BY = /为(龙头|链主|代表|引领|牵引|核心企业|骨干企业|主体企业|龙头企业|链主企业|领军企业)/g;
/** The verbs that open a list of companies which may end without 等 (依托比亚迪、弗迪电池，…). */
const BARE_TRIGGER = /(依托|依靠|借助|引进了|引进|引入|招引|吸引|集聚了|集聚|聚集了|聚集|拥有|汇聚了|汇聚|落户了|入驻了|培育了|支持|鼓励|推动|包括|如)/g;
/** Where the last item of a bare list stops: the clause's own verb or preposition. */
const ITEM_STOP = /(在|于|为|等|落户|入驻|扎根|投资|建设|布局|发展|加快|扩大|设立|实施|开展|做大|做强|做优|牵头|联合|共同|已|均|相继|先后|分别|的|将|来|到)/;

/** Items of a list that ends at a clause break: the last item stops at its clause's verb. */
function bareItems(s: string, from: number, to: number): Found[] {
  const items = splitItems(s, from, to);
  const last = items[items.length - 1];
  if (!last) return items;
  const known = [...Array(last.canonical.length).keys()].map((k) => last.canonical.slice(0, last.canonical.length - k)).find((p) => p.length >= 2 && knownCompany(p));
  let cut = known ? known.length : last.canonical.length;
  if (!known) {
    const stop = ITEM_STOP.exec(last.canonical.slice(2));
    if (stop) cut = 2 + stop.index;
  }
  if (cut < last.canonical.length) items[items.length - 1] = { ...last, end: last.start + cut, canonical: last.canonical.slice(0, cut) };
  return items;
}

/** Items one known or company-like name vouches for; none that is an industry, a place or a generic word. */
function vouched(items: Found[], explicit: boolean): Found[] {
  if (items.length === 0 || items.length > 8) return [];
  if (!items.every((it) => plausibleName(it.canonical) && !isIndustry(it.canonical))) return [];
  if (!explicit && !items.some((it) => companyLike(it.canonical))) return [];
  return items.map((it) => ({ ...it, canonical: knownCompany(it.canonical) ?? it.canonical }));
}

function ledLists(s: string): Found[] {
  const out: Found[] = [];
  if (!s.includes('为')) return out;
  LED_BY.lastIndex = 0;
  for (let m = LED_BY.exec(s); m; m = LED_BY.exec(s)) {
    const from = clauseStart(s, m.index);
    const by = s.lastIndexOf('以', m.index);
    if (by < from) continue;
    // 以X、Y等企业为龙头: the list's own tail is not a name
    const tail = /等[^、，。；]{0,8}$/.exec(s.slice(by + 1, m.index));
    const to = tail ? by + 1 + tail.index : m.index;
    const explicit = /企业$/.test(m[0]) || (tail !== null && /企业$/.test(tail[0]));
    out.push(...vouched(splitItems(s, by + 1, to), explicit));
  }
  return out;
}

function bareLists(s: string): Found[] {
  const out: Found[] = [];
  BARE_TRIGGER.lastIndex = 0;
  for (let m = BARE_TRIGGER.exec(s); m; m = BARE_TRIGGER.exec(s)) {
    const from = m.index + m[0].length;
    const rest = s.slice(from);
    const stop = rest.search(/[，。；：:,;！？\n（(]/);
    const to = stop < 0 ? s.length : from + stop;
    if (to - from < 2) continue;
    // 引进先进封装、IC载板及精密光学等产业: a list 等 closes is judged by its tail (listed())
    if (/等/.test(s.slice(from, to))) continue;
    const items = bareItems(s, from, to);
    // a single unknown name needs more than its ending: 支持华勤技术扩大产能 is read by the lexicon, 支持科技创新 by nothing
    if (items.length === 1 && !knownCompany(items[0]!.canonical)) continue;
    // without 等 nothing closes the list: an unknown item that is no trade name must be short (东风乘用车乘势而上… is a clause)
    if (items.some((it) => !companyLike(it.canonical) && it.canonical.length > 4)) continue;
    out.push(...vouched(items, false));
  }
  return out;
}

/* ---------- partners in a signed agreement ---------- */

/** 与葳格教育签订建设教育园协议: the other party of an investment agreement is an enterprise. */
const SIGNED_WITH = new RegExp(`与([${HAN}A-Za-z0-9]{2,10}?)(?:签订|签署|签约)(?:了)?[^，。；]{0,14}?(?:协议|合同|框架)`, 'g');
const NOT_A_PARTY = /(政府|局|委|办|厅|部|院|大学|学院|管委会|中心|协会|商会|银行|各|等|市|区|县|省)$/;

function signedWith(s: string): Found[] {
  const out: Found[] = [];
  SIGNED_WITH.lastIndex = 0;
  for (let m = SIGNED_WITH.exec(s); m; m = SIGNED_WITH.exec(s)) {
    const name = m[1]!;
    if (!plausibleName(name) || NOT_A_PARTY.test(name) || placeNames().has(name)) continue;
    const start = m.index + 1;
    out.push({ start, end: start + name.length, canonical: knownCompany(name) ?? name });
  }
  return out;
}

/* ---------- legal names ---------- */

const LEGAL = new RegExp(`([${HAN}A-Za-z0-9]{1,20}(?:[（(]集团[)）])?)(股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|控股集团|集团|公司)`, 'g');
const GENERIC_STEM = new RegExp(
  '^(市|区|县|省|州|各类|一批|大型|中小|现代|国有|民营|外资|合资|股份制|平台|运营|开发建设|开发|建设|投资|融资|县级|市级|区级|省级|市政|水务|供水|燃气|出租车|城市|园区|开发区|跨国|国际|知名|猎头|职业|教育|职教|农业|上市|龙头|骨干|运输|物流|金融|担保|保险|证券|科技|信息|商贸|专业|第三方|子|分|母|控股|本地|当地|外地|国内|国外|全球|世界|500强|大|新|本|该|一家|多家|相关|有关|这些|总|集体|经济|产业|市场化运作的|市场化|的)+$',
);

/** Stems that name a kind of company rather than one (组建新能源汽车运营公司). */
const FUNCTION_STEM_END = /(运营|建设|开发|投资|服务|管理|运输|出租|租赁|物流|平台|融资|担保|国有|民营)$/;

function legalNames(s: string): Found[] {
  const out: Found[] = [];
  // Every legal form holds 公司 or 集团: most sentences have neither, and the pattern backtracks at every character.
  if (!s.includes('公司') && !s.includes('集团')) return out;
  LEGAL.lastIndex = 0;
  for (let m = LEGAL.exec(s); m; m = LEGAL.exec(s)) {
    let run = m[1]!;
    let suffix = m[2]!;
    // the greedy run can swallow part of the legal form: 开发建设有限 + 公司
    for (let tail = /(有限责任|有限|股份|集团|控股)$/.exec(run); tail; tail = /(有限责任|有限|股份|集团|控股)$/.exec(run)) {
      suffix = tail[0] + suffix;
      run = run.slice(0, -tail[0].length);
    }
    const end = m.index + m[0].length;
    const full = run + suffix;
    // a known name inside the run wins over a longer guess (借东风公司 → 东风公司)
    const known = [...Array(Math.min(full.length - 1, 12)).keys()].map((k) => full.slice(k)).find((tailName) => knownCompany(tailName));
    if (known) {
      out.push({ start: end - known.length, end, canonical: knownCompany(known)! });
      continue;
    }
    let stem = trimToName(run);
    // 首钢京唐钢铁联合有限责任公司: a stop word inside the name; cut after the list's opening verb instead
    if (stem.length < 2 && /^(有限责任公司|有限公司|股份有限公司|集团有限公司)$/.test(suffix)) {
      const opener = Math.max(...LIST_TRIGGERS.map((t) => (run.lastIndexOf(t) >= 0 ? run.lastIndexOf(t) + t.length : 0)));
      const rest = run.slice(opener);
      if (rest.length >= 4 && rest.length <= 12 && !/[的和与及、以为在对将把]|构建|打造|建设|发展|推动/.test(rest)) stem = rest;
    }
    if (stem.length < 2 || GENERIC_STEM.test(stem) || /(企业|产业链|集群|平台)/.test(stem)) continue;
    if (FUNCTION_STEM_END.test(stem) && !startsWithPlace(stem)) continue;
    const name = stem + suffix;
    out.push({ start: end - name.length, end, canonical: name });
  }
  return out;
}

/* ---------- lexicon ---------- */

const COMPANY_WORD_AFTER = /^(集团|公司|汽车|股份|控股)/;

function insideList(lists: Found[], start: number, end: number): boolean {
  for (const l of lists) if (l.start <= start && end <= l.end) return true;
  return false;
}

function lexiconNames(s: string, lists: Found[]): Found[] {
  const { bySurface, trie } = companyLexicon();
  const out: Found[] = [];
  for (let at = 0; at < s.length; ) {
    const surface = longestSurfaceAt(trie, s, at);
    if (surface === null) {
      at++;
      continue;
    }
    const start = at;
    const end = start + surface.length;
    at = end;
    const entry = bySurface.get(surface)!;
    if (entry.strict && !COMPANY_WORD_AFTER.test(s.slice(end)) && !insideList(lists, start, end)) continue;
    // a Latin name must stand alone (ABB, not ABBA)
    if (/^[A-Za-z]/.test(surface) && /[A-Za-z]/.test(s[start - 1] ?? '')) continue;
    if (/[A-Za-z]$/.test(surface) && /[A-Za-z]/.test(s[end] ?? '')) continue;
    // 日月光半导体, 卡特彼勒（徐州）: a known name with its trade ending or branch place is the longer name
    const longer = LONGER_NAME.exec(s.slice(end));
    if (longer && (longer[2] ? isPlaceName(longer[2]) : true)) {
      out.push({ start, end: end + longer[0].length, canonical: entry.name });
      continue;
    }
    out.push({ start, end, canonical: entry.name });
  }
  return out;
}

const LONGER_NAME = /^(?:(?:半导体|电子|科技|股份|光电|控股|技术|电气|能源)(?=[、，,和及与等为在均已]|$)|[（(]([\u3400-\u9fff]{2,4})[)）](?=[、，,和及与等为在均已]|$))/;

/* ---------- a company's local branch: 宁德时代（宜宾）有限公司 ---------- */

const BRANCH = new RegExp(`([${HAN}A-Za-z0-9]{2,16})[（(]([${HAN}]{2,6})[)）](股份有限公司|有限责任公司|有限公司|集团有限公司|公司)`, 'g');

/** A subsidiary named by its parent and a place in brackets is the parent's branch; a known parent names it. */
function branches(s: string): Found[] {
  const out: Found[] = [];
  if (!s.includes('公司')) return out;
  BRANCH.lastIndex = 0;
  for (let m = BRANCH.exec(s); m; m = BRANCH.exec(s)) {
    const run = m[1]!;
    const known = [...Array(run.length - 1).keys()].map((k) => run.slice(k)).find((tail) => knownCompany(tail));
    const parent = known ?? trimToName(run);
    if (parent.length < 2 || GENERIC_STEM.test(parent) || !placeNames().has(m[2]!.replace(/[省市县区]$/, '')) && !placeNames().has(m[2]!)) continue;
    const end = m.index + m[0].length;
    const start = m.index + run.length - parent.length;
    out.push({ start, end, canonical: knownCompany(parent) ?? s.slice(start, end) });
  }
  return out;
}

export function recogniseCompanies(sentence: Sentence, context: RecogniserContext): Mention[] {
  const s = sentence.simplified;
  const lists = [...branches(s), ...listed(s), ...ledLists(s), ...bareLists(s)];
  const all = [...lists, ...signedWith(s), ...legalNames(s), ...lexiconNames(s, lists)];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  return kept.map((f) => spanMention(sentence, context, { label: 'Company', canonical: f.canonical, start: f.start, end: f.end }));
}

export const companyRecogniser: Recogniser = {
  name: 'company',
  recognise: recogniseCompanies,
};
