/**
 * Tables flattened into text. Two shapes occur in scraped plans:
 *  - one row per line with cells joined by `|` (表2-1 in the Wuhan plan);
 *  - one cell per line (indicator tables): a run of short lines where numbered
 *    rows start at a line holding just the row's serial number.
 * The second is grouped into rows here so a row's cells stay together.
 */
import type { Line } from '../clean/lines.ts';

export function isPipeRow(text: string): boolean {
  let bars = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x7c) bars++;
  return bars >= 2;
}

const SERIAL = /^\s*[0-9]{1,3}\s*$/;
const NUMERIC_VALUE = /^[\s0-9.．\-—–%％‰【】\[\]<>＞＜≥≤~～/+×,，*]+$/;
const ENUMERATED = /^\s*(?:[0-9]{1,2}[.、．]|[（(][0-9一二三四五六七八九十]+[）)]|第)/;
const CATEGORY = /^\s*[一二三四五六七八九十]+、\S{1,12}\s*$/;

function isCell(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 32 && !/[。；！？]/.test(t);
}

function isValue(text: string): boolean {
  const t = text.trim();
  if (NUMERIC_VALUE.test(t)) return true;
  return t.length <= 12 && /[0-9]/.test(t) && !ENUMERATED.test(t);
}

export interface CellTable {
  /** Line indices [first, last] of the table. */
  first: number;
  last: number;
  /** Rows as [first line index, last line index]. */
  rows: Array<[number, number]>;
}

/** Finds one-cell-per-line tables among non-blank lines (indices into `lines`). */
export function findCellTables(lines: Line[], usable: (i: number) => boolean): CellTable[] {
  const tables: CellTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!usable(i) || !isCell(lines[i]!.text)) {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    while (j < lines.length && usable(j)) {
      const t = lines[j]!.text;
      if (t.trim() === '') {
        j++;
        continue;
      }
      if (!isCell(t)) break;
      run.push(j);
      j++;
    }
    i = j;
    if (run.length < 8) continue;
    const serials = run.filter((k) => SERIAL.test(lines[k]!.text));
    const values = run.filter((k) => isValue(lines[k]!.text));
    // Serial numbers must count up (1, 2, 3 …) for the run to be a table.
    let counting = 0;
    for (const k of serials) if (Number(lines[k]!.text.trim()) === counting + 1) counting++;
    if (counting < 3 || values.length < run.length * 0.25) continue;
    // A row starts at its serial number (the next in sequence, so a value cell
    // like "66" does not) or at a category line (一、经济发展).
    const rows: Array<[number, number]> = [];
    let rowStart = run[0]!;
    let nextSerial = 1;
    for (let r = 0; r < run.length; r++) {
      const k = run[r]!;
      const t = lines[k]!.text.trim();
      let startsRow = CATEGORY.test(t);
      if (SERIAL.test(t) && Number(t) === nextSerial) {
        startsRow = true;
        nextSerial++;
      }
      if (startsRow && r > 0) {
        rows.push([rowStart, run[r - 1]!]);
        rowStart = k;
      }
    }
    rows.push([rowStart, run[run.length - 1]!]);
    tables.push({ first: run[0]!, last: run[run.length - 1]!, rows });
  }
  return tables;
}
