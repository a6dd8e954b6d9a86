/** Replaces (or appends) one `## ` section of BENCHMARKS.md, leaving every other section as it is. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeSection(path: string, heading: string, body: string): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) {
    writeFileSync(path, `${text.replace(/\s*$/, '')}\n\n${section}`);
    return;
  }
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const before = lines.slice(0, start).join('\n').replace(/\s*$/, '');
  const after = lines.slice(end).join('\n');
  writeFileSync(path, `${before}\n\n${section}${after ? `\n${after}` : ''}`.replace(/\n*$/, '\n'));
}
