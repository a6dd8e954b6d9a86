/**
 * normalise: a raw document → the same text in mainland Simplified Chinese,
 * with a map from every Simplified unit back to the original text.
 *
 * Traditional documents get the Taiwan vocabulary pass (最佳化 → 优化,
 * 網際網路 → 互联网 …); Simplified ones only a character pass, so a mainland
 * word that happens to be a Taiwan key (套用) keeps its meaning.
 */
import { detectScript, toSimplifiedAligned } from '../../../shared/chinese.ts';
import type { NormalisedDocument, RawDocument } from '../types.ts';

export function normalise(doc: RawDocument): NormalisedDocument {
  const script = detectScript(doc.text);
  const { text, map } = toSimplifiedAligned(doc.text, { taiwanVocabulary: script === 'traditional' });
  return { ...doc, script, simplified: text, simplifiedToOriginal: map };
}

/** Index in `simplified` of the first unit at or after original offset `offset` (inverse of the map). */
export function originalToSimplified(doc: NormalisedDocument, offset: number): number {
  const m = doc.simplifiedToOriginal;
  let lo = 0;
  let hi = m.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
