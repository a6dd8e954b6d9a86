import type { DocumentRecord } from '../../shared/graph.ts';
import type { DocumentSummary } from './port.ts';

/** A document without its text: what listDocuments returns. */
export function documentSummary({ text, headings: _headings, ...summary }: DocumentRecord): DocumentSummary {
  return { ...summary, characters: text.length };
}
