/**
 * A SegmentedDocument built from plain text for recogniser and rule tests:
 * the real Simplified conversion and offset map (normalised as the pipeline
 * does: Taiwan vocabulary only for Traditional text) and a plain sentence
 * split, so the components see pipeline-shaped input without depending on
 * the segment stage's heading and table rules.
 */
import { detectScript, toSimplifiedAligned } from '../../shared/chinese.ts';
import type { DocumentMetadata, SegmentedDocument, Sentence } from '../../graph-seed/pipeline/types.ts';

export interface TextDocumentOptions {
  id?: string;
  metadata?: Partial<DocumentMetadata>;
  /** Characters that end a sentence (kept in it; a line break is not). */
  breaks?: RegExp;
}

export function documentFromText(text: string, options: TextDocumentOptions = {}): SegmentedDocument {
  const { id = 'doc:test', metadata = {}, breaks = /[。\n]/ } = options;
  const script = detectScript(text);
  const aligned = toSimplifiedAligned(text, { taiwanVocabulary: script === 'traditional' });
  const simplified = aligned.text;
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number) => {
    const body = simplified.slice(start, end);
    if (body.trim() !== '') {
      const from = aligned.map[start]!;
      const to = aligned.map[end]!;
      sentences.push({
        index: sentences.length,
        kind: 'sentence',
        start: from,
        end: to,
        text: text.slice(from, to),
        simplified: body,
        simplifiedStart: start,
        section: [],
      });
    }
  };
  for (let i = 0; i < simplified.length; i++) {
    if (!breaks.test(simplified[i]!)) continue;
    close(simplified[i] === '\n' ? i : i + 1);
    start = i + 1;
  }
  close(simplified.length);
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
    metadata: {
      title: metadata.title ?? '',
      issuer: metadata.issuer ?? null,
      issuedOn: metadata.issuedOn ?? null,
      docNumber: metadata.docNumber ?? null,
    },
  };
}
