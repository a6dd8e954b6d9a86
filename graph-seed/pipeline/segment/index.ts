/**
 * segment: a normalised document → headings (with levels and nesting),
 * sentences (each knowing its section path), flattened table rows and list
 * items, skipping boilerplate; plus the document's metadata.
 */
import type { Heading } from '../../../shared/graph.ts';
import { splitLines, type Line } from '../clean/lines.ts';
import { originalToSimplified } from '../normalise/index.ts';
import type { NormalisedDocument, SegmentedDocument, Sentence, SentenceKind } from '../types.ts';
import { HeadingStack, isBulletLine, isHeadingLine, numberingStyle } from './headings.ts';
import { readMetadata, type MetaLine } from './metadata.ts';
import { sentenceSpans } from './sentences.ts';
import { findCellTables, isPipeRow } from './tables.ts';

type Span = [number, number];

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/** The parts of a line outside boilerplate, trimmed; [] when nothing is left. */
function usableSpans(text: string, line: Line, boilerplate: Span[], from: { k: number }): Span[] {
  const spans: Span[] = [];
  let a = line.start;
  while (from.k < boilerplate.length && boilerplate[from.k]![1] <= line.start) from.k++;
  for (let k = from.k; k < boilerplate.length && boilerplate[k]![0] < line.end; k++) {
    const [bs, be] = boilerplate[k]!;
    if (bs > a) spans.push([a, Math.min(bs, line.end)]);
    a = Math.max(a, be);
  }
  if (a < line.end) spans.push([a, line.end]);
  const out: Span[] = [];
  for (let [s, e] of spans) {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

const TITLE_EXCLUDED = /^[0-9]{4}\s*年|〔[0-9]{4}〕|[:：]$/;
/** How far into the front matter a title line is looked for (non-blank usable lines). */
const TITLE_WINDOW = 8;

/**
 * The document's title line: the first short line without sentence
 * punctuation among the first lines, before any numbered heading (a page may
 * open with a descriptive lead paragraph, a notice may open with its title).
 */
function findTitleLine(lines: Line[], spans: Span[][], simplified: string[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TITLE_WINDOW; i++) {
    if (spans[i]!.length === 0) continue;
    seen++;
    const t = simplified[i]!;
    if (numberingStyle(t)) return -1;
    if (t.length <= 100 && !/[。；！？]/.test(t) && !TITLE_EXCLUDED.test(t)) return i;
  }
  return -1;
}

export function segment(doc: NormalisedDocument): SegmentedDocument {
  const text = doc.text;
  const lines = splitLines(text);
  const cursor = { k: 0 };
  const spans = lines.map((l) => usableSpans(text, l, doc.boilerplate, cursor));
  const simplifiedOf = (a: number, b: number) => doc.simplified.slice(originalToSimplified(doc, a), originalToSimplified(doc, b));
  const lineSimplified = lines.map((l) => simplifiedOf(l.start, l.end).trim());

  const sentences: Sentence[] = [];
  const headings: Heading[] = [];
  const stack = new HeadingStack();
  const emit = (kind: SentenceKind, start: number, end: number, section: string[]) => {
    const simplifiedStart = originalToSimplified(doc, start);
    const simplifiedEnd = originalToSimplified(doc, end);
    sentences.push({
      index: sentences.length,
      kind,
      start,
      end,
      text: text.slice(start, end),
      simplified: doc.simplified.slice(simplifiedStart, simplifiedEnd),
      simplifiedStart,
      section,
    });
  };

  const usable = (i: number) => spans[i]!.length > 0 || lines[i]!.text.trim() === '';
  const rowStarts = new Map<number, number>(); // first line → last line of a cell-table row
  const inTable = new Set<number>();
  for (const table of findCellTables(lines, usable)) {
    for (let i = table.first; i <= table.last; i++) inTable.add(i);
    for (const [a, b] of table.rows) rowStarts.set(a, b);
  }

  const titleIndex = findTitleLine(lines, spans, lineSimplified);
  const titleLine = titleIndex < 0 ? null : lineSimplified[titleIndex]!;
  for (let i = 0; i < lines.length; i++) {
    const pieces = spans[i]!;
    if (pieces.length === 0) continue;
    const simplified = simplifiedOf(pieces[0]![0], pieces[pieces.length - 1]![1]);
    const section = stack.path();

    if (inTable.has(i)) {
      const last = rowStarts.get(i);
      if (last !== undefined) {
        let end = pieces[pieces.length - 1]![1];
        for (let k = last; k > i; k--) {
          const p = spans[k]!;
          if (p.length) {
            end = p[p.length - 1]![1];
            break;
          }
        }
        emit('table-row', pieces[0]![0], end, section);
      }
      continue;
    }

    const style = numberingStyle(simplified);
    if (i === titleIndex) {
      emit('heading', pieces[0]![0], pieces[pieces.length - 1]![1], []);
      continue;
    }
    if (isPipeRow(simplified)) {
      for (const [a, b] of pieces) emit('table-row', a, b, section);
      continue;
    }
    if (style && isHeadingLine(simplified, style)) {
      const [start, end] = [pieces[0]![0], pieces[pieces.length - 1]![1]];
      const title = text.slice(start, end);
      const level = stack.push(style, title, headings.length);
      headings.push({ level, title, start, end });
      emit('heading', start, end, stack.path());
      continue;
    }
    const listed = style !== null || isBulletLine(simplified);
    // A 专栏 box holds numbered or "标签：内容" items; plain prose after them is the section again.
    if (stack.top?.style === 'box' && !listed && !/^[^。；，]{1,24}[:：]/.test(simplified)) stack.closeBox();
    const kind: SentenceKind = listed ? 'list-item' : 'sentence';
    for (const [a, b] of pieces) {
      for (const [s, e] of sentenceSpans(text, a, b)) emit(kind, s, e, stack.path());
    }
  }

  const metaLines: MetaLine[] = [];
  for (let i = 0; i < lines.length && metaLines.length < 80; i++) {
    const t = lineSimplified[i]!;
    if (t) metaLines.push({ text: t, boilerplate: spans[i]!.length === 0 });
  }
  return { document: doc, headings, sentences, metadata: readMetadata(metaLines, titleLine) };
}
