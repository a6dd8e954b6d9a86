/**
 * Indicator tables flattened into rows (`3 | 常住人口城镇化率 | % | 86.3 | >87`)
 * or into one cell per line. The header row above gives which column is the
 * unit and which columns are years (2020年, 2020年基数 → baseline; 2025年,
 * “十四五”目标 → target). Rows whose cells do not line up are skipped.
 */
import type { FactCandidate, RelationContext, ResolvedMention, Sentence } from '../types.ts';
import { parseNumber } from './numbers.ts';

interface Header {
  unitColumn: number | null;
  /** Column → year and kind. */
  years: Array<{ column: number; year: number | null; kind: 'target' | 'baseline' }>;
  metricColumn: number;
}

function cellsOf(text: string): string[] {
  return text
    .split(/\s*[|\n]\s*/)
    .map((c) => c.trim())
    .filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
}

function yearColumn(cell: string): { year: number | null; kind: 'target' | 'baseline' } | null {
  const y = /((?:19|20)\d{2})年?/.exec(cell);
  if (y) {
    const year = Number(y[1]);
    return { year, kind: /目标|预期/.test(cell) || year > 2020 ? 'target' : 'baseline' };
  }
  const plan = /十([三四五])五/.exec(cell);
  if (plan) {
    const n = { 三: 13, 四: 14, 五: 15 }[plan[1] as '三' | '四' | '五'];
    return { year: 1955 + n * 5, kind: /基数|现状|完成/.test(cell) || n < 14 ? 'baseline' : 'target' };
  }
  if (/基数|现状/.test(cell)) return { year: null, kind: 'baseline' };
  if (/目标/.test(cell)) return { year: null, kind: 'target' };
  return null;
}

function headerOf(cells: string[]): Header | null {
  const metricColumn = cells.findIndex((c) => /^(?:指标|指标名称|名称|项目|主要指标)$/.test(c));
  if (metricColumn < 0) return null;
  const years: Header['years'] = [];
  cells.forEach((c, i) => {
    if (i <= metricColumn || /增速|累计|年均|属性/.test(c)) return;
    const y = yearColumn(c);
    if (y) years.push({ column: i, ...y });
  });
  if (years.length === 0) return null;
  const unit = cells.findIndex((c) => c === '单位');
  return { unitColumn: unit < 0 ? null : unit, years, metricColumn };
}

function findHeader(sentence: Sentence, context: RelationContext): Header | null {
  const sentences = context.document.sentences;
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 40; i--) {
    const s = sentences[i];
    if (!s) continue;
    if (s.kind !== 'table-row') return null;
    const h = headerOf(cellsOf(s.simplified));
    if (h) return h;
  }
  return null;
}

const UNIT_CELL = /^(?:%|‰|[万亿]?元(?:\/人)?|万元\/人|件|人|个|岁|年|亿斤|万吨标煤|万吨|吨|家|项|辆|亩|平方米|平方公里|公里|千瓦|万人|户|所|座)$/;

export function tableFacts(sentence: Sentence, mentions: ResolvedMention[], context: RelationContext, subject: ResolvedMention): FactCandidate[] {
  const header = findHeader(sentence, context);
  if (!header) return [];
  const cells = cellsOf(sentence.simplified);
  let metric: string;
  let unit: string;
  let shift: number;
  if (header.unitColumn !== null) {
    // Rows may carry an extra leading group cell (经济发展 | 1 | …): align on the unit cell.
    const u = cells.findIndex((c, i) => i > 0 && UNIT_CELL.test(c));
    if (u < 1) return [];
    shift = u - header.unitColumn;
    metric = cells[u - 1]!;
    unit = cells[u]!;
  } else {
    // No unit column: the unit stands in the metric cell, 地区生产总值增长(%).
    const m = cells.findIndex((c) => /[\u3400-\u9fff]{2,}.*[（(]([^）)]+)[）)]$/.test(c));
    if (m < 0) return [];
    shift = m - header.metricColumn;
    const parts = /^(.*?)[（(]([^）)]+)[）)]$/.exec(cells[m]!)!;
    metric = parts[1]!;
    unit = parts[2]!;
  }
  if ((metric.match(/[\u3400-\u9fff]/g) ?? []).length < 2) return [];
  const industry = mentions.find((x) => x.label === 'Industry' && sentence.simplified.indexOf(metric) <= x.start) ?? null;
  // A row is clear only when every year column has a cell, and no cell after the metric
  // is another indicator (two rows merged: …医师数(人) | 3.6左右 | …护士数(人) | 4.3左右).
  const firstValue = Math.min(...header.years.map((y) => y.column + shift));
  if (header.years.some((y) => cells[y.column + shift] === undefined)) return [];
  if (cells.slice(firstValue).some((c) => /[\u3400-\u9fff]{2,}.*[（(][^）)]+[）)]$/.test(c))) return [];
  const facts: FactCandidate[] = [];
  for (const y of header.years) {
    const cell = cells[y.column + shift]!;
    const n = /^(?:年均增长|增长|约|>|<|≥|≤|＞|＜|超过)?\s*(-?\d+(?:\.\d+)?)(?:%|左右|以上)?$/.exec(cell);
    if (!n) continue;
    const value = Number(n[1]);
    if (parseNumber(String(Math.abs(value))) === null) continue;
    facts.push({ kind: y.kind, metric, value, unit, year: y.year, subject, industry, sentence: sentence.index });
  }
  return facts;
}
