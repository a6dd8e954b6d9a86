/** The original-text form of a span of a sentence's Simplified text. */
import type { RecogniserContext, Sentence } from '../pipeline/types.ts';

export function originalSurface(sentence: Sentence, context: RecogniserContext, start: number, end: number): string {
  const doc = context.document.document;
  const map = doc.simplifiedToOriginal;
  const a = sentence.simplifiedStart + start;
  const b = sentence.simplifiedStart + end;
  // A sentence that is not a slice of the document's Simplified text (the title) has no offsets to follow.
  const aligned = doc.simplified?.startsWith(sentence.simplified, sentence.simplifiedStart) ?? false;
  if (aligned && map && map.length > b) {
    const from = map[a]!;
    const to = map[b]!;
    if (to > from) return doc.text.slice(from, to);
  }
  if (sentence.text.length === sentence.simplified.length) return sentence.text.slice(start, end);
  return sentence.simplified.slice(start, end);
}
