import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadSource, readSourceFile } from '../../../graph-seed/pipeline/load/index.ts';
import { LoadError } from '../../../graph-seed/pipeline/types.ts';
import { SEEDS, seedBytes, seedPath, seedText } from './seeds.ts';

const simplified = seedText(SEEDS.shiyan);
const traditional = seedText(SEEDS.hubei);

function loadError(fn: () => unknown): LoadError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LoadError) return e;
    throw e;
  }
  throw new Error('expected a LoadError');
}

describe('loadSource encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    const f = loadSource({ name: 'a.txt', bytes: seedBytes(SEEDS.shiyan) });
    expect(f.encoding).toBe('UTF-8');
    expect(f.format).toBe('text');
    expect(f.text).toBe(simplified);
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(simplified, 'utf8')]);
    const f = loadSource({ name: 'a.txt', bytes });
    expect(f.encoding).toBe('UTF-8 (BOM)');
    expect(f.text).toBe(simplified);
  });

  it('reads UTF-16LE and UTF-16BE with BOMs', () => {
    const le = loadSource({ name: 'le.txt', bytes: iconv.encode(traditional, 'utf-16le', { addBOM: true }) });
    expect(le.encoding).toBe('UTF-16LE (BOM)');
    expect(le.text).toBe(traditional);
    const be = loadSource({ name: 'be.txt', bytes: iconv.encode(traditional, 'utf-16be', { addBOM: true }) });
    expect(be.encoding).toBe('UTF-16BE (BOM)');
    expect(be.text).toBe(traditional);
  });

  it('reads UTF-16 without a BOM', () => {
    const le = loadSource({ name: 'le.txt', bytes: iconv.encode(simplified, 'utf-16le') });
    expect(le.encoding).toBe('UTF-16LE');
    expect(le.text).toBe(simplified);
    const be = loadSource({ name: 'be.txt', bytes: iconv.encode(traditional, 'utf-16be') });
    expect(be.encoding).toBe('UTF-16BE');
    expect(be.text).toBe(traditional);
  });

  it('reads GB18030 (Simplified seed) exactly', () => {
    const f = loadSource({ name: 'gb.txt', bytes: iconv.encode(simplified, 'gb18030') });
    expect(f.encoding).toBe('GB18030');
    expect(f.text).toBe(simplified);
  });

  it('reads GBK-encoded Traditional text as GB18030, not Big5', () => {
    const text = seedText(SEEDS.compilation);
    const f = loadSource({ name: 'gbk.txt', bytes: iconv.encode(text, 'gbk') });
    expect(f.encoding).toBe('GB18030');
    expect(f.text).toBe(iconv.decode(iconv.encode(text, 'gbk'), 'gbk'));
  });

  it('reads Big5 (Traditional seed)', () => {
    const bytes = iconv.encode(traditional, 'big5');
    const f = loadSource({ name: 'big5.txt', bytes });
    expect(f.encoding).toBe('Big5');
    // Big5 cannot hold every character of the seed (“” are fine, a few rare ones are not): compare with the round trip.
    expect(f.text).toBe(iconv.decode(bytes, 'big5'));
    expect(f.text).toContain('湖北省縣域經濟發展');
  });

  it('normalises CRLF line ends', () => {
    const f = loadSource({ name: 'crlf.txt', bytes: Buffer.from('第一章 总则\r\n正文。\r\n', 'utf8') });
    expect(f.text).toBe('第一章 总则\n正文。\n');
  });
});

describe('loadSource HTML', () => {
  const page = `<!DOCTYPE html><html><head><title>站点标题</title><style>.a{color:red}</style>
<script>var s = "不应出现";</script></head>
<body><div class="nav">首页 &gt; 政策</div>
<h1>十堰经济技术开发区&ldquo;十四五&rdquo;规划</h1>
<p>第一章&nbsp;继往开来</p><p>2020年，全区完成地区生产总值102.3亿元&amp;更多。</p>
<noscript>请启用脚本</noscript><!-- 注释 -->
<table><tr><td>指标</td><td>2025年</td></tr></table>
<script type="text/javascript">s("content_relate");</script></body></html>`;

  it('strips tags, scripts, styles and noscript, decodes entities and keeps block boundaries', () => {
    const f = loadSource({ name: 'page.html', bytes: Buffer.from(page, 'utf8') });
    expect(f.format).toBe('html');
    for (const gone of ['<', 'color:red', '不应出现', '请启用脚本', '注释', 'content_relate', '站点标题']) expect(f.text).not.toContain(gone);
    const lines = f.text.split('\n');
    expect(lines).toContain('十堰经济技术开发区“十四五”规划');
    expect(lines).toContain('第一章 继往开来');
    expect(lines).toContain('2020年，全区完成地区生产总值102.3亿元&更多。');
    expect(lines).toContain('指标 | 2025年');
  });

  it('sniffs HTML by content when the name does not say so', () => {
    const f = loadSource({ name: 'download.txt', bytes: Buffer.from(page, 'utf8') });
    expect(f.format).toBe('html');
  });

  it('honours a text/html content type', () => {
    const f = loadSource({ name: 'x', bytes: Buffer.from('<p>一</p><p>二</p>', 'utf8'), contentType: 'text/html; charset=utf-8' });
    expect(f.text).toBe('一\n二');
  });
});

describe('loadSource refusals', () => {
  it('refuses an empty file', () => {
    const e = loadError(() => loadSource({ name: 'empty.txt', bytes: new Uint8Array() }));
    expect(e.reason).toBe('empty');
    expect(e.message).toContain('empty.txt');
  });

  it('refuses a whitespace-only file and an HTML page without visible text', () => {
    expect(loadError(() => loadSource({ name: 'ws.txt', bytes: Buffer.from(' \n\t\n') })).reason).toBe('empty');
    expect(loadError(() => loadSource({ name: 'p.html', bytes: Buffer.from('<html><script>x()</script></html>') })).reason).toBe('empty');
  });

  it('refuses binary data (NUL bytes, control bytes, known formats)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const e1 = loadError(() => loadSource({ name: 'img.png', bytes: png }));
    expect(e1.reason).toBe('binary');
    expect(e1.message).toMatch(/img\.png: .*PNG/);
    const withNul = new Uint8Array([...Buffer.from('第一章 总则\n'), 0, 0, 0, 7, 0, 1, 2]);
    expect(loadError(() => loadSource({ name: 'nul.bin', bytes: withNul })).reason).toBe('binary');
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(loadError(() => loadSource({ name: 'ctl.bin', bytes: controls })).reason).toBe('binary');
  });

  it('refuses a file over the size limit, naming both sizes', () => {
    const e = loadError(() => loadSource({ name: 'big.txt', bytes: seedBytes(SEEDS.shiyan) }, { maxBytes: 1000 }));
    expect(e.reason).toBe('too-large');
    expect(e.message).toContain('big.txt');
    expect(e.message).toContain('1000');
  });

  it('refuses bytes no supported encoding reads', () => {
    const latin1 = iconv.encode('Übersicht über die Maßnahmen, café, naïve, résumé à la carte', 'latin1');
    const e = loadError(() => loadSource({ name: 'latin1.txt', bytes: latin1 }));
    expect(e.reason).toBe('unknown-encoding');
    expect(e.message).toContain('latin1.txt');
  });
});

describe('readSourceFile', () => {
  it('reads a file from disk', () => {
    const input = readSourceFile(seedPath(SEEDS.hubei));
    expect(loadSource(input).text).toBe(traditional);
  });

  it('turns a missing file or a directory into an unreadable LoadError', () => {
    const missing = loadError(() => readSourceFile('/nonexistent/plan.txt'));
    expect(missing.reason).toBe('unreadable');
    expect(missing.message).toBe('/nonexistent/plan.txt: cannot be read (no such file)');
    expect(loadError(() => readSourceFile(seedPath(''))).reason).toBe('unreadable');
  });

  it('refuses an oversized file before reading it', () => {
    expect(loadError(() => readSourceFile(seedPath(SEEDS.wuhan), { maxBytes: 10_000 })).reason).toBe('too-large');
  });
});
