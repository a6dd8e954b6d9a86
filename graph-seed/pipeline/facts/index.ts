/**
 * Numeric facts: targets (到2025年，汽车工业产值规模力争达到5000亿元) and
 * baselines (2020年生产总值完成105.8亿元) stated in sentences, and indicator
 * table rows (指标 | 单位 | 2020年 | 2025年). Each fact names the place it is
 * about (a place in the sentence, else the document's subject) and the
 * industry when the metric is about one.
 */
import type { FactCandidate, RelationContext, ResolvedMention, Sentence } from '../types.ts';
import { parseNumber, parseYear } from './numbers.ts';
import { tableFacts } from './table.ts';

const NUMERAL = '(?:\\d[\\d,]*(?:\\.\\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*)';
/** Units a target or baseline is counted in; magnitude words (亿, 万) stay in the unit. */
const UNIT =
  '(?:(?:万亿|亿|万|千)?(?:元|美元)|个百分点|%|‰|(?:万)?(?:人次|人|户|家|个(?!体)|项(?!目)|件|辆|台|套|所|座|吨|千瓦|吨标煤|平方米|平方公里|公里|亩|倍|标箱)|(?:GW|MW))';
const VALUE_RE = new RegExp(`(?:(${NUMERAL})[-~～—至])?(${NUMERAL})(${UNIT})(?![级])`, 'g');

/** Years (到2025年, 2020年底, 二〇三五年) and plan periods (“十四五”末 → 2025). */
const YEAR_RE = /(到|至|截至|截止)?((?:19|20)\d{2}|[一二][〇零][一二三四五六七八九〇零]{2}|20[xX×]{2})年|(到)?[“"]?十([三四五])五[”"]?(?:时期|期间|期末|末|规划期)?/g;

const TARGET_MARKER = /力争|争取|确保|预计|目标|有望|将达|达到|突破|超过|迈进|计划/;
const BASELINE_MARKER = /完成|实现|累计|已|达|为|增长|规模|收入|总额|总值/;

/** Leading and trailing words that are not part of the metric. */
const METRIC_LEAD = /^(?:其中|全年|全区|本区|我区|开发区|经开区|园区|当年|同期|以上|左右|力争|争取|确保|预计|实现|完成|拥有|达到|的|[，、；：\s])+/;
const METRIC_TAIL =
  /(?:力争|争取|确保|预计|将|可|有望|基本|稳定|实现|完成|达到|达|突破|超过|超|增至|提高到|提升至|提高至|提升到|增长到|增加到|迈进|向|为|约|保持在|控制在|分别|达成|新增)+$/;

interface YearMention {
  pos: number;
  year: number | null;
  target: boolean;
}

function yearsIn(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    if (m[2] && /[xX×]/.test(m[2])) {
      // Years masked by the publisher (到20xx年): the fact stands, its year is unknown.
      out.push({ pos: m.index, year: null, target: Boolean(m[1]) });
    } else if (m[2]) {
      const year = parseYear(m[2]);
      if (year !== null) out.push({ pos: m.index, year, target: Boolean(m[1]) });
    } else if (m[4]) {
      // 十三五 ends 2020, 十四五 ends 2025, 十五五 ends 2030.
      const plan = { 三: 13, 四: 14, 五: 15 }[m[4] as '三' | '四' | '五'];
      out.push({ pos: m.index, year: 1955 + plan * 5, target: plan >= 14 });
    }
  }
  return out;
}

function metricBefore(text: string, clauseStart: number, valueStart: number, places: ResolvedMention[]): string {
  let metric = text.slice(clauseStart, valueStart);
  // 地区生产总值由2015年的X增加到2020年的Y: the metric is what precedes 由.
  const from = metric.search(/(?:由|从)(?:(?:19|20)\d{2}|20[xX×]{2})年/);
  if (from > 0) metric = metric.slice(0, from);
  // Parenthetical notes (纳入县域经济综合评价的78个县市区,下同) are not part of the name,
  // also when the clause break fell inside them.
  metric = metric.replace(/[（(][^）)]*[）)]/g, '').replace(/[（(][^）)]*$/, '').replace(/^[^（(]*[）)]/, '');
  // Drop the time phrase and the place that open the clause.
  metric = metric.replace(/^.*(?:(?:19|20)\d{2}|[一二][〇零][一二三四五六七八九〇零]{2}|20[xX×]{2})年(?:底|末|全年)?/, '');
  metric = metric.replace(/^.*?[“"]?十[三四五]五[”"]?(?:时期|期间|期末|末)?/, '');
  for (const p of places) metric = metric.replace(p.surface, '');
  metric = metric.replace(METRIC_LEAD, '');
  for (let prev = ''; prev !== metric; ) {
    prev = metric;
    metric = metric.replace(METRIC_TAIL, '').replace(/[“”"()（）\s]+$/, '');
  }
  return metric.replace(/[“”"]/g, '').trim();
}

function clauseStartOf(text: string, pos: number): number {
  let start = 0;
  for (const m of text.matchAll(/[，。；！？,;!?：:]/g)) {
    if (m.index < pos) start = m.index + 1;
    else break;
  }
  return start;
}

/** Targets and baselines a sentence states. */
export function extractFacts(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext): FactCandidate[] {
  if (sentence.kind === 'heading') return [];
  const places = mentions.filter((m) => (m.label === 'Zone' || m.label === 'Region') && !m.anaphor);
  if (sentence.kind === 'table-row') {
    const subject = context.subject ?? null;
    return subject ? tableFacts(sentence, mentions, context, subject) : [];
  }
  const text = sentence.simplified;
  const years = yearsIn(text);
  const facts: FactCandidate[] = [];
  let previousMetric = '';
  let lastValueEnd = 0;
  for (const m of text.matchAll(VALUE_RE)) {
    const value = parseNumber(m[2]!);
    if (value === null) continue;
    const unit = m[3]!;
    // 较“十三五”初期提高2.85倍: a comparison, not a level.
    if (unit === '倍') continue;
    // Chinese numerals count things in slogans (五个中心, 三大产业); take them only as amounts.
    if (!/^\d/.test(m[2]!) && !/[亿万]|%/.test(unit) && !/(?:达到|突破|超过|实现|完成|增至|达)$/.test(text.slice(0, m.index))) continue;
    const start = m.index;
    // A year's digits (2025年) or an ordinal (第1名) is no value.
    if (/第$/.test(text.slice(0, start))) continue;
    // Several values in one clause (2家、省级企业研发机构53家): each metric starts after the previous value.
    const clauseStart = Math.max(clauseStartOf(text, start), lastValueEnd);
    const previousValueEnd = lastValueEnd;
    lastValueEnd = start + m[0].length;
    let metric = metricBefore(text, clauseStart, start, places);
    let yearFromEarlierValue = false;
    // 5个县(市)建成…, 建成120个数字化车间: a counted noun follows; it names what is counted.
    const after = text.slice(lastValueEnd).replace(/^(?:以上|左右)/, '');
    const classifier = /^(?:万)?(?:个|家|项|座|所|户|件|台|套)$/.test(unit);
    const changeVerb = /^(?:升至|增至|增加|提高|提升|增长|降至|下降|达到|突破|的|，|,)/.test(after);
    if (classifier && /^[“"]?[\u3400-\u9fff]/.test(after) && !changeVerb) {
      const counted = /^[“"]?([\u3400-\u9fff]{2,12})/.exec(after);
      if (!counted) continue;
      metric = counted[1]!;
    } else if (!metric || /^(?:五年|期间|同期)?(?:年均|同比|比|较|增长|提高|下降|降低|年均增长)/.test(metric)) {
      if (!previousMetric) continue;
      metric = previousMetric + (metric ?? '');
    } else if (/^(?:升至|增至|增加到|增加至|提高到|提高至|提升到|提升至|增长到|降至|降低到|下降到)$/.test(metric)) {
      // …由2015年的47.78%升至53.47%: the same metric, at a year the text does not give.
      if (!previousMetric) continue;
      metric = previousMetric;
      yearFromEarlierValue = true;
    }
    if ((metric.match(/[\u3400-\u9fff]/g) ?? []).length < 2) continue;
    if (metric.length > 30) metric = metric.slice(-30);

    const yearBefore = yearFromEarlierValue
      ? ([...years].reverse().find((y) => y.pos < start && y.pos >= previousValueEnd) ?? null)
      : ([...years].reverse().find((y) => y.pos < start) ?? null);
    const clause = text.slice(clauseStart, start);
    const lead = text.slice(0, start);
    let kind: 'target' | 'baseline' | null = null;
    if (yearBefore?.year && yearBefore.year <= 2020) kind = 'baseline';
    else if (yearBefore?.target || (yearBefore?.year && yearBefore.year > 2020 && TARGET_MARKER.test(lead))) kind = 'target';
    else if (!yearBefore && /力争|争取|目标|确保/.test(clause)) kind = 'target';
    else if (!yearBefore && yearFromEarlierValue) kind = 'baseline';
    else if (yearBefore && BASELINE_MARKER.test(clause) && !TARGET_MARKER.test(lead)) kind = 'baseline';
    if (!kind) continue;

    const clausePlaces = places.filter((p) => p.start >= clauseStart && p.end <= start);
    const sentencePlaces = places.filter((p) => p.start <= 8 && p.end <= start);
    const subject = clausePlaces.at(-1) ?? sentencePlaces.at(-1) ?? context.subject;
    if (!subject) continue;
    const industry =
      mentions.filter((x) => x.label === 'Industry' && x.start >= clauseStart && x.end <= start).at(-1) ?? null;
    previousMetric = metric.replace(/(?:五年|期间)?(?:年均增长|增长|年均).*$/, '') || metric;
    facts.push({
      kind,
      metric,
      value,
      unit,
      year: yearBefore?.year ?? null,
      subject,
      industry,
      sentence: sentence.index,
    });
  }
  return facts;
}
