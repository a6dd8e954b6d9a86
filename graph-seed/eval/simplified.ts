/**
 * The Traditional→Simplified normalisation the scorer compares names under.
 * The project's own converter (shared/chinese.ts `toSimplified`) is used when
 * it is present so gold and extractor agree on conversions; otherwise opencc
 * with Taiwan phrases (the same conversion the corpus needs: 最佳化 → 优化).
 */
import * as OpenCC from 'opencc-js';

export type Simplify = (text: string) => string;

let fallback: Simplify | null = null;

/** opencc Taiwan (with phrases) → mainland Simplified. */
export function openccSimplify(text: string): string {
  fallback ??= OpenCC.Converter({ from: 'twp', to: 'cn' });
  return fallback(text);
}

/** shared/chinese.ts `toSimplified` when available, else opencc. */
export async function loadSimplify(): Promise<Simplify> {
  // A computed specifier: shared/chinese.ts is written in parallel and may not exist yet.
  const specifier = new URL('../../shared/chinese.ts', import.meta.url).href;
  let convert: Simplify = openccSimplify;
  try {
    const mod = (await import(specifier)) as { toSimplified?: unknown };
    if (typeof mod.toSimplified === 'function') convert = mod.toSimplified as Simplify;
  } catch {
    // not there yet: opencc it is
  }
  return convert;
}

/** Full-width ASCII forms (（）０-９Ａ-Ｚ) to half-width; names differ only in bracket width across documents. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

let charLevel: Simplify | null = null;
/** Characters a careful annotator keeps in Simplified names though opencc would convert them (乾 in 乾憬科技). */
const SIMPLIFIED_KEEPS = new Set(['乾']);

/** The characters of `name` that are Traditional forms (character-level opencc, no phrase mapping). */
export function traditionalCharacters(name: string): string[] {
  charLevel ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return [...name].filter((c) => !SIMPLIFIED_KEEPS.has(c) && charLevel!(c) !== c);
}
