/**
 * Shapes the seeds do not show but other provinces' documents do: the rules
 * are patterns, so these must work without any seed-specific string.
 */
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../graph-seed/pipeline/read.ts';
import { parseDate } from '../../../graph-seed/pipeline/segment/metadata.ts';

const readText = (name: string, text: string) => readDocuments({ name, bytes: Buffer.from(text, 'utf8') });

describe('dates', () => {
  it('parses Arabic and Chinese-numeral dates', () => {
    expect(parseDate('2021年12月24日')).toBe('2021-12-24');
    expect(parseDate('2022年6月3日 17:00')).toBe('2022-06-03');
    expect(parseDate('二〇二一年十二月三十一日')).toBe('2021-12-31');
    expect(parseDate('二〇二二年二月十日')).toBe('2022-02-10');
    expect(parseDate('2021年13月1日')).toBeNull();
  });
});

describe('another province’s notice', () => {
  const text = [
    '浙江省人民政府关于印发浙江省开发区产业链提升工程实施方案的通知',
    '浙政发[2022]15号',
    '各市、县（市、区）人民政府，省政府直属各单位：',
    '现将《浙江省开发区产业链提升工程实施方案》印发给你们，请认真贯彻执行。',
    '浙江省人民政府',
    '二〇二二年五月二十日',
    '浙江省开发区产业链提升工程实施方案',
    '一、总体要求',
    '（一）指导思想',
    '以习近平新时代中国特色社会主义思想为指导，推动开发区高质量发展。',
    '（二）主要目标',
    '到2025年，全省开发区规模以上工业增加值达到1.5万亿元。',
    '二、重点任务',
    '（一）做强链主企业',
    '1．培育链主企业',
    '支持链主企业牵头组建创新联合体。',
    '（1）实施“雄鹰行动”',
    '每年新增雄鹰企业10家以上。',
    '专栏1 重点产业链',
    '数字安防：杭州、宁波。',
    '集成电路：杭州、绍兴。',
    '2．打造特色园区',
    '推动“万亩千亿”新产业平台建设。',
    '相关阅读：',
    '浙江省开发区整合提升方案',
    '浙江省“415X”先进制造业集群建设方案',
  ].join('\n');

  it('reads its metadata (bracketed 文号, Chinese-numeral date, signing body)', () => {
    const [d] = readText('zj.txt', text);
    expect(d!.metadata).toEqual({
      title: '浙江省开发区产业链提升工程实施方案',
      issuer: '浙江省人民政府',
      issuedOn: '2022-05-20',
      docNumber: '浙政发〔2022〕15号',
    });
  });

  it('nests 一、 > （一） > 1． > （1） and closes a 专栏 at the next heading', () => {
    const [d] = readText('zj.txt', text);
    const find = (t: string) => d!.sentences.find((s) => s.text.includes(t))!;
    expect(find('每年新增雄鹰企业').section).toEqual(['二、重点任务', '（一）做强链主企业', '1．培育链主企业', '（1）实施“雄鹰行动”']);
    expect(find('数字安防').section.at(-1)).toBe('专栏1 重点产业链');
    expect(find('万亩千亿').section).toEqual(['二、重点任务', '（一）做强链主企业', '2．打造特色园区']);
    // A box nests under the innermost open heading and ends at the next numbered one.
    expect(d!.headings.map((h) => h.level)).toEqual([1, 2, 2, 1, 2, 3, 4, 5, 3]);
  });

  it('drops a trailing related-reading list', () => {
    const [d] = readText('zj.txt', text);
    expect(d!.sentences.some((s) => s.text.includes('相关阅读') || s.text.includes('415X'))).toBe(false);
    expect(d!.sentences.at(-1)!.text).toBe('推动“万亩千亿”新产业平台建设。');
  });
});

describe('HTML page from a government site', () => {
  it('reads the metadata panel and article, dropping navigation widgets', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策文件</title></head><body>
      <div class="nav">当前位置：<a href="/">首页</a> &gt; 政策文件 &gt; 省政府文件</div>
      <div>【字体：大 中 小】</div>
      <table class="meta"><tr><td>索引号：</td><td>11420000/2022-00123</td></tr>
      <tr><td>发文机关：</td><td>湖北省发展和改革委员会</td></tr>
      <tr><td>成文日期：</td><td>2022年03月08日</td></tr></table>
      <h1>湖北省开发区高质量发展三年行动方案</h1>
      <div class="content"><p>一、总体目标</p><p>到2024年，全省开发区营业收入突破10万亿元。</p></div>
      <div>分享到：</div><div>【打印】</div><div>【关闭】</div>
      <script>share()</script></body></html>`;
    const [d] = readText('hb.html', html);
    expect(d!.document.id).toBe('doc:hb');
    expect(d!.metadata.issuer).toBe('湖北省发展和改革委员会');
    expect(d!.metadata.issuedOn).toBe('2022-03-08');
    const texts = d!.sentences.map((s) => s.text);
    expect(texts).toContain('到2024年，全省开发区营业收入突破10万亿元。');
    for (const junk of ['分享到', '打印', '关闭', 'share()', '索引号', '当前位置', '字体']) expect(texts.join('|')).not.toContain(junk);
    expect(d!.sentences.find((s) => s.text.includes('营业收入'))!.section).toEqual(['一、总体目标']);
  });
});

describe('script fragments', () => {
  it('cuts a leaked script tag but not the word JavaScript', () => {
    const [d] = readText('js.txt', '软件产业发展方案\n支持JavaScript等开源社区建设。\n推动产业发展，孵?script>s("content_relate");\n');
    const texts = d!.sentences.map((s) => s.text);
    expect(texts).toContain('支持JavaScript等开源社区建设。');
    expect(texts).toContain('推动产业发展，孵');
    expect(texts.join('')).not.toContain('script>');
  });
});

describe('table of contents without a 目录 marker', () => {
  it('drops a run of headings that the full text repeats', () => {
    const body = (n: string) => `${n}的具体任务是推动产业集聚发展，提升园区能级。`;
    const text = [
      '某某高新区发展规划',
      '第一章 发展基础',
      '第二章 总体要求',
      '第三章 重点任务',
      '第四章 保障措施',
      '第一章 发展基础',
      body('第一章'),
      '第二章 总体要求',
      body('第二章'),
      '第三章 重点任务',
      body('第三章'),
      '第四章 保障措施',
      body('第四章'),
    ].join('\n');
    const [d] = readText('toc.txt', text);
    expect(d!.headings.map((h) => h.title)).toEqual(['第一章 发展基础', '第二章 总体要求', '第三章 重点任务', '第四章 保障措施']);
    expect(d!.sentences.find((s) => s.text.startsWith('第一章的具体任务'))!.section).toEqual(['第一章 发展基础']);
  });

  it('keeps consecutive headings that are not repeated (a chapter opening straight into a section)', () => {
    const text = ['某某规划', '第一章 总则', '第一节 目的', '一、背景', '（一）现状', '园区现状良好。'].join('\n');
    const [d] = readText('no-toc.txt', text);
    expect(d!.document.boilerplate).toEqual([]);
    expect(d!.headings).toHaveLength(4);
  });
});

describe('Taiwan announcement numbers', () => {
  const text = [
    '經濟部 公告',
    '發文日期：中華民國112年3月15日',
    '發文字號：經授產字第11220012340號',
    '主旨：公告修正「產業園區土地租金優惠辦法」。',
    '依據：產業創新條例第五十條。',
  ].join('\n');

  it('reads a 字第…號 number from its 發文字號 field, though the field line is web boilerplate', () => {
    const [d] = readText('tw.txt', text);
    expect(d!.metadata.docNumber).toBe('经授产字第11220012340号');
    expect(d!.sentences.some((s) => s.text.includes('發文字號'))).toBe(false);
  });
});
