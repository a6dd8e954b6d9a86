/** A SegmentedDocument for the place tests: sentences end at 。；！？ and line breaks; the title defaults to the first line. */
import { toSimplified } from '../../../shared/chinese.ts';
import type { SegmentedDocument } from '../../../graph-seed/pipeline/types.ts';
import { documentFromText } from '../../helpers/segmented-document.ts';

export function makeDocument(text: string, title = text.split('\n')[0] ?? '', id = 'doc:test'): SegmentedDocument {
  return documentFromText(text, { id, metadata: { title: toSimplified(title) }, breaks: /[。；！？\n]/ });
}

