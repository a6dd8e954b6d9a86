/**
 * Recognises bytes that are not text at all, so the loader can refuse them with
 * a reason instead of decoding garbage into the graph.
 */

const MAGIC: Array<[bytes: number[], what: string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (docx/xlsx/…)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an OLE2 file (doc/xls/…)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
];

/** Describes why the bytes look binary, or null when they may be text. Call after BOM checks (UTF-16 holds NULs). */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return `looks like ${what}, not text`;
  }
  const n = Math.min(bytes.length, 64 * 1024);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    // Tab, LF, VT, FF, CR and ESC occur in text; other C0 controls do not.
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (nul > 0) return `contains NUL bytes (${nul} in the first ${n} bytes): binary data, not text`;
  if (control > n * 0.01 + 2) return `contains ${control} control bytes in the first ${n} bytes: binary data, not text`;
  return null;
}

/**
 * UTF-16 without a BOM: NULs mostly at one parity (the high byte of ASCII
 * characters), and the text decoded that way is printable, mostly CJK or ASCII.
 */
export function unmarkedUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // CJK units like U+4E00 put a NUL at the other parity now and then.
  const order = oddZero > 4 * evenZero ? 'UTF-16LE' : evenZero > 4 * oddZero ? 'UTF-16BE' : null;
  if (!order) return null;
  let readable = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = order === 'UTF-16LE' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (unit < 0x20 && unit !== 0x0a && unit !== 0x0d && unit !== 0x09) return null;
    if ((unit >= 0x20 && unit < 0x7f) || (unit >= 0x3000 && unit <= 0x9fff) || (unit >= 0xff00 && unit <= 0xffef) || (unit >= 0x2000 && unit <= 0x206f) || unit === 0x0a || unit === 0x0d) readable++;
  }
  return readable >= (n / 2) * 0.8 ? order : null;
}
