import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSection } from '../../client/bench/benchmarks-md.ts';

describe('BENCHMARKS.md section writer', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'zg-bm-')), 'BENCHMARKS.md');

  it('replaces only its own section and keeps the others byte for byte', () => {
    const path = file();
    writeFileSync(path, '# Benchmarks\n\n## Stores\n\nstore numbers\n\n## Explorer\n\nold\n\n## API\n\napi numbers\n');
    writeSection(path, 'Explorer', 'new numbers');
    expect(readFileSync(path, 'utf8')).toBe('# Benchmarks\n\n## Stores\n\nstore numbers\n\n## Explorer\n\nnew numbers\n\n## API\n\napi numbers\n');
  });

  it('appends the section when absent and creates the file when missing', () => {
    const path = file();
    writeSection(path, 'Explorer', 'first');
    expect(readFileSync(path, 'utf8')).toBe('# Benchmarks\n\n## Explorer\n\nfirst\n');
    writeFileSync(path, '# Benchmarks\n\n## Stores\n\nx\n');
    writeSection(path, 'Explorer', 'second');
    expect(readFileSync(path, 'utf8')).toBe('# Benchmarks\n\n## Stores\n\nx\n\n## Explorer\n\nsecond\n');
  });
});
