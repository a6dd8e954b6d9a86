/**
 * DEVELOPS: Zone/Region → Industry when a sentence says the place develops,
 * builds, cultivates, focuses on or has the industry. The place is a Zone or
 * Region named in the same clause (or opening the sentence); otherwise, and
 * for anaphors (本区, 开发区), the document's subject place. The role comes
 * from the tier the text gives (三大优势产业 → pillar, 战略 → strategic, 新兴 →
 * emerging, 特色 → featured, 未来 → future), from the list, the sentence or the
 * section heading above it.
 */
import { nodeId, type DevelopsRole } from '../../../shared/graph.ts';
import { loadTaxonomy, type Taxonomy } from '../../taxonomy/index.ts';
import { toSimplified } from '../../../shared/chinese.ts';
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';
import {
  DEVELOP_VERB_RE,
  DEVELOPS_AFTER_RE,
  NEGATIVE_CLAUSE_RE,
  STRONG_VERB_ANY_RE,
  WEAK_VERB_RE,
  findIndustryLists,
  tierOf,
  type IndustryList,
} from '../recognise/industry-cues.ts';

/** 方案提出 / 规划明确: the program, not a place, is the subject of the sentence. */
const PROGRAM_SPEAKS = /(?:方案|规划|纲要|措施|政策|意见|计划|办法)(?:提出|明确|要求|指出)/;

/** Clause boundaries: a place in one clause does not develop what another clause names. */
const CLAUSE_BREAK = /[，。；！？,;!?]/g;

/** Right after an industry: its companies, projects, talents or platforms, not the industry being developed. */
const NOT_DEVELOPED_AFTER =
  /^(?:产业|行业)?(?:企业|公司|项目|人才|平台|技术|产品|龙头|领军|联盟|研发|标准|用地|政策|资金|基金|发展需求|创新中心|创新平台|公共服务|领域关键)/;

/** Right after an industry: a named programme about it (数字经济“573”工程, 数字经济跃升工程). */
const PROGRAMME_AFTER = /^(?:“[^”]{1,10}”|[^，。；、,;]{0,4})(?:工程|计划|行动|专项)/;

/** A clause that opens by reaching out (对接…, 融入…, 围绕…) names partners and targets, not developers. */
const CLAUSE_OPENS_TOWARDS = /^(?:[“”"\s]*)(?:积极|主动|深度|全面|加快|紧密)?(?:对接|融入|围绕|依托|服务|面向|借助|紧扣|学习|借鉴|联系|辐射|承接|对照|按照|参照|根据|依据|对标)/;

/** Before a place: it is a partner or a destination (与孝感…合作, 向武汉…), not the developer. */
const NOT_DEVELOPER_BEFORE = /(?:与|向|对接|联通|连接|衔接|融入|服务|联系|毗邻|辐射|带动|协同|围绕|依托|面向|借助|紧扣|学习|借鉴|以|位于|地处|坐落于|坐落在|地处于|对照|按照|参照|根据|依据|对标|承接|疏解|引进|吸引)$/;

/** 以A、B为支撑 / 以A为引领: a phrase ranking industries in a place's economy. */
const RANKED_BY = /以[^，。；,;以]{2,40}?为(?:引领|主导|支撑|核心|重点|龙头|支柱|特色|主攻方向|首位|主体|牵引|先导|骨干|基础)/g;

/** 柳州市以汽车为首位产业: the place before 以 develops the industry the tier phrase after it ranks. */
const TIER_AFTER = /^(?:产业|行业)?为(?:[^，。；,;]{0,4}?)(?:首位|主导|支柱|优势|特色|战略性新兴|核心|龙头)产业/;

/** Category industries whose own name carries the tier (发展战略性新兴产业 → strategic). */
const TIERED_CATEGORY = /^(?:战略性新兴产业|新兴产业|未来产业)$/;

interface SectionCue {
  develops: boolean;
  role: DevelopsRole | null;
}

/** Right after an industry: a base, cluster or tier that says the place has it (汽车首位产业, 汽车产业集群, 保持支柱地位). */
const HAS_INDUSTRY_AFTER =
  /^(?:产业|行业)?(?:[^，。；、,;]{0,3}?)(?:产业集群|集群|产业基地|制造基地|基地|首位产业|主导产业|特色产业|支柱产业|优势产业|战略性新兴产业|新兴产业|产业链|全产业链)|^(?:产业|行业)?(?:发展)?新?(?:走廊|高地|引领区|集聚区|聚集区|示范区|先行区|发展带|经济带)|^(?:核心)?(?:产业|行业)?(?:总)?(?:产值|营业收入|主营业务收入|总收入|收入|增加值|产量|产能|规模(?:突破|超过|达到|达)|占(?:GDP|地区生产总值))|^(?:产业|行业)?的?(?:主要|核心|重要)?(?:承载地|承载区|集聚地|集聚区)|^(?:产业|行业)?[^，。；,;]{0,4}(?:支柱|主导|首位)地位/;

/** How many sentences after its heading a heading still makes sentences about developing (the paragraph's lead). */
const HEADING_REACH = 2;

function headingIndex(sentence: Sentence, context: RelationContext): number | null {
  const heading = sentence.section[sentence.section.length - 1];
  if (!heading) return null;
  const sentences = context.document.sentences;
  for (let i = Math.min(sentence.index, sentences.length - 1); i >= 0 && i >= sentence.index - 50; i--) {
    const s = sentences[i]!;
    if (s.kind === 'heading' && s.text.trim() === heading.trim()) return s.index;
  }
  return null;
}

/** A heading such as 第一节 巩固提升三大优势产业 or 做强汽车及零部件产业集群 tiers and induces DEVELOPS below it. */
function sectionCue(section: string[]): SectionCue {
  for (let i = section.length - 1; i >= 0 && i >= section.length - 2; i--) {
    const heading = toSimplified(section[i]!);
    const industryHeading = /产业|集群|产业链|基地|首位/.test(heading) && !/产业体系|产业布局|产业空间|产业园区|产业发展布局/.test(heading);
    const verb = new RegExp(DEVELOP_VERB_RE.source).test(heading);
    if (industryHeading && verb) return { develops: true, role: tierOf(heading.replace(/产业体系/, '')) };
  }
  return { develops: false, role: null };
}

/** The sentence opens a paragraph (a line of its own in the original text). */
function isParagraphLead(sentence: Sentence, context: RelationContext): boolean {
  const text = context.document.document.text;
  let i = sentence.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

function clauseBounds(text: string, pos: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index < pos) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

function before0(text: string, clauseStart: number, m: ResolvedMention): string {
  return text.slice(clauseStart, m.start);
}

function isPlace(m: ResolvedMention): boolean {
  return m.label === 'Zone' || m.label === 'Region';
}

/**
 * Named places that can be the developer: not anaphors, not partners or
 * destinations (与孝感…, 对接联通孝感市、武汉市 — the whole list), and not the
 * outer area of 东部产业新城——新经济产业园 (the park after the dash develops).
 */
function developerCandidates(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  // A place inside a title or a named program (《衡阳市…培育方案》) is part of that name, no developer.
  const programs = mentions.filter((m) => m.label === 'Program');
  const places = mentions
    .filter((m) => isPlace(m) && !m.anaphor && !programs.some((q) => q.start <= m.start && m.end <= q.end && q !== m))
    .sort((a, b) => a.start - b.start);
  const out: ResolvedMention[] = [];
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    // 南昌经开区与小蓝经开区、赣江新区共同推进汽车产业发展: every place of a list that
    // acts together develops what it goes on to name.
    if (jointlyActing(text, places, i)) {
      out.push(p);
      continue;
    }
    // Walk back to the first member of the 、/和 list this place stands in.
    // 佛山市顺德区: an address names the developer by its last place.
    const nextPlace = places[i + 1];
    if (p.label === 'Region' && nextPlace && nextPlace.start === p.end) continue;
    // 金湾区内的珠海航空产业园, 区内的大亚湾石化区: the outer place only locates the one that acts.
    if (nextPlace && /^(?:境|辖区|园区|区)?(?:内|中)的?$/.test(text.slice(p.end, nextPlace.start))) continue;
    // 九江经开区与青山湖区共建…产业园: the partner after 与 is no developer of what follows.
    if (/与$/.test(text.slice(0, p.start)) && /^(?:合作|携手|联合)?(?:共建|共同建设|合作建设|协作)/.test(text.slice(p.end))) continue;
    let first = p;
    for (let j = i - 1; j >= 0; j--) {
      const q = places[j]!;
      if (/^(?:、|和|及|与|以及)?$/.test(text.slice(q.end, first.start))) first = q;
      else break;
    }
    if (NOT_DEVELOPER_BEFORE.test(text.slice(0, first.start))) continue;
    // 对接湖北省“51020”现代产业体系和武汉市“965”产业集群建设: a clause opened by such a
    // verb is about partners, whatever it lists.
    const clauseStart = Math.max(...[...text.slice(0, p.start).matchAll(CLAUSE_BREAK)].map((m) => m.index + 1), 0);
    // (围绕建设中国车谷: the place being built is the subject after all.)
    const lead = text.slice(clauseStart, first.start);
    if (CLAUSE_OPENS_TOWARDS.test(lead) && !/(?:建设|打造|创建|建成)$/.test(lead)) continue;
    const next = places[i + 1];
    if (next && /^\s*[—–]{1,2}\s*$/.test(text.slice(p.end, next.start))) continue;
    out.push(p);
  }
  return out;
}

/** After a list of places: they act together (共同推进, 联合打造), not one with the others as partners. */
const JOINTLY_AFTER = /^(?:[^，。；,;]{0,4}?)(?:共同|联合|一起|携手|合力|协同)(?!建设|共建)(?:推进|推动|发展|打造|培育|做强|做大|壮大|布局|建设)/;

/** The place at `i` stands in a 、/和/与 list of places that 共同/联合 develops something. */
function jointlyActing(text: string, places: ResolvedMention[], i: number): boolean {
  let last = i;
  while (last + 1 < places.length && /^(?:、|和|及|与|以及|同)$/.test(text.slice(places[last]!.end, places[last + 1]!.start))) last++;
  let first = i;
  while (first > 0 && /^(?:、|和|及|与|以及|同)$/.test(text.slice(places[first - 1]!.end, places[first]!.start))) first--;
  if (last === first) return false;
  return JOINTLY_AFTER.test(text.slice(places[last]!.end));
}

/**
 * 九江经开区、共青城高新区分别聚焦电子信息和纺织服装: with 分别, the n places take the
 * n industries of the list in order. Returns the place for `industry`, null when
 * the sentence does not pair them, or 'none' when it pairs but this industry has no partner.
 */
function respectivePlace(text: string, places: ResolvedMention[], industries: ResolvedMention[], industry: ResolvedMention): ResolvedMention | null {
  const at = text.indexOf('分别');
  if (at < 0 || industry.start < at) return null;
  const [cs] = clauseBounds(text, at);
  const group = places.filter((p) => p.start >= cs && p.end <= at);
  if (group.length < 2) return null;
  const [, ce] = clauseBounds(text, industry.start);
  if (ce < at) return null;
  const members = industries.filter((m) => m.start > at && m.end <= ce).sort((a, b) => a.start - b.start);
  if (members.length !== group.length) return null;
  return group[members.indexOf(industry)] ?? null;
}

/**
 * 以驻马店国际农产品加工产业园为平台的农产品加工、食品加工集群: the park that is the
 * platform develops the industries of that phrase (up to the next 和以 / clause end).
 */
function platformPlace(text: string, places: ResolvedMention[], industry: ResolvedMention, clauseStart: number): ResolvedMention | null {
  for (const m of text.matchAll(/以([^，。；,;以]{2,40}?)为(?:平台|载体|依托|核心|主体|龙头)的/g)) {
    if (m.index < clauseStart || m.index + m[0].length > industry.start) continue;
    const between = text.slice(m.index + m[0].length, industry.start);
    if (/以|[，。；,;]/.test(between)) continue;
    const p = places.find((x) => x.start >= m.index + 1 && x.end <= m.index + 1 + m[1]!.length);
    if (p) return p;
  }
  return null;
}

/** Where the subject part of a clause ends: its verb (a place after 打造为, 涵盖, 包括 is an object). */
const TOPIC_VERB = new RegExp(`${DEVELOP_VERB_RE.source}|成为|作为|为|涵盖|包括|包含|下辖|管辖|设有|拥有|位于`);

/** Right before a zone the clause sets up: 共建, 合作共建, 设立, 规划建设. */
const FOUNDS_BEFORE = /(?:共建|合作共建|共同建设|合作建设|联合建设|合建|设立|新设|规划建设|建设了?|建成了?)$/;

/**
 * 以崖州湾科技城为主要载体，聚焦… / 以长垣经开区为主平台，做大…: the zone a clause
 * makes the platform of what the sentence goes on to develop.
 */
function carrierZones(text: string, places: ResolvedMention[], industry: ResolvedMention): { zones: ResolvedMention[]; layout: boolean } {
  const out: ResolvedMention[] = [];
  let layout = false;
  for (const m of text.matchAll(CARRIER_RE)) {
    if (m.index + m[0].length > industry.start) continue;
    if (/[。；;]/.test(text.slice(m.index + m[0].length, industry.start))) continue;
    const role = m[2];
    const named = places.filter((p) => p.start >= m.index + 1 && p.end <= m.index + 1 + m[1]!.length);
    // 以肇庆高新区为核心区，以肇庆新区、鼎湖区为拓展区，重点发展…: a layout role is given to
    // zones (not to the region arranging them), and each zone so placed develops.
    if (role) {
      const zones = named.filter((p) => p.label === 'Zone');
      if (zones.length) layout = true;
      out.push(...zones);
    } else out.push(...named);
  }
  // 璧山区依托璧山高新区，打造…产业集群: the zones a place leans on (nothing but named
  // zones between 依托 and the comma) carry what the sentence goes on to develop.
  for (const m of text.matchAll(/依托([^，。；,;]{2,60}?)[，,]/g)) {
    if (m.index + m[0].length > industry.start) continue;
    if (/[。；;]/.test(text.slice(m.index + m[0].length, industry.start))) continue;
    const s = m.index + 2;
    const e = s + m[1]!.length;
    const named = places.filter((p) => p.start >= s && p.end <= e).sort((a, b) => a.start - b.start);
    if (!named.length || named.some((p) => p.label !== 'Zone')) continue;
    let rest = text.slice(s, e);
    for (const p of [...named].reverse()) rest = rest.slice(0, p.start - s) + rest.slice(p.end - s);
    if (!/^(?:[、和及与]|以及)*$/.test(rest)) continue;
    out.push(...named);
  }
  return { zones: out, layout };
}

/** 以Z为主要载体 / 以Z为核心区 / 以Z为东翼，: the phrase that makes Z a platform or gives it a layout role. */
const CARRIER_RE = new RegExp(
  '以([^，。；,;以]{2,40}?)为(?:(?:主要|核心|重要|主|重点)?(?:载体|平台|承载区|承载地|主阵地|阵地|核心区)(?![的])|' +
    '(核心|龙头|主体|引擎|增长极|极核|[东西南北一两]翼|核心承载区|配套区|拓展区|延伸区|协同区|联动区|辐射区|先行区|起步区|主战场|支点)(?=[，,]))',
  'g',
);

/** Words every carrier phrase contains (sentences without skip carrierZones). */
const CARRIER_WORD = /载体|平台|承载|阵地|核心|龙头|主体|引擎|增长极|翼|配套区|拓展区|延伸区|协同区|联动区|辐射区|先行区|起步区|主战场|支点|依托/;

/** Zone words a clause may open with instead of the name (高新区以…, 合作园重点承接…, 园区…). */
const ZONE_ANAPHOR = /^(?:[“”"\s]*)(?:同时|并|另|此外|其中|目前|近年来|\d{4}年(?:\d{1,2}月)?|(?:到|至)\d{4}年)?[，,]?(?:该|本|我|全)?(高新区|经开区|开发区|园区|产业园|合作园|协作园|工业园|新片区|新区|片区|综保区|保税区|科技城|科学城|新城|起步区|试验区|示范区|集聚区)/;

/**
 * The named zone a zone word stands for: the latest zone named before it (in
 * this sentence, then the three before) whose name ends in that kind (高新区 →
 * …高新技术产业开发区; 园区 → any zone).
 */
/** Right before a zone that only says where something lies (位于…高新区内). */
const LOCATED_BEFORE = /(?:位于|地处|坐落于|坐落在|落户|落户于|选址于?)[^，。；,;]{0,12}$/;

/** 平顶山高新区…，与平顶山尼龙新材料产业集聚区实行“两块牌子”: the partner is no referent either. */
const PARTNER_BEFORE = /(?:与|同|跟)$/;

function zoneReferent(word: string, sentence: Sentence, at: number, context: RelationContext): ResolvedMention | null {
  const kind: Record<string, RegExp> = {
    高新区: /高新|高技术/, 经开区: /经济技术开发区$|经开区$/, 开发区: /开发区$|工业区$|园区$/, 新区: /新区$/, 片区: /片区$/,
    新片区: /片区$/, 综保区: /综合保税区|综保区/, 保税区: /保税区/, 科技城: /科技城/, 科学城: /科学城/, 试验区: /试验区/, 示范区: /示范区/, 集聚区: /集聚区/, 新城: /新城/, 起步区: /起步区/,
    合作园: /合作园|协作园|合作区/, 协作园: /协作园|合作园/, 产业园: /产业园|园区|园$/, 工业园: /工业园|园区/, 园区: /./,
  };
  const want = kind[word] ?? /./;
  for (let i = sentence.index; i >= 0 && i >= sentence.index - 3; i--) {
    const said = context.document.sentences[i]?.simplified ?? '';
    // 莞韶产业园…，位于韶关高新区内。园区重点承接…: a zone named only as where
    // another lies is no referent of the zone word that follows.
    const ms = (context.mentionsBySentence.get(i) ?? [])
      .filter((m) => m.label === 'Zone' && !m.anaphor && (i < sentence.index || m.end <= at) && want.test(m.canonical))
      .filter((m) => !LOCATED_BEFORE.test(said.slice(0, m.start)) && !PARTNER_BEFORE.test(said.slice(0, m.start)))
      .sort((a, b) => b.start - a.start);
    if (ms[0]) return ms[0];
  }
  return null;
}

/**
 * The places a sentence is about when the industry's clause names none: those
 * of the nearest earlier clause that come before its verb (将X打造为…，大力发展A;
 * 支持宜都市、枝江市和松滋市跨江协作，共同打造…). A place after the verb (打造为十堰的…)
 * is its object, not its subject.
 */
function topicPlaces(text: string, places: ResolvedMention[], clauseStart: number): ResolvedMention[] {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index >= clauseStart) break;
    bounds.push([start, m.index]);
    start = m.index + 1;
  }
  for (let k = bounds.length - 1; k >= 0; k--) {
    const [s, e] = bounds[k]!;
    const inClause = places.filter((p) => p.start >= s && p.end <= e);
    if (inClause.length === 0) continue;
    // 共建临陇产业合作园，重点发展…: the park a clause sets up is what the next clause describes.
    const founded = inClause.filter((p) => p.label === 'Zone' && FOUNDS_BEFORE.test(text.slice(s, p.start)));
    if (founded.length) return founded;
    const verb = TOPIC_VERB.exec(text.slice(s, e));
    const verbAt = verb ? s + verb.index : e;
    return inClause.filter((p) => p.end <= verbAt);
  }
  return [];
}

/**
 * The parts a named whole spells out (光芯屏端网 → 光电子, 集成电路 …;
 * 新能源和智能网联汽车 → 新能源汽车, 智能网联汽车), as mentions at the whole's
 * place in the sentence, so the place develops each part too.
 */
function expansions(industry: ResolvedMention, taxonomy: Taxonomy): ResolvedMention[] {
  const id = industry.properties?.['taxonomyId'];
  const entry = typeof id === 'string' ? taxonomy.entry(id) : null;
  if (!entry) return [];
  return entry.expandsTo.map((partId) => {
    const part = taxonomy.entry(partId)!;
    return {
      ...industry,
      canonical: part.name,
      surface: part.name,
      originalSurface: part.name,
      aliases: [],
      nodeId: nodeId('Industry', part.name),
      properties: { taxonomyId: part.id, code: part.code, unmapped: false, depth: part.depth },
    };
  });
}

/**
 * 南昌小蓝经开区以汽车及零部件为首位产业。依托…，重点发展A、B: a sentence naming
 * no place goes on about the place that opened the sentence before it (within
 * a paragraph), when that place is not the document's subject already.
 */
function previousOpener(sentence: Sentence, context: RelationContext): ResolvedMention[] {
  const previous = context.document.sentences[sentence.index - 1];
  if (!previous || previous.kind === 'heading' || isParagraphLead(sentence, context)) return [];
  const mentions = context.mentionsBySentence.get(previous.index) ?? [];
  const opener = mentions.filter((m) => isPlace(m) && !m.anaphor && m.start === 0).sort((a, b) => b.end - a.end)[0];
  if (!opener || opener.nodeId === context.subject?.nodeId) return [];
  if (!/^(?:[（(][^）)]*[）)])?(?:以|坚持|聚焦|重点|着力|大力|加快|积极|围绕|立足)/.test(previous.simplified.slice(opener.end))) return [];
  return [opener];
}

export interface DevelopsOptions {
  /**
   * Also link a place to each part of a name that spells several out (光芯屏端网 →
   * 光电子 …), marked properties.via. Off by default: ANNOTATION.md annotates
   * the named whole only, and the taxonomy's PART_OF edges already lead to the parts.
   */
  expandNamedParts?: boolean;
}

/** A field of a flattened table row or form: 所在园区：Z；产业环节：A、B. */
const FIELD_LABEL = /(?:^|[；;。\s])([\u3400-\u9fff]{1,8})[：:]/g;
const ZONE_FIELD = /园区|开发区|高新区|载体|承载地|所在地/;
const INDUSTRY_FIELD = /产业|环节|行业|领域|方向|业态/;

/**
 * 项目名称：…；所在园区：射洪经开区；产业环节：碳酸锂、氢氧化锂 / 重点园区：A、B；主导产业：X:
 * a row's zone field names the zones that develop what its industry field lists.
 */
function rowZones(text: string, places: ResolvedMention[], industry: ResolvedMention, sentence: Sentence, context: RelationContext): ResolvedMention[] | null {
  if (!/[：:]/.test(text)) return null;
  const fields = [...text.matchAll(FIELD_LABEL)].map((m) => ({ label: m[1]!, start: m.index + m[0].length }));
  if (fields.length === 0) return null;
  const spans = fields.map((f, k) => ({ ...f, end: k + 1 < fields.length ? fields[k + 1]!.start - fields[k + 1]!.label.length - 1 : text.length }));
  const home = spans.find((f) => f.start <= industry.start && industry.end <= f.end);
  if (!home || !INDUSTRY_FIELD.test(home.label) || ZONE_FIELD.test(home.label)) return null;
  const zones = spans
    .filter((f) => ZONE_FIELD.test(f.label) && !INDUSTRY_FIELD.test(f.label))
    .flatMap((f) => places.filter((p) => p.label === 'Zone' && p.start >= f.start && p.end <= f.end));
  if (zones.length) return zones;
  // The segmenter cuts a row at its ；: the row's other fields are the sentences next to this one up to the row's end.
  const sentences = context.document.sentences;
  const full = context.document.document.simplified;
  // Sentences k and k+1 stand in one row when k ends at a ；/; and no line break parts them.
  const joined = (k: number) => {
    const a = sentences[k];
    const b = sentences[k + 1];
    return !!a && !!b && /[；;]\s*$/.test(a.simplified) && !/\n/.test(full.slice(a.simplifiedStart + a.simplified.length, b.simplifiedStart));
  };
  const row: number[] = [];
  for (let k = sentence.index - 1; k >= 0 && joined(k); k--) row.push(k);
  for (let k = sentence.index; joined(k); k++) row.push(k + 1);
  for (const k of row) {
    const field = /^\s*([\u3400-\u9fff]{1,8})[：:]/.exec(sentences[k]!.simplified);
    if (!field || !ZONE_FIELD.test(field[1]!) || INDUSTRY_FIELD.test(field[1]!)) continue;
    zones.push(...(context.mentionsBySentence.get(k) ?? []).filter((m) => m.label === 'Zone' && !m.anaphor && m.start >= field[0].length));
  }
  return zones.length ? zones : null;
}

export function createDevelopsRule(taxonomy: Taxonomy = loadTaxonomy(), options: DevelopsOptions = {}): RelationRule {
  const expand = options.expandNamedParts ?? false;
  return {
    name: 'develops',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const text = sentence.simplified;
      const industries = mentions.filter((m) => m.label === 'Industry');
      if (industries.length === 0) return [];
      const places = developerCandidates(text, mentions);
      const allPlaces = mentions.filter((m) => isPlace(m) && !m.anaphor);
      // The subject named here only as a partner (对接湖北省…) is not what this sentence has develop.
      const partnerHere =
        context.subject !== null &&
        allPlaces.some((p) => p.nodeId === context.subject!.nodeId) &&
        !places.some((p) => p.nodeId === context.subject!.nodeId);
      const lists = findIndustryLists(text);
      const cue = sectionCue(sentence.section);
      const h = cue.develops ? headingIndex(sentence, context) : null;
      // A section heading tiers the paragraphs under it through their lead sentences
      // (打造全国领先的电子电器产业基地。), not every industry the paragraph goes on to name.
      const lead = sentence.kind === 'heading' || isParagraphLead(sentence, context);
      const nearHeading = sentence.kind === 'heading' || (h !== null && sentence.index - h <= HEADING_REACH) || lead;
      const sectionRole = lead ? cue.role : null;

      const out: RelationCandidate[] = [];
      const seen = new Set<string>();
      const mayNameCarrier = CARRIER_WORD.test(text);
      for (const industry of industries) {
        const [cs, ce] = clauseBounds(text, industry.start);
        const clause = text.slice(cs, ce);
        if (NEGATIVE_CLAUSE_RE.test(clause)) continue;
        // 引进宁德时代、国轩高科等动力电池项目: the place gains the industry of the projects it brings in.
        const introduced = /等$/.test(text.slice(cs, industry.start)) && /^(?:产业|行业)?项目/.test(text.slice(industry.end)) && /(引进|招引|引入)/.test(text.slice(cs, industry.start));
        // 集聚了生物医药企业200余家: a place gathering an industry's companies has the industry.
        const gathered = /(?:集聚|聚集|汇聚|集中)了?(?:[^，。；,;]{0,6}?)$/.test(before0(text, cs, industry)) && /^(?:产业|行业)?(?:企业|公司|龙头企业|上下游企业)/.test(text.slice(industry.end));
        if (!introduced && !gathered && (NOT_DEVELOPED_AFTER.test(text.slice(industry.end)) || PROGRAMME_AFTER.test(text.slice(industry.end)))) continue;
        const list = listOf(lists, industry);
        const before = text.slice(cs, industry.start);
        // For a list member, what follows the whole list says what the list is.
        const after = text.slice(list && list.kind === 'marker' ? list.end : industry.end, ce);
        const strongBefore = STRONG_VERB_ANY_RE.test(before);
        const weakThenDevelops = WEAK_VERB_RE.test(before) && DEVELOPS_AFTER_RE.test(after.replace(/^等/, ''));
        const hasAfter = HAS_INDUSTRY_AFTER.test(after.replace(/^等/, ''));
        // 提升电气、鞋业…五大传统产业: a counted list of a place's industries is a statement about them.
        const tieredList = list !== undefined && (list.role !== null || list.kind !== 'marker' || list.numbered);
        const underHeading = cue.develops && nearHeading && cs === 0;
        // 潜江小龙虾、仙桃无纺布…特色产业品牌: a place fused with its product, in a clause about industry.
        const fused = places.some((p) => p.end === industry.start && p.start >= cs) && (new RegExp(DEVELOP_VERB_RE.source).test(clause) || /产业|品牌/.test(clause));
        const platform = platformPlace(text, allPlaces, industry, cs);
        // 以半导体为引领，以生命健康、智能汽车、新材料为支撑: the industries a place builds its economy on.
        const ranked = [...clause.matchAll(RANKED_BY)].some((m) => cs + m.index! < industry.start && industry.end <= cs + m.index! + m[0].length);
        // 承接新能源汽车、电子信息产业转移: the place takes the industry in.
        const takenIn = /承接(?:[^，。；,;]{0,20})$/.test(before) && /^[^，。；,;]{0,30}?(?:产业|行业)?(?:转移|项目|落地|布局)/.test(text.slice(industry.end, ce));
        const row = rowZones(text, allPlaces, industry, sentence, context);
        if (!(row || strongBefore || weakThenDevelops || hasAfter || tieredList || underHeading || fused || platform || introduced || ranked || gathered || takenIn)) continue;

        const role = roleFor(industry, list, text, cs, ce, sectionRole);
        // A place in the clause develops the industry when a development verb or tier noun
        // stands between them (成都高新区聚焦…); a place merely listed beside it does not.
        // 潜江小龙虾, 仙桃无纺布: a place right before its product names its industry.
        const clausePlaces = places.filter(
          (p) =>
            p.start >= cs &&
            p.end <= industry.start &&
            (p.end === industry.start ||
              new RegExp(DEVELOP_VERB_RE.source).test(text.slice(p.end, industry.start)) ||
              /主导产业|首位产业|特色产业|支柱产业|优势产业/.test(text.slice(p.end, industry.start)) ||
              (/^(?:[（(][^）)]*[）)])?(?:坚持|始终|继续)?以$/.test(text.slice(p.end, industry.start)) && TIER_AFTER.test(text.slice(industry.end))) ||
              // 淄博市以A、B、C为“四强”产业 / 以X为主要引进产业: the place ranks a whole list.
              (list?.kind === 'primary' && /^(?:[（(][^）)]*[）)])?(?:坚持|始终|继续|着力构建|构建)?以$/.test(text.slice(p.end, list.start))) ||
              // 大亚湾石化区是全国七大石化产业基地之一 / X是Y的主要承载地: a copula and a base or host after.
              (hasAfter && /^(?:[（(][^）)]*[）)])?(?:已|已经|现)?(?:是|为|成为|作为)[^，。；,;]{0,12}$/.test(text.slice(p.end, industry.start)))),
        );
        const carried = clausePlaces.length || topicPlaces(text, places, cs).length || allPlaces.length ? [] : previousOpener(sentence, context);
        const respective = respectivePlace(text, places, industries, industry);
        const carrying = mayNameCarrier ? carrierZones(text, allPlaces, industry) : { zones: [], layout: false };
        const carriers = carrying.zones;
        // 合作园重点承接…: a zone word opening the clause (or the sentence) names the latest such zone.
        let referent: ResolvedMention | null = null;
        if (!clausePlaces.length) {
          const own = ZONE_ANAPHOR.exec(text.slice(cs));
          const opening = own ?? (cs > 0 && !places.some((p) => p.end <= cs) ? ZONE_ANAPHOR.exec(text) : null);
          if (opening) referent = zoneReferent(opening[1]!, sentence, own ? cs : 0, context);
        }
        const topic = topicPlaces(text, places, cs);
        const fallback = context.subject && !partnerHere ? [context.subject] : [];
        const developers = row
          ? row
          : respective
          ? [respective]
          : platform
          ? [platform]
          : carriers.length
          ? // 三亚市以崖州湾科技城为主要载体: the platform and whoever makes it one.
            // (以东部产业园为主阵地，重点发展…: a sentence naming only the carrier gives it alone.)
            [...carriers, ...(clausePlaces.length ? clausePlaces : carrying.layout ? [] : topic.length ? topic.filter((p) => !carriers.includes(p)) : [])]
          : clausePlaces.length
          ? clausePlaces
          : referent
            ? [referent]
            : topic.length
              ? topic
              : carried.length
                ? carried
                : fallback;
        for (const place of developers) {
          for (const end of [industry, ...(expand ? expansions(industry, taxonomy) : [])]) {
            if (place.nodeId === end.nodeId) continue;
            const key = `${place.nodeId}->${end.nodeId}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const candidate: RelationCandidate = { type: 'DEVELOPS', start: place, end, sentence: sentence.index, role };
            // Marks edges that follow from a whole's name rather than standing in the text on their own.
            if (end !== industry) candidate.properties = { via: industry.canonical };
            out.push(candidate);
          }
        }
      }
      return out;
    },
  };
}

/**
 * The list an industry stands in: of nested lists (时尚产业等新兴产业 closes one list at
 * 时尚产业 and another at 新兴产业) the one whose head names a tier, else the widest.
 */
function listOf(lists: readonly IndustryList[], industry: ResolvedMention): IndustryList | undefined {
  // Rank: a tiered head, then an explicit construction (以…为, 主导产业为, “A+B”), then the widest.
  const rank = (l: IndustryList) => (l.role !== null ? 2 : 0) + (l.kind === 'primary' || l.kind === 'colon' ? 1 : 0);
  let best: IndustryList | undefined;
  for (const l of lists) {
    if (industry.start < l.start || industry.end > l.end + 1) continue;
    if (!best || rank(l) > rank(best) || (rank(l) === rank(best) && l.end - l.start > best.end - best.start)) best = l;
  }
  return best;
}

function roleFor(
  industry: ResolvedMention,
  list: IndustryList | undefined,
  text: string,
  clauseStart: number,
  clauseEnd: number,
  sectionRole: DevelopsRole | null,
): DevelopsRole {
  if (list?.role) return list.role;
  if (TIERED_CATEGORY.test(industry.canonical)) return tierOf(industry.canonical) ?? 'general';
  // A tier head closing the phrase: 汽车首位产业, 新能源汽车主导产业.
  const tail = /^[^，。；、,;和及与]{0,4}?((?:优势|主导|支柱|首位|战略性新兴|战略性|战略|新兴|特色|未来){1,2})(?:产业|集群)/.exec(
    text.slice(industry.end, clauseEnd),
  );
  if (tail) return tierOf(tail[1]!) ?? 'general';
  // A tier word qualifying the industry right before it: 培育特色X产业.
  const head = /(?:优势|主导|支柱|首位|战略性新兴|战略性|新兴|特色|未来)(?:产业)?[：:]?$/.exec(text.slice(clauseStart, industry.start));
  if (head) return tierOf(head[0]) ?? 'general';
  return sectionRole ?? 'general';
}
