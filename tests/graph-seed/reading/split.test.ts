import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../../graph-seed/pipeline/clean/index.ts';
import { loadSource } from '../../../graph-seed/pipeline/load/index.ts';
import { readDocuments } from '../../../graph-seed/pipeline/read.ts';
import type { SegmentedDocument } from '../../../graph-seed/pipeline/types.ts';
import { SEEDS, seedBytes, seedPath } from './seeds.ts';

function read(file: string): SegmentedDocument[] {
  return readDocuments({ name: seedPath(file), bytes: seedBytes(file) });
}

/** Sentence text of a document's first lines after its title, Simplified. */
function opening(d: SegmentedDocument, n = 3): string {
  return d.sentences.slice(1, 1 + n).map((s) => s.simplified).join('');
}

describe('splitDocuments', () => {
  it('splits the compilation seed 002 into its 4 parts, each starting at its own title line', () => {
    const file = loadSource({ name: seedPath(SEEDS.compilation), bytes: seedBytes(SEEDS.compilation) });
    const docs = splitDocuments(file);
    expect(docs.map((d) => d.id)).toEqual([1, 2, 3, 4].map((n) => `doc:002_72549c66496bd046#${n}`));
    docs.forEach((d, i) => {
      expect(d.text.split('\n')[0]).toBe(`開發區高質量發展實施方案${i + 1}`);
      expect(file.text.slice(d.fileOffset, d.fileOffset + d.text.length)).toBe(d.text);
      expect(d.file).toBe(file.name);
    });
    // Parts are contiguous: nothing between them is dropped.
    for (let i = 1; i < docs.length; i++) expect(docs[i]!.fileOffset).toBe(docs[i - 1]!.fileOffset + docs[i - 1]!.text.length);
    expect(docs.at(-1)!.fileOffset + docs.at(-1)!.text.length).toBe(file.text.length);
  });

  it('gives each part of seed 002 its own subject in its first lines', () => {
    const docs = read(SEEDS.compilation);
    expect(docs).toHaveLength(4);
    expect(opening(docs[0]!)).toContain('南京经济技术开发区');
    expect(opening(docs[1]!)).toContain('贵州');
    expect(docs[1]!.sentences.map((s) => s.simplified).join('')).toContain('遵义市');
    expect(opening(docs[2]!)).toContain('泉州');
    expect(opening(docs[3]!)).toContain('东湖高新区');
  });

  it('keeps single-document seeds whole with the file stem as id', () => {
    const file = loadSource({ name: seedPath(SEEDS.wuhan), bytes: seedBytes(SEEDS.wuhan) });
    const docs = splitDocuments(file);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.id).toBe('doc:001_b542f6f43ab8c132');
    expect(docs[0]!.text).toBe(file.text);
  });

  it('splits on a repeated title with ordinals in any wording, not on a one-off numbered line', () => {
    const body = '本方案旨在推动园区产业链协同发展，明确目标任务，压实工作责任，形成工作合力。'.repeat(8);
    const text = ['园区建设工作方案（一）', body, '园区建设工作方案（二）', body, '园区建设工作方案（三）', body].join('\n');
    const docs = splitDocuments({ name: 'x/parks.txt', encoding: 'UTF-8', format: 'text', text });
    expect(docs.map((d) => d.id)).toEqual(['doc:parks#1', 'doc:parks#2', 'doc:parks#3']);
    const single = splitDocuments({ name: 'one.txt', encoding: 'UTF-8', format: 'text', text: `园区建设工作方案1\n${body}` });
    expect(single.map((d) => d.id)).toEqual(['doc:one']);
  });
});

describe('boilerplate', () => {
  const everything = Object.values(SEEDS).flatMap(read);

  it('keeps no web boilerplate in any sentence', () => {
    const all = everything.flatMap((d) => d.sentences.map((s) => s.text));
    for (const junk of ['推薦度', '相關推薦', 'script>', 's("content_relate")', '相關文章', '小編整理', '11-06', '索引号', '主题分类', '基本介紹', '檔案目錄', '檔案全文', '中文名']) {
      expect(all.filter((t) => t.includes(junk)), junk).toEqual([]);
    }
    // The truncated last plan sentence before the script fragment survives.
    const part4 = everything.find((d) => d.document.id.endsWith('#4'))!;
    expect(part4.sentences.at(-1)!.text.endsWith('孵')).toBe(true);
  });

  it('drops the repeated table of contents of seeds 000 and 004 so each heading occurs once', () => {
    for (const file of [SEEDS.shiyan, SEEDS.hubei]) {
      const [d] = read(file);
      const titles = d!.sentences.filter((s) => s.kind === 'heading').map((s) => s.text.replace(/\s+/g, ''));
      expect(new Set(titles).size, file).toBe(titles.length);
      expect(d!.headings.filter((h) => /^第一章/.test(h.title))).toHaveLength(1);
      expect(d!.document.boilerplate.some(([a, b]) => /目\s*[录錄]/.test(d!.document.text.slice(a, b)))).toBe(true);
    }
  });

  it('loses no plan text: every visible character outside boilerplate is in a sentence', () => {
    for (const d of everything) {
      const covered = new Uint8Array(d.document.text.length);
      for (const [a, b] of d.document.boilerplate) covered.fill(1, a, b);
      for (const s of d.sentences) covered.fill(1, s.start, s.end);
      const lost = [...d.document.text].filter((ch, i) => !covered[i] && !/\s/.test(ch));
      expect(lost, d.document.id).toEqual([]);
    }
  });

  it('never lets a sentence overlap a boilerplate range', () => {
    for (const d of everything) {
      for (const s of d.sentences) {
        for (const [a, b] of d.document.boilerplate) expect(s.end <= a || s.start >= b, `${d.document.id} #${s.index}`).toBe(true);
      }
    }
  });
});
