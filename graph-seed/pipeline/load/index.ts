/**
 * load: bytes → decoded text (LoadedFile), or a LoadError saying what is wrong.
 */
import { readFileSync, statSync } from 'node:fs';
import { LoadError, type LoadedFile, type SourceInput } from '../types.ts';
import { binaryReason, unmarkedUtf16 } from './binary.ts';
import { decode } from './encoding.ts';
import { htmlToText, looksLikeHtml } from './html.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function loadSource(input: SourceInput, options: { maxBytes?: number } = {}): LoadedFile {
  const { name, bytes } = input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(bytes instanceof Uint8Array)) throw new LoadError(name, 'unreadable', 'no bytes were given');
  if (bytes.length === 0) throw new LoadError(name, 'empty', 'the file is empty (0 bytes)');
  if (bytes.length > maxBytes) {
    throw new LoadError(name, 'too-large', `the file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const utf16 = hasBom ? null : unmarkedUtf16(bytes);
  if (!hasBom && !utf16) {
    const reason = binaryReason(bytes);
    if (reason) throw new LoadError(name, 'binary', reason);
  }
  const decoded = decode(bytes, utf16);
  if (!decoded) {
    throw new LoadError(name, 'unknown-encoding', 'the bytes are not UTF-8, UTF-16, GB18030/GBK or Big5 text');
  }
  let text = decoded.text.replace(/\r\n?/g, '\n');
  let format: LoadedFile['format'] = 'text';
  if (looksLikeHtml(name, text, input.contentType)) {
    text = htmlToText(text);
    format = 'html';
  }
  if (text.trim() === '') {
    throw new LoadError(name, 'empty', format === 'html' ? 'the page has no visible text' : 'the file holds only whitespace');
  }
  return { name, encoding: decoded.encoding, format, text };
}

/** Reads a file from disk as a SourceInput; a missing, unreadable or oversized file is a LoadError, not a crash. */
export function readSourceFile(path: string, options: { maxBytes?: number } = {}): SourceInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new LoadError(path, 'unreadable', 'is a directory, not a file');
    // Refuse before reading so a huge file never lands in memory.
    if (stat.size > maxBytes) throw new LoadError(path, 'too-large', `the file is ${stat.size} bytes, over the limit of ${maxBytes} bytes`);
    return { name: path, bytes: new Uint8Array(readFileSync(path)) };
  } catch (e) {
    if (e instanceof LoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new LoadError(path, 'unreadable', `cannot be read (${why})`);
  }
}
