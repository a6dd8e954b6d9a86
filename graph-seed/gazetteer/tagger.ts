/**
 * Part-of-speech tagged words of a text (jieba, dictionary only: unknown names
 * come out as single characters, so a verb before a name stays a word of its
 * own), with their offsets. Shares the segmenter's dictionary load.
 */
import { jieba } from './segmenter.ts';

export interface TaggedToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export function tagWords(text: string): TaggedToken[] {
  const out: TaggedToken[] = [];
  let at = 0;
  for (const { word, tag } of jieba().tag(text, false)) {
    out.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}
