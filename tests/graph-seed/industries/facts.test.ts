import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseYear } from '../../../graph-seed/pipeline/facts/numbers.ts';
import { place, readSeed, readText, run } from './harness.ts';

const facts = (text: string, subject = '某某经济技术开发区') => {
  const [doc] = readText(text);
  return run(doc!, place(subject)).facts.map((f) => ({
    kind: f.kind,
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    year: f.year,
    subject: f.subject.canonical,
    industry: f.industry?.canonical ?? null,
  }));
};

describe('Chinese numerals', () => {
  it('reads positional and digit-by-digit numerals', () => {
    expect(parseChineseNumber('五千')).toBe(5000);
    expect(parseChineseNumber('三千五百')).toBe(3500);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('一万二千')).toBe(12000);
    expect(parseChineseNumber('二〇三五')).toBe(2035);
    expect(parseChineseNumber('五千亿')).toBeNull();
    expect(parseYear('二〇二五')).toBe(2025);
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear('12')).toBeNull();
  });
});

describe('targets and baselines in sentences', () => {
  it('reads the Wuhan automotive target', () => {
    expect(facts('到2025年，汽车工业产值规模力争达到5000亿元，汽车后市场营业收入力争超1000亿元。')).toEqual([
      { kind: 'target', metric: '汽车工业产值规模', value: 5000, unit: '亿元', year: 2025, subject: '某某经济技术开发区', industry: '汽车' },
      { kind: 'target', metric: '汽车后市场营业收入', value: 1000, unit: '亿元', year: 2025, subject: '某某经济技术开发区', industry: '汽车后市场' },
    ]);
  });

  it('reads a baseline and its growth rate', () => {
    expect(facts('2020年生产总值完成105.8亿元，年均增长8%以上。')).toEqual([
      { kind: 'baseline', metric: '生产总值', value: 105.8, unit: '亿元', year: 2020, subject: '某某经济技术开发区', industry: null },
      { kind: 'baseline', metric: '生产总值年均增长', value: 8, unit: '%', year: 2020, subject: '某某经济技术开发区', industry: null },
    ]);
  });

  it('reads Traditional text, Chinese numerals, percentages and counts', () => {
    const out = facts('到二〇三五年，電子信息產業營業收入力爭突破五千億元，佔比達到30%，規模以上企業達到120家。');
    expect(out).toEqual([
      { kind: 'target', metric: '电子信息产业营业收入', value: 5000, unit: '亿元', year: 2035, subject: '某某经济技术开发区', industry: '电子信息' },
      { kind: 'target', metric: '占比', value: 30, unit: '%', year: 2035, subject: '某某经济技术开发区', industry: null },
      { kind: 'target', metric: '规模以上企业', value: 120, unit: '家', year: 2035, subject: '某某经济技术开发区', industry: null },
    ]);
  });

  it('reads “十四五” periods as 2025 targets and “十三五” as 2020 baselines', () => {
    expect(facts('“十三五”期间，基础设施累计完成投资1074亿元。')).toEqual([
      { kind: 'baseline', metric: '基础设施累计完成投资', value: 1074, unit: '亿元', year: 2020, subject: '某某经济技术开发区', industry: null },
    ]);
    expect(facts('力争“十四五”新能源产业累计投资规模达到600亿元。')[0]).toMatchObject({ kind: 'target', year: 2025, value: 600, industry: '新能源' });
  });

  it('takes the place named in the sentence over the subject', () => {
    const [doc] = readText('到2025年，仙桃市无纺布产业产值达到500亿元。');
    const s = doc!.sentences.find((x) => x.simplified.includes('仙桃市'))!;
    const at = s.simplified.indexOf('仙桃市');
    const r = run(doc!, place('湖北省', 'Region'), (x) =>
      x.index === s.index ? [{ ...place('仙桃市', 'Region'), start: at, end: at + 3, sentence: s.index }] : [],
    );
    expect(r.facts.map((f) => [f.subject.canonical, f.metric, f.value])).toEqual([['仙桃市', '无纺布产业产值', 500]]);
  });

  it('does not read slogans, scale words, years or ordinals as facts', () => {
    expect(facts('打造千亿级新能源产业集群，建设“五个中心”，位列全市第1名。')).toEqual([]);
    expect(facts('加快发展汽车产业。')).toEqual([]);
  });

  it('keeps targets whose year the publisher masked (到20xx年)', () => {
    expect(facts('到20xx年,全市開發區工業總產值實現5500億元,工業投資累計突破3600億元。')).toEqual([
      { kind: 'target', metric: '全市开发区工业总产值', value: 5500, unit: '亿元', year: null, subject: '某某经济技术开发区', industry: null },
      { kind: 'target', metric: '工业投资累计', value: 3600, unit: '亿元', year: null, subject: '某某经济技术开发区', industry: null },
    ]);
  });

  it('reads 由2015年的X升至Y as two values of one metric, and counted nouns as the metric', () => {
    const out = facts('常住人口城镇化率由2015年的47.78%升至53.47%,5个县(市)建成国家文明城市。\n到2025年,建成120个数字化车间(工厂),培育10家以上创新型标杆企业。');
    expect(out.map((f) => [f.kind, f.year, f.metric, f.value, f.unit])).toEqual([
      ['baseline', 2015, '常住人口城镇化率', 47.78, '%'],
      ['baseline', null, '常住人口城镇化率', 53.47, '%'],
      ['target', 2025, '数字化车间', 120, '个'],
      ['target', 2025, '创新型标杆企业', 10, '家'],
    ]);
  });

  it('skips comparisons (提高2.85倍) and keeps the metric clear of a note cut by a comma', () => {
    expect(facts('2020年生产总值完成105.8亿元,较“十三五”初期提高2.85倍,年均增长8%以上。').map((f) => [f.metric, f.value])).toEqual([
      ['生产总值', 105.8],
      ['生产总值年均增长', 8],
    ]);
    expect(facts('全省县域(纳入县域经济综合评价的78个县市区,下同)地区生产总值由2015年的18118.7亿元,增至2020年的25464.9亿元。').map((f) => [f.metric, f.year, f.value])).toEqual([
      ['地区生产总值', 2015, 18118.7],
      ['地区生产总值', 2020, 25464.9],
    ]);
  });

  it('needs a subject place', () => {
    const [doc] = readText('到2025年，地区生产总值达到1200亿元。');
    expect(run(doc!, null).facts).toEqual([]);
  });
});

describe('indicator tables', () => {
  it('reads the flattened rows of table 2-1 in seed 001 against its header', () => {
    const [doc] = readSeed('001_b542f6f43ab8c132.txt');
    // Table rows only: the plan's text restates some indicators (每千人口…医师数4.7人) as sentences.
    const all = run(doc!, place('武汉经济技术开发区')).facts.filter((f) => doc!.sentences[f.sentence]!.kind === 'table-row');
    const row = (metric: string) => all.filter((f) => f.metric === metric).map((f) => [f.kind, f.year, f.value, f.unit]);
    expect(row('常住人口城镇化率')).toEqual([
      ['baseline', 2020, 86.3, '%'],
      ['target', 2025, 87, '%'],
    ]);
    expect(row('每千人口拥有执业(助理)医师数')).toEqual([
      ['baseline', 2020, 2.81, '人'],
      ['target', 2025, 4.7, '人'],
    ]);
    // A row with a leading group cell (经济发展 | 1 | …) still lines up.
    expect(row('地区生产总值增长')).toEqual([['baseline', 2020, -1, '%']]);
    // 完成市定目标 is no number.
    expect(row('森林覆盖率')).toEqual([['baseline', 2020, 10.2, '%']]);
    const digital = all.find((f) => f.metric === '数字经济核心产业增加值占地区生产总值比重')!;
    expect(digital).toMatchObject({ kind: 'target', year: 2025, value: 10, industry: { canonical: '数字经济' } });
  });

  it('reads one-cell-per-line rows of the Zhumadian table', () => {
    const [doc] = readSeed('003_7fd3883a336dc26e.txt');
    const all = run(doc!, place('驻马店经济开发区')).facts;
    const row = all.filter((f) => f.metric === '地区生产总值增长').map((f) => [f.kind, f.year, f.value, f.unit]);
    expect(row).toEqual([
      ['baseline', 2020, 7.3, '%'],
      ['target', 2025, 8, '%'],
    ]);
  });
});
