/**
 * Finds where a file holding several documents (a web "compilation": 某某方案
 * 汇编N篇) starts each part. A part starts at a line made of a title repeated
 * across the file followed by an ordinal (方案1, 方案2 … or 方案（一）…), the
 * ordinals counting up from 1.
 */
import type { Line } from './lines.ts';

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function ordinalValue(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (/^[０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  if (s === '十') return 10;
  if (s.length === 1) return CHINESE_DIGITS[s] ?? null;
  if (s.length === 2 && s[0] === '十') return 10 + (CHINESE_DIGITS[s[1]!] ?? 0);
  if (s.length === 2 && s[1] === '十') return (CHINESE_DIGITS[s[0]!] ?? 0) * 10;
  if (s.length === 3 && s[1] === '十') return (CHINESE_DIGITS[s[0]!] ?? 0) * 10 + (CHINESE_DIGITS[s[2]!] ?? 0);
  return null;
}

// Title (no sentence punctuation, at least 4 characters) + ordinal, optionally
// bracketed or written 第N篇/之N.
const PART_LINE = /^(?:[-*•·]\s*)?([^，。；：！？,;:!?]{4,60}?)\s*(?:[(（【]\s*)?(?:第|之)?([0-9]{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:篇|部分)?(?:\s*[)）】])?$/;
// Heading numbering that must not be read as a part ordinal (第一章, 1. …).
const HEADING_LIKE = /^(第[一二三四五六七八九十百零〇0-9]+[章节節篇部编編条條]|[0-9]+[.、．]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）])/;

export interface PartStart {
  line: Line;
  ordinal: number;
  title: string;
}

/** Part starts in file order, or [] when the file is one document. */
export function findParts(lines: Line[]): PartStart[] {
  const byTitle = new Map<string, PartStart[]>();
  for (const line of lines) {
    const t = line.text.trim();
    if (t.length > 70 || HEADING_LIKE.test(t)) continue;
    const m = PART_LINE.exec(t);
    if (!m) continue;
    const title = m[1]!.trim();
    const ordinal = ordinalValue(m[2]!);
    if (ordinal === null || ordinal < 1 || ordinal > 99) continue;
    const list = byTitle.get(title) ?? [];
    list.push({ line, ordinal, title });
    byTitle.set(title, list);
  }
  let best: PartStart[] = [];
  for (const starts of byTitle.values()) {
    // Keep the run 1, 2, 3 … in file order; a later "方案11-06" style date
    // listing does not match (ordinals must count up by one from 1).
    const run: PartStart[] = [];
    for (const s of starts) {
      if (s.ordinal === run.length + 1) run.push(s);
    }
    if (run.length >= 2 && run.length > best.length) best = run;
  }
  return best;
}
