/**
 * Part-of-speech tagged words of a text (jieba, dictionary only: unknown names
 * come out as single characters, so a verb before a name stays a word of its
 * own), with their offsets. Shares the segmenter's dictionary load.
 */
import { DocumentMemo } from './document-memo.ts';
import { jieba } from './segmenter.ts';

export interface TaggedToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Whole documents' sentences: the zone recogniser's pre-passes tag them all before the per-sentence pass. */
const recent = new DocumentMemo<readonly TaggedToken[]>(8192);

/** The tokens are shared between callers (frozen): copy before changing them. */
export function tagWords(text: string): readonly TaggedToken[] {
  return recent.get(text, tag);
}

/** The tokens of `text` if this document has tagged it already (nothing is computed). */
export function taggedAlready(text: string): readonly TaggedToken[] | undefined {
  return recent.peek(text);
}

function tag(text: string): readonly TaggedToken[] {
  const out: TaggedToken[] = [];
  let at = 0;
  for (const { word, tag } of jieba().tag(text, false)) {
    out.push(Object.freeze({ word, tag, start: at, end: at + word.length }));
    at += word.length;
  }
  return Object.freeze(out);
}
