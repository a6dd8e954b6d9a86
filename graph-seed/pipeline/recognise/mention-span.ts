/**
 * Building Mentions from spans of a sentence's Simplified text: the
 * recognisers of programs, organizations and companies all read
 * `sentence.simplified` but must report the surface as it stands in the
 * original (Traditional) text too, so aliases keep the 號/關於 forms.
 */
import type { NodeLabel, Properties } from '../../../shared/graph.ts';
import type { Mention, RecogniserContext, Sentence } from '../types.ts';

/** The original-text slice behind simplified[start, end) of a sentence. */
export function originalSlice(sentence: Sentence, context: RecogniserContext, start: number, end: number): string {
  const doc = context.document.document;
  const map = doc.simplifiedToOriginal;
  const a = sentence.simplifiedStart + start;
  const b = sentence.simplifiedStart + end;
  if (map && map.length > b && doc.text) {
    const from = map[a]!;
    const to = map[b]!;
    if (to > from) return doc.text.slice(from, to);
  }
  return sentence.simplified.slice(start, end);
}

export interface SpanMention {
  label: NodeLabel;
  canonical: string;
  /** The span the mention occupies (for overlap resolution); may include brackets around the name. */
  start: number;
  end: number;
  /** Where the name itself stands, when narrower than the span (a title inside 《》). */
  nameStart?: number;
  nameEnd?: number;
  aliases?: string[];
  properties?: Properties;
}

export function spanMention(sentence: Sentence, context: RecogniserContext, m: SpanMention): Mention {
  const ns = m.nameStart ?? m.start;
  const ne = m.nameEnd ?? m.end;
  const surface = sentence.simplified.slice(ns, ne);
  const originalSurface = originalSlice(sentence, context, ns, ne);
  const aliases = new Set(m.aliases ?? []);
  aliases.delete(m.canonical);
  const mention: Mention = {
    label: m.label,
    canonical: m.canonical,
    surface,
    originalSurface,
    start: m.start,
    end: m.end,
    sentence: sentence.index,
  };
  if (aliases.size > 0) mention.aliases = [...aliases];
  if (m.properties) mention.properties = m.properties;
  return mention;
}

/** CJK ideographs (BMP unified + extension A), the characters Chinese names are made of. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

/** Quote pairs a named mechanism or slogan can stand in (after Simplification 「」 may survive). */
export const OPEN_QUOTES = '“"「『‘';
export const CLOSE_QUOTES = '”"」』’';
