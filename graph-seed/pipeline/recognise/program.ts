/**
 * Programs: policies, plans, regulations, notices, mechanisms, initiatives,
 * funds, talent plans and named projects.
 *
 *   《title》(文号) or (文号)《title》   a titled document; the 文号 is an alias
 *   鄂政发〔2021〕40号                    a document known only by its 文号
 *   “链长制” / “三百”战略 / 实施“亩均论英雄”   a quoted named mechanism or initiative
 *   3551光谷人才计划 / 千人计划           a talent plan
 *   光谷“合伙人”引导基金                  a named fund
 *   长江存储二期 / 华晨宝马动力电池项目     a company's named project (phase)
 */
import type { ProgramKind, Properties } from '../../../shared/graph.ts';
import { toSimplified } from '../../../shared/chinese.ts';
import type { Mention, RecogniserContext, Recogniser, ResolvedMention, Sentence } from '../types.ts';
import { programTitle } from '../document/program.ts';
import { recogniseCompanies } from './company.ts';
import { CLOSE_QUOTES, HAN, OPEN_QUOTES, spanMention, type SpanMention } from './mention-span.ts';
import { placePrefixStart, startsWithFullPlace } from './place-prefix.ts';
import { trimToName } from './name-edge.ts';

/* ---------- 文号 ---------- */

const OPEN_BRACKETS = '〔\\[［【(（';
const CLOSE_BRACKETS = '〕\\]］】)）';
/** issuer code + 〔year〕 + number + 号: 国发〔2021〕7号, 宁委办发[20xx]23號, 闽政（20xx）15号. */
const DOC_NUMBER_SOURCE = `([${HAN}]{1,12})\\s*[${OPEN_BRACKETS}]\\s*((?:19|20)(?:\\d\\d|[xX×]{2}))\\s*[${CLOSE_BRACKETS}]\\s*第?(\\d{1,4})\\s*[号號]`;
/** Words that can stand before a bare 文号 and are not part of its issuer code. */
const DOC_NUMBER_LEAD = /^.*(根据|依据|按照|参照|印发|转发|执行|落实|贯彻|文件|通知|精神|要求|以及|的|和|及|与|、|以|见|即|为|是|按)/;

export interface DocNumber {
  /** Normalised: 〔〕 brackets, 号, no spaces. */
  text: string;
  start: number;
  end: number;
}

export function normaliseDocNumber(code: string, year: string, n: string): string {
  return `${code}〔${year.replace(/[X×]/g, 'x')}〕${n}号`;
}

/** Every 文号 in `s`, issuer codes trimmed of the words that lead into them. */
export function findDocNumbers(s: string): DocNumber[] {
  const out: DocNumber[] = [];
  // A document number ends in 号/號; without one the pattern would only backtrack at every character.
  if (!s.includes('号') && !s.includes('號')) return out;
  const re = new RegExp(DOC_NUMBER_SOURCE, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const raw = m[1]!;
    const code = raw.replace(DOC_NUMBER_LEAD, '');
    if (code.length < 1 || code.length > 8) continue;
    const start = m.index + (raw.length - code.length);
    out.push({ text: normaliseDocNumber(code, m[2]!, m[3]!), start, end: m.index + m[0].length });
  }
  return out;
}

/* ---------- kinds ---------- */

const TRAILING_NOTE = /[（(](试行|暂行|征求意见稿|修订|修订版|草案|\d{4}\s*[-—–~至]\s*\d{4}年?|\d{4}年?版?)[)）]$/;

export function programKind(name: string): ProgramKind {
  const n = name.replace(TRAILING_NOTE, '').replace(/[”"」』]$/, '');
  if (/(通知|通报|函)$/.test(n)) return 'notice';
  if (/(人才计划|英才计划|引才计划|人才工程|千人计划|万人计划)$/.test(n)) return 'talent';
  if (/基金$/.test(n)) return 'fund';
  if (/([一二三四五六七八九十\d]期|项目)$/.test(n)) return 'project';
  if (/(纲要|规划|产业体系|产业集群)$/.test(n)) return 'plan';
  if (/(条例|办法|规定|细则|标准|规则|准则|法)$/.test(n)) return 'regulation';
  if (/(指导意见|指南|指引|导则)$/.test(n)) return 'guideline';
  if (/(行动计划|行动方案|行动|攻坚战|工程|战略|改革|活动|计划|试点)$/.test(n)) return 'initiative';
  if (/方案$/.test(n)) return 'plan';
  if (/(机制|制度|体制|制|模式|论英雄)$/.test(n)) return 'mechanism';
  return 'policy';
}

/* ---------- 《titles》 ---------- */

const TITLE = /《([^《》]{2,160})》/g;
/** A title that only names the document itself generically (《纲要》, 《规划》) is not a program of its own. */
const GENERIC_TITLE = /^(本|该|此)?(规划|纲要|规划纲要|方案|实施方案|工作方案|意见|实施意见|办法|通知|条例|决定|计划|建议|细则)$/;

function asResolved(subject: Mention | null): ResolvedMention | null {
  return subject ? { ...subject, nodeId: '' } : null;
}

/** The canonical name of a titled program; the document's own title is named as the document program is. */
function titleCanonical(name: string, context: RecogniserContext, docNumber: string | null): string {
  const meta = context.document.metadata;
  const own =
    (docNumber !== null && docNumber === meta.docNumber) ||
    (meta.title !== '' && programTitle(meta.title, null) === name);
  if (own) return programTitle(meta.title, asResolved(context.subject)) ?? name;
  return programTitle(name, asResolved(context.subject)) ?? name;
}

/** The bracketed 文号 right after (or right before) a title, brackets included. */
function docNumberAt(s: string, at: number, numbers: DocNumber[], after: boolean): DocNumber | null {
  if (after) {
    const open = /^\s*[(（]\s*/.exec(s.slice(at));
    if (!open) return null;
    const n = numbers.find((d) => d.start === at + open[0].length);
    const close = n ? /^\s*[)）]/.exec(s.slice(n.end)) : null;
    return n && close ? { ...n, start: at, end: n.end + close[0].length } : null;
  }
  const close = /[)）]\s*$/.exec(s.slice(0, at));
  if (!close) return null;
  const n = numbers.find((d) => d.end === close.index);
  const open = n ? /[(（]\s*$/.exec(s.slice(0, n.start)) : null;
  return n && open ? { ...n, start: open.index, end: at } : null;
}

function programProperties(kind: ProgramKind, docNumber: string | null): Properties {
  return docNumber ? { kind, docNumber } : { kind };
}

function titles(s: string, context: RecogniserContext, numbers: DocNumber[], used: Array<[number, number]>): SpanMention[] {
  const out: SpanMention[] = [];
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(s); m; m = TITLE.exec(s)) {
    const name = m[1]!.trim();
    if (GENERIC_TITLE.test(name)) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    const number = docNumberAt(s, end, numbers, true) ?? docNumberAt(s, start, numbers, false);
    if (number) {
      start = Math.min(start, number.start);
      end = Math.max(end, number.end);
      used.push([number.start, number.end]);
    }
    const canonical = titleCanonical(name, context, number?.text ?? null);
    out.push({
      label: 'Program',
      canonical,
      start,
      end,
      nameStart: m.index + 1,
      nameEnd: m.index + m[0].length - 1,
      aliases: [...(name !== canonical ? [name] : []), ...(number ? [number.text] : [])],
      properties: programProperties(programKind(canonical), number?.text ?? null),
    });
  }
  return out;
}

/** 《A》…由X印发（文号）: the 文号 of the issuing clause numbers the program the sentence opens with. */
const ISSUED_WITH_NUMBER = /(印发|发布|出台|颁布|下发)[(（]\s*$/;

function bareDocNumbers(sentence: Sentence, context: RecogniserContext, numbers: DocNumber[], used: Array<[number, number]>, titled: SpanMention[]): SpanMention[] {
  const meta = context.document.metadata;
  const notice = noticeAbove(sentence, context);
  const s = sentence.simplified;
  const opening = titled.find((t) => t.start <= 2) ?? null;
  return numbers
    .filter((n) => !used.some(([a, b]) => n.start >= a && n.end <= b))
    .map((n): SpanMention => {
      const issued = opening && opening.end < n.start && ISSUED_WITH_NUMBER.test(s.slice(0, n.start)) && !/[。；]/.test(s.slice(opening.end, n.start)) ? opening.canonical : null;
      // the document's own 文号 names the document it issues (the cover notice is a program of its own)
      const own = issued ?? (n.text === meta.docNumber ? programTitle(meta.title, asResolved(context.subject)) : null) ?? notice;
      return {
        label: 'Program' as const,
        canonical: own ?? n.text,
        start: n.start,
        end: n.end,
        aliases: [n.text],
        properties: own ? ({ kind: programKind(own), docNumber: n.text } as Properties) : ({ docNumber: n.text } as Properties),
      };
    });
}

/* ---------- cover notices ---------- */

/** A notice line: (issuer)关于印发《X》的通知 or …关于印发X的通知, not itself inside 《》. */
const NOTICE = /(^|[^《])((?:[\u3400-\u9fff]{2,30}?)?关于印发(?:《[^》]+》|[^，。《》]{4,80}?)的通知)/g;

function notices(sentence: Sentence, context: RecogniserContext): SpanMention[] {
  const s = sentence.simplified;
  const out: SpanMention[] = [];
  if (!s.includes('关于印发')) return out; // (the pattern's fixed middle: skip the scan without it)
  NOTICE.lastIndex = 0;
  for (let m = NOTICE.exec(s); m; m = NOTICE.exec(s)) {
    // the notice line opens the sentence (a cover page), or the issuer opens it
    const start = m.index + m[1]!.length;
    if (s.slice(0, start).trim() !== '') continue;
    const name = m[2]!;
    // its 文号 stands on the next line
    const next = context.document.sentences[sentence.index + 1]?.simplified.trim() ?? '';
    const number = findDocNumbers(next).find((d) => d.start === 0 && d.end === next.length) ?? null;
    // the 文号 is recorded, but as an alias it names the document the notice issues (the document program), not the cover
    out.push({
      label: 'Program',
      canonical: name,
      start,
      end: start + name.length,
      properties: programProperties('notice', number?.text ?? null),
    });
  }
  return out;
}

/** The notice a bare 文号 line belongs to, when the line before it is one. */
function noticeAbove(sentence: Sentence, context: RecogniserContext): string | null {
  const previous = context.document.sentences[sentence.index - 1];
  if (!previous) return null;
  NOTICE.lastIndex = 0;
  const m = NOTICE.exec(previous.simplified);
  return m && previous.simplified.slice(0, m.index + m[1]!.length).trim() === '' ? m[2]! : null;
}

/* ---------- quoted mechanisms and initiatives ---------- */

const QUOTED = new RegExp(`[${OPEN_QUOTES}]([^${OPEN_QUOTES}${CLOSE_QUOTES}，。；：、,;:]{1,20})[${CLOSE_QUOTES}]`, 'g');
/** What turns a quoted slogan into a named program when it follows the quotes. */
const PROGRAM_SUFFIX =
  /^(行动计划|专项行动|攻坚行动|三年行动|行动|工程|计划|战略|改革|制度|机制|体制|制|模式|政策|活动|攻坚战|基金|专项|五年规划|规划|新产业平台|产业平台)/;
/** A quoted term that is itself a program's name: “链长制”, “金种子计划”. */
const SELF_NAMED = /(制|机制|制度|计划|工程|行动|战略|改革|基金|政策|论英雄)$/;
/** Verbs that make a bare quoted slogan a program being carried out: 实施“亩均论英雄”. */
const CARRIED_OUT = /(实施|推行|落实|开展|深化|推进|推广|执行|启动|全面升级|升级|建立|健全|探索|支持|制定|对接|发展)$/;
/** Planning periods and similar quoted words that are not programs on their own. */
const PLAN_PERIOD = /^十[一二三四五六七八九]五$/;
const NOT_A_NAME = /^(十[一二三四五六七八九]五|\d+|[一二三四五六七八九十百千万]+)$/;

/** Suffixes only a numbered code takes as a program: “51020”现代产业体系, “965”产业集群. */
const CODE_SUFFIX = /^(现代产业体系|现代产业集群|产业体系|产业集群)/;
const IS_CODE = /^(\d{3,}|[一二三四五六七八九十百千万]{2,})$/;

/**
 * The modifier written before a quoted name (数字经济“573”工程, 科技创新“东方跃迁”计划):
 * the words after the last verb, without a leading place (湖北省“51020”…
 * applies to 湖北省 rather than naming it) or level word.
 */
/** The Han run ending where a quote opens; and an opening quote. Compiled once: they run for every quote and fund. */
const HAN_RUN_BEFORE = new RegExp(`[${HAN}]{0,10}$`);
const OPEN_QUOTE = new RegExp(`[${OPEN_QUOTES}]`);

function modifierBefore(s: string, at: number): string {
  const run = HAN_RUN_BEFORE.exec(s.slice(0, at))?.[0] ?? '';
  // 高校、企业双向“产业教授”制度: the run is the tail of a list, not a modifier
  if (s[at - run.length - 1] === '、') return '';
  let prefix = trimToName(run);
  // 东风公司“东方风起”计划: whose plan it is, not part of its name; 创新“一区多园”模式: a verb
  if (/(公司|集团|企业|局|委|政府|办)$/.test(prefix) || /^(创新|推动|实行|加强|会议)$/.test(prefix)) return '';
  const place = placePrefixStart(prefix, prefix.length);
  if (place < prefix.length && place === 0) return '';
  // 市数字经济 → 数字经济, but 县域 stays whole
  prefix = prefix.replace(/^[市区县省](?![域场级城民内属])/, '');
  return prefix.length >= 2 && prefix.length <= 8 ? prefix : '';
}

/** Up to six characters between a closing quote and a program suffix (compiled once: quoted() runs for every quote). */
const WORDS_BEFORE_SUFFIX = new RegExp(`^[${HAN}]{0,6}?(?=${PROGRAM_SUFFIX.source.slice(1)})`);

function quoted(s: string): SpanMention[] {
  const out: SpanMention[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(s); m; m = QUOTED.exec(s)) {
    const inner = m[1]!.trim();
    const quoteEnd = m.index + m[0].length;
    const code = IS_CODE.test(inner);
    // “百项千亿”招商计划, “光伏+”规模应用示范工程: a few words may stand between the quotes and the suffix
    const between = WORDS_BEFORE_SUFFIX.exec(s.slice(quoteEnd))?.[0] ?? '';
    const tail = /[的和与及等]/.test(between) ? null : PROGRAM_SUFFIX.exec(s.slice(quoteEnd + between.length));
    const codeTail = code && !tail ? CODE_SUFFIX.exec(s.slice(quoteEnd)) : null;
    // “链长制”工作机制 is still 链长制: a self-named term keeps its own name when words follow it
    const suffix = codeTail ? codeTail[0] : tail && !(between !== '' && SELF_NAMED.test(inner)) ? between + tail[0] : undefined;
    if (suffix) {
      if (PLAN_PERIOD.test(inner) || (NOT_A_NAME.test(inner) && !code)) continue;
      if (suffix === '模式' && /[+＋]/.test(inner)) continue; // “互联网+物流”模式 is a way of working, not a named program
      const end = quoteEnd + suffix.length;
      const prefix = modifierBefore(s, m.index);
      const start = m.index - prefix.length;
      const canonical = `${prefix}“${inner}”${suffix}`;
      const aliases = [`“${inner}”${suffix}`, `${inner}${suffix}`, s.slice(start, end)];
      // the slogan alone names the same thing (飞地经济 for “飞地经济”模式), unless it is only a number
      if (!code) aliases.push(inner);
      out.push({ label: 'Program', canonical, start, end, aliases, properties: { kind: programKind(canonical) } });
      continue;
    }
    if (NOT_A_NAME.test(inner)) continue;
    const selfNamed = SELF_NAMED.test(inner);
    const carried = CARRIED_OUT.test(s.slice(Math.max(0, m.index - 4), m.index)) && /^([，。；、,;]|$)/.test(s.slice(quoteEnd));
    if (!selfNamed && !carried) continue;
    // “互联网+监管”, “三个责任”: ways of working and duties, not named programs
    if (!selfNamed && (/[+＋]/.test(inner) || /^[一二三四五六七八九十两]个/.test(inner))) continue;
    out.push({
      label: 'Program',
      canonical: inner,
      start: m.index,
      end: quoteEnd,
      nameStart: m.index + 1,
      nameEnd: quoteEnd - 1,
      properties: { kind: selfNamed ? programKind(inner) : 'initiative' },
    });
  }
  return out;
}

/* ---------- Taiwan documents: 「…辦法」 titles, statutes by article, 字第…號 numbers ---------- */

/** 「利澤工業區第三期產業用地租售作業要點」: corner quotes around a document's full title (a zone in them names no document). */
const CORNER_TITLE = /「([^「」，。；]{2,40}?(?:办法|条例|要点|规则|准则|规定|细则|须知|计划|方案|纲要|规划|标准))」/g;
/** 產業創新條例第四十六條, 依促進產業升級條例編定: a statute named bare, by its article or as what something follows. */
const BARE_STATUTE = new RegExp(`(?:^|[：:、，,。；;\\s]|依据|根据|依照|按照|依)([${HAN}]{3,14}?条例)(?=第[一二三四五六七八九十百零〇\\d]+条|[、，,。；;及和]|$|编定|设置|规定)`, 'g');
/** The last verb inside a bare statute's run. */
const STATUTE_LEAD = /.*(依据|根据|依照|按照|系依|依|落实|贯彻|执行|实施|遵守|修正|修订|适用)/;
/** 經授產字第11320301230號, 府工商字第1120158731號: a Taiwan document number (issuer code + 字第 + number). */
const TAIWAN_DOC_NUMBER = new RegExp(`[${HAN}]{1,6}字第\\d{5,}号`, 'g');

function taiwanDocuments(s: string): SpanMention[] {
  const out: SpanMention[] = [];
  if (s.includes('「')) {
    CORNER_TITLE.lastIndex = 0;
    for (let m = CORNER_TITLE.exec(s); m; m = CORNER_TITLE.exec(s)) {
      const name = m[1]!;
      out.push({ label: 'Program', canonical: name, start: m.index, end: m.index + m[0].length, nameStart: m.index + 1, nameEnd: m.index + m[0].length - 1, properties: { kind: programKind(name) } });
    }
  }
  if (s.includes('条例')) {
    BARE_STATUTE.lastIndex = 0;
    for (let m = BARE_STATUTE.exec(s); m; m = BARE_STATUTE.exec(s)) {
      // 系依促進產業升級條例, 落实X条例: the name starts after the verb that governs it
      const lead = STATUTE_LEAD.exec(m[1]!);
      const name = lead ? m[1]!.slice(lead.index + lead[0].length) : m[1]!;
      if (name.length < 5 || /[的和与及在对将为]/.test(name)) continue;
      const start = m.index + m[0].length - name.length;
      if (s[start - 1] === '《' || s[start - 1] === '「' || s[start - 1] === '“') continue;
      out.push({ label: 'Program', canonical: name, start, end: start + name.length, properties: { kind: 'regulation' } });
    }
  }
  if (s.includes('字第')) {
    TAIWAN_DOC_NUMBER.lastIndex = 0;
    for (let m = TAIWAN_DOC_NUMBER.exec(s); m; m = TAIWAN_DOC_NUMBER.exec(s)) {
      // 發文字號：府工商字第…: the field's own 字 is no part of the number
      const lead = /^(?:发文字号|文号|字号)[:：]?/.exec(s.slice(Math.max(0, m.index - 5), m.index + 5));
      let start = m.index;
      const field = s.slice(0, m.index + m[0].length).match(/(?:发文字号|字号|文号)[:：]\s*([^:：]+)$/);
      if (field) start = m.index + m[0].length - field[1]!.length;
      void lead;
      const text = s.slice(start, m.index + m[0].length);
      out.push({ label: 'Program', canonical: text, start, end: start + text.length, aliases: [text], properties: { docNumber: text } });
    }
  }
  return out;
}

/* ---------- X长制 mechanisms ---------- */

/** 河长制, 林长制, 链长制 …: the 长制 family of responsibility mechanisms, quoted or not. */
const LEADER_SYSTEM = /([河湖林田路链山街园楼])长制(?!约|定)/g;

function leaderSystems(s: string): SpanMention[] {
  const out: SpanMention[] = [];
  LEADER_SYSTEM.lastIndex = 0;
  for (let m = LEADER_SYSTEM.exec(s); m; m = LEADER_SYSTEM.exec(s)) {
    out.push({ label: 'Program', canonical: m[0], start: m.index, end: m.index + m[0].length, properties: { kind: 'mechanism' } });
  }
  return out;
}

/* ---------- named campaigns written without quotes ---------- */

/** 实施瞪羚计划 / 推进开发区大型骨干企业研发机构全覆盖行动 / 组织实施未来产业孵化与加速计划. */
const UNQUOTED = new RegExp(
  `(组织实施|深入实施|全面实施|实施|开展|启动|推进|推行|(?<=(?:工程|计划|行动)”?)(?:和|及))([${HAN}0-9]{2,16}?)(专项行动|提升行动|攻坚行动|行动计划|示范工程|行动|计划|工程)(?![${HAN}]?(项目|建设|体系|清单|资金|的))`,
  'g',
);
/** Not one campaign but a kind or a batch of them. */
const NOT_ONE_CAMPAIGN = /(一批|一系列|若干|各类|各项|相关|有关|重大|重点|各种|多项|系列|和|及|、|等|的|年度|工作)/;

function unquotedCampaigns(s: string): SpanMention[] {
  const out: SpanMention[] = [];
  UNQUOTED.lastIndex = 0;
  for (let m = UNQUOTED.exec(s); m; m = UNQUOTED.exec(s)) {
    const stem = m[2]!;
    // 7个安置小区工程 counts works; 千辆燃料电池汽车示范工程 is named by its size
    if (NOT_ONE_CAMPAIGN.test(stem) || /^[0-9一二三四五六七八九十两]+个/.test(stem) || (/^[一二三四五六七八九十]/.test(stem) && !/^[一二三四五六七八九十百千万]+[辆家项]/.test(stem))) continue;
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    const canonical = s.slice(start, end);
    out.push({ label: 'Program', canonical, start, end, properties: { kind: programKind(canonical) } });
    UNQUOTED.lastIndex = end;
  }
  return out;
}

/* ---------- talent plans and funds ---------- */

const TALENT = new RegExp(`([0-9]{2,6}[${HAN}]{0,6}|[${HAN}]{2,8})(人才计划|英才计划|引才计划|人才工程)|((国家)?(千人|万人)计划)`, 'g');
const GENERIC_TALENT_STEM = /^(高层次|高端|各类|重点|国家级|省级|市级|区级|青年|海外|引进|人才|创新|创业|专项|相关|各级|知名)+$/;

function talentPlans(s: string): SpanMention[] {
  const out: SpanMention[] = [];
  if (!s.includes('计划') && !s.includes('人才工程')) return out; // every TALENT match holds one; the pattern backtracks at every character
  TALENT.lastIndex = 0;
  for (let m = TALENT.exec(s); m; m = TALENT.exec(s)) {
    if (m[3]) {
      out.push({ label: 'Program', canonical: m[3], start: m.index, end: m.index + m[0].length, properties: { kind: 'talent' } });
      continue;
    }
    const stem = /^[0-9]/.test(m[1]!) ? m[1]! : trimToName(m[1]!);
    if (stem.length < 2 || GENERIC_TALENT_STEM.test(stem)) continue;
    const start = m.index + m[0].length - stem.length - m[2]!.length;
    out.push({ label: 'Program', canonical: stem + m[2], start, end: m.index + m[0].length, properties: { kind: 'talent' } });
  }
  return out;
}

/** What kind of fund it is; kept whole, since 引导 and 发展 are also verbs that would cut the name. */
const FUND_TYPE = '((?:产业|创业|天使|风险|股权)?(?:投资)?(?:引导|发展|专项|母)?)基金';
const FUND = new RegExp(`([${HAN}]{0,10}[${OPEN_QUOTES}][^${CLOSE_QUOTES}，。]{1,10}[${CLOSE_QUOTES}][${HAN}]{0,8}?|[${HAN}]{2,16}?)${FUND_TYPE}`, 'g');

/** Using a fund that exists (发挥…基金的引导作用, 争取…基金) names it; setting one up (设立…基金) does not. */
const USES_FUND = /(发挥|用好|用足|争取|对接|依托|利用)/;
const CREATES_FUND = /(设立|建立|组建|成立|鼓励|设置|筹建)/;

/** Words that make a fund's stem a description, not a name (专项, 若干, 市级…). */
const GENERIC_FUND_STEM = /^(专项|相关|各类|一批|若干|多支|市级|省级|区级|县级|政府|国有|社会|民间|重点|新兴|战略性|支|只|个)|[的0-9亿万元支个]/;

function funds(s: string): SpanMention[] {
  const out: SpanMention[] = [];
  if (!s.includes('基金')) return out; // every fund name ends in 基金; the pattern backtracks at every character
  FUND.lastIndex = 0;
  for (let m = FUND.exec(s); m; m = FUND.exec(s)) {
    const run = m[1]!;
    const quote = run.search(OPEN_QUOTE);
    const stem = quote >= 0 ? trimToName(run.slice(0, quote)) + run.slice(quote) : trimToName(run);
    const end = m.index + m[0].length;
    const name = `${stem}${m[2]}基金`;
    const clause = s.slice(0, end - name.length).split(/[，。；,;]/).pop() ?? '';
    const used = USES_FUND.test(clause) && !CREATES_FUND.test(clause);
    // 设立氟新材料产业发展基金: a fund set up under its industry's name and a full fund type is named, like a quoted one
    const setUpNamed = quote < 0 && m[2]!.length >= 4 && CREATES_FUND.test(s.slice(Math.max(0, end - name.length - 2), end - name.length)) && stem.length >= 2 && stem.length <= 8 && !GENERIC_FUND_STEM.test(stem);
    if (quote < 0 && !(startsWithFullPlace(stem) || /^国家/.test(stem) || (used && stem.length >= 2) || setUpNamed)) continue;
    if (stem.length < 2 && !(used && m[2]!.length >= 2)) continue;
    out.push({ label: 'Program', canonical: name, start: end - name.length, end, properties: { kind: 'fund' } });
  }
  return out;
}

/* ---------- named project phases ---------- */

const PHASE = /^([一二三四五六七八九十]|\d{1,2})期(项目|工程)?/;
/** 华晨宝马动力电池项目, 京东方第6代AMOLED生产线项目: a project named by the enterprise that builds it. */
const COMPANY_PROJECT = new RegExp(`^([${HAN}A-Za-z0-9.“”"+＋]{1,16}?)项目(?![${HAN}]{0,1}(库|清单|建设单位|用地|资金|审批|管理|储备|招引))`);
/** Words that make the run a description of what the company does, not a project's name. */
const NOT_PROJECT_NAME = /(等|和|与|及|在|的|了|将|已|于|为|对|向|、|重点|一批|多个|相关|配套|落户|签约|投资|开工|建成|推进|加快|引进|实施|开展|承担|参与|申报|牵头|打造|发展)/;

function projectPhases(sentence: Sentence, context: RecogniserContext): SpanMention[] {
  const s = sentence.simplified;
  const out: SpanMention[] = [];
  // COMPANY_PROJECT needs 项目 and PHASE needs 期: most sentences have neither, and company recognition is the costly part.
  if (!s.includes('项目') && !s.includes('期')) return out;
  for (const c of recogniseCompanies(sentence, context)) {
    const named = COMPANY_PROJECT.exec(s.slice(c.end));
    if (named && !NOT_PROJECT_NAME.test(named[1]!)) {
      const end = c.end + named[0].length;
      out.push({ label: 'Program', canonical: s.slice(c.start, end), start: c.start, end, properties: { kind: 'project' } });
      continue;
    }
    const phase = PHASE.exec(s.slice(c.end));
    if (!phase) continue;
    const end = c.end + phase[0].length;
    const canonical = `${c.canonical}${phase[1]}期`;
    out.push({ label: 'Program', canonical, start: c.start, end, aliases: [s.slice(c.start, end)], properties: { kind: 'project' } });
  }
  return out;
}

/* ---------- the recogniser ---------- */

/** The line is the document's own title, which is a program (the document program): the names inside it are part of that name. */
function ownTitleLine(sentence: Sentence, context: RecogniserContext): boolean {
  const title = context.document.metadata.title;
  return title !== '' && sentence.index <= 2 && programTitle(title, null) !== null && sentence.simplified.trim() === toSimplified(title).trim();
}

export function recognisePrograms(sentence: Sentence, context: RecogniserContext): Mention[] {
  const s = sentence.simplified;
  if (ownTitleLine(sentence, context)) return [];
  const numbers = findDocNumbers(s);
  const used: Array<[number, number]> = [];
  const titled = titles(s, context, numbers, used);
  const found = [...titled, ...bareDocNumbers(sentence, context, numbers, used, titled), ...notices(sentence, context), ...quoted(s), ...taiwanDocuments(s), ...leaderSystems(s), ...unquotedCampaigns(s), ...talentPlans(s), ...funds(s), ...projectPhases(sentence, context)];
  // Inside a title only the title counts (a quoted “链长制” in 《关于实施产业链“链长制”的工作方案》 is part of its name).
  const kept = found.filter(
    (f) => titled.includes(f) || !titled.some((t) => t.start <= f.start && f.end <= t.end),
  );
  // two readings of one name (“3551光谷人才计划” quoted and a talent plan; “合伙人”引导基金 inside 光谷“合伙人”引导基金): keep the widest
  return kept
    .filter((f) => !kept.some((g) => g !== f && g.start <= f.start && f.end <= g.end && (g.end - g.start > f.end - f.start || kept.indexOf(g) < kept.indexOf(f))))
    .sort((a, b) => a.start - b.start)
    .map((f) => spanMention(sentence, context, f));
}

export const programRecogniser: Recogniser = {
  name: 'program',
  recognise: recognisePrograms,
};
