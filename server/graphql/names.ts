/**
 * User text → the store's vocabulary. Simplified Chinese is canonical, so
 * names and search text are converted before they reach the store; the raw
 * text is kept for searches on pinyin and English, which conversion leaves alone.
 */
import { toSimplified } from '../../shared/chinese.ts';

export function normaliseName(text: string): string {
  return toSimplified(text.normalize('NFC').trim());
}

/** The forms to try, canonical first; one entry when conversion changed nothing. */
export function nameForms(text: string): string[] {
  const raw = text.normalize('NFC').trim();
  const simplified = toSimplified(raw);
  return simplified === raw ? [raw] : [simplified, raw];
}
