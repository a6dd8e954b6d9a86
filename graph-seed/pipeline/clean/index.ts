/**
 * clean/split: a loaded file → its documents, each with the ranges of web
 * boilerplate it carries.
 */
import type { LoadedFile, RawDocument } from '../types.ts';
import { findBoilerplate } from './boilerplate.ts';
import { splitLines } from './lines.ts';
import { findParts } from './split.ts';

/** A part shorter than this is a listing, not a document. */
const MIN_PART_CHARS = 200;

export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function rawDocument(file: LoadedFile, id: string, start: number, end: number): RawDocument {
  const text = file.text.slice(start, end);
  return {
    id,
    file: file.name,
    encoding: file.encoding,
    text,
    fileOffset: start,
    boilerplate: findBoilerplate(text, splitLines(text)),
  };
}

export function splitDocuments(file: LoadedFile): RawDocument[] {
  const stem = fileStem(file.name);
  const lines = splitLines(file.text);
  const parts = findParts(lines);
  const bounds = parts.map((p, i) => [p.line.start, parts[i + 1]?.line.start ?? file.text.length] as const);
  if (parts.length >= 2 && bounds.every(([a, b]) => b - a >= MIN_PART_CHARS)) {
    // Text before part 1 is the compilation's own header (site title, editor's blurb), not a document.
    return bounds.map(([a, b], i) => rawDocument(file, `doc:${stem}#${i + 1}`, a, b));
  }
  return [rawDocument(file, `doc:${stem}`, 0, file.text.length)];
}
