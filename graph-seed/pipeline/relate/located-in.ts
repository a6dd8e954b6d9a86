/**
 * LOCATED_IN: a zone in a region, or a park in a zone, when the sentence says
 * so or the text makes it plain:
 * - the name begins with a place the document also names on its own
 *   (十堰经济技术开发区 → 十堰市 when 十堰市 stands elsewhere in the text; a
 *   place met only inside names is part of those names, not a statement);
 * - 位于/地处/坐落于 a region or zone;
 * - a place right before a zone (十堰市的经开区), or a zone before a park with
 *   nothing or a dash between (东部产业新城——新经济产业园);
 * - a 片区 is part of its free-trade zone named in the same sentence;
 * - in a zone's own plan, a park named in a sentence that names no other zone lies in that zone.
 */
import type { Gazetteer, RegionEntry } from '../../gazetteer/index.ts';
import { documentPlaceContext } from '../../gazetteer/context.ts';
import { regionStem } from '../../gazetteer/names.ts';
import { findRegions } from '../recognise/region.ts';
import { regionInside } from '../../gazetteer/place-mentions.ts';
import type { RelationCandidate, RelationContext, RelationRule, ResolvedMention, Sentence } from '../types.ts';

const STATED = /(位于|地处|坐落于|坐落在|地处于|设在|落户在|落户于)$/;
/** What may stand between a place and the zone it holds: nothing, 的, or 内/境内 phrasing. */
const ADJACENT_GAP = /^(的|境内的|辖区内的|内的)?$/;
/** After 是 + region: the zone is ranked or placed within it (省级, 的, 首个, 唯一, 重要). */
const RANKED_IN = /^(?:级|的|首个|第一个|首批|唯一|重要|最大|最早|规模最大)/;
/** 在X共建/建设/设立Y: Y is built in X. */
const BUILT_IN = /^(?:内)?(?:共建|合作共建|建设|建成|设立|规划建设|打造)$/;
/** 位于片区内 / 位于园区内: the zone of that kind named before. */
const WITHIN_ANAPHOR = /^(?:均|也|已)?(?:位于|地处|坐落于|设在)(?:该|本)?(片区|园区|开发区|高新区|经开区|新区|综保区)(?:内|范围内|之内)/;
/** What a zone says before the zones it holds (涵盖, 下辖, 设有, 区内的). */
const HOLDS = /^(?:[（(][^）)]*[）)])?[^，。；,;]{0,6}?(?:涵盖|包括|包含|下辖|现辖|管辖|辖|设有|区内的|园区内的|区内|园内的|^内的|^境内的)$/;
/** A dash between two zones: A——B names B inside A. */
const DASH_GAP = /^[—–-]{1,2}$/;

export interface LocatedInOptions {
  /**
   * Place a zone in the region its name begins with even when the document
   * never names that region on its own (十堰经济技术开发区 → 十堰市 always).
   * Off by default: the annotation guidelines count a place seen only inside
   * a name as part of the name.
   */
  fromNameAlone?: boolean;
}

/**
 * Region codes the document names on its own (not inside a zone's name), per document. Titles are
 * statements (tests/gold/README.md): a place in the document's title or in a 《title》 it cites
 * (《湘潭市招商引资若干政策》) counts, once the zones named there are set aside.
 */
const standaloneCache = new WeakMap<Map<number, ResolvedMention[]>, Set<string>>();
function standaloneRegions(g: Gazetteer, context: RelationContext): Set<string> {
  let codes = standaloneCache.get(context.mentionsBySentence);
  if (!codes) {
    codes = new Set();
    const titles = [context.document.metadata.title];
    const zoneSurfaces = new Set<string>();
    for (const mentions of context.mentionsBySentence.values()) {
      for (const m of mentions) {
        if (m.label === 'Region' && typeof m.properties?.['code'] === 'string') codes.add(m.properties['code']);
        if (m.label === 'Program') titles.push(m.surface);
        if (m.label === 'Zone' && !m.anaphor) zoneSurfaces.add(m.surface).add(m.canonical);
      }
    }
    const ctx = documentPlaceContext(g, context.document);
    const longestFirst = [...zoneSurfaces].filter((z) => z.length > 0).sort((a, b) => b.length - a.length);
    for (let title of titles) {
      for (const z of longestFirst) title = title.split(z).join('|');
      for (const h of findRegions(g, title, ctx)) if (h.region) codes.add(h.region.code);
    }
    standaloneCache.set(context.mentionsBySentence, codes);
  }
  return codes;
}

/** The park named last before a bare 园区: earlier in the sentence, else at the end of the sentence before. */
function recentPark(before: ResolvedMention[], context: RelationContext, sentence: number): ResolvedMention | undefined {
  const isPark = (m: ResolvedMention) => m.label === 'Zone' && !m.anaphor && m.properties?.['kind'] === 'park';
  return before.filter(isPark).at(-1) ?? (context.mentionsBySentence.get(sentence - 1) ?? []).filter(isPark).at(-1);
}

/** A mention of the zone `canonical` anywhere in the document. */
function documentZone(context: RelationContext, canonical: string): ResolvedMention | undefined {
  for (const mentions of context.mentionsBySentence.values()) {
    const found = mentions.find((m) => m.label === 'Zone' && !m.anaphor && m.canonical === canonical);
    if (found) return found;
  }
  return undefined;
}

/** Whether the zone's name as written holds the region's name or short form. */
function nameCarries(zone: ResolvedMention, region: RegionEntry): boolean {
  const short = regionStem(region.name);
  return zone.surface.includes(region.name) || (!!short && zone.surface.includes(short));
}

function isZone(m: ResolvedMention): boolean {
  return m.label === 'Zone';
}

function isRegion(m: ResolvedMention): boolean {
  return m.label === 'Region' && m.properties?.['level'] !== 'cluster' && typeof m.properties?.['code'] === 'string';
}

function codeOf(m: ResolvedMention): string | null {
  const code = m.label === 'Region' ? m.properties?.['code'] : m.properties?.['regionCode'];
  return typeof code === 'string' ? code : null;
}

export function createLocatedInRule(g: Gazetteer, options: LocatedInOptions = {}): RelationRule {
  return {
    name: 'located-in',
    relate(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): RelationCandidate[] {
      const out: RelationCandidate[] = [];
      const seen = new Set<string>();
      /** `stated`: the sentence names the place as where the zone lies (位于湖北省十堰市 states both places). */
      const add = (start: ResolvedMention, end: ResolvedMention, stated = false) => {
        if (start.nodeId === end.nodeId) return;
        // A zone already placed in a region by its own name need not be placed again in that region's ancestors.
        const own = codeOf(start);
        const target = codeOf(end);
        if (!stated && end.label === 'Region' && own && target && own !== target && g.within(own, target)) return;
        const key = `${start.nodeId}->${end.nodeId}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ type: 'LOCATED_IN', start, end, sentence: sentence.index });
      };
      const text = sentence.simplified;
      const sorted = [...mentions].sort((a, b) => a.start - b.start);

      for (const zone of sorted.filter(isZone)) {
        if (zone.anaphor) continue;
        // The place the name begins with, when the document also names it on its own.
        const code = codeOf(zone);
        const region = code ? g.region(code) : undefined;
        // …as written here: 前海蛇口片区 lies in 深圳 by reference data, but its name does not say so.
        if (region && nameCarries(zone, region) && (options.fromNameAlone || standaloneRegions(g, context).has(region.code))) {
          add(zone, sorted.find((m) => isRegion(m) && codeOf(m) === code) ?? regionInside(g, zone, region));
        }
        // A 片区 belongs to its free-trade zone when the sentence names that zone too.
        const partOf = zone.properties?.['partOf'];
        const parent = typeof partOf === 'string' ? sorted.find((m) => isZone(m) && m.canonical === partOf && m !== zone) : undefined;
        if (parent) add(zone, parent);
        // 雄安新区启动区, 中关村科技园区雄安园: a part of a zone (not a free-trade area, whose zone's name is part of its own)
        // lies in that zone when the document names the zone on its own anywhere.
        else if (typeof partOf === 'string' && zone.properties?.['kind'] !== 'ftz') {
          const named = documentZone(context, partOf);
          if (named) add(zone, named);
        }
      }

      for (let i = 0; i < sorted.length; i++) {
        const m = sorted[i]!;
        if (!isZone(m)) continue;
        // 共建张江长三角科技城平湖园，园区位于平湖市: a bare 园区 right after a named park is that park, not the document's zone.
        const sited = m.anaphor && m.surface === '园区' ? (recentPark(sorted.slice(0, i), context, sentence.index) ?? m) : m;
        // 位于 … : every place of the address after the verb (位于湖北省十堰市 states the province and the city).
        // Only the zone itself or a list it heads (大连经开区、大连保税区均位于…) stands before the verb, no other place.
        let last = i;
        while (last + 1 < sorted.length && /^[、和及与]$/.test(text.slice(sorted[last]!.end, sorted[last + 1]!.start))) last++;
        for (let j = last + 1; j < sorted.length; j++) {
          const n = sorted[j]!;
          if (!isRegion(n) && !isZone(n) && n.label !== 'Region') continue;
          if (!STATED.test(text.slice(sorted[last]!.end, n.start).replace(/[，,\s]/g, ''))) break;
          let k = j;
          if (isRegion(n) || isZone(n)) add(sited, n, true);
          while (k + 1 < sorted.length && sorted[k + 1]!.start === sorted[k]!.end && (isRegion(sorted[k + 1]!) || isZone(sorted[k + 1]!))) add(sited, sorted[++k]!, true);
          // 位于台州市椒江区、路桥区交界处: each place of the list after the most specific one.
          for (let l = k + 1; l < sorted.length && /^[、和及与]$/.test(text.slice(sorted[l - 1]!.end, sorted[l]!.start)); l++) {
            if (isRegion(sorted[l]!) || isZone(sorted[l]!)) add(sited, sorted[l]!, true);
            else break;
          }
          break;
        }
        // 台州湾新区是浙江省级新区, 西宁经开区是青海省重要的产业发展平台: what the zone is, ranked within a region.
        // …and 台州湾新区位于…，是浙江省级新区: a clause with no subject of its own speaks of the zone opening the sentence.
        const opensSentence = m.start === 0 || /[。；;]\s*$/.test(text.slice(0, m.start));
        for (let j = i + 1; j < sorted.length; j++) {
          const is = sorted[j]!;
          if (!isRegion(is) || !RANKED_IN.test(text.slice(is.end))) continue;
          const between = text.slice(m.end, is.start);
          const direct = /^(?:[（(][^）)]*[）)])?(?:是|为|系|作为)$/.test(between);
          const elided = opensSentence && /[，,](?:是|为|系)$/.test(between) && !/[。；;]/.test(between) && !sorted.slice(i + 1, j).some((z) => isZone(z) && /[，,；;]$/.test(text.slice(0, z.start)));
          if (direct || elided) add(m, is, true);
          break;
        }
        // 营口综合保税区位于片区内: the zone of that kind the sentence named before.
        const within = WITHIN_ANAPHOR.exec(text.slice(m.end));
        if (within) {
          const host = sorted.slice(0, i).reverse().find((p) => isZone(p) && !p.anaphor && p.surface.endsWith(within[1]!));
          if (host) add(m, host, true);
        }
        // 在大庆高新区共建大庆·惠州产业园: what is built in a zone lies in it.
        if (/(?:^|[^\u4e00-\u9fff]|[，,])在$/.test(text.slice(Math.max(0, m.start - 2), m.start)) || /在$/.test(text.slice(0, m.start))) {
          const built = sorted[i + 1];
          if (built && isZone(built) && !built.anaphor && BUILT_IN.test(text.slice(m.end, built.start))) add(built, m, true);
        }
        // 岳阳片区涵盖城陵矶综合保税区, 竹科另设有竹南园区及龙潭园区, 郑蒲港新区依托区内的郑蒲港综合保税区: zones the zone holds.
        if (!m.anaphor || m.nodeId !== undefined) {
          for (let j = i + 1; j < sorted.length; j++) {
            const n = sorted[j]!;
            if (!isZone(n) || n.anaphor) continue;
            if (!HOLDS.test(text.slice(m.end, n.start))) break;
            add(n, m, true);
            for (let l = j + 1; l < sorted.length && isZone(sorted[l]!) && /^[、和及与]$/.test(text.slice(sorted[l - 1]!.end, sorted[l]!.start)); l++) add(sorted[l]!, m, true);
            break;
          }
        }
        // 高新区内的药谷工业园, ，区内的大亚湾石化区: a zone inside the zone the sentence spoke of before (or the document's).
        if (!m.anaphor && /(?:区|园)(?:内|内的)$/.test(text.slice(0, m.start))) {
          const host =
            sorted.slice(0, i).reverse().find((p) => isZone(p) && p.nodeId !== undefined && p.properties?.['kind'] !== 'park') ??
            (context.subject?.label === 'Zone' ? context.subject : undefined);
          if (host) {
            add(m, host, true);
            for (let l = i + 1; l < sorted.length && isZone(sorted[l]!) && !sorted[l]!.anaphor && /^[、和及与]$/.test(text.slice(sorted[l - 1]!.end, sorted[l]!.start)); l++) add(sorted[l]!, host, true);
          }
        }
        // 临港新片区重点发展…，打造“东方芯港”“生命蓝湾”等特色产业园区: quoted parks the sentence's zone builds.
        if (!m.anaphor && m.properties?.['kind'] === 'park' && /[“"「]$/.test(text.slice(0, m.start)) && /^[”"」]/.test(text.slice(m.end))) {
          const opener = sorted
            .filter((p) => p.start < m.start && isZone(p) && p.nodeId !== undefined && p.properties?.['kind'] !== 'park' && (p.start === 0 || /[。；;，,]\s*$/.test(text.slice(0, p.start))))
            .at(-1);
          if (opener && opener.start < m.start && /(?:打造|建设|布局|规划|建成)[^，。；]*$/.test(text.slice(opener.end, m.start))) add(m, opener, true);
        }
        // A place right before the zone.
        const prev = sorted[i - 1];
        const gap = prev ? text.slice(prev.end, m.start) : '';
        if (prev && ADJACENT_GAP.test(gap)) {
          if (isRegion(prev)) add(m, prev);
          else if (isZone(prev) && m.properties?.['kind'] === 'park' && prev.properties?.['kind'] !== 'park') add(m, prev);
        } else if (prev && isZone(prev) && DASH_GAP.test(gap) && m.properties?.['kind'] === 'park') {
          add(m, prev);
        }
      }

      // Parks named in a zone's own plan lie in that zone, unless the sentence names another zone or a place elsewhere.
      const subject = context.subject;
      if (subject && subject.label === 'Zone' && subject.properties?.['kind'] !== 'park') {
        const otherZones = sorted.filter((m) => isZone(m) && m.nodeId !== subject.nodeId && m.properties?.['kind'] !== 'park');
        const subjectCode = codeOf(subject);
        // 与大东区共建汽车零部件产业园: a park built with a partner need not lie in the zone.
        const coBuilt = /共建|合作建设|飞地/.test(text) && sorted.some((m) => m.label === 'Region' || (isZone(m) && m.nodeId !== subject.nodeId && m.properties?.['kind'] !== 'park'));
        if (otherZones.length === 0 && !coBuilt) {
          for (const park of sorted.filter((m) => isZone(m) && !m.anaphor && m.properties?.['kind'] === 'park')) {
            const parkCode = codeOf(park);
            if (parkCode && subjectCode && !g.within(parkCode, subjectCode) && !g.within(subjectCode, parkCode)) continue;
            if (out.some((c) => c.start === park && c.end.label === 'Zone')) continue;
            add(park, subject);
          }
        }
      }
      for (const [part, host] of heldLists(text, sorted, context)) add(part, host, true);
      for (const [company, place] of companyPlaces(text, sorted, context)) add(company, place);
      return out;
    },
  };
}

/** Between two zones of a list: a bracketed other name of the first may stand before the joining mark. */
const LIST_GAP = /^(?:[（(][^）)]*[）)])?[、和及与]$/;
/** Opening a clause that has no subject of its own: the words that say the sentence's zone holds what follows (，下辖A、B / ，包括A). */
const CLAUSE_HOLDS = /(?:^|[，,；;：:])(?:并|还|另|同时)?(?:下辖|下设|现辖|设有|建有|包括|包含|涵盖|规划建设)(?:[\u4e00-\u9fff]{2,12}、)*$/;
/** 区内设有A: the zone the text speaks of holds what follows. */
const INSIDE_HOLDS = /(?:^|[，,；;：:])(?:区|园区|园|开发区|新区)(?:内|里)(?:设有|建有|拥有|布局有|有)$/;
/** 由A和B组成 / 由A和B整合设立: the sentence's zone is made of the list (its 由 right after it or opening a later clause). */
const COMPOSED_BEFORE = /^(?:[（(][^）)]*[）)])?(?:[^。；;]*[，,])?(?:主要)?由$/;
const COMPOSED_AFTER = /^(?:[（(][^）)]*[）)])?(?:等)?(?:[\u4e00-\u9fff]{0,3}(?:个|家)?(?:园区|片区)?)?(?:共同)?(?:组成|构成|整合|合并|组建)/;
/** 一区三园: a zone of N parks; the parks listed in the clause that names the scheme lie in the sentence's zone. */
const ONE_ZONE_N_PARKS = /一区[一二两三四五六七八九十\d]+园[^，,；;。]{0,10}$/;
/** Between a zone opening its clause and the parks it builds (重点建设, 规划建设, 加快打造). */
const BUILDS_PARK = /^(?:[（(][^）)]*[）)])?(?:重点|加快|规划|集中|着力|正在|已)?(?:建设|打造|布局|建成)$/;
/** A region opening the sentence that says what zones it has (吴忠市现有A、B和C4个工业园区). */
const REGION_HAS = /^(?:[（(][^）)]*[）)])?(?:现有|拥有|共有|已有|辖有|下辖)(?:[\u4e00-\u9fff]{2,12}、)*$/;

/** Whether a mention opens its sentence or a clause after 。；. */
function opensSentence(text: string, m: ResolvedMention): boolean {
  return m.start === 0 || /[。；;]\s*$/.test(text.slice(0, m.start));
}

/**
 * Zones listed as the parts of another (the nesting grammar of plans): 由A和B组成, ，下辖/包括A、B (a clause with no subject of
 * its own speaks of the zone opening the sentence; items no rule reads as zones may come first), 区内设有A (the zone the text is about), “一区三园”…建设A、B和C, and a region
 * opening the sentence with what it has (X市现有A、B).
 */
function heldLists(text: string, sorted: ResolvedMention[], context: RelationContext): Array<[ResolvedMention, ResolvedMention]> {
  const out: Array<[ResolvedMention, ResolvedMention]> = [];
  const zones = sorted.filter((m) => isZone(m) && !m.anaphor);
  const opener = sorted.find((m) => (isZone(m) && (!m.anaphor || m.nodeId !== undefined)) || isRegion(m));
  for (let i = 0; i < zones.length; ) {
    let j = i;
    while (j + 1 < zones.length && LIST_GAP.test(text.slice(zones[j]!.end, zones[j + 1]!.start))) j++;
    const list = zones.slice(i, j + 1);
    i = j + 1;
    const first = list[0]!;
    const lead = text.slice(0, first.start);
    const clauseLead = lead.slice(Math.max(lead.search(/[^，,；;。]*$/), 0) - 1);
    let host: ResolvedMention | undefined;
    const opening = opener && opener.start < first.start && opensSentence(text, opener) && !list.includes(opener) ? opener : undefined;
    if (opening && isZone(opening)) {
      if (COMPOSED_BEFORE.test(text.slice(opening.end, first.start)) && COMPOSED_AFTER.test(text.slice(list.at(-1)!.end))) host = opening;
      else if (CLAUSE_HOLDS.test(lead) && /[，,；;]/.test(text.slice(opening.end, first.start))) host = opening;
      else if (ONE_ZONE_N_PARKS.test(clauseLead)) host = opening;
    } else if (opening && isRegion(opening) && REGION_HAS.test(text.slice(opening.end, first.start))) host = opening;
    // 高新片区重点建设A产业园: parks a zone opening the clause builds right after its name.
    if (!host && list.every((z) => z.properties?.['kind'] === 'park')) {
      const builder = sorted.filter((m) => isZone(m) && m.end <= first.start && (!m.anaphor || m.nodeId !== undefined)).at(-1);
      if (builder && builder.properties?.['kind'] !== 'park' && (builder.start === 0 || /[，,；;。]\s*$/.test(text.slice(0, builder.start))) && BUILDS_PARK.test(text.slice(builder.end, first.start))) host = builder;
    }
    if (!host && INSIDE_HOLDS.test(lead)) {
      host = (opening && isZone(opening) ? opening : undefined) ?? (context.subject?.label === 'Zone' ? context.subject : undefined);
    }
    if (!host) continue;
    for (const z of list) if (z.nodeId !== host.nodeId) out.push([z, host]);
  }
  return out;
}

/** Introducing verbs before a company list (引进宁德时代、国轩高科等动力电池项目). */
const INTRODUCED = /(引进|招引|吸引|引入|签约|落地)$/;
/** After a company list: where it settles (…等企业落户美安生态科技新城). */
const SETTLES_IN = /^[^，。；]{0,12}?(?:落户|入驻|落地|进驻|扎根)(?:到|于|在)?$/;
/** After a company list: in the zone the text is about (…均在区内设有生产基地). */
const IN_THE_ZONE = /^[^，。；]{0,12}?(?:均|都|已)?(?:在|于)(?:本区|区内|园区内|开发区内|高新区内|新区内|(?:开发区|高新区|经开区|园区|新区)(?=设立|设有|布局|建设|投资|落地))/;
/** …等企业在X设立区域总部: a place after 在 that the companies set up in. */
const SETS_UP_AT = /^[^，。；]{0,12}?(?:均|都|已)?在$/;
const SETS_UP_AFTER = /^(?:内)?(?:设立|设有|布局|建设|投资|落地|建成|新建|扩建|新设)/;
/** Before a company list: a zone gathering them (园区内集聚了…, 区内已入驻…). */
const GATHERED_IN = /(?:区|园)(?:内|里)?(?:已经|已|现已|目前已|先后)?(?:集聚|聚集|汇聚|拥有|入驻|落户)了?$|(?:区|园)内(?:现有|共有|已有)[^。；]{0,20}?其中(?:包括|有)$|(?:区|园)(?:内|里)(?:现有|已有|有)$|(?:区|园)内的?(?:企业|厂商|厂家)(?:主要)?(?:包括|有)$/;
/** After a company list: settled or built, with no place named (…等整车企业已建成投产, …等企业相继落户园区). */
const DONE_AFTER_LIST = /^等[^，。；]{0,10}?(?:已经|已|均已|均|相继|先后|陆续)?(?:建成投产|竣工投产|落户|入驻|落地|投产|扎根)(?:园区|区内|本区|于此|此地)?(?=[，。；,;]|$)/;
/** Before a company list, opening its clause: a gathering verb (，聚集A、B等企业). */
const GATHERED_AT_CLAUSE = /(?:^|[，,；;：])(?:目前|当前|现|已经|已|现已|先后|累计)*(?:集聚|聚集|汇聚|集中)了?$/;

/**
 * The zone a sentence's clause is about, before `before`: the last zone opening a clause (after
 * punctuation, 区内的, or another zone: 经开区西城工业园) in the sentence.
 */
function clauseSubjectZone(text: string, places: ResolvedMention[], before: number, from: number): ResolvedMention | undefined {
  let found: ResolvedMention | undefined;
  let previous: ResolvedMention | undefined;
  for (const p of places) {
    if (p.start < from || p.end > before) continue;
    const lead = text.slice(from, p.start);
    const opens = /(?:^|[，,；;：])(?:[^，,；;。]{0,3}?(?:区|园)内的?)?$/.test(lead) || (previous !== undefined && previous.end === p.start && found === previous);
    if (opens && isZone(p) && (!p.anaphor || p.nodeId !== undefined)) found = p;
    previous = p;
  }
  return found;
}

/** A zone that is the company's seat (长春汽开区是中国第一汽车集团有限公司总部所在地). */
const SEAT_AFTER = /^(?:的)?(?:总部|总部基地)(?:所在地|所在|位于|设在)/;

/**
 * Company → Zone/Region when the text puts it there: introduced by a place
 * (X引进A、B等项目), settling in a place (A等企业落户X), 在区内 in the zone the
 * text is about, or a zone that is its seat (X是A总部所在地).
 */
function companyPlaces(text: string, sorted: ResolvedMention[], context: RelationContext): Array<[ResolvedMention, ResolvedMention]> {
  const out: Array<[ResolvedMention, ResolvedMention]> = [];
  const companies = sorted.filter((m) => m.label === 'Company');
  const places = sorted.filter((m) => (isZone(m) || m.label === 'Region') && !(m.anaphor && m.nodeId === undefined));
  const sentenceStart = (pos: number) => Math.max(0, ...[...text.slice(0, pos).matchAll(/[。；;]/g)].map((m) => m.index + 1));
  for (let i = 0; i < companies.length; ) {
    // The list: companies joined by 、和及与.
    let j = i;
    while (j + 1 < companies.length && /^[、和及与]$/.test(text.slice(companies[j]!.end, companies[j + 1]!.start))) j++;
    const list = companies.slice(i, j + 1);
    i = j + 1;
    const first = list[0]!;
    const last = list.at(-1)!;
    const lead = text.slice(sentenceStart(first.start), first.start);
    const after = text.slice(last.end);
    const clauseEnd = last.end + (after.search(/[，。；,;]/) < 0 ? after.length : after.search(/[，。；,;]/));
    let place: ResolvedMention | undefined;
    // 落户X / 入驻X: the place right after the verb.
    const settle = places.find(
      (p) =>
        p.start >= last.end &&
        p.start <= clauseEnd &&
        (SETTLES_IN.test(text.slice(last.end, p.start)) || (SETS_UP_AT.test(text.slice(last.end, p.start)) && SETS_UP_AFTER.test(text.slice(p.end)))),
    );
    if (settle) place = settle;
    else if (IN_THE_ZONE.test(after) && context.subject?.label === 'Zone') place = context.subject;
    else if (DONE_AFTER_LIST.test(after) || GATHERED_AT_CLAUSE.test(lead)) {
      // 宝鸡高新区…，聚集A、B等企业 / …，A等整车企业已建成投产 / A等企业相继落户园区: the zone the clause is about.
      place = clauseSubjectZone(text, places, first.start, sentenceStart(first.start)) ?? (GATHERED_IN.test(lead) && context.subject?.label === 'Zone' ? context.subject : undefined);
    }
    else if (GATHERED_IN.test(lead)) {
      // 园区内集聚了A、B等龙头企业: the zone that gathers them, named or the one the text is about.
      const zone = places.filter((p) => isZone(p) && p.end <= first.start && p.start >= sentenceStart(first.start)).at(-1);
      place = zone ?? (context.subject?.label === 'Zone' ? context.subject : undefined);
    }
    else if (INTRODUCED.test(lead.replace(/[^\u3400-\u9fff]+$/, '').replace(/(?:近年来|先后|已|累计|相继|成功|共)+$/, '')) || INTRODUCED.test(lead.replace(/(?:近年来|先后|已|累计|相继|成功|共)+$/, ''))) {
      // The place that does the introducing: named before the verb in this sentence, else the subject.
      const before = places.filter((p) => p.end <= first.start && p.start >= sentenceStart(first.start) && !/与$/.test(text.slice(0, p.start)));
      const named = before.filter((p) => !/^(?:位于|地处)/.test(text.slice(p.end)) && !/(?:位于|地处)$/.test(text.slice(0, p.start)));
      // 依托蒙苏经济开发区零碳产业园，引进…: of a zone and the park written right after it, the park.
      let host: ResolvedMention | undefined = named.at(0);
      for (let k = host ? places.indexOf(host) : -1; host && k + 1 < places.length && places[k + 1]!.start === places[k]!.end && isZone(places[k + 1]!) && places[k + 1]!.end <= first.start; k++) host = places[k + 1];
      place = host ?? (context.subject ?? undefined);
    }
    if (!place || place.label === 'Company') continue;
    for (const c of list) out.push([c, place]);
  }
  // X是A总部所在地
  for (const c of companies) {
    if (!SEAT_AFTER.test(text.slice(c.end))) continue;
    const zone = [...sorted].reverse().find((m) => isZone(m) && m.end <= c.start && /^(?:是|为)$/.test(text.slice(m.end, c.start).replace(/[（(][^）)]*[）)]/g, '')));
    if (zone) out.push([c, zone]);
  }
  return out;
}
