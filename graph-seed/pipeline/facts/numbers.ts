/**
 * Numbers as plans write them: Arabic (5000, 105.8, 1,200), Chinese
 * (五千, 一万二, 二〇三五), with magnitude words (亿, 万) kept in the unit.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二〇三五 (digit by digit) or 三千五百 / 十二 (positional below 万). Null when not a numeral. */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  if ([...s].every((c) => c in DIGITS)) {
    return s.length > 1 ? Number([...s].map((c) => DIGITS[c]).join('')) : DIGITS[s]!;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c]!;
    else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
    } else if (c === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** A number in Arabic or Chinese numerals. */
export function parseNumber(s: string): number | null {
  const arabic = s.replace(/[,，]/g, '');
  if (/^\d+(?:\.\d+)?$/.test(arabic)) return Number(arabic);
  return parseChineseNumber(s);
}

/** A four-digit year, Arabic (2025) or Chinese (二〇二五). */
export function parseYear(s: string): number | null {
  const n = /^\d{4}$/.test(s) ? Number(s) : parseChineseNumber(s);
  return n !== null && n >= 1949 && n <= 2100 ? n : null;
}
