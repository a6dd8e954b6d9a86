/**
 * Organizations: government bodies (国务院, 湖北省人民政府, 市工业和信息化局,
 * 区经发局, 管委会), party committees (市委, 中共湖北省委, 工委), universities,
 * research institutes and associations. Agencies are an optional place
 * prefix plus an agency word from graph-seed/lexicon/agencies.yaml; 责任单位
 * lines are read item by item, so an agency missing from the lexicon is still
 * found there.
 */
import type { Mention, RecogniserContext, Recogniser, Sentence } from '../types.ts';
import { HAN, spanMention } from './mention-span.ts';
import { agencyLexicon, placePrefixStart, startsWithPlace } from './place-prefix.ts';
import { trimToName } from './name-edge.ts';

export { trimToName };

/** Agency words that name nothing without a place or level before them. */
const NEEDS_PREFIX = new Set(['管理局', '人民政府', '政府', '委员会', '工委', '党工委', '管理委员会', '管委会', '政协', '人大常委会', '海关', '纪委监委', '组织部', '宣传部', '统战部', '外办', '外事办', '建设局', '规划局', '供电局']);
const NEEDS_NAMED_PREFIX = new Set(['管理局', '委员会']);
const MANAGEMENT_COMMITTEE = /^(管委会|管理委员会)$/;
/** A bare zone word before 管委会 means the document's own zone. */
const GENERIC_ZONE = /^(开发区|经开区|高新区|园区|新区|本区|全区|我区)?$/;

let coreRegex: RegExp | null = null;
function cores(): RegExp {
  if (coreRegex) return coreRegex;
  const { national, agencies } = agencyLexicon();
  const words = [...new Set([...national, ...agencies])].sort((a, b) => b.length - a.length);
  coreRegex = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return coreRegex;
}
let nationalSet: Set<string> | null = null;
const isNational = (w: string) => (nationalSet ??= new Set(agencyLexicon().national)).has(w);

/** A park's own authority written after the national body that runs it (…新竹科学园区管理局). */
const PARK_AUTHORITY = /^[\u4e00-\u9fff]{2,12}?(?:科学园区|园区|工业区|加工出口区|开发区)(?:管理局|管理处)/;

/** 經濟部產業發展署, 交通运输部海事局: a ministry's own administration or bureau written after it is that one body. */
const SUBORDINATE_AGENCY = /^[\u4e00-\u9fff]{2,6}?(?:署|局)(?![\u4e00-\u9fff]{0,1}(?:长|面|部))/;
/** Two name characters at a clause opening (start, punctuation, 由/经/据/及) before the level word. */
const UNLISTED_PLACE_STEM = /^(?![^\u4e00-\u9fff])[^各全本我该上下地省市县州区乡镇村有的两多等各][^各全本我该省市县州区乡镇村有的和与及们]$/;
const CLAUSE_OPENING = /[\s，。；：、,;:（(「《由经据]/;
const DEPARTMENT_AFTER_GOVERNMENT = /^[^\s，。；：、,;:（()）「」《》“”的和与及在对为将是由各所]{2,6}?(?:局|处|署)(?![长面])/;
/** 市政府产业发展局: a government's department written right after it is one body. */
const GOVERNMENT_DEPARTMENT = /^[\u4e00-\u9fff]{2,8}?(?:局|处|署|厅)$/;

/** 市委, 中共湖北省委, 汉南区委: a level word + 委, not 委托/委员. */
const PARTY_COMMITTEE = /(省|市|区|县|州|旗)委(?![托员屈婉会])/g;

/** Lines naming who carries a measure out. */
export const RESPONSIBILITY_LINE = /(责任单位|牵头单位|配合单位|责任部门|牵头部门|参与单位|实施主体)[:：]\s*/;
const ITEM_END = /(局|委|办|厅|部|院|中心|政府|管委会|委员会|办公室|所|会|站|总队|支队|大队)$/;
const LEVEL_START = /^(省|市(?!场)|区(?!域)|县|州|镇|乡)/;

/** Universities, institutes, associations: a named stem + one of these. */
const INSTITUTION = /(大学|学院|研究院|研究所|科学院|实验室|协会|商会|联合会|联盟|学会|研究会)/g;
const CAS_INSTITUTE = /(中科院|中国科学院)([\u4e00-\u9fff]{1,8}?)(研究所|所)(?![\u4e00-\u9fff]{0,1}(属|有|在))/g;
const GENERIC_STEM =
  /^(优秀|知名|一流|高水平|国内外|国内|国外|海外|境外|外地|本土|著名|部分|各|有关|相关|本地|当地|重点|)*(现代产业|产业|职业|职业技术|技师|高等|新型|新型研发|重点|国家重点|省级重点|省重点|工程|技术|研究|创新|产业技术|企业|行业|商|科研|专业|特色|一流|国家|省级|市级|区级|地方|相关|知名|行业性|产业技术创新|社会|民间|各级|本地|科学|医学|工程技术|区块链|人工智能|大数据)?$/;

/** Whether the few characters before `at` put the name in a 各…/各县（市、区） collective. */
function inCollective(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  return /各[^，。；：:]*$/.test(before) || /[（(<〈][^）)>〉]*$/.test(before) && /各/.test(text.slice(Math.max(0, at - 12), at));
}

interface Found {
  start: number;
  end: number;
  /** Where the name ends when the span runs on (over a bracketed second name). */
  nameEnd?: number;
  canonical: string;
  aliases?: string[];
}

function managementCommittee(prefix: string, context: RecogniserContext): string | null {
  if (!GENERIC_ZONE.test(prefix)) return null;
  const issuer = context.document.metadata.issuer;
  if (issuer && /(管委会|管理委员会)$/.test(issuer)) return issuer;
  const subject = context.subject;
  if (subject && subject.label === 'Zone' && !subject.anaphor) return `${subject.canonical}管理委员会`;
  return null;
}

function agencies(s: string, context: RecogniserContext): Found[] {
  const found: Found[] = [];
  const re = cores();
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const word = m[0];
    const end = m.index + word.length;
    if (isNational(word)) {
      // 国家科学及技术委员会新竹科学园区管理局: a national body's park authority is one body
      const authority = PARK_AUTHORITY.exec(s.slice(end)) ?? (word.endsWith('部') ? SUBORDINATE_AGENCY.exec(s.slice(end)) : null);
      const stop = authority ? end + authority[0].length : end;
      found.push({ start: m.index, end: stop, canonical: s.slice(m.index, stop) });
      if (authority) re.lastIndex = stop;
      continue;
    }
    let start = placePrefixStart(s, m.index);
    // 楚雄州人民政府, 宜蘭縣政府: a place the gazetteer lacks, written as a two-character name and its level, opening the clause
    if (start === m.index - 1 && start >= 2 && /[市县州]/.test(s[start]!) && UNLISTED_PLACE_STEM.test(s.slice(start - 2, start)) && (start === 2 || CLAUSE_OPENING.test(s[start - 3]!))) start -= 2;
    const prefix = s.slice(start, m.index);
    if (MANAGEMENT_COMMITTEE.test(word) && GENERIC_ZONE.test(prefix)) {
      const name = managementCommittee(prefix, context);
      if (name) found.push({ start, end, canonical: name });
      continue;
    }
    if (prefix === '' && (NEEDS_PREFIX.has(word) || word.length < 3)) continue;
    // 管理局, 委员会: only a named place makes them one body (区管理局 names none)
    if (NEEDS_NAMED_PREFIX.has(word) && /^[省市区县州镇乡]*$/.test(prefix)) continue;
    // 乡镇政府, 县市区政府: a level, not a place — every such body, none named
    if (/^[省市区县州镇乡]{2,}$/.test(prefix)) continue;
    if (inCollective(s, start)) continue;
    // 臺北市政府產業發展局: the government's own department, one body (the department word may be missing from the lexicon)
    const department = word.endsWith('政府') && prefix !== '' ? DEPARTMENT_AFTER_GOVERNMENT.exec(s.slice(end)) : null;
    const stop = department ? end + department[0].length : end;
    found.push({ start, end: stop, canonical: s.slice(start, stop) });
  }
  PARTY_COMMITTEE.lastIndex = 0;
  for (let m = PARTY_COMMITTEE.exec(s); m; m = PARTY_COMMITTEE.exec(s)) {
    let start = placePrefixStart(s, m.index);
    if (s.slice(start - 2, start) === '中共') start -= 2;
    const end = m.index + m[0].length;
    if (inCollective(s, start)) continue;
    found.push({ start, end, canonical: s.slice(start, end) });
  }
  return found;
}

/** The name run ending where an institution word starts (compiled once, not per match). */
const RUN_BEFORE = new RegExp(`[${HAN}A-Za-z0-9]{0,12}$`);

function institutions(s: string): Found[] {
  const found: Found[] = [];
  INSTITUTION.lastIndex = 0;
  for (let m = INSTITUTION.exec(s); m; m = INSTITUTION.exec(s)) {
    const runMatch = RUN_BEFORE.exec(s.slice(0, m.index));
    const stem = trimToName(runMatch ? runMatch[0] : '');
    if (stem.length < 2 || GENERIC_STEM.test(stem)) continue;
    // 实验室, 联盟, 协会 are mostly generic (重点实验室, 产业联盟, 异地商会): keep them only when a place or 中国 names them
    if (/^(实验室|联盟|协会|商会|联合会|学会|研究会)$/.test(m[0]) && !startsWithPlace(stem) && !/^(中国|全国)/.test(stem)) continue;
    if (/(重点|工程|技术创新|产业创新|现代产业|产业|国家|技术)$/.test(stem) && !startsWithPlace(stem)) continue;
    if (/^[0-9]/.test(stem)) continue;
    const start = m.index - stem.length;
    found.push({ start, end: m.index + m[0].length, canonical: s.slice(start, m.index + m[0].length) });
  }
  CAS_INSTITUTE.lastIndex = 0;
  for (let m = CAS_INSTITUTE.exec(s); m; m = CAS_INSTITUTE.exec(s)) {
    found.push({ start: m.index, end: m.index + m[0].length, canonical: m[0] });
  }
  return found;
}

/** Splits a 责任单位 list on 、，；, keeping 各县<市、区>政府 whole. */
function listItems(s: string, from: number): Array<{ start: number; text: string }> {
  const items: Array<{ start: number; text: string }> = [];
  let depth = 0;
  let itemStart = from;
  for (let i = from; i <= s.length; i++) {
    const c = s[i];
    if (c === '<' || c === '〈' || c === '（' || c === '(') depth++;
    else if ((c === '>' || c === '〉' || c === '）' || c === ')') && depth > 0) depth--;
    else if (c === ')' || c === '）' || c === '。') {
      items.push({ start: itemStart, text: s.slice(itemStart, i) });
      return items;
    }
    if (i === s.length || (depth === 0 && /[、，,；;]/.test(c!))) {
      items.push({ start: itemStart, text: s.slice(itemStart, i) });
      itemStart = i + 1;
    }
  }
  return items;
}

/** Every cue of a line (责任单位：…；配合单位：…), each followed by its own list. */
const ALL_CUES = new RegExp(RESPONSIBILITY_LINE.source, 'g');

function responsibilityLine(s: string): Found[] {
  const m = RESPONSIBILITY_LINE.exec(s);
  if (!m) return [];
  const found: Found[] = [];
  let level = '';
  const items = listItems(s, m.index + m[0].length).flatMap((item) => {
    // 区科技局，配合单位：区财政局: a later cue opens a list of its own inside an item
    ALL_CUES.lastIndex = 0;
    const cue = ALL_CUES.exec(item.text);
    if (!cue) return [item];
    const tail = item.text.slice(cue.index + cue[0].length);
    return [{ start: item.start, text: item.text.slice(0, cue.index) }, { start: item.start + cue.index + cue[0].length, text: tail }];
  });
  for (const item of items) {
    const text = item.text.trim();
    const start = item.start + item.text.indexOf(text);
    if (text.length < 2 || text.startsWith('各') || /各部门$|直各/.test(text) || !ITEM_END.test(text)) continue;
    if (/公司$/.test(text)) continue;
    const own = LEVEL_START.exec(text);
    if (own) level = own[1]!;
    const inherits = !own && level !== '' && !startsWithPlace(text) && !/(新区|开发区|高新区|经开区|园区|大学|学院|研究院|研究所)/.test(text);
    const canonical = inherits ? `${level}${text}` : text;
    found.push({ start, end: start + text.length, canonical, aliases: inherits ? [text] : [] });
  }
  return found;
}

export function recogniseOrganizations(sentence: Sentence, context: RecogniserContext): Mention[] {
  const s = sentence.simplified;
  const all = [...responsibilityLine(s), ...agencies(s, context), ...institutions(s)];
  // Longest first, then drop what a longer organization already covers (市委 inside 市委组织部).
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of all) {
    if (f.end <= f.start || kept.some((k) => k.start < f.end && f.start < k.end)) continue;
    kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start);
  // 臺北市政府產業發展局: a department written right after its government is one body (its own prefix is none)
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.end === b.start && a.canonical.endsWith('政府') && GOVERNMENT_DEPARTMENT.test(b.canonical) && b.canonical === s.slice(b.start, b.end)) {
      a.canonical = `${a.canonical}${b.canonical}`;
      a.end = b.end;
      kept.splice(i + 1, 1);
    }
  }
  // 中共武汉经济技术开发区工委(汉南区委): the bracketed body is the same one under its other name
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (/^[(（]$/.test(s.slice(a.end, b.start)) && /^[)）]/.test(s.slice(b.end))) {
      a.aliases = [...(a.aliases ?? []), b.canonical];
      a.nameEnd = a.end;
      a.end = b.end + 1;
      kept.splice(i + 1, 1);
    }
  }
  return kept.map((f) =>
    spanMention(sentence, context, {
      label: 'Organization',
      canonical: f.canonical,
      start: f.start,
      end: f.end,
      ...(f.nameEnd !== undefined ? { nameEnd: f.nameEnd } : {}),
      ...(f.aliases && f.aliases.length > 0 ? { aliases: f.aliases } : {}),
    }),
  );
}

export const organizationRecogniser: Recogniser = {
  name: 'organization',
  recognise: recogniseOrganizations,
};
