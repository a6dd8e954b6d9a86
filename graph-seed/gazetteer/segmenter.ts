/**
 * Word boundaries from jieba, used to tell a short place name standing as a
 * word (在十堰建设) from the same characters inside another word (浙江夏季
 * holds 江夏, 长江汉江 holds 江汉). Loaded once, on first need.
 */
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { DocumentMemo } from './document-memo.ts';
import { taggedAlready } from './tagger.ts';

let instance: Jieba | null = null;

export function jieba(): Jieba {
  if (!instance) {
    const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    instance = Jieba.withDict(dict);
  }
  return instance;
}

/** Sentences are asked about by the region and zone recognisers and their pre-passes alike. */
const recent = new DocumentMemo<ReadonlySet<number>>(8192);

/** Offsets where a word starts, plus text.length (shared between callers). */
export function wordStarts(text: string): ReadonlySet<number> {
  return recent.get(text, cutStarts);
}

function cutStarts(text: string): ReadonlySet<number> {
  const starts = new Set<number>();
  // jieba's tag() is cut() plus a dictionary look-up per word: a text already tagged
  // (the zone recogniser tags every sentence holding a zone word) has its word starts already.
  const tagged = taggedAlready(text);
  if (tagged) {
    for (const t of tagged) starts.add(t.start);
    starts.add(text.length);
    return starts;
  }
  let at = 0;
  for (const word of jieba().cut(text, false)) {
    starts.add(at);
    at += word.length;
  }
  starts.add(at);
  return starts;
}
