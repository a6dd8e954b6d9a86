import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../graph-seed/pipeline/read.ts';
import { MAX_SENTENCE } from '../../../graph-seed/pipeline/segment/sentences.ts';
import type { SegmentedDocument } from '../../../graph-seed/pipeline/types.ts';
import { SEEDS, seedBytes, seedPath, seedText } from './seeds.ts';

const read = (file: string) => readDocuments({ name: seedPath(file), bytes: seedBytes(file) });
const only = (file: string) => {
  const docs = read(file);
  expect(docs).toHaveLength(1);
  return docs[0]!;
};
const sentenceWith = (d: SegmentedDocument, fragment: string) => {
  const s = d.sentences.find((x) => x.simplified.includes(fragment));
  if (!s) throw new Error(`no sentence with ${fragment} in ${d.document.id}`);
  return s;
};

describe('heading paths', () => {
  it('seed 000: 第X章 > 第X节 > 一、 > （一）', () => {
    const d = only(SEEDS.shiyan);
    // The seed separates numbers from titles with a space and an en space; titles stay as written.
    const path = sentenceWith(d, '全区完成地区生产总值102.3亿元').section.map((t) => t.replace(/\s+/g, ' '));
    expect(path).toEqual(['第一章 继往开来,开启社会主义现代化建设新征程', '第一节 攻坚克难的关键五年']);
    const goal = d.headings.find((h) => h.title.includes('2035年远景目标'))!;
    expect(goal.level).toBe(4);
    expect(d.headings.filter((h) => h.level === 1)).toHaveLength(10);
    expect(d.headings.filter((h) => h.title.startsWith('第一章'))[0]!.level).toBe(1);
  });

  it('seed 001: 前言 stands alone; chapters hold sections', () => {
    const d = only(SEEDS.wuhan);
    expect(d.headings[0]).toMatchObject({ level: 1, title: '前 言' });
    expect(sentenceWith(d, '成立三十年来').section).toEqual(['前 言']);
    expect(sentenceWith(d, '力争食品饮料产业产值规模超200亿元').section).toEqual(['第四章 构建现代产业体系,实现经济高质量发展', '第一节 巩固提升三大优势产业']);
    expect(d.headings.find((h) => h.title.startsWith('第一章'))!.level).toBe(1);
    const rows = d.sentences.filter((s) => s.kind === 'table-row');
    expect(rows.length).toBe(21);
    expect(rows.every((r) => r.section.join(' > ') === '第二章 全面开启社会主义现代化建设新征程 > 第三节 发展目标 > (二)二〇二五年近期目标')).toBe(true);
  });

  it('seed 003: 一、 > （一） > 1. with 专栏 boxes nested and closed again', () => {
    const d = only(SEEDS.zhumadian);
    expect(sentenceWith(d, '实施创新型企业培育工程').section).toEqual(['三、提升科技创新引领能力', '(一)增强企业创新主体地位', '1.完善高新技术企业培育体系']);
    expect(sentenceWith(d, '健康开发区建设工程').section).toEqual([
      '七、共建共享宜居宜业幸福平安经济开发区',
      '(五)推进健康经济开发区建设',
      '2.提升卫生健康服务水平',
      '专栏:健康服务工程',
    ]);
    // Prose after a box belongs to the section again.
    expect(sentenceWith(d, '提升城市管理精细化水平').section.at(-1)).toBe('2.大力推进产城融合发展');
    // The notice before the plan is outside every section.
    expect(sentenceWith(d, '已经管委会研究').section).toEqual([]);
  });

  it('seed 003: the one-cell-per-line indicator table becomes rows, and its category cells are not headings', () => {
    const d = only(SEEDS.zhumadian);
    expect(d.headings.some((h) => h.title === '一、经济发展')).toBe(false);
    const row = sentenceWith(d, '地区生产总值增长(%)');
    expect(row.kind).toBe('table-row');
    expect(row.text).toBe('1\n地区生产总值增长(%)\n年均增长7.3\n年均增长8左右\n预期性');
    expect(row.section).toEqual(['二、开启开发区高质量转型跨越发展新篇章', '(五)主要目标']);
    expect(sentenceWith(d, '研发经费投入增长').text).toBe('4\n研发经费投入增长(%)\n66\n年均增长20%');
  });

  it('seed 004: Traditional titles are kept in paths while the text is Simplified', () => {
    const d = only(SEEDS.hubei);
    const s = sentenceWith(d, '完善县域优化营商环境工作推进机制');
    expect(s.section).toEqual(['第九章 持續深化改革開放激發縣域發展活力', '第二節 持續最佳化營商環境']);
    expect(d.headings.filter((h) => h.level === 1)).toHaveLength(10);
    expect(d.headings.filter((h) => h.level === 2)).toHaveLength(34);
    expect(sentenceWith(d, '以习近平新时代中国特色社会主义思想为指导').section.slice(0, 3)).toEqual(['第一章 開啟縣域經濟發展新征程', '第三節 總體要求', '一、指導思想']);
  });

  it('numbered paragraphs are list items, not headings', () => {
    const [part1] = read(SEEDS.compilation);
    const item = sentenceWith(part1!, '(一)推动产业集聚发展。');
    expect(item.kind).toBe('list-item');
    expect(item.text).toBe('(一)推動產業集聚發展。');
    expect(part1!.headings.map((h) => h.title)).toEqual(['一、總體要求', '二、發展目標', '三、重點方向', '四、主要任務', '五、工作機制', '六、保障措施']);
  });
});

describe('sentences', () => {
  const docs = Object.values(SEEDS).flatMap(read);

  it('keeps 《》, “” and brackets whole', () => {
    const s = sentenceWith(docs.find((d) => d.document.id.startsWith('doc:003'))!, '已经管委会研究');
    expect(s.text).toBe('《驻马店经济开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》已经管委会研究,现印发给你们,请认真学习研究,抓好贯彻执行。');
    for (const d of docs) {
      for (const x of d.sentences) {
        expect(/^[》”）)」』】]/.test(x.text), `${d.document.id} #${x.index} ${x.text.slice(0, 20)}`).toBe(false);
      }
    }
  });

  it('ends sentences at 。；！？ and line ends', () => {
    const d = docs.find((x) => x.document.id.startsWith('doc:000'))!;
    const i = d.sentences.findIndex((s) => s.text === '综合实力迈上新台阶。');
    expect(i).toBeGreaterThan(0);
    expect(d.sentences[i + 1]!.text.startsWith('2020年,全区完成地区生产总值102.3亿元。')).toBe(true);
    for (const x of d.sentences) expect(x.text.includes('\n')).toBe(false);
  });

  it('cuts very long sentences at clause commas', () => {
    for (const d of docs) {
      for (const x of d.sentences) {
        if (x.kind === 'table-row') continue;
        expect(x.text.length, `${d.document.id} #${x.index}`).toBeLessThanOrEqual(MAX_SENTENCE + 160);
      }
    }
    const long = `${'推进产业链上下游协同发展，'.repeat(40)}形成合力。`;
    const [d] = readDocuments({ name: 'long.txt', bytes: Buffer.from(`长句测试\n${long}\n`) });
    const pieces = d!.sentences.slice(1);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.map((p) => p.text).join('')).toBe(long);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('numbers sentences in order with increasing offsets', () => {
    for (const d of docs) {
      d.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(d.sentences[i - 1]!.end);
      });
    }
  });
});

describe('metadata', () => {
  it('seed 003: notice → plan title, 文号, date, signing body', () => {
    expect(only(SEEDS.zhumadian).metadata).toEqual({
      title: '驻马店经济开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
      issuer: '河南驻马店经济开发区管理委员会',
      issuedOn: '2021-12-24',
      docNumber: '驻开政〔2021〕2号',
    });
  });

  it('seed 004: Simplified 文号, date and issuer from the encyclopedia infobox', () => {
    expect(only(SEEDS.hubei).metadata).toEqual({
      title: '湖北省县域经济发展“十四五”规划',
      issuer: '湖北省人民政府',
      issuedOn: '2021-12-31',
      docNumber: '鄂政发〔2021〕40号',
    });
  });

  it('seed 000: metadata panel fields', () => {
    expect(only(SEEDS.shiyan).metadata).toEqual({
      title: '十堰经济技术开发区国民经济和社会发展第十四个五年规划纲要',
      issuer: '区经发局',
      issuedOn: '2022-06-30',
      docNumber: null,
    });
  });

  it('seed 001: title without the site’s region qualifier; no invented metadata', () => {
    expect(only(SEEDS.wuhan).metadata).toEqual({
      title: '武汉经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
      issuer: null,
      issuedOn: null,
      docNumber: null,
    });
  });

  it('does not take a cited document’s 文号 as the document’s own', () => {
    for (const d of read(SEEDS.compilation)) expect(d.metadata.docNumber).toBeNull();
  });
});

describe('HTML input', () => {
  it('reads a seed wrapped in HTML like the plain text', () => {
    const text = seedText(SEEDS.zhumadian);
    const html = `<!doctype html><html><head><script>track()</script></head><body>${text
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</body></html>`;
    const [fromHtml] = readDocuments({ name: 'plan.html', bytes: Buffer.from(html) });
    const plain = only(SEEDS.zhumadian);
    expect(fromHtml!.document.text).toBe(plain.document.text.replace(/\n+$/, ''));
    expect(fromHtml!.metadata).toEqual(plain.metadata);
    expect(fromHtml!.headings.map((h) => h.title)).toEqual(plain.headings.map((h) => h.title));
  });
});
