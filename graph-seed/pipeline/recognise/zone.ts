/**
 * Zone recogniser: development zones, high-tech zones, bonded zones, free
 * trade zones and their 片区, new areas, science cities and named parks.
 *
 * A zone name is a stem and a zone suffix (十堰 + 经济技术开发区, 港澳台 +
 * 工业园). The stem is read leftwards from the suffix over jieba words until a
 * verb or function word (推进, 依托, 的, 和); it must name something: begin
 * with a place, or hold a proper name once descriptive words (国家级, 特色,
 * 新能源汽车) are set aside. Abbreviations take their official long form by
 * rule (经开区 → 经济技术开发区, 高新区 → 高新技术产业开发区), well-known
 * nicknames through zone-aliases.yaml. A bare suffix word (开发区, 经开区,
 * 园区) or 本区/我区/全区 is an anaphor when the document is about a zone of
 * that kind and nothing makes it plural (各开发区, 国家级经开区).
 */
import type { ZoneKind } from '../../../shared/graph.ts';
import { documentPlaceContext, EMPTY_CONTEXT, type PlaceContext } from '../../gazetteer/context.ts';
import type { Gazetteer, RegionEntry, ZoneAlias } from '../../gazetteer/index.ts';
import type { ZoneLevel } from '../../gazetteer/zone-aliases.ts';
import { regionStem, romanise, stemEnglish } from '../../gazetteer/names.ts';
import { originalSurface } from '../../gazetteer/surface.ts';
import { wordStarts } from '../../gazetteer/segmenter.ts';
import { tagWords, type TaggedToken } from '../../gazetteer/tagger.ts';
import {
  DIRECTION_WORDS,
  GENERIC_MODIFIERS,
  INDUSTRY_NAMED_PARKS,
  INDUSTRY_WORDS,
  PLURAL_BEFORE,
  QUALIFIERS,
  STEM_BOUNDARY_TAGS,
  STEM_BOUNDARY_WORDS,
  SUFFIX_BY_SURFACE,
  ZONE_SUFFIX_PATTERN,
  type ZoneSuffix,
} from '../../gazetteer/zone-words.ts';
import type { Mention, Recogniser, RecogniserContext, SegmentedDocument, Sentence } from '../types.ts';
import { findRegions, type RegionHit } from './region.ts';

export interface ZoneHit {
  start: number;
  end: number;
  surface: string;
  /** Official Simplified name; '' for an anaphor. */
  canonical: string;
  kind: ZoneKind | null;
  nameEn?: string;
  /** Other forms of the name the text or the alias file gives. */
  aliases: string[];
  /** The most specific region the name begins with (十堰经济技术开发区 → 十堰市). */
  region: RegionEntry | null;
  /** Canonical name of the zone this one is part of (a free-trade zone's 片区). */
  partOf: string | null;
  /** For a name that begins with a place, the rest of it (十堰东部产业新城 → 东部产业新城), by which the document may name it again. */
  tail?: string;
  /** Approval level, when the name, the reference data or the kind settles it. */
  level?: ZoneLevel;
  /** Where the mention's span ends when it takes in a bracketed other name (营口经济技术开发区（鲅鱼圈区）). */
  spanEnd?: number;
  /** A short name in brackets after the zone's (（东港片区）), by which the document may name it again. */
  bracketName?: string;
  anaphor: boolean;
}

/** What the document is about, as far as anaphors need to know. */
export interface SubjectKind {
  label: 'Zone' | 'Region';
  kind: ZoneKind | null;
  level: string | null;
}

const MAX_STEM = 16;
const HAN = /^[\u3400-\u9fff]+$/;
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'j', 'x', 'eng']);
const NUMERAL = /^[零一二三四五六七八九十百千万亿两几多数\d]+$/;
/** 八大, 三个, 一批: a count before a suffix makes it plural, not a name. */
const COUNT = /^[零一二三四五六七八九十百千万亿两几多数\d]+[大个类项批家座]?$/;
const BOUNDARY_VERBS = [...STEM_BOUNDARY_WORDS].filter((w) => w.length >= 2);
/** Words that are proper names to the tagger but never name a zone on their own. */
const NOT_NAMING = new Set(['中国', '全国', '国家', '中华']);
/** Tags of single characters that can be pieces of a name the dictionary lacks. */
const NAME_PIECE_TAGS = new Set(['n', 'ng', 'nr', 'ns', 'nz', 'nt', 'x', 'j', 'zg', 'g', 'eng']);
/** New areas are named after places, whose unknown names fall apart with any tag (贵/a 安/v 新区). */
const PLACE_PIECE_TAGS = new Set([...NAME_PIECE_TAGS, 'a', 'ag', 'v', 'vg', 'q', 's', 'tg']);
const SHORT_NATIONAL_KINDS = new Set<ZoneKind>(['etdz', 'hitech', 'economic', 'bonded', 'taiwan-investment', 'other']);

/** Which bare words stand for a subject zone of which kinds. */
const ANAPHOR_KINDS: Record<string, ZoneKind[]> = {
  开发区: ['etdz', 'hitech', 'economic', 'taiwan-investment', 'other'],
  经开区: ['etdz'],
  经济技术开发区: ['etdz'],
  高新区: ['hitech'],
  高新技术产业开发区: ['hitech'],
  新技术开发区: ['hitech'],
  经济开发区: ['economic', 'etdz'],
  园区: ['park'],
  新区: ['new-area'],
  综合保税区: ['bonded'],
  综保区: ['bonded'],
  台商投资区: ['taiwan-investment'],
};
const SELF_WORDS = /本区|我区|全区(?!域)/g;
const GENERIC_BY_LENGTH = [...GENERIC_MODIFIERS].sort((a, b) => b.length - a.length);
const QUALIFIERS_BY_LENGTH = [...QUALIFIERS].sort((a, b) => b.length - a.length);
/** Tags a lone character before a place keeps when it is part of the name (金 in 金沙河集团). */
const NAME_CHAR_TAGS = new Set(['nr', 'ns', 'nz', 'nrt', 'nrfg', 'x', 'j', 'eng']);

/** Zone words whose short unknown stem is a name by where it stands (科技城新区重点…, 区内的药谷工业园). */
const NAMED_BY_POSITION = new Set(['新区', '工业园', '产业园', '科技园', '新城', '产业新城']);
/** After such a zone: a predicate, so the zone is the clause's subject. */
const NAME_POSITION_AFTER = /^(?:、|重点|是|位于|地处|以|已|集聚|聚焦|坚持|着力|规划|总规划|占地|主要|目前|现有|累计|先后|围绕|依托|加快|积极)/;

/** What is left of a stem that only counts or ranks (第五个, 首批, 全国首个). */
const ORDINAL_STEM = /^(?:全国|全省|国内)?(?:第[\d一二三四五六七八九十百]+[个批家]?|首[个批家]|唯一[的一个]*)(?:的)?/;

/** Descriptive words stripped from the front of a stem (国家级特色 → ''); what is left may name the zone. */
function stripGeneric(stem: string, words: string[] = GENERIC_BY_LENGTH): string {
  for (let changed = true; changed && stem; ) {
    changed = false;
    for (const word of words) {
      if (stem.startsWith(word)) {
        stem = stem.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  return stem;
}

/** True when what is left of a stem holds a proper name (a place, a person's or a brand's name, an abbreviation). */
function holdsProperName(rest: string, pieceTags: ReadonlySet<string> = NAME_PIECE_TAGS): boolean {
  if (rest.length < 2) return false;
  const tokens = tagWords(rest);
  let singles = 0;
  for (const t of tokens) {
    if (GENERIC_MODIFIERS.has(t.word) || NOT_NAMING.has(t.word)) {
      singles = 0;
      continue;
    }
    if (PROPER_TAGS.has(t.tag) || (t.tag === 'm' && !NUMERAL.test(t.word))) return true;
    // Unknown names fall apart into single characters: two in a row are a name the dictionary lacks.
    singles = t.word.length === 1 && pieceTags.has(t.tag) && !GENERIC_MODIFIERS.has(t.word) ? singles + 1 : 0;
    if (singles >= 2) return true;
  }
  return false;
}

function isDirectionOnly(stem: string): boolean {
  return DIRECTION_WORDS.has(stem);
}

/** Zones a bare direction can name: 东部产业新城, 北部新区, 中部科学园区 (not 东部产业园区, a part of town). */
function directionNames(suffix: ZoneSuffix): boolean {
  return suffix.kind === 'new-area' || suffix.kind === 'science-city' || suffix.surface === '科学园区' || suffix.surface === '科技园区';
}

/** Where a zone stem starts: leftwards from `suffixStart` over words that can be part of a name. */
function stemStart(g: Gazetteer, tokens: readonly TaggedToken[], suffixStart: number, floor: number): number {
  let start = suffixStart;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.start >= suffixStart) continue;
    const from = Math.max(t.start, floor);
    const word = t.end > suffixStart ? t.word.slice(0, suffixStart - t.start) : t.word;
    if (t.end <= floor || from >= suffixStart) break;
    if (!HAN.test(word) || STEM_BOUNDARY_WORDS.has(word)) break;
    // 充分发挥 (tagged a noun) ends in 发挥: a word ending in a verb of the boundary list ends the stem too.
    if (word.length >= 3 && BOUNDARY_VERBS.some((v) => word.endsWith(v))) break;
    if (COUNT.test(word)) break;
    // 遵义市务正道…工业园区: an odd word right after a place is still inside the name.
    const afterPlace = k > 0 && !!g.lookup(tokens[k - 1]!.word) && !g.lookup(tokens[k - 1]!.word)!.needsParent;
    if (word.length >= 2 && STEM_BOUNDARY_TAGS.has(t.tag) && !g.lookup(word) && !afterPlace) break;
    if (suffixStart - from > MAX_STEM) break;
    start = from;
    if (from === floor) break;
  }
  return start;
}

/** The regions a stem begins with, in order (湖北十堰 → 湖北省, 十堰市). */
function leadingRegions(g: Gazetteer, stem: string, ctx: PlaceContext): RegionHit[] {
  const hits = findRegions(g, stem, ctx).filter((h) => h.region);
  const lead: RegionHit[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start !== at) break;
    lead.push(h);
    at = h.end;
  }
  return lead;
}

function englishOfStem(g: Gazetteer, stem: string, ctx: PlaceContext): string {
  const words: string[] = [];
  let at = 0;
  for (const h of leadingRegions(g, stem, ctx)) {
    words.push(stemEnglish(regionStem(h.region!.name) ?? h.surface));
    at = h.end;
  }
  for (const t of tagWords(stem.slice(at))) words.push(romanise(t.word));
  return words.join(' ');
}

function ftzName(provinceShort: string): string {
  return `中国（${provinceShort}）自由贸易试验区`;
}

function fromAlias(alias: ZoneAlias, g: Gazetteer, hit: Pick<ZoneHit, 'start' | 'end' | 'surface'>): ZoneHit {
  const region = alias.region ? (g.byFullName(alias.region)[0] ?? null) : null;
  return {
    ...hit,
    canonical: alias.name,
    kind: alias.kind,
    nameEn: alias.nameEn,
    aliases: [hit.surface],
    region,
    partOf: null,
    ...(alias.level ? { level: alias.level } : {}),
    anaphor: false,
  };
}

/** 成都天府新区, 湖北武汉经开区: a place written before a known zone's name, where the zone lies, is part of the name as written. */
function placeBefore(g: Gazetteer, text: string, at: number, ctx: PlaceContext, region: RegionEntry | null): number {
  if (!region) return at;
  const from = Math.max(0, at - 8);
  const hits = findRegions(g, text.slice(from, at), ctx).filter((h) => h.region);
  let start = at;
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k]!;
    if (from + h.end !== start) break;
    if (!g.within(h.region!.code, region.code) && !g.within(region.code, h.region!.code)) break;
    start = from + h.start;
  }
  return start;
}

export interface FindZonesOptions {
  subject: SubjectKind | null;
  anaphors: boolean;
  /** The document speaks of free trade (自贸, 自由贸易): a 片区 of ftz-areas.yaml is read as that zone's even when the zone is not named. */
  freeTrade?: boolean;
  /** Names the document gave in full earlier or later (东部产业新城 → 十堰东部产业新城). */
  tails?: ReadonlyMap<string, ZoneHit>;
}

export function findZones(g: Gazetteer, text: string, ctx: PlaceContext, options: FindZonesOptions): ZoneHit[] {
  const hits: ZoneHit[] = [];
  // Nicknames and official names from the alias file that no suffix rule finds (中国车谷).
  const aliasSurfaces = g.zoneAliasSurfaces();
  for (let k = 0; k < aliasSurfaces.length; k++) {
    const surface = aliasSurfaces[k]!;
    // Tested before entering the loop: a block whose variables a closure captures allocates a context per iteration.
    if (!text.includes(surface)) continue;
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (hits.some((h) => h.start < at + surface.length && at < h.end)) continue;
      // 南沙新区片区 names the free-trade zone's area, read with the 片区 below.
      if (text.startsWith('片区', at + surface.length)) continue;
      const alias = g.zoneAlias(surface)!;
      const region = alias.region ? (g.byFullName(alias.region)[0] ?? null) : null;
      const start = placeBefore(g, text, at, ctx, region);
      if (hits.some((h) => h.start < at && start < h.end)) continue;
      hits.push(fromAlias(alias, g, { start, end: at + surface.length, surface: text.slice(start, at + surface.length) }));
    }
  }
  const aliasHits = [...hits];
  let tokens: readonly TaggedToken[] | null = null;
  let floor = 0;
  let lastFtz: ZoneHit | null = null;
  let lastPart: ZoneHit | null = null;

  for (const m of text.matchAll(ZONE_SUFFIX_PATTERN)) {
    const suffix = SUFFIX_BY_SURFACE.get(m[0]) as ZoneSuffix;
    const s = m.index;
    const e = s + m[0].length;
    if (text[e] === '域') continue; // 开发区域 is 开发 + 区域
    // 南沙新区片区, 杨凌示范区片区: the zone word is part of a free-trade zone area's name, read with its 片区.
    if (!suffix.ftzOnly && text.startsWith('片区', e)) continue;
    if (aliasHits.some((h) => h.start < e && s < h.end)) {
      floor = Math.max(floor, e);
      continue;
    }
    tokens ??= tagWords(text);
    let start = stemStart(g, tokens, s, floor);
    // 对标南京市数字经济产业园 cuts as 对/标/南京市: one stray character before a place is the tail of a verb.
    const lone = tokens.find((t) => t.start === start);
    if (
      s - start >= 3 &&
      lone?.word.length === 1 &&
      !NAME_CHAR_TAGS.has(lone.tag) &&
      leadingRegions(g, text.slice(start, s), ctx).length === 0 &&
      leadingRegions(g, text.slice(start + 1, s), ctx).length > 0
    ) {
      start++;
    }
    const stem = text.slice(start, s);
    const before = text.slice(Math.max(0, start - 6), start);
    // A province's plan speaks of kinds of parks (建设一批物流产业园); a zone's or a city's names its own.
    const industryParks = !(options.subject?.label === 'Region' && options.subject.level === 'province') && !PLURAL_BEFORE.test(before);
    // Alias hits were read first, so the zone standing before this suffix is the one ending last before it.
    const zoneBefore = hits.reduce<ZoneHit | undefined>((best, h) => (h.end <= s && (!best || h.end > best.end) ? h : best), undefined);
    const hit: ZoneHit | null =
      readCompoundNewArea(text, suffix, s, e, zoneBefore) ??
      readSubArea(g, text, ctx, suffix, s, e, floor, zoneBefore) ??
      readParkInZone(g, text, ctx, suffix, start, s, e, stem, zoneBefore) ??
      readListedSibling(g, text, ctx, suffix, start, s, e, stem, zoneBefore) ??
      readPartnerSyllablePark(g, text, ctx, suffix, s, e, floor) ??
      readTail(text, options.tails, suffix, e, stem) ??
      readPartnerPark(g, text, ctx, suffix, s, e, floor) ??
      readZone(g, text, ctx, suffix, start, s, e, stem, lastFtz, industryParks) ??
      (suffix.ftzOnly ? (listedPart(g, text, ctx, start, e, stem, lastPart) ?? referencePart(g, text, ctx, start, e, options.freeTrade ?? false)) : null);
    if (hit) {
      if (hit.partOf && lastFtz && lastFtz.end === hit.start) {
        // 湖北自贸试验区宜昌片区 is one name: the 片区 takes the free-trade zone's words into its own.
        hits.splice(hits.indexOf(lastFtz), 1);
        hit.start = lastFtz.start;
        hit.surface = text.slice(hit.start, hit.end);
        hit.aliases = [hit.surface];
      }
      // 雄安新区启动区 takes the zone it is part of into its own name.
      for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.start >= hit.start && hits[k]!.end <= hit.end) hits.splice(k, 1);
      hits.push(hit);
      if (hit.kind === 'ftz' && !hit.partOf) lastFtz = hit;
      if (hit.partOf) lastPart = hit;
      floor = e;
      continue;
    }
    if (options.anaphors && stripGeneric(stem) === '' && stem === '' && options.subject?.label === 'Zone') {
      const kinds = ANAPHOR_KINDS[m[0]];
      if (kinds && options.subject.kind && kinds.includes(options.subject.kind) && !PLURAL_BEFORE.test(before)) {
        hits.push({ start: s, end: e, surface: m[0], canonical: '', kind: null, aliases: [], region: null, partOf: null, anaphor: true });
      }
    }
    floor = e;
  }

  if (options.anaphors && options.subject && (options.subject.label === 'Zone' || options.subject.level === 'county')) {
    let starts: ReadonlySet<number> | null = null;
    for (const m of text.matchAll(SELF_WORDS)) {
      const s = m.index;
      if (hits.some((h) => h.start < s + m[0].length && s < h.end)) continue;
      // 健全区、街办: 全区 inside 健全 is no anaphor.
      starts ??= wordStarts(text);
      if (!starts.has(s)) continue;
      hits.push({ start: s, end: s + m[0].length, surface: m[0], canonical: '', kind: null, aliases: [], region: null, partOf: null, anaphor: true });
    }
  }
  // 打造“东方芯港”“生命蓝湾”等特色产业园区: quoted names listed as parks are parks.
  for (const m of text.matchAll(QUOTED_PARKS)) {
    for (const q of m[1]!.matchAll(QUOTED_NAME)) {
      const start = m.index + q.index + 1;
      const end = start + q[1]!.length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      const surface = text.slice(start, end);
      hits.push({ start, end, surface, aliases: [surface], canonical: surface, kind: 'park', nameEn: `${englishOfStem(g, surface, ctx)} Park`, region: null, partOf: null, anaphor: false });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // 贵州仁怀经济开发区（仁怀名酒工业园区）, 楠梓园区（原楠梓加工出口区）: a zone name in brackets right after a zone is another name of it.
  for (let i = 1; i < hits.length; i++) {
    const [a, b] = [hits[i - 1]!, hits[i]!];
    if (a.anaphor || b.anaphor || !/^[（(<〈](?:原|原名|简称|又称|即)?$/.test(text.slice(a.end, b.start)) || !/^[）)>〉]/.test(text.slice(b.end, b.end + 1))) continue;
    Object.assign(b, { canonical: a.canonical, kind: a.kind, nameEn: a.nameEn, region: a.region, partOf: a.partOf, level: a.level, tail: undefined });
    b.aliases = [...new Set([...b.aliases, b.surface])];
  }
  // 将原武陟县产业集聚区更名为武陟经济技术开发区: a former name is another name of the zone it became, not a zone of its own.
  for (let i = 0; i + 1 < hits.length; i++) {
    const [a, b] = [hits[i]!, hits[i + 1]!];
    if (a.anaphor || b.anaphor || !/原$/.test(text.slice(Math.max(0, a.start - 1), a.start)) || !/^(?:更名为|改名为|更名|改称)$/.test(text.slice(a.end, b.start))) continue;
    // Kept as a mention of the new zone, so the place inside the old name is not read as a region of its own.
    Object.assign(a, { canonical: b.canonical, kind: b.kind, nameEn: b.nameEn, region: b.region, partOf: b.partOf, level: b.level, tail: undefined });
    b.aliases = [...new Set([...b.aliases, a.surface])];
  }
  // 营口经济技术开发区（鲅鱼圈区）: the district a zone is run as one with, in brackets after its name, is another name of the zone.
  for (const h of hits) {
    if (h.anaphor) continue;
    const m = /^[（(]([\u4e00-\u9fff]{2,6}[区县市])[）)]/.exec(text.slice(h.end, h.end + 9));
    if (!m || g.byFullName(m[1]!).length === 0 || hits.some((o) => o !== h && o.start < h.end + m[0].length && h.end < o.end)) continue;
    h.aliases = [...new Set([...h.aliases, m[1]!])];
    h.spanEnd = h.end + m[0].length;
  }
  // 衢州经济技术开发区（东港片区）: the short name a plan gives a zone as its part of a larger whole (片区, 园区, 组团), in brackets after
  // its name; the document may name the zone by it alone later (documentZoneTails).
  for (const h of hits) {
    if (h.anaphor || h.spanEnd !== undefined) continue;
    const m = /^[（(]([\u4e00-\u9fff]{2,4}(?:片区|园区|组团))[）)]/.exec(text.slice(h.end, h.end + 10));
    if (!m) continue;
    // Read again from the document's short names (documentZoneTails), the bracket's zone is this one: one mention.
    const inner = hits.findIndex((o) => o.start === h.end + 1 && o.end === h.end + 1 + m[1]!.length && o.canonical === h.canonical);
    if (inner >= 0) hits.splice(inner, 1);
    if (hits.some((o) => o !== h && o.start < h.end + m[0].length && h.end < o.end)) continue;
    h.aliases = [...new Set([...h.aliases, m[1]!])];
    h.spanEnd = h.end + m[0].length;
    h.bracketName = m[1]!;
  }
  for (const [i, h] of hits.entries()) {
    const sub = h.anaphor ? null : branchPark(g, text, ctx, h);
    if (sub && !hits.some((o) => o !== h && o.start < sub.end && sub.start < o.end)) hits[i] = sub;
  }
  hits.forEach((h, i) => {
    if (h.anaphor) return;
    h.level = statedLevel(text, h, hits[i + 1]?.start ?? text.length) ?? h.level ?? levelOfKind(h);
  });
  return hits;
}

/** Words before 园 that make a garden, campus or home, not a branch park (花园, 校园, 家园). */
const NOT_BRANCH = /^(?:公|花|校|家|乐|庄|田|果|菜|茶|林|陵|墓|动物|植物|产业|工业|科技|物流|创业|孵化|文化|主题|生态|农业)/;

/** 中关村科技园区雄安园, 张江长三角科技城平湖园: a zone's branch park, named by a place after the zone's name. */
function branchPark(g: Gazetteer, text: string, ctx: PlaceContext, zone: ZoneHit): ZoneHit | null {
  const m = /^([\u4e00-\u9fff]{2})园(?![区林艺])/.exec(text.slice(zone.end, zone.end + 4));
  if (!m || NOT_BRANCH.test(m[1]!)) return null;
  const place = leadingRegions(g, m[1]!, ctx).at(-1) ?? leadingRegions(g, m[1]!, EMPTY_CONTEXT).at(-1);
  // A place, a proper name, or a name the dictionary lacks (雄安 falls apart into 雄/安).
  const words = tagWords(m[1]!);
  const proper = place?.end === 2 || words.some((t) => t.word === m[1] && PROPER_TAGS.has(t.tag)) || words.length === 2;
  if (!proper) return null;
  const end = zone.end + 3;
  const surface = text.slice(zone.start, end);
  return {
    start: zone.start,
    end,
    surface,
    aliases: [surface],
    canonical: `${zone.canonical}${m[1]}园`,
    kind: 'park',
    nameEn: `${zone.nameEn ?? ''} ${englishOfStem(g, m[1]!, ctx)} Park`.trim(),
    region: place?.region ?? zone.region,
    partOf: zone.canonical,
    anaphor: false,
  };
}

/** A list of quoted names (“东方芯港”“生命蓝湾”) followed by 等 and a park word: each name is a park. */
const QUOTED_PARKS = /((?:[“"「][\u4e00-\u9fff]{2,8}[”"」][、，,和及与]?){1,8})等[\u4e00-\u9fff]{0,6}?(?:产业园区|园区|产业园|工业园)/g;
const QUOTED_NAME = /[“"「]([\u4e00-\u9fff]{2,8})[”"」]/g;

/** 国家级/省级 written right before a zone (国家级南京经济技术开发区). */
const RANK_BEFORE = /(国家级|省级)$/;
/** X（…）是/为…国家级/省级…: what the sentence says the zone is, up to the next zone; an upgrade is the last word. */
const RANK_STATED = /^(?:[（(][^）)]*[）)])?(?:是|为|系|作为|属于|获批为?|被(?:批准|认定|列)为)[^。；，,]{0,24}?(国家级|省级)/;
const RANK_UPGRADED = /(?:升级为|晋升为|升格为|获批(?:设立)?为?|批准(?:设立)?为)(国家级|省级)/g;
const LEVEL_OF_RANK: Record<string, ZoneLevel> = { 国家级: 'national', 省级: 'provincial' };

function statedLevel(text: string, hit: ZoneHit, until: number): ZoneLevel | undefined {
  const after = text.slice(hit.end, Math.max(hit.end, until));
  const upgrades = [...after.matchAll(RANK_UPGRADED)];
  if (upgrades.length > 0) return LEVEL_OF_RANK[upgrades.at(-1)![1]!];
  const stated = RANK_STATED.exec(after);
  if (stated) return LEVEL_OF_RANK[stated[1]!];
  const before = RANK_BEFORE.exec(text.slice(Math.max(0, hit.start - 3), hit.start));
  if (before) return LEVEL_OF_RANK[before[1]!];
  // 洛阳国家高新技术产业开发区: the rank between the place and the kind.
  if (/^[\u4e00-\u9fff]{2,8}?(?:国家级|国家)(?:经济技术|高新技术|经济|综合)/.test(hit.surface) && hit.kind !== 'park') return 'national';
  if (/^[\u4e00-\u9fff]{2,8}?省级/.test(hit.surface)) return 'provincial';
  return undefined;
}

/** Kinds only the State Council approves: free-trade zones and their areas, comprehensive bonded zones and bonded ports. */
function levelOfKind(hit: ZoneHit): ZoneLevel | undefined {
  if (hit.kind === 'ftz') return 'national';
  if (hit.kind === 'bonded' && /(综合保税区|保税港区|保税区|出口加工区|加工出口区)$/.test(hit.canonical) && !/^.{0,4}(?:省|市|县)级/.test(hit.surface)) {
    // Taiwan's export processing zones are no State Council zones.
    return hit.canonical.endsWith('加工出口区') ? undefined : 'national';
  }
  return undefined;
}

/** 中韩（盐城）产业园, 珠海（阳江）产业转移工业园: a partner (countries, or a city), the host place in brackets, words, a park word. */
const PARTNER_PARK = /([\u4e00-\u9fff]{2,6})[（(]([\u4e00-\u9fff]{2,8})[）)]([\u4e00-\u9fff]{0,10})$/;
/** 大庆·惠州产业园, 番禺—毕节产业园: two partner places joined by a middle dot or a dash. */
const DOTTED_PARK = /([\u4e00-\u9fff]{2,6})(?:[·•・]|[—–-](?![—–-]))([\u4e00-\u9fff]{2,10})$/;

/** The longest end of `run` that is a place name or a 中X partner pair (中韩, 中德; not 中国): where the name starts. */
function partnerStart(g: Gazetteer, run: string, ctx: PlaceContext): number | null {
  for (let k = 0; k <= run.length - 2; k++) {
    const part = run.slice(k);
    if (/^中[\u4e00-\u9fff]{1,2}$/.test(part) && part !== '中国') return k;
    const lead = leadingRegions(g, part, ctx);
    if (lead.length > 0 && lead.at(-1)!.end === part.length) return k;
  }
  return null;
}

/** Offset into text[runStart, runEnd) where the run's last words that can make a name begin (at least two characters), or null. */
function partnerWordsStart(text: string, runStart: number, runEnd: number): number | null {
  const starts = wordStarts(text);
  let from = runEnd;
  for (let k = runEnd - 1; k >= runStart; k--) {
    if (!starts.has(k)) continue;
    const word = text.slice(k, from);
    if (!HAN.test(word) || STEM_BOUNDARY_WORDS.has(word) || BOUNDARY_VERBS.some((v) => word.endsWith(v))) break;
    from = k;
  }
  // A word cut across the run's start is not known whole: only a run start at a word start counts.
  if (from === runStart && !starts.has(runStart)) return null;
  return runEnd - from >= 2 ? from - runStart : null;
}

function readPartnerPark(g: Gazetteer, text: string, ctx: PlaceContext, suffix: ZoneSuffix, s: number, e: number, floor: number): ZoneHit | null {
  if (suffix.ftzOnly || suffix.kind === 'ftz') return null;
  const window = text.slice(Math.max(floor, s - 28), s);
  const bracket = PARTNER_PARK.exec(window);
  const dotted = bracket ? null : DOTTED_PARK.exec(window);
  const m = bracket ?? dotted;
  if (!m) return null;
  // Words between the host and the park word describe it (高端装备制造); no verb or list mark may stand there.
  const words = bracket ? m[3]! : '';
  if (words && (STEM_BOUNDARY_WORDS.has(words) || /[和与及、]/.test(words))) return null;
  // 松山湖（韶关）科技产业园, 市北高新（宣城）科技产业园: with the host place in brackets, the partner may be any name (a zone's brand,
  // a lake, 广佛 for two cities): the words right before the bracket up to a verb or function word.
  const from = partnerStart(g, m[1]!, ctx) ?? (bracket ? partnerWordsStart(text, s - m[0].length, s - m[0].length + m[1]!.length) : null);
  if (from === null) return null;
  let host: RegionHit | undefined;
  if (!bracket) host = leadingRegions(g, m[1]!.slice(from), ctx).at(-1);
  if (bracket) {
    host = leadingRegions(g, m[2]!, ctx).at(-1) ?? leadingRegions(g, m[2]!, EMPTY_CONTEXT).at(-1);
    if (!host || host.end !== m[2]!.length) return null;
  } else {
    // 大庆·惠州产业园: both sides are places; the park lies in neither by its name alone.
    if (/^中/.test(m[1]!.slice(from))) return null;
    const second = leadingRegions(g, m[2]!, ctx)[0];
    if (!second || second.start !== 0) return null;
  }
  const start = s - m[0].length + from;
  const surface = text.slice(start, e);
  const canonical = bracket ? `${m[1]!.slice(from)}（${m[2]}）${words}${suffix.full}` : `${text.slice(start, s)}${suffix.full}`;
  return {
    start,
    end: e,
    surface,
    aliases: [surface],
    canonical,
    kind: suffix.kind,
    nameEn: `${englishOfStem(g, text.slice(start, s).replace(/[（()）·•・—–-]/g, ''), ctx)} ${suffix.english}`.trim(),
    region: host?.region ?? null,
    partOf: null,
    anaphor: false,
  };
}

/** 合六产业园 (合肥, 六安), 苏宿工业园区 (苏州, 宿迁): a short stem whose every character opens a different place the sentence names. */
function partnerSyllables(g: Gazetteer, text: string, ctx: PlaceContext, stem: string): boolean {
  if (stem.length < 2 || stem.length > 3) return false;
  // Places of the sentence, and the cities and provinces the document is about.
  const places = findRegions(g, text, ctx).filter((h) => h.region && h.surface !== stem).map((h) => ({ name: h.surface, code: h.region!.code }));
  for (const code of [...ctx.cities.keys(), ...ctx.provinces.keys()]) {
    const region = g.region(code);
    if (region) places.push({ name: region.name, code });
  }
  const used = new Set<string>();
  for (const c of stem) {
    const place = places.find((p) => p.name.startsWith(c) && !used.has(p.code));
    if (!place) return false;
    used.add(place.code);
  }
  return true;
}

/** 绵阳科技城新区: a new area named after the science city it grew from is one name, not a city and a 新区. */
function readCompoundNewArea(text: string, suffix: ZoneSuffix, s: number, e: number, before: ZoneHit | undefined): ZoneHit | null {
  const city = namedZoneEndingAt(before, s);
  if (suffix.surface !== '新区' || !city || city.kind !== 'science-city') return null;
  const surface = text.slice(city.start, e);
  return { ...city, end: e, surface, aliases: [surface], canonical: `${city.canonical}${suffix.full}`, kind: suffix.kind, nameEn: `${city.nameEn ?? ''} ${suffix.english}`.trim(), tail: undefined };
}

/** The hit for a zone named by a stem and its kind word (合六 + 产业园), starting at `start`. */
function stemHit(g: Gazetteer, text: string, ctx: PlaceContext, suffix: ZoneSuffix, start: number, e: number, stem: string, region: RegionEntry | null = null): ZoneHit {
  const surface = text.slice(start, e);
  return { start, end: e, surface, aliases: [surface], canonical: `${stem}${suffix.full}`, kind: suffix.kind, nameEn: `${englishOfStem(g, stem, ctx)} ${suffix.english}`, region, partOf: null, anaphor: false };
}

/** 共建合六产业园: the partner-syllable stem read straight off the text (六 alone would read as a count). */
function readPartnerSyllablePark(g: Gazetteer, text: string, ctx: PlaceContext, suffix: ZoneSuffix, s: number, e: number, floor: number): ZoneHit | null {
  if (suffix.kind !== 'park') return null;
  for (const k of [3, 2]) {
    const from = s - k;
    if (from < floor) continue;
    const stem = text.slice(from, s);
    if (!HAN.test(stem) || !/(?:共建|建设|打造|设立|合作|^|[、，,；])$/.test(text.slice(Math.max(floor, from - 4), from))) continue;
    if (!partnerSyllables(g, text, ctx, stem) || stripGeneric(stem) !== stem) continue;
    return stemHit(g, text, ctx, suffix, from, e, stem);
  }
  return null;
}

/** The hit that stands right before `at` with nothing between, when it names a zone. */
function namedZoneEndingAt(zone: ZoneHit | undefined, at: number): ZoneHit | null {
  return zone && !zone.anaphor && zone.end === at ? zone : null;
}

/**
 * 雄安新区启动区: a part of the zone named right before it. 济南新旧动能转换起步区: a place, then words
 * a stem would stop at (转换 is a verb), then the area word; read back to the nearest place.
 */
function readSubArea(g: Gazetteer, text: string, ctx: PlaceContext, suffix: ZoneSuffix, s: number, e: number, floor: number, before: ZoneHit | undefined): ZoneHit | null {
  if (!suffix.subArea) return null;
  const parent = namedZoneEndingAt(before, s);
  if (parent) {
    const surface = text.slice(parent.start, e);
    return {
      start: parent.start,
      end: e,
      surface,
      aliases: [surface],
      canonical: `${parent.canonical}${suffix.full}`,
      kind: suffix.kind,
      nameEn: `${parent.nameEn ?? ''} ${suffix.english}`.trim(),
      region: parent.region,
      partOf: parent.canonical,
      anaphor: false,
    };
  }
  for (let k = Math.max(floor, s - 12); k < s - 2; k++) {
    const stem = text.slice(k, s);
    if (!HAN.test(stem)) continue;
    const lead = leadingRegions(g, stem, ctx);
    if (lead.length === 0 || lead[0]!.start !== 0 || lead.at(-1)!.end >= stem.length) continue;
    const surface = text.slice(k, e);
    return {
      start: k,
      end: e,
      surface,
      aliases: [surface],
      canonical: surface,
      kind: suffix.kind,
      nameEn: `${englishOfStem(g, stem, ctx)} ${suffix.english}`,
      region: lead.at(-1)!.region!,
      partOf: null,
      anaphor: false,
    };
  }
  return null;
}

/** 蒙苏经济开发区零碳产业园: a park named right after the zone it lies in is a name, however descriptive its words. */
function readParkInZone(g: Gazetteer, text: string, ctx: PlaceContext, suffix: ZoneSuffix, start: number, s: number, e: number, stem: string, before: ZoneHit | undefined): ZoneHit | null {
  if (suffix.kind !== 'park' || suffix.surface === '园区' || !before || before.anaphor || before.kind === 'park') return null;
  // The stem reading may stop short of the zone (零 of 零碳 reads as a count): what stands between zone and park word is the name.
  if (before.end < start) {
    const between = text.slice(before.end, s);
    if (between.length > 8 || !HAN.test(between)) return null;
    // …but only words a name can hold: 与深圳市共建深赣 holds a partner and a verb.
    const odd = tagWords(between).some((t) => STEM_BOUNDARY_WORDS.has(t.word) || (t.word.length >= 2 && STEM_BOUNDARY_TAGS.has(t.tag)) || !!g.lookup(t.word));
    if (odd) return null;
    start = before.end;
    stem = between;
  }
  if (before.end !== start || stem.length < 2 || stem.length > 8 || !HAN.test(stem)) return null;
  return stemHit(g, text, ctx, suffix, start, e, stem);
}

/** 东川工业园区、甘河工业园区、南川工业园区、生物科技产业园区: a park listed among named parks is named too. */
function readListedSibling(g: Gazetteer, text: string, ctx: PlaceContext, suffix: ZoneSuffix, start: number, s: number, e: number, stem: string, before: ZoneHit | undefined): ZoneHit | null {
  if (suffix.kind !== 'park' || !before || before.anaphor || before.kind !== 'park' || !/^[、和及与]$/.test(text.slice(before.end, start))) return null;
  if (stem.length < 2 || stem.length > 6 || !HAN.test(stem) || COUNT.test(stem)) return null;
  // 东川工业园区、生物科技产业园区: the list is of parks of one sort (园区 forms with 园区 forms).
  if (before.surface.endsWith('园区') !== suffix.surface.endsWith('园区')) return null;
  return stemHit(g, text, ctx, suffix, start, e, stem, leadingRegions(g, stem, ctx).at(-1)?.region ?? null);
}

/** A 片区 named without its free-trade zone (南宁片区, 前海蛇口片区), found in ftz-areas.yaml: the longest listed name ending here. */
function referencePart(g: Gazetteer, text: string, ctx: PlaceContext, start: number, e: number, freeTrade: boolean): ZoneHit | null {
  for (let from = start; from < e - 2; from++) {
    const surface = text.slice(from, e);
    const area = g.ftzArea(surface);
    if (!area) continue;
    // Outside a text on free trade only a distinctive name (前海蛇口片区, 临港新片区) is the zone's, not 南宁片区 or 科技创新片区.
    const stem = surface.slice(0, -'片区'.length);
    if (!freeTrade && !(stem.length >= 3 && stripGeneric(stem) === stem && !/^(?:国际|保税)/.test(stem))) return null;
    const begin = placeBefore(g, text, from, ctx, leadingRegions(g, area.province, EMPTY_CONTEXT)[0]?.region ?? null);
    if (begin < from) return { ...ftzPart(g, ctx, area.province, area.name, begin, e, text.slice(begin, e)) };
    return ftzPart(g, ctx, area.province, area.name, from, e, surface);
  }
  return null;
}

/** The 片区 `areaName` (as ftz-areas.yaml names it) of the free-trade zone of province `short`. */
function ftzPart(g: Gazetteer, ctx: PlaceContext, short: string, areaName: string, start: number, end: number, surface: string): ZoneHit {
  const province = leadingRegions(g, short, EMPTY_CONTEXT)[0]?.region ?? null;
  const stem = areaName.slice(0, -'片区'.length);
  const area = leadingRegions(g, stem, ctx).at(-1)?.region ?? leadingRegions(g, stem, EMPTY_CONTEXT).at(-1)?.region ?? null;
  const ftz = ftzName(short);
  const ftzEn = `China (${stemEnglish(short)}) Pilot Free Trade Zone`;
  return {
    start,
    end,
    surface,
    aliases: [surface],
    canonical: `${ftz}${areaName}`,
    kind: 'ftz',
    nameEn: `${ftzEn} ${englishOfStem(g, stem, ctx)} Area`,
    region: area ?? province,
    partOf: ftz,
    level: 'national',
    anaphor: false,
  };
}

/** A short name the document also gives in full (东部产业新城 for 十堰东部产业新城). */
function readTail(text: string, tails: ReadonlyMap<string, ZoneHit> | undefined, suffix: ZoneSuffix, e: number, stem: string): ZoneHit | null {
  if (!tails) return null;
  // A bracketed short name (高新片区) is looked up as written: its words need not make a name stem on their own.
  for (let n = 4; n >= 2; n--) {
    const from = e - suffix.surface.length - n;
    const key = from >= 0 ? text.slice(from, e) : '';
    const full = tails.get(key);
    if (full && full.bracketName === key) return { ...full, start: from, end: e, surface: key, aliases: [key], tail: undefined, spanEnd: undefined, bracketName: undefined };
  }
  if (!stem) return null;
  for (const candidate of [stem, stripGeneric(stem)]) {
    const full = candidate ? tails.get(`${candidate}${suffix.full}`) : undefined;
    if (!full) continue;
    const from = e - suffix.surface.length - candidate.length;
    const surface = text.slice(from, e);
    return { ...full, start: from, end: e, surface, aliases: [surface], tail: undefined, spanEnd: undefined, bracketName: undefined };
  }
  return null;
}

/** 南宁片区、钦州港片区和崇左片区: a 片区 listed right after another 片区 belongs to the same free-trade zone. */
function listedPart(g: Gazetteer, text: string, ctx: PlaceContext, start: number, e: number, stem: string, lastPart: ZoneHit | null): ZoneHit | null {
  if (!lastPart?.partOf || stem.length < 2 || !/^[、和及与]$/.test(text.slice(lastPart.end, start))) return null;
  const surface = text.slice(start, e);
  const listed = g.ftzArea(surface);
  if (listed && ftzName(listed.province) === lastPart.partOf) return ftzPart(g, ctx, listed.province, listed.name, start, e, surface);
  const region = leadingRegions(g, stem, ctx).at(-1)?.region ?? null;
  const ftzEn = lastPart.nameEn?.replace(/ [^ ]+ Area$/, '') ?? '';
  return {
    start,
    end: e,
    surface,
    aliases: [surface],
    canonical: `${lastPart.partOf}${stem}片区`,
    kind: 'ftz',
    nameEn: `${ftzEn} ${englishOfStem(g, stem, ctx)} Area`.trim(),
    region: region ?? lastPart.region,
    partOf: lastPart.partOf,
    anaphor: false,
  };
}

/** The zone named by `stem` + suffix at [start, e), or null when the stem names nothing. */
function readZone(
  g: Gazetteer,
  text: string,
  ctx: PlaceContext,
  suffix: ZoneSuffix,
  start: number,
  s: number,
  e: number,
  stem: string,
  lastFtz: ZoneHit | null,
  industryParks = false,
): ZoneHit | null {
  const surface = text.slice(start, e);
  const known = g.zoneAlias(surface) ?? (stem ? g.zoneAlias(`${stem}${suffix.full}`) : undefined);
  if (known && stem) return fromAlias(known, g, { start, end: e, surface });

  const base = { start, end: e, surface, aliases: [surface], partOf: null as string | null, anaphor: false };

  if (suffix.ftzOnly) {
    // A 片区 is a zone only as part of a free-trade zone named just before it (湖北自贸试验区宜昌片区, 自贸区武汉片区).
    // 中国（湖北）自由贸易试验区的武汉片区 or 自贸区武汉片区: a few words at most between them, no punctuation.
    const gap = lastFtz ? text.slice(lastFtz.end, start) : '';
    if (!lastFtz || gap.length > 4 || !/^[\u4e00-\u9fff]*$/.test(gap) || stem.length < 2) return null;
    const regions = leadingRegions(g, stem, ctx);
    const region = regions.at(-1)?.region ?? lastFtz.region;
    // 中国（广东）自由贸易试验区南沙新区片区: the area's approved name (广州南沙新区片区) when ftz-areas.yaml lists it for this zone.
    const listed = g.ftzArea(`${stem}片区`);
    if (listed && lastFtz.canonical === ftzName(listed.province)) return { ...ftzPart(g, ctx, listed.province, listed.name, start, e, surface), aliases: [surface] };
    return {
      ...base,
      canonical: `${lastFtz.canonical}${stem}片区`,
      kind: 'ftz',
      nameEn: `${lastFtz.nameEn ?? ''} ${englishOfStem(g, stem, ctx)} Area`.trim(),
      region,
      partOf: lastFtz.canonical,
    };
  }

  if (suffix.kind === 'ftz' && suffix.full === '自由贸易试验区') {
    // 中国（湖北）自由贸易试验区, （湖北）自贸试验区, 湖北自贸区, 武汉自贸区 (a city: its 片区).
    const bracket = /(?:中国)?[（(]([\u4e00-\u9fff]{2,3})[）)]$/.exec(text.slice(Math.max(0, s - 8), s));
    const placeText = bracket ? bracket[1]! : stem;
    const regions = leadingRegions(g, placeText, ctx);
    const region = regions.at(-1)?.region;
    if (!region || regions.at(-1)!.end !== placeText.length) return null;
    const province = g.region(region.provinceCode)!;
    const short = regionStem(province.name) ?? province.name;
    const ftzStart = bracket ? s - bracket[0].length : start;
    const ftz: ZoneHit = {
      ...base,
      start: ftzStart,
      surface: text.slice(ftzStart, e),
      aliases: [text.slice(ftzStart, e)],
      canonical: ftzName(short),
      kind: 'ftz',
      nameEn: `China (${stemEnglish(short)}) Pilot Free Trade Zone`,
      region: province,
    };
    if (region.level === 'province') return ftz;
    const cityShort = regionStem(region.name) ?? region.name;
    return { ...ftz, canonical: `${ftz.canonical}${cityShort}片区`, nameEn: `${ftz.nameEn} ${stemEnglish(cityShort)} Area`, region, partOf: ftz.canonical };
  }

  // 昆山开发区 in a text about Shanghai: a zone word is context enough for a place name that denotes one place anywhere.
  let regions = leadingRegions(g, stem, ctx);
  if (regions.length === 0) regions = leadingRegions(g, stem, EMPTY_CONTEXT);
  if (regions.length > 0) {
    let lead = regions;
    // 湖北省开发区, 促进湖北高新技术产业开发区发展: a province alone before a zone word speaks of zones in that province.
    const provinceOnly = lead.length === 1 && lead[0]!.region!.level === 'province' && stem.length === lead[0]!.end;
    // …but a municipality is a city too (重庆高新区), and a province has its own free-trade port (海南自由贸易港).
    if (provinceOnly && !/^(北京|天津|上海|重庆)市$/.test(lead[0]!.region!.name) && suffix.kind !== 'ftz') return null;
    // 上海市浦东新区 is a district, not a zone: a region's own full name is the region's.
    const last = lead.at(-1)!;
    if (g.byFullName(text.slice(start + last.start, e)).length > 0) return null;
    // 湖北十堰经济技术开发区 is 十堰经济技术开发区: a province before one of its cities is an address, not part of the name.
    if (lead.length >= 2 && lead[0]!.region!.level === 'province' && lead[1]!.region!.level === 'city') lead = lead.slice(1);
    const coreStart = lead[0]!.start;
    let core = stem.slice(coreStart);
    const regionEnd = lead.at(-1)!.end - coreStart;
    // 汉川市国家级经开区, 遵义国家经济技术开发区: the rank between place and suffix is not part of the name.
    const between = core.slice(regionEnd);
    // 浙江省级新区: 省级 read across the region's own 省 ranks the zone; it names none.
    if (/^级/.test(between) && /[省市县]$/.test(core.slice(0, regionEnd))) return null;
    if (between && stripGeneric(between) === '' && /^(国家级|国家|省级|市级)$/.test(between)) core = core.slice(0, regionEnd);
    const onlyRegion = core.length === regionEnd && lead.length === 1;
    // A bare 开发区 names a zone only right after a place (北京开发区), not after a phrase (十堰市重大项目落地开发区),
    // nor after a city's full name (《桂林市开发区高质量发展行动方案》: the city's zones).
    if (suffix.needsPlaceStem && suffix.full === '开发区' && (core.length !== regionEnd || /市$/.test(core))) return null;
    const region = lead.at(-1)!.region!;
    if (onlyRegion && SHORT_NATIONAL_KINDS.has(suffix.kind) && /[市县]$/.test(core)) core = regionStem(region.name) ?? core;
    const canonical = `${core}${suffix.full}`;
    const alias = g.zoneAlias(canonical);
    if (alias) return fromAlias(alias, g, { start, end: e, surface });
    // 三亚崖州湾科技城: the document may name it again without its city (崖州湾科技城), though a county reading follows the city.
    const tail = lead.length >= 2 && lead[0]!.region!.level === 'city' ? core.slice(lead[0]!.end - coreStart) : core.slice(regionEnd);
    return {
      ...base,
      canonical,
      kind: suffix.kind,
      nameEn: `${englishOfStem(g, core, ctx)} ${suffix.english}`,
      region,
      ...(tail && stripGeneric(tail) !== '' ? { tail: `${tail}${suffix.full}` } : {}),
    };
  }

  if (suffix.needsPlaceStem) return null;
  if ((suffix.shortStemNames || (suffix.kind === 'park' && partnerSyllables(g, text, ctx, stem))) && /^[\u4e00-\u9fff]{2,4}$/.test(stem) && stripGeneric(stem) === stem) {
    return { ...base, canonical: `${stem}${suffix.full}`, kind: suffix.kind, nameEn: `${englishOfStem(g, stem, ctx)} ${suffix.english}`, region: null };
  }
  const rest = stripGeneric(stem);
  // 第五个国家级新区, 首批高新区: an ordinal counts zones, it names none.
  const ordinal = ORDINAL_STEM.exec(rest);
  if (ordinal && stripGeneric(rest.slice(ordinal[0].length)) === '') return null;
  const pieces = suffix.kind === 'new-area' || suffix.kind === 'science-city' ? PLACE_PIECE_TAGS : NAME_PIECE_TAGS;
  let named = rest === '' ? directionNames(suffix) && isDirectionOnly(stem) : holdsProperName(rest, pieces) || (directionNames(suffix) && isDirectionOnly(rest));
  let nameStem = rest === '' ? stem : rest;
  if (!named && industryParks && INDUSTRY_NAMED_PARKS.has(suffix.surface)) {
    // 建设新材料产业园: a park named for the industry it hosts, once qualifiers (特色, 现代) are set aside.
    const industry = stripGeneric(stem, QUALIFIERS_BY_LENGTH);
    const words = tagWords(industry);
    named =
      industry.length >= 2 &&
      (stripGeneric(industry) === '' || (words.some((t) => INDUSTRY_WORDS.has(t.word)) && words.every((t) => /^(n|nz|vn|j|eng|nt|t|b|ng|nr|ns|an)$/.test(t.tag))));
    nameStem = industry;
  }
  if (!named && NAMED_BY_POSITION.has(suffix.surface) && rest.length >= 2 && rest.length <= 4 && /^[\u4e00-\u9fff]+$/.test(rest)) {
    // 科技城新区重点布局…, 高新区内的药谷工业园: a short stem standing as a clause's subject, or a park
    // inside a zone, is a name the dictionary lacks, not a description.
    const before = text.slice(0, e - suffix.surface.length - rest.length);
    const clauseSubject = (before === '' || /[，。；：、\n]$/.test(before)) && NAME_POSITION_AFTER.test(text.slice(e));
    const insideZone = /(?:区|园)(?:内|内的|中的)$/.test(before);
    if ((clauseSubject || insideZone) && !GENERIC_MODIFIERS.has(rest) && !NOT_NAMING.has(rest)) {
      named = true;
      nameStem = rest;
    }
  }
  if (!named) return null;
  const nameStart = e - suffix.surface.length - nameStem.length;
  const nameSurface = text.slice(nameStart, e);
  const canonical = `${nameStem}${suffix.full}`;
  const alias = g.zoneAlias(canonical);
  if (alias) return fromAlias(alias, g, { start: nameStart, end: e, surface: nameSurface });
  return {
    ...base,
    start: nameStart,
    surface: nameSurface,
    aliases: [nameSurface],
    canonical,
    kind: suffix.kind,
    nameEn: `${englishOfStem(g, nameStem, ctx)} ${suffix.english}`,
    region: null,
  };
}

const freeTradeByDocument = new WeakMap<SegmentedDocument, boolean>();

/** Whether the document speaks of free trade at all (自贸, 自由贸易): then 南宁片区 is a free-trade zone's area. */
export function speaksOfFreeTrade(doc: SegmentedDocument): boolean {
  let yes = freeTradeByDocument.get(doc);
  if (yes === undefined) {
    yes = /自贸|自由贸易/.test(doc.metadata.title) || doc.sentences.some((s) => /自贸|自由贸易/.test(s.simplified));
    freeTradeByDocument.set(doc, yes);
  }
  return yes;
}

const tailsByDocument = new WeakMap<SegmentedDocument, Map<string, ZoneHit>>();

/** Zones the document names in full with a leading place, keyed by the rest of their name, and by a short name bracketed after it. */
export function documentZoneTails(g: Gazetteer, doc: SegmentedDocument): Map<string, ZoneHit> {
  let tails = tailsByDocument.get(doc);
  if (!tails) {
    tails = new Map();
    const ctx = documentPlaceContext(g, doc);
    for (const text of [doc.metadata.title, ...doc.sentences.map((s) => s.simplified)]) {
      for (const hit of findZones(g, text, ctx, { subject: null, anaphors: false, freeTrade: speaksOfFreeTrade(doc) })) {
        if (hit.tail && !tails.has(hit.tail)) tails.set(hit.tail, hit);
        if (hit.bracketName && !tails.has(hit.bracketName)) tails.set(hit.bracketName, hit);
      }
    }
    tailsByDocument.set(doc, tails);
  }
  return tails;
}

const subjects = new WeakMap<SegmentedDocument, SubjectKind | null>();

/**
 * The kind of place the document is about, so anaphors are emitted only where
 * they can stand for it: the first zone in the title; else a zone that
 * dominates the opening (named at least twice and twice as often as any other
 * zone: a plan naming a city's dozen zones is about the city); else the
 * title's region; else the opening's only zone; else the region the opening
 * names most.
 */
/** The last of the regions written one after another from the start (佛山市顺德区 → 顺德区). */
function chainFromStart<T extends { start: number; end: number }>(hits: T[]): T {
  let last = hits[0]!;
  for (const h of hits.slice(1)) {
    if (h.start !== last.end) break;
    last = h;
  }
  return last;
}

/** A place opening a sentence is its subject when a predicate follows, not a genitive or a list (湖北省的…, 武汉、). */
export function followsAsSubject(text: string, end: number): boolean {
  return /^(?:[（(][^）)]*[）)])?(?:以|是|位于|地处|坚持|聚焦|重点|围绕|立足|着力|大力|加快|积极|深入|全力|依托|作为|将|已|已经|现有|拥有|始终|持续|要|，)/.test(text.slice(end));
}

export function documentSubjectKind(g: Gazetteer, doc: SegmentedDocument): SubjectKind | null {
  if (subjects.has(doc)) return subjects.get(doc)!;
  const ctx = documentPlaceContext(g, doc);
  const noAnaphors = { subject: null, anaphors: false, freeTrade: speaksOfFreeTrade(doc) };
  const subject = ((): SubjectKind | null => {
    const titleZone = findZones(g, doc.metadata.title, ctx, noAnaphors)[0];
    if (titleZone) return { label: 'Zone', kind: titleZone.kind, level: null };
    const opening = doc.sentences.slice(0, 30).map((s) => s.simplified);
    const zoneCounts = new Map<string, { hit: ZoneHit; n: number }>();
    for (const text of opening) {
      for (const hit of findZones(g, text, ctx, noAnaphors)) {
        const c = zoneCounts.get(hit.canonical) ?? { hit, n: 0 };
        c.n++;
        zoneCounts.set(hit.canonical, c);
      }
    }
    const [best, second] = [...zoneCounts.values()].sort((a, b) => b.n - a.n);
    if (best && best.n >= 2 && best.n >= 2 * (second?.n ?? 0)) return { label: 'Zone', kind: best.hit.kind, level: null };
    const titleRegion = findRegions(g, doc.metadata.title, ctx).find((h) => h.region);
    if (titleRegion) return { label: 'Region', kind: null, level: titleRegion.region!.level };
    // 推进南京经济技术开发区产业经济高质量发展，现制定如下方案: the one zone an untitled plan names is its subject.
    // 兰州新区是…，位于甘肃省兰州市: the place an untitled passage opens with is what it is about.
    const first = opening[0] ?? '';
    const openingZone = findZones(g, first, ctx, noAnaphors).find((h) => h.start === 0);
    const openingRegions = openingZone ? [] : findRegions(g, first, ctx).filter((h) => h.region);
    const regionChain = openingRegions.length && openingRegions[0]!.start === 0 ? chainFromStart(openingRegions) : null;
    // …unless a zone follows the address right away (the zone is then the opener).
    const zoneAfterChain = regionChain ? findZones(g, first, ctx, noAnaphors).find((h) => h.start === regionChain.end) : undefined;
    if (openingZone) return { label: 'Zone', kind: openingZone.kind, level: null };
    if (zoneAfterChain) return { label: 'Zone', kind: zoneAfterChain.kind, level: null };
    if (regionChain && followsAsSubject(first, regionChain.end)) return { label: 'Region', kind: null, level: regionChain.region!.level };
    if (best && zoneCounts.size === 1) return { label: 'Zone', kind: best.hit.kind, level: null };
    const regionCounts = new Map<string, { level: string; n: number }>();
    for (const text of opening) {
      for (const h of findRegions(g, text, ctx)) {
        if (!h.region) continue;
        const c = regionCounts.get(h.region.code) ?? { level: h.region.level, n: 0 };
        c.n++;
        regionCounts.set(h.region.code, c);
      }
    }
    const region = [...regionCounts.values()].sort((a, b) => b.n - a.n)[0];
    if (region) return { label: 'Region', kind: null, level: region.level };
    return null;
  })();
  subjects.set(doc, subject);
  return subject;
}

export function createZoneRecogniser(g: Gazetteer): Recogniser {
  return {
    name: 'zone',
    recognise(sentence: Sentence, context: RecogniserContext): Mention[] {
      const ctx = documentPlaceContext(g, context.document);
      const subject = documentSubjectKind(g, context.document);
      const tails = documentZoneTails(g, context.document);
      // The title (开发区高质量发展实施方案) names the document's topic, not its subject.
      const anaphors = sentence.index >= 0 && sentence.simplified.trim() !== context.document.metadata.title.trim();
      const freeTrade = speaksOfFreeTrade(context.document);
      return findZones(g, sentence.simplified, ctx, { subject, anaphors, tails, freeTrade }).map((hit): Mention => {
        const original = originalSurface(sentence, context, hit.start, hit.end);
        const mention: Mention = {
          label: 'Zone',
          canonical: hit.canonical,
          surface: hit.surface,
          originalSurface: original,
          start: hit.start,
          end: hit.spanEnd ?? hit.end,
          sentence: sentence.index,
        };
        if (hit.anaphor) {
          mention.anaphor = true;
          return mention;
        }
        const aliases = [...new Set([...hit.aliases, hit.surface, original])].filter((a) => a !== hit.canonical);
        if (aliases.length > 0) mention.aliases = aliases;
        if (hit.nameEn) mention.nameEn = hit.nameEn;
        mention.properties = {
          kind: hit.kind ?? 'other',
          ...(hit.region ? { regionCode: hit.region.code } : {}),
          ...(hit.partOf ? { partOf: hit.partOf } : {}),
          ...(hit.level ? { level: hit.level } : {}),
        };
        return mention;
      });
    },
  };
}
