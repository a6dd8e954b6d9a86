/**
 * The industry recogniser: taxonomy dictionary matches (longest first) in a
 * sentence's Simplified text, plus phrases standing in industry-list
 * constructions (聚焦A、B、C等八条产业链; 三大优势产业：A、B、C; 以A为主导) so
 * industries the taxonomy lacks are still found (as unmapped leaves).
 */
import type { Mention, Recogniser, RecogniserContext, Sentence } from '../types.ts';
import type { Taxonomy, TaxonomyEntry } from '../../taxonomy/index.ts';
import { canonicalUnmapped, conjunctionKey } from '../../taxonomy/normalise.ts';
import { spanMention } from './mention-span.ts';
import { DEVELOP_VERB_RE, NEVER_INDUSTRY_RE, NOT_INDUSTRY_RE, bodyStartBefore, findIndustryLists, listItems, looksLikeIndustry, type IndustryList, type ListItem } from './industry-cues.ts';

/**
 * Short, everyday words (汽车, 物流, 农业, 金融, 电子) name an industry only in
 * an industry context; inside a company name (岚图汽车, 华大基因农业) they do not.
 */
function isWeakSurface(surface: string): boolean {
  return surface.length <= 2 && !/^[A-Z0-9]/.test(surface);
}

/** Heads after a match that make it an industry (汽车产业, 物流业, 电子信息制造). Not 产业园 (a park). */
const INDUSTRY_HEAD_AFTER = /^(?:产业(?!园)|行业|产业链|集群|制造|业(?!务|主|态|绩|界)|板块|领域|基地)/;
/** Product heads: a develop verb's object ending in one names a product line (燃料电池重卡, 汽车模具). */
const PRODUCT_HEAD = /(?:卡车|重卡|轻卡|微卡|客车|专用车|整车|机床|模具|装备|设备|装置|器件|部件|电池|芯片|材料|机器人|无人机|传感器|减速器|控制器|机械|元件|器械|耗材|用品|仪器|(?<![样看黑模面])板|用钢|钢材|型材)$/;

/** Quality words that narrow an industry written right after them. */
const QUALIFIER = /(高端|先进|精细|特种|精品|高性能)$/;
/** One chemical element (氟, 钛 …) and the heads it can narrow (氟新材料, 钛材料, 氟化工 is in the taxonomy). */
const ELEMENT = /^([氟硅锂钛铝镁钴镍钒锆钨钼锗镓铟铜锌])$/;
const ELEMENT_HEAD = /^(?:新材料|材料|精细化工|化工新材料)$/;
/** What may stand before such a word: a list separator, a verb, a function word, the clause start. */
const QUALIFIER_BOUNDARY = new RegExp(`(?:[、，。；：,;:（(“”"和及与的等为以是]|${DEVELOP_VERB_RE.source}|新建|引进|支持)$`);

/** A city, county or province name opening a list item (长垣市起重装备). */
const PLACE_LEAD = /^[\u3400-\u9fff]{1,5}?[省市县](?![场民政委级域])/;

/** Category heads a modifier written right before can narrow (稀土新材料, 有色金属精深加工, 新能源汽车零部件). */
const COMPOUND_HEAD = /(?:材料|装备|零部件|部件|化工|电子|设备|器件|加工|制造|服务|用品)$/;

/** Vehicle classes a power source can qualify (新能源商用车). */
const VEHICLE_HEAD = /(?:商用车|乘用车|重卡|轻卡|客车|专用车|物流车|卡车|整车)$/;

/** Heads that only group a list (氢能、储能等新兴产业), never an industry of their own there. */
const GENERIC_HEADS = new Set(['emerging-industries', 'future-industries', 'high-tech']);

/** Heads list siblings share (平台经济、共享经济): a new member with the same head is an industry. */
const SHARED_HEADS = ['经济', '材料', '制造', '装备', '服务', '农业', '旅游', '物流', '产业'];

/** Right after a match: the company it belongs to (岚图汽车有限公司). */
const COMPANY_AFTER = /^[\u3400-\u9fff]{0,4}(?:有限公司|股份|集团|公司|有限责任)/;
/** Right after a match: a facility, event or line, not the industry (轨道交通3号线, 5G基站, 机器人大赛). */
const NOT_INDUSTRY_AFTER =
  /^(?:\d|[一二三四五六七八九十]+号|号线|线路|站点|站|沿线|基站|网络|信号|公交|设施|事业|大赛|大会|博览会|论坛|展会|示范区|先行区|试点|公共平台|消费比重|资源回收|工程|占(?!GDP|地区生产总值|全市|全区|全省|全县)|\+|＋|先导区|博物馆|单一窗口|中心|加速器|研究院|研究所|实验室|等?基础设施|优势|能力|型(?!材)|展示|场馆|展馆|展厅|会展中心|化|城(?![市乡镇])|[\u3400-\u9fff]{0,3}(?:园区|产业园|工业园|开发区|片区|区块|新城|小镇|园(?![林艺])))/;
/** Characters that may stand right before a weak match (list separators, function words). */
const LEFT_BOUNDARY = /[^\u3400-\u9fff]|[、和及与的等了在把以将从对向为是、与其或]/;

interface Candidate {
  start: number;
  end: number;
  entry: TaxonomyEntry | null;
  /** Off-taxonomy phrase name (canonical) when entry is null. */
  name?: string;
}

interface Dictionary {
  /** surface (and conjunction variants) → entry */
  map: Map<string, TaxonomyEntry>;
  maxLength: number;
  /** The same surfaces as a character trie: longestAt walks it instead of slicing every length at every position. */
  trie: TrieNode;
}

interface TrieNode {
  /** By UTF-16 code unit (charCodeAt allocates nothing, unlike text[i]). */
  next: Map<number, TrieNode>;
  /** The entry the path to this node spells, if any. */
  entry?: TaxonomyEntry;
}

function buildDictionary(taxonomy: Taxonomy): Dictionary {
  const map = new Map<string, TaxonomyEntry>();
  let maxLength = 0;
  for (const [surface, entry] of taxonomy.surfaces()) {
    const variants = new Set([surface]);
    if (/及|和|与/.test(surface)) for (const c of ['及', '和', '与', '、']) variants.add(conjunctionKey(surface).replaceAll('和', c));
    for (const v of variants) {
      if (!map.has(v)) map.set(v, entry);
      maxLength = Math.max(maxLength, v.length);
    }
  }
  const trie: TrieNode = { next: new Map() };
  for (const [surface, entry] of map) {
    let node = trie;
    for (let k = 0; k < surface.length; k++) {
      const ch = surface.charCodeAt(k);
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }
  return { map, maxLength, trie };
}

const patternsByHead = new Map<string, { next: RegExp; prev: RegExp }>();

/** The sibling phrases after and before an industry sharing its head, compiled once per head (siblings() runs per match). */
function headPatterns(head: string): { next: RegExp; prev: RegExp } {
  let patterns = patternsByHead.get(head);
  if (!patterns) {
    patterns = {
      next: new RegExp(`^[、和及与]([\u3400-\u9fff]{1,8}?${head})(?=[、，。；,;和及与等]|$)`),
      prev: new RegExp(`(?:^|[、，：；,:;])([\u3400-\u9fff]{1,8}?${head})[、和及与]$`),
    };
    patternsByHead.set(head, patterns);
  }
  return patterns;
}

/**
 * Module-level helpers rather than closures: tsx (keepNames) names every
 * closure a hot function declares, on every call.
 */

/** True when [s, e) lies in a list that is not a verb's object span. */
function inMarkedList(lists: readonly IndustryList[], s: number, e: number): boolean {
  for (const l of lists) if (l.kind !== 'object' && s >= l.start && e <= l.end) return true;
  return false;
}

const JOINERS = /以及|和|及|与/;

/**
 * 重点发展稀土永磁、稀土抛光和稀土催化材料: a verb's object list of 2–8 members (the
 * last split at its joiner), short items, at least one anchored on a known name.
 */
function anchoredObjectList(text: string, items: readonly ListItem[], found: readonly Candidate[], known?: (i: ListItem) => boolean): boolean {
  let parts = 0;
  let anchored = false;
  for (const i of items) {
    if (i.end - i.start > 20) return false;
    parts++;
    for (let k = i.start; k < i.end; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x4e0e /* 与 */) parts++;
    }
    if (!anchored) anchored = known ? known(i) : overlapsAny(found, i.start, i.end);
  }
  return anchored && parts >= 2 && parts <= 8;
}

/** The items of a list with the last one's joined parts apart (防护用品和康复器械), two characters or more. */
function itemParts(text: string, items: readonly ListItem[]): ListItem[] {
  const out: ListItem[] = [];
  for (const i of items) {
    const body = text.slice(i.start, i.end);
    if (!JOINERS.test(body)) {
      out.push(i);
      continue;
    }
    let at = i.start;
    for (const part of body.split(JOINERS)) {
      const s = text.indexOf(part, at);
      at = s + part.length;
      if (part.length >= 2) out.push({ start: s, end: s + part.length });
    }
  }
  return out;
}

/** Two candidates written together inside the item (稀土新材料): a compound, not two names. */
function compoundInside(found: readonly Candidate[], item: ListItem): boolean {
  for (const a of found) {
    if (a.start < item.start || a.end >= item.end) continue;
    for (const b of found) if (b.start === a.end && b.end <= item.end) return true;
  }
  return false;
}

/** True when [s, e) overlaps one of the candidates. */
function overlapsAny(candidates: readonly Candidate[], s: number, e: number): boolean {
  for (const c of candidates) if (s < c.end && c.start < e) return true;
  return false;
}

export function createIndustryRecogniser(taxonomy: Taxonomy): Recogniser {
  const dictionary = buildDictionary(taxonomy);

  /** The longest surface of two or more characters starting at `i`. */
  function longestAt(text: string, i: number): { end: number; entry: TaxonomyEntry } | null {
    let found: { end: number; entry: TaxonomyEntry } | null = null;
    let node: TrieNode | undefined = dictionary.trie;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.entry && j + 1 - i >= 2) found = { end: j + 1, entry: node.entry };
    }
    return found;
  }

  /** A taxonomy surface (even a short, weak one: 钢铁 of 精品钢铁) stands inside the item. */
  /** `phrase` at start..end: its taxonomy entry, or an unmapped leaf under its canonical name. */
  function candidateFor(start: number, end: number, phrase: string, entry = taxonomy.match(phrase)): Candidate {
    return entry ? { start, end, entry } : { start, end, entry: null, name: canonicalUnmapped(phrase) };
  }

  function containsKnown(text: string, item: ListItem): boolean {
    for (let i = item.start; i < item.end - 1; i++) {
      const hit = longestAt(text, i);
      if (hit && hit.end <= item.end) return true;
    }
    return false;
  }

  function afterDevelopVerb(text: string, i: number): boolean {
    const before = text.slice(Math.max(0, i - 6), i);
    for (const m of before.matchAll(DEVELOP_VERB_RE)) if (m.index + m[0].length === before.length) return true;
    return false;
  }

  function dictionaryMatches(text: string, lists: IndustryList[]): Candidate[] {
    // A verb's object span (kind 'object') is no list: it does not make short words industries (inMarkedList).
    const strong: Candidate[] = [];
    const weak: Candidate[] = [];
    for (let i = 0; i < text.length; ) {
      const hit = longestAt(text, i);
      if (!hit) {
        i++;
        continue;
      }
      const after = text.slice(hit.end);
      if (COMPANY_AFTER.test(after) || NOT_INDUSTRY_AFTER.test(after)) {
        i = hit.end;
        continue;
      }
      // 汽车产业 is listed, but the annotation name drops the trailing 产业.
      const bare = canonicalUnmapped(text.slice(i, hit.end));
      const end = bare.length < hit.end - i && dictionary.map.get(bare) === hit.entry ? i + bare.length : hit.end;
      const cand: Candidate = { start: i, end, entry: hit.entry };
      const surface = text.slice(i, end);
      if (!isWeakSurface(surface)) strong.push(cand);
      else {
        const leftOk = i === 0 || LEFT_BOUNDARY.test(text[i - 1]!) || afterDevelopVerb(text, i);
        // Judged from the end of the name (汽车 of 汽车产业), not of the listed surface.
        const headAfter = INDUSTRY_HEAD_AFTER.test(text.slice(end));
        // 全市汽车产业, 万亿级汽车产业走廊: an industry head right after makes even a short word an industry.
        // …等能源龙头企业: the industry a list of companies is in.
        if (headAfter || (text[i - 1] === '等' && /^(?:龙头|骨干|领军)?企业/.test(text.slice(end)))) strong.push(cand);
        else if (leftOk && (inMarkedList(lists, i, hit.end) || afterDevelopVerb(text, i))) strong.push(cand);
        else if (leftOk) weak.push(cand);
        else if (headAfter) weak.push(cand);
      }
      i = hit.end;
    }
    // A weak match joined by a list separator to an accepted one is in the same list.
    const accepted = [...strong];
    for (let changed = true; changed; ) {
      changed = false;
      for (const w of weak) {
        if (accepted.includes(w)) continue;
        const joined = accepted.some((a) => {
          const between = a.end <= w.start ? text.slice(a.end, w.start) : w.end <= a.start ? text.slice(w.end, a.start) : null;
          return between !== null && /^(?:产业|行业)?[、和及与]$/.test(between);
        });
        if (joined) {
          accepted.push(w);
          changed = true;
        }
      }
    }
    return accepted;
  }

  /** Items of industry lists that dictionary matches do not already account for. */
  function listMatches(text: string, lists: IndustryList[], found: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    const covered = (item: ListItem) => {
      let uncovered = 0;
      for (let i = item.start; i < item.end; i++) {
        if (!/[\u3400-\u9fff]/.test(text[i]!) || /[和及与]/.test(text[i]!)) continue;
        if (!found.some((c) => i >= c.start && i < c.end)) uncovered++;
      }
      // 稀土新材料: two names run together are one compound item, not two industries.
      return uncovered < 2 && !compoundInside(found, item);
    };
    const consider = (item: ListItem, trustedList: boolean, whole = false, lastOfList = false) => {
      // 长垣市起重装备, 泰州市先进制造业: the place a plan writes before its industry is no part of it.
      const place = PLACE_LEAD.exec(text.slice(item.start, item.end));
      if (place && item.end - item.start - place[0].length >= 2) item = { start: item.start + place[0].length, end: item.end };
      if (covered(item)) return;
      const phrase = text.slice(item.start, item.end);
      const entry = taxonomy.match(phrase);
      if (entry) return void out.push({ start: item.start, end: item.end, entry });
      if (trustedList ? NEVER_INDUSTRY_RE.test(phrase) : NOT_INDUSTRY_RE.test(phrase)) return;
      // 起重装备、医疗器械、防腐蚀及建筑新材料三大主导产业: as many items as the head counts, so
      // each item is one industry, 及 and all.
      if (whole) {
        const name = canonicalUnmapped(phrase);
        if (looksLikeIndustry(name, trustedList)) out.push({ start: item.start, end: item.start + name.length, entry: null, name });
        return;
      }
      // 现代服务业和大健康: try the parts when the whole is not one name.
      // 现代服务业和大健康 is two; 基因和生物育种 (a bare modifier before 和) is one name.
      const parts = phrase.split(/以及|和|及|与/);
      // 金属制品、食品、扣件及绿能: the last item of a 、 list carries the list's own joiner.
      if (parts.length > 1 && (phrase.includes('以及') || lastOfList || parts.every((p) => p.length >= 3 || taxonomy.match(p) !== null))) {
        let offset = item.start;
        for (const p of parts) {
          const s = text.indexOf(p, offset);
          if (p.length >= 2) consider({ start: s, end: s + p.length }, trustedList);
          offset = s + p.length;
        }
        return;
      }
      const name = canonicalUnmapped(phrase);
      if (looksLikeIndustry(name, trustedList)) out.push({ start: item.start, end: item.start + name.length, entry: null, name });
    };
    for (const list of lists) {
      if (list.kind === 'object') {
        // 重点发展正极材料、负极材料、电解液和隔膜: in a verb's object list where most members are
        // known industries, the unknown ones are industries too.
        const isKnown = (i: ListItem) => {
          const phrase = text.slice(i.start, i.end).replace(/(?:产品|等)+$/, '');
          return covered(i) || taxonomy.match(phrase) !== null || (PRODUCT_HEAD.test(phrase) && looksLikeIndustry(phrase));
        };
        const knownItems = list.items.filter(isKnown).length;
        // 重点发展稀土永磁、稀土抛光和稀土催化材料 / 己内酰胺、特种橡胶和化工新材料: members
        // anchored on a known name, or beside one, are industries as written.
        // (Anchored by a short known name inside an item only when no item is a bare two-character word: 产业布局合理.)
        const wholeItems =
          anchoredObjectList(text, list.items, found) ||
          (list.items.every((i) => i.end - i.start >= 3) && anchoredObjectList(text, list.items, found, (i) => containsKnown(text, i)));
        if (wholeItems) {
          for (const part of itemParts(text, list.items.filter((i) => !covered(i)))) {
            const phrase = text.slice(part.start, part.end).replace(/(?:产品|等)+$/, '');
            const end = part.start + phrase.length;
            const inside = found.filter((c) => c.start >= part.start && c.end <= end);
            if (inside.length === 1 && inside[0]!.start === part.start && inside[0]!.end === end) continue;
            if (phrase.length > 8 || !looksLikeIndustry(phrase)) continue;
            out.push(candidateFor(part.start, end, phrase));
          }
        }
        if (!wholeItems && list.items.length >= 3 && knownItems >= 2 && knownItems * 2 >= list.items.length) {
          // 电解液和隔膜: the last item carries the list's joiner.
          for (const part of itemParts(text, list.items.filter((i) => !isKnown(i)))) {
            const phrase = text.slice(part.start, part.end).replace(/(?:产品|等)+$/, '');
            const end = part.start + phrase.length;
            if (phrase.length > 8 || !looksLikeIndustry(phrase) || found.some((c) => c.start < end && part.start < c.end)) continue;
            out.push(candidateFor(part.start, end, phrase));
          }
        }
        // A verb's object is an industry when it names a product line that extends a known
        // industry (新能源卡车, 燃料电池重卡) — not any noun a plan develops.
        // (防护用品和康复器械: each part of the last item on its own.)
        for (const item of itemParts(text, list.items)) {
          const phrase = text.slice(item.start, item.end).replace(/(?:产品|等)+$/, '');
          if (!PRODUCT_HEAD.test(phrase) || phrase.length > 10 || NOT_INDUSTRY_RE.test(phrase)) continue;
          const inside = found.filter((c) => c.start >= item.start && c.end <= item.start + phrase.length);
          const extends_ = inside.length === 1 && inside[0]!.end - inside[0]!.start < phrase.length;
          if (!extends_ && inside.length) continue;
          if (!extends_ && !looksLikeIndustry(phrase)) continue;
          const entry = taxonomy.match(phrase);
          if (entry && entry !== inside[0]?.entry) out.push({ start: item.start, end: item.start + phrase.length, entry });
          else if (!entry && looksLikeIndustry(phrase)) out.push({ start: item.start, end: item.start + phrase.length, entry: null, name: canonicalUnmapped(phrase) });
        }
        continue;
      }
      // A lone phrase before 产业 is an industry only after a strong verb (打造X产业集群);
      // an uncounted list needs one member the taxonomy knows.
      // (高端化工: a short known name inside an item anchors it too.)
      const known = list.items.some((i) => covered(i) || taxonomy.match(text.slice(i.start, i.end)) || (list.counted && !/^[^，。；,;]{0,6}(?:企业|公司|集团)/.test(text.slice(list.end)) && containsKnown(text, i)));
      const trusted =
        list.kind === 'colon' ||
        list.kind === 'primary' ||
        list.kind === 'etc' ||
        known ||
        // 做大起重装备、…三大主导产业: a counted head, or a strong verb before the list, vouches for its items.
        list.numbered ||
        (list.weakHead === true && list.items.some((i) => containsKnown(text, i))) ||
        (list.kind === 'marker' && (list.afterVerb || (list.items.length === 1 && list.strongHead)));
      if (!trusted) continue;
      const whole = list.size !== undefined && list.size === list.items.length;
      for (let k = 0; k < list.items.length; k++) {
        const item = list.items[k]!;
        consider(item, list.kind === 'etc' || list.numbered, whole, k > 0 && k === list.items.length - 1 && text[item.start - 1] === '、');
      }
    }
    return out;
  }

  /**
   * 平台经济、共享经济和体验经济: a phrase joined by a list separator to a known
   * industry and sharing its head (经济, 材料, 制造 …) is an industry too.
   */
  function siblings(text: string, found: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (const c of found) {
      const surface = text.slice(c.start, c.end);
      const head = SHARED_HEADS.find((h) => surface.endsWith(h));
      if (!head) continue;
      // The phrase right after: 、X经济 / 和X经济.
      const next = headPatterns(head).next.exec(text.slice(c.end));
      if (next && !overlapsAny(found, c.end + 1, c.end + 1 + next[1]!.length) && !overlapsAny(out, c.end + 1, c.end + 1 + next[1]!.length)) {
        const s = c.end + 1;
        const phrase = next[1]!;
        const entry = taxonomy.match(phrase);
        if (entry) out.push({ start: s, end: s + phrase.length, entry });
        else if (looksLikeIndustry(phrase)) out.push({ start: s, end: s + phrase.length, entry: null, name: canonicalUnmapped(phrase) });
      }
      // The phrase right before: X经济、 / X经济和.
      const prev = headPatterns(head).prev.exec(text.slice(Math.max(0, c.start - 12), c.start));
      if (prev) {
        // 做强发电装备、油气装备: the verb before the first sibling is no part of it.
        const raw = prev[1]!;
        const phrase = raw.slice(/^(?:做强|做大|做优|做精|提升|发展|培育|壮大|打造|聚焦|布局|引进|延伸|重点|大力|加快|积极|着力)+/.exec(raw)?.[0].length ?? 0);
        const s = c.start - 1 - phrase.length;
        if (s >= 0 && !overlapsAny(found, s, c.start - 1) && !overlapsAny(out, s, c.start - 1)) {
          const entry = taxonomy.match(phrase);
          if (entry) out.push({ start: s, end: c.start - 1, entry });
          else if (looksLikeIndustry(phrase)) out.push({ start: s, end: c.start - 1, entry: null, name: canonicalUnmapped(phrase) });
        }
      }
    }
    return out;
  }

  /**
   * 半导体及集成电路、机器人…; 新能源汽车及核心零部件产业: two industries joined by 及/与
   * inside one item of a list (a 、 follows) or before 产业 name one industry. The
   * last item of a list (工业机器人、智能装备及测控装置) keeps its 及 as the list's joiner.
   */
  function compounds(text: string, kept: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 0; i < kept.length; i++) {
      const a = kept[i]!;
      const b = kept[i + 1];
      const joiner = b ? text.slice(a.end, b.start) : '';
      // 新能源商用车, 氢能重卡: a power source written onto a vehicle class is one product line.
      if (b && joiner === '' && /^(?:新能源|氢能|燃料电池|纯电动|智能网联)$/.test(text.slice(a.start, a.end)) && VEHICLE_HEAD.test(text.slice(b.start, b.end))) {
        out.push(candidateFor(a.start, b.end, text.slice(a.start, b.end)));
        i++;
        continue;
      }
      // 稀土新材料, 有色金属新材料: two names written together are one compound industry.
      // (商用车专用车 is two names listed without a separator: only a category head after a modifier compounds.)
      const bSurface = b ? text.slice(b.start, b.end) : '';
      if (b && joiner === '' && b.end - a.start <= 10 && COMPOUND_HEAD.test(bSurface) && text[a.end - 1] !== bSurface[bSurface.length - 1]) {
        const phrase = text.slice(a.start, b.end);
        const entry = taxonomy.match(phrase);
        if (entry || looksLikeIndustry(phrase)) {
          out.push(candidateFor(a.start, b.end, phrase, entry));
          i++;
          continue;
        }
      }
      if (b && /^[及与]$/.test(joiner)) {
        const after = text.slice(b.end);
        const leftListed = /[、]$/.test(text.slice(0, a.start));
        // Inside an item of a 、 list the pair is one item; before 产业 only when related (not 光电及集成电路产业).
        if (/^、/.test(after) || (/^(?:产业|行业)(?!园)/.test(after) && !leftListed && joinedAsOne(a, b, text))) {
          out.push(candidateFor(a.start, b.end, text.slice(a.start, b.end)));
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }

  /**
   * 半导体及集成电路, 新能源汽车及核心零部件, 机器人及智能装备: one industry when one name
   * is the other's ancestor, the second is a dependent part, or the whole is a known
   * name; 光电及集成电路 lists two unrelated industries.
   */
  function joinedAsOne(a: Candidate, b: Candidate, text: string): boolean {
    if (taxonomy.match(text.slice(a.start, b.end))) return true;
    if (/(?:零部件|部件|配件|配套|装备|材料|器件|设备)$/.test(text.slice(b.start, b.end))) return true;
    if (!a.entry || !b.entry) return true;
    const related = (x: TaxonomyEntry, y: TaxonomyEntry) => x === y || taxonomy.ancestors(x.id).includes(y);
    return related(a.entry, b.entry) || related(b.entry, a.entry);
  }

  /**
   * 高端化工, 先进封装, 特种橡胶: a quality word written onto a known industry names a
   * narrower one as the plan writes it (when the taxonomy knows the whole, as 高端装备,
   * the dictionary has matched it already).
   */
  function qualified(text: string, kept: Candidate[]): Candidate[] {
    for (let k = 0; k < kept.length; k++) {
      const c = kept[k]!;
      if (!c.entry || c.start < 1) continue;
      // 氟新材料, 钛新材料: one element written onto a material or chemicals head names that element's line.
      const q = QUALIFIER.exec(text.slice(Math.max(0, c.start - 3), c.start)) ?? (ELEMENT_HEAD.test(text.slice(c.start, c.end)) ? ELEMENT.exec(text.slice(c.start - 1, c.start)) : null);
      if (!q) continue;
      const s = c.start - q[1]!.length;
      if (s > 0 && !QUALIFIER_BOUNDARY.test(text.slice(Math.max(0, s - 4), s))) continue;
      if (k > 0 && kept[k - 1]!.end > s) continue;
      kept[k] = candidateFor(s, c.end, text.slice(s, c.end));
    }
    return kept;
  }

  return {
    name: 'industry',
    recognise(sentence: Sentence, context: RecogniserContext): Mention[] {
      const text = sentence.simplified;
      const lists = findIndustryLists(text);
      // 氢能、储能等新兴产业: a generic head (新兴产业) is no further industry; a named one
      // (战略性新兴产业, 汽车后市场服务业) stays, and what precedes 等 are its members.
      const found = dictionaryMatches(text, lists).filter(
        (c) => !(c.entry && GENERIC_HEADS.has(c.entry.id) && lists.some((l) => l.kind === 'marker' && c.start >= l.end && c.end <= l.headEnd)),
      );
      for (const c of found) {
        if (text[c.start - 1] !== '等' || lists.some((l) => l.kind !== 'object' && (l.end === c.start - 1 || (c.start >= l.start && c.start < l.headEnd)))) continue;
        const { start } = bodyStartBefore(text, c.start - 1);
        const items = listItems(text, start, c.start - 1);
        // Only a head that names a whole industry groups its members as industries (…等在线新经济,
        // …等战略性新兴产业); …等法律服务业 lists occupations (律师、公证), and lists with a
        // known member are trusted anyway.
        const head = text.slice(c.start, c.end) + (/^(?:产业|行业)/.exec(text.slice(c.end))?.[0] ?? '');
        const kind = /(?:产业|行业|经济|业态)$/.test(head) ? 'etc' : 'marker';
        if (!items.length) continue;
        // The etc-list replaces the verb's object span it coincides with.
        for (let k = lists.length - 1; k >= 0; k--) if (lists[k]!.kind === 'object' && lists[k]!.start < c.start && start < lists[k]!.end) lists.splice(k, 1);
        lists.push({ start, end: c.start - 1, headEnd: c.end, items, role: null, kind, counted: true, numbered: false, afterVerb: false, strongHead: false });
      }
      const listed = listMatches(text, lists, found);
      const all = [...found, ...listed];
      for (let more = siblings(text, all); more.length; more = siblings(text, all)) all.push(...more);
      // Within this recogniser, the longer of two overlapping candidates wins.
      all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: Candidate[] = [];
      for (const c of all) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
      kept.sort((a, b) => a.start - b.start);
      return compounds(text, qualified(text, kept)).map((c) => toMention(sentence, context, c));
    },
  };
}

function toMention(sentence: Sentence, context: RecogniserContext, c: Candidate): Mention {
  const surface = sentence.simplified.slice(c.start, c.end);
  if (c.entry) {
    return spanMention(sentence, context, {
      label: 'Industry',
      canonical: c.entry.name,
      start: c.start,
      end: c.end,
      // The annotation name of the surface (文化产业 → 文化) is an alias too.
      aliases: [surface, canonicalUnmapped(surface)],
      properties: { taxonomyId: c.entry.id, code: c.entry.code, unmapped: false, depth: c.entry.depth },
    });
  }
  return spanMention(sentence, context, {
    label: 'Industry',
    canonical: c.name!,
    start: c.start,
    end: c.end,
    aliases: [surface],
    properties: { taxonomyId: null, code: null, unmapped: true },
  });
}
