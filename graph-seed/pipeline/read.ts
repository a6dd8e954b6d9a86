/**
 * The reading stages chained: bytes → documents split, normalised and segmented.
 */
import { splitDocuments } from './clean/index.ts';
import { loadSource } from './load/index.ts';
import { normalise } from './normalise/index.ts';
import { segment } from './segment/index.ts';
import type { SegmentedDocument, SourceInput } from './types.ts';

export function readDocuments(input: SourceInput, options: { maxBytes?: number } = {}): SegmentedDocument[] {
  const file = loadSource(input, options);
  return splitDocuments(file).map((raw) => segment(normalise(raw)));
}
