/**
 * User text → the store's vocabulary. Simplified Chinese is canonical, so
 * names and search text are converted before they reach the store; the raw
 * text is kept for searches on pinyin and English, which conversion leaves
 * alone; and a width-folded form (NFKC: ａｂｃ → abc, ２０２５ → 2025) is tried
 * as well, without replacing the original (stored names keep fullwidth （）).
 */
import { toSimplified } from '../../shared/chinese.ts';

/** Zero-width characters pasted along with names from web pages. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

const clean = (text: string): string => text.normalize('NFC').replace(INVISIBLE, '').trim();

export function normaliseName(text: string): string {
  return toSimplified(clean(text));
}

/** The forms to try, canonical first, each once. */
export function nameForms(text: string): string[] {
  const raw = clean(text);
  const folded = raw.normalize('NFKC');
  return [...new Set([toSimplified(raw), raw, toSimplified(folded), folded])].filter((f) => f !== '');
}
