/**
 * Recognises heading lines of Chinese policy documents and the numbering style
 * each uses, so levels can be assigned by the order styles nest in a document
 * rather than by a fixed table.
 */

export type HeadingStyle =
  | 'part' // 第一篇 / 第一部分
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn-comma' // 一、
  | 'cn-paren' // （一）/(一)
  | 'num' // 1. / 1、 / 1．
  | 'num-paren' // （1）/(1)
  | 'circled' // ①
  | 'box' // 专栏
  | 'named'; // 前言, 结束语 …

const N = '[一二三四五六七八九十百零〇两]+';
/** "第一章的任务……" is prose about a chapter, not its heading. */
const NOT_PROSE = '(?![的中里所已将对和及与])';
const PATTERNS: Array<[RegExp, HeadingStyle]> = [
  [new RegExp(`^第(?:${N}|[0-9]+)(?:篇|部分)(?=\\s|[：:]|$|[^\\s，。])`), 'part'],
  [new RegExp(`^第(?:${N}|[0-9]+)章${NOT_PROSE}`), 'chapter'],
  [new RegExp(`^第(?:${N}|[0-9]+)节${NOT_PROSE}`), 'section'],
  [new RegExp(`^第(?:${N}|[0-9]+)条${NOT_PROSE}`), 'article'],
  [new RegExp(`^${N}\\s*[、．.]`), 'cn-comma'],
  [new RegExp(`^[（(]\\s*${N}\\s*[）)]`), 'cn-paren'],
  [/^[0-9]{1,2}\s*(?:[、．]|\.(?![0-9]))/, 'num'],
  [/^[（(]\s*[0-9]{1,2}\s*[）)]/, 'num-paren'],
  [/^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/, 'circled'],
  [/^专栏\s*[0-9一二三四五六七八九十]*\s*(?:[:：]|\s|$)/, 'box'],
];
const NAMED = /^(前言|序言|引言|总则|附则|结束语|结语|后记|附录)$/;

/** The numbering style a line starts with, if any (on the Simplified form). */
export function numberingStyle(simplifiedLine: string): HeadingStyle | null {
  const t = simplifiedLine.trim();
  if (NAMED.test(t.replace(/[\s\u3000]+/g, ''))) return 'named';
  for (const [re, style] of PATTERNS) if (re.test(t)) return style;
  return null;
}

const SENTENCE_PUNCTUATION = /[。；！？!?;]/;

/**
 * A numbered line is a heading when it is short and holds no sentence (one
 * trailing 。 is tolerated on a very short line); otherwise it is a list item
 * whose number leads a paragraph: "（一）推动产业集聚发展。按照……".
 */
export function isHeadingLine(simplifiedLine: string, style: HeadingStyle): boolean {
  const t = simplifiedLine.trim();
  if (style === 'named') return true;
  const limit = style === 'box' ? 60 : 50;
  if (t.length > limit) return false;
  const body = t.length <= 30 ? t.replace(/[。．]$/, '') : t;
  if (SENTENCE_PUNCTUATION.test(body)) return false;
  // A lone number with nothing after it is a table cell, not a heading.
  return /[\u3400-\u9fffA-Za-z]/.test(body.replace(/^第?[一二三四五六七八九十百零〇两0-9]+/, ''));
}

/** Lines that open a list item without being numbered headings: 一是…, ——…, - …, • … */
export function isBulletLine(simplifiedLine: string): boolean {
  return /^\s*(?:[一二三四五六七八九十]+是|——|[-*•●▪■◆◇○·]\s)/.test(simplifiedLine);
}

export interface OpenHeading {
  style: HeadingStyle;
  title: string;
  index: number;
}

/**
 * The chain of open headings. A style already open closes everything below
 * it; a new style nests under the current heading. A box (专栏) never has
 * children: the next numbered heading closes it.
 */
export class HeadingStack {
  readonly open: OpenHeading[] = [];

  push(style: HeadingStyle, title: string, index: number): number {
    if (style === 'named' || this.open[0]?.style === 'named') {
      // 前言/结束语 stand alone at the top: they close everything and nothing nests in them.
      this.open.length = 0;
    } else {
      const at = this.open.findIndex((h) => h.style === style);
      if (at >= 0) this.open.length = at;
      else if (this.open.at(-1)?.style === 'box') this.open.pop();
    }
    this.open.push({ style, title, index });
    return this.open.length;
  }

  /** Ends an open 专栏 box: its content is over when ordinary prose resumes. */
  closeBox(): void {
    if (this.open.at(-1)?.style === 'box') this.open.pop();
  }

  get top(): OpenHeading | undefined {
    return this.open.at(-1);
  }

  path(): string[] {
    return this.open.map((h) => h.title);
  }
}
