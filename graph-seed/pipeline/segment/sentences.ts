/**
 * Splits a paragraph into sentences: at 。！？；(and their ASCII forms) outside
 * brackets and quotes, so 《…》, “…”, （…） stay whole; a sentence still longer
 * than MAX_SENTENCE is cut at clause commas into pieces of reasonable size.
 */

const OPENERS = '《“（(「『【[‘〈';
const CLOSERS = '》”）)」』】]’〉';
const TERMINATORS = '。！？；!?;';
const CLAUSE_BREAKS = '，,：:';

/** Per UTF-16 unit: 1..n opener kind, -1..-n closer kind, TERMINATOR, CLAUSE or 0. */
const TERMINATOR = 100;
const CLAUSE = 101;
const CLASS = new Int8Array(0x10000);
for (let k = 0; k < OPENERS.length; k++) {
  CLASS[OPENERS.charCodeAt(k)] = k + 1;
  CLASS[CLOSERS.charCodeAt(k)] = -(k + 1);
}
for (const ch of TERMINATORS) CLASS[ch.charCodeAt(0)] = TERMINATOR;
for (const ch of CLAUSE_BREAKS) CLASS[ch.charCodeAt(0)] = CLAUSE;

/** Beyond this a sentence is cut at clause boundaries. */
export const MAX_SENTENCE = 240;
const TARGET_PIECE = 160;

/** Marks positions inside a matched bracket/quote pair (unmatched openers protect nothing). */
function protectedMask(text: string, from: number, to: number): Uint8Array {
  const depthDelta = new Int32Array(to - from + 1);
  const stack: Array<{ kind: number; at: number }> = [];
  for (let i = from; i < to; i++) {
    const c = CLASS[text.charCodeAt(i)]!;
    if (c === 0 || c >= TERMINATOR) continue;
    if (c > 0) {
      stack.push({ kind: c, at: i });
      continue;
    }
    for (let s = stack.length - 1; s >= 0; s--) {
      if (stack[s]!.kind === -c) {
        depthDelta[stack[s]!.at - from]! += 1;
        depthDelta[i - from]! -= 1;
        stack.length = s;
        break;
      }
    }
  }
  const mask = new Uint8Array(to - from);
  let depth = 0;
  for (let i = 0; i < to - from; i++) {
    depth += depthDelta[i]!;
    mask[i] = depth > 0 ? 1 : 0;
  }
  return mask;
}

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/** Sentence spans [start, end) of text[from, to), trimmed of whitespace, none empty. */
export function sentenceSpans(text: string, from: number, to: number): Array<[number, number]> {
  const mask = protectedMask(text, from, to);
  const raw: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (CLASS[text.charCodeAt(i)] === TERMINATOR && mask[i - from] === 0) {
      let end = i + 1;
      // Keep closing quotes/brackets that follow the terminator with the sentence.
      while (end < to && CLASS[text.charCodeAt(end)]! < 0 && mask[end - from] === 0) end++;
      raw.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < to) raw.push([start, to]);
  const out: Array<[number, number]> = [];
  for (const [a0, b0] of raw) {
    let a = a0;
    let b = b0;
    while (a < b && isSpace(text[a]!)) a++;
    while (b > a && isSpace(text[b - 1]!)) b--;
    if (b <= a) continue;
    if (b - a > MAX_SENTENCE) out.push(...cutLong(text, a, b, mask, from));
    else out.push([a, b]);
  }
  return out;
}

/** Cuts a long sentence at unprotected clause commas into pieces near TARGET_PIECE. */
function cutLong(text: string, a: number, b: number, mask: Uint8Array, maskFrom: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = a;
  let lastBreak = -1;
  for (let i = a; i < b; i++) {
    if (CLASS[text.charCodeAt(i)] === CLAUSE && mask[i - maskFrom] === 0) lastBreak = i + 1;
    if (i - start >= TARGET_PIECE && lastBreak > start && b - lastBreak > 20) {
      pieces.push([start, lastBreak]);
      start = lastBreak;
      lastBreak = -1;
    }
  }
  pieces.push([start, b]);
  return pieces;
}
