/** A line of a text with its offsets (end excludes the line break). */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** Line text with all whitespace (ASCII, full-width, nbsp) removed: how repeated headings are compared. */
export function compact(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}
