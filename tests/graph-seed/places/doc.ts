/**
 * Builds a SegmentedDocument from plain text for the place tests: real
 * Traditional→Simplified normalisation (shared/chinese.ts) and a plain
 * sentence split on 。；！？ and line breaks, so recognisers see the same
 * shapes as in the pipeline without depending on the segment stage.
 */
import { detectScript, toSimplifiedAligned } from '../../../shared/chinese.ts';
import type { SegmentedDocument, Sentence } from '../../../graph-seed/pipeline/types.ts';

export function makeDocument(text: string, title = text.split('\n')[0] ?? '', id = 'doc:test'): SegmentedDocument {
  const script = detectScript(text);
  const aligned = toSimplifiedAligned(text);
  const sentences: Sentence[] = [];
  const simplified = aligned.text;
  let start = 0;
  const push = (end: number) => {
    const s = simplified.slice(start, end);
    if (s.trim()) {
      const from = aligned.map[start]!;
      const to = aligned.map[end]!;
      sentences.push({
        index: sentences.length,
        kind: 'sentence',
        start: from,
        end: to,
        text: text.slice(from, to),
        simplified: s,
        simplifiedStart: start,
        section: [],
      });
    }
    start = end;
  };
  for (let i = 0; i < simplified.length; i++) if (/[。；！？\n]/.test(simplified[i]!)) push(i + 1);
  push(simplified.length);
  return {
    document: {
      id,
      file: `${id}.txt`,
      encoding: 'UTF-8',
      text,
      fileOffset: 0,
      boilerplate: [],
      script,
      simplified,
      simplifiedToOriginal: aligned.map,
    },
    headings: [],
    sentences,
    metadata: { title: toSimplifiedAligned(title).text, issuer: null, issuedOn: null, docNumber: null },
  };
}
