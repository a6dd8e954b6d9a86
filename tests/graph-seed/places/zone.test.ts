import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument } from './doc.ts';
import { zoneRecogniser } from './run.ts';
import type { Mention } from '../../../graph-seed/pipeline/types.ts';

function zones(text: string, title?: string): Mention[] {
  const doc = makeDocument(text, title);
  return doc.sentences.flatMap((s) => zoneRecogniser.recognise(s, { document: doc, subject: null }));
}

const named = (ms: Mention[]) => ms.filter((m) => !m.anaphor).map((m) => `${m.surface}=${m.canonical}`);

describe('zone recogniser', () => {
  it('reads a co-built park named by any partner with its host place in brackets (松山湖（韶关）科技产业园)', () => {
    expect(named(zones('加快推进松山湖（韶关）科技产业园建设，支持市北高新（宣城）科技产业园发展。'))).toEqual([
      '松山湖（韶关）科技产业园=松山湖（韶关）科技产业园',
      '市北高新（宣城）科技产业园=市北高新（宣城）科技产业园',
    ]);
    // Without a place in the brackets it is no partner park.
    expect(named(zones('加快推进松山湖（一期）科技产业园建设。'))).not.toContain('松山湖（一期）科技产业园=松山湖（一期）科技产业园');
  });

  it('reads a former name (将原X更名为Y) as another name of Y, and a dash-joined partner park (番禺—毕节产业园)', () => {
    const ms = zones('将原武陟县产业集聚区更名为武陟经济技术开发区。');
    expect(named(ms)).toEqual(['武陟县产业集聚区=武陟经济技术开发区', '武陟经济技术开发区=武陟经济技术开发区']);
    expect(ms[1]!.aliases).toContain('武陟县产业集聚区');
    expect(named(zones('广州市番禺区与毕节市共建番禺—毕节产业园。'))).toEqual(['番禺—毕节产业园=番禺—毕节产业园']);
    // A double dash sets a park after its area (东部产业新城——新经济产业园), no partner pair.
    expect(named(zones('加快建设番禺——毕节产业园。'))).not.toContain('番禺——毕节产业园=番禺——毕节产业园');
  });

  it('knows the suffixes of new towns, opening-up pilot zones and zones two places run together', () => {
    const ms = zones('衢州智造新城与中越跨境经济合作区、广清经济特别合作区、中俄互市贸易区、防城港国际医学开放试验区合作。');
    expect(named(ms)).toEqual([
      '衢州智造新城=衢州智造新城',
      '中越跨境经济合作区=中越跨境经济合作区',
      '广清经济特别合作区=广清经济特别合作区',
      '中俄互市贸易区=中俄互市贸易区',
      '防城港国际医学开放试验区=防城港国际医学开放试验区',
    ]);
    // 新城 needs a place before it: 建设新城 names none.
    expect(named(zones('加快建设产城融合新城。'))).toEqual([]);
  });

  it('gives abbreviations their official long form (武汉经开区 ≡ 武汉经济技术开发区)', () => {
    const ms = zones('武汉经开区是武汉经济技术开发区的简称，大冶市高新区、合肥高新区加快发展。');
    expect(named(ms)).toEqual([
      '武汉经开区=武汉经济技术开发区',
      '武汉经济技术开发区=武汉经济技术开发区',
      '大冶市高新区=大冶高新技术产业开发区',
      '合肥高新区=合肥高新技术产业开发区',
    ]);
    expect(ms[0]).toMatchObject({ aliases: ['武汉经开区'], nameEn: 'Wuhan Economic and Technological Development Zone', properties: { kind: 'etdz', regionCode: '420100' } });
    expect(ms[3]!.properties).toMatchObject({ kind: 'hitech', regionCode: '340100' });
  });

  it('maps well-known names through zone-aliases.yaml, from Traditional text too (東湖高新區)', () => {
    const doc = makeDocument('支持東湖高新區建設世界一流科技園區，中國車谷加快發展。');
    const s = doc.sentences[0]!;
    const ms = zoneRecogniser.recognise(s, { document: doc, subject: null });
    const eastLake = ms.find((m) => m.surface === '东湖高新区')!;
    expect(eastLake).toMatchObject({ canonical: '武汉东湖新技术开发区', originalSurface: '東湖高新區', properties: { kind: 'hitech' } });
    expect(eastLake.aliases).toEqual(expect.arrayContaining(['东湖高新区', '東湖高新區']));
    expect(s.text.slice(eastLake.start, eastLake.end)).toBe('東湖高新區');
    expect(ms.find((m) => m.surface === '中国车谷')).toMatchObject({ canonical: '武汉经济技术开发区', originalSurface: '中國車谷' });
  });

  it('reads bonded zones, FTZs and their 片区, new areas, science cities, Taiwanese investment zones', () => {
    const ms = zones(
      '遵义综合保税区和遵义综保区封关运行。依托湖北自贸试验区宜昌片区、中国（湖北）自由贸易试验区。新蒲新区、东湖科学城、泉州台商投资区协同发展。',
    );
    expect(named(ms)).toEqual([
      '遵义综合保税区=遵义综合保税区',
      '遵义综保区=遵义综合保税区',
      '湖北自贸试验区宜昌片区=中国（湖北）自由贸易试验区宜昌片区',
      '中国（湖北）自由贸易试验区=中国（湖北）自由贸易试验区',
      '新蒲新区=新蒲新区',
      '东湖科学城=东湖科学城',
      '泉州台商投资区=泉州台商投资区',
    ]);
    expect(ms.map((m) => m.properties?.['kind'])).toEqual(['bonded', 'bonded', 'ftz', 'ftz', 'new-area', 'science-city', 'taiwan-investment']);
    // The 片区 takes its free-trade zone's words into one name; it keeps the link to the zone it is part of.
    expect(ms[2]!.properties).toMatchObject({ partOf: '中国（湖北）自由贸易试验区', regionCode: '420500' });
    expect(ms[2]!.aliases).toEqual(['湖北自贸试验区宜昌片区']);
    expect(ms[0]!.nameEn).toBe('Zunyi Comprehensive Bonded Zone');
  });

  it('reads named parks and leaves descriptive ones out', () => {
    const ms = zones('推动港澳台工业园、易捷特产业园、东风小康产业园提档升级，建设特色产业园区和智慧园区，推进八大产业园区建设。');
    expect(named(ms)).toEqual(['港澳台工业园=港澳台工业园', '易捷特产业园=易捷特产业园', '东风小康产业园=东风小康产业园']);
  });

  it('reads a park named for its industry in a zone’s plan, not in a province’s (新材料产业园)', () => {
    const zonePlan = zones('十堰经济技术开发区国民经济和社会发展规划\n建设新材料产业园，将港澳台工业园——新能源汽车产业园打造成为新高地。');
    expect(named(zonePlan)).toEqual([
      '十堰经济技术开发区=十堰经济技术开发区',
      '新材料产业园=新材料产业园',
      '港澳台工业园=港澳台工业园',
      '新能源汽车产业园=新能源汽车产业园',
    ]);
    const provincePlan = zones('湖北省县域经济发展规划\n建设一批双创产业园、物流产业园和新材料产业园。');
    expect(named(provincePlan)).toEqual([]);
  });

  it('reads a zone name in brackets after a zone as another name of it', () => {
    const ms = zones('建成千亿级开发区1个（貴州茍江經濟開發區<貴州和平經濟開發區>），百亿级开发区（遵义高新技术产业开发区（贵州红花岗经济开发区））。');
    expect(named(ms)).toEqual([
      '贵州茍江经济开发区=贵州茍江经济开发区',
      '贵州和平经济开发区=贵州茍江经济开发区',
      '遵义高新技术产业开发区=遵义高新技术产业开发区',
      '贵州红花岗经济开发区=遵义高新技术产业开发区',
    ]);
    expect(ms[1]!.aliases).toEqual(expect.arrayContaining(['贵州和平经济开发区', '貴州和平經濟開發區']));
  });

  it('makes no zone of 开发区高质量发展, 园区建设 or zones in general', () => {
    expect(named(zones('推动开发区高质量发展。加强园区建设。促进湖北高新技术产业开发区高质量发展。湖北省开发区条例。各开发区、国家级经开区加快发展。'))).toEqual([]);
  });

  it('strips a province before a city and a rank between place and suffix', () => {
    const ms = zones('湖北十堰经济技术开发区、河南驻马店经济开发区和遵义国家经济技术开发区、汉川市国家级经开区。');
    expect(named(ms)).toEqual([
      '湖北十堰经济技术开发区=十堰经济技术开发区',
      '河南驻马店经济开发区=驻马店经济开发区',
      '遵义国家经济技术开发区=遵义经济技术开发区',
      '汉川市国家级经开区=汉川经济技术开发区',
    ]);
  });

  it('reads a short name the document also gives in full (东部产业新城 → 十堰东部产业新城)', () => {
    const ms = zones('十堰经济技术开发区规划\n创新推进十堰东部产业新城建设。加快把东部产业新城建成产城融合示范区。');
    expect(named(ms)).toEqual([
      '十堰经济技术开发区=十堰经济技术开发区',
      '十堰东部产业新城=十堰东部产业新城',
      '东部产业新城=十堰东部产业新城',
    ]);
  });

  it('flags anaphors only where they stand for the zone the document is about', () => {
    const plan = '十堰经济技术开发区国民经济和社会发展第十四个五年规划纲要\n全区上下团结奋斗，开发区综合实力显著增强。各开发区之间加强交流，与国家级开发区对标。';
    const ms = zones(plan);
    const anaphors = ms.filter((m) => m.anaphor);
    expect(anaphors.map((m) => [m.surface, m.canonical])).toEqual([
      ['全区', ''],
      ['开发区', ''],
    ]);
    // 健全区、街办 holds 全区 inside 健全; the title line names a topic, not the subject.
    const more = zones('十堰经济技术开发区规划\n健全区、街办、村三级体系。');
    expect(more.filter((m) => m.anaphor)).toEqual([]);
    expect(zones('开发区高质量发展实施方案\n推进南京经济技术开发区产业经济高质量发展。', '开发区高质量发展实施方案').filter((m) => m.anaphor)).toEqual([]);
    // A province's plan: 开发区 there means zones in general.
    const province = zones('湖北省县域经济发展规划\n推动开发区提质增效。全区上下团结一心。');
    expect(province.filter((m) => m.anaphor)).toEqual([]);
  });

  it('reads zones of other provinces in both scripts', () => {
    const ms = zones(
      '蘇州工業園區與昆山經濟技術開發區共建產業園。廈門火炬高新區加快建設。四川天府新區和成都高新區聯動發展。支持廣東自貿試驗區南沙片區建設。',
    );
    expect(named(ms)).toEqual([
      '苏州工业园区=苏州工业园区',
      '昆山经济技术开发区=昆山经济技术开发区',
      // The official name differs from the rule's (高技术, not 高新技术): zone-aliases.yaml holds it.
      '厦门火炬高新区=厦门火炬高技术产业开发区',
      '四川天府新区=四川天府新区',
      '成都高新区=成都高新技术产业开发区',
      // ftz-areas.yaml: the approved name of the area 南沙片区 stands for.
      '广东自贸试验区南沙片区=中国（广东）自由贸易试验区广州南沙新区片区',
    ]);
    expect(ms[0]).toMatchObject({ originalSurface: '蘇州工業園區', nameEn: 'Suzhou Industrial Park', properties: { kind: 'park' } });
    expect(ms[2]!.nameEn).toBe('Xiamen Torch Hi-tech Industrial Development Zone');
  });

  it('reads 片区 listed after a free-trade zone’s first 片区, and special areas; not 首批国家级经济技术开发区', () => {
    const ms = zones('中国（广西）自由贸易试验区南宁片区、钦州港片区和崇左片区建设取得成效。郑州航空港经济综合实验区、平潭综合实验区加快发展。昆山经济技术开发区是全国首批国家级经济技术开发区之一。');
    expect(named(ms)).toEqual([
      '中国（广西）自由贸易试验区南宁片区=中国（广西）自由贸易试验区南宁片区',
      '钦州港片区=中国（广西）自由贸易试验区钦州港片区',
      '崇左片区=中国（广西）自由贸易试验区崇左片区',
      '郑州航空港经济综合实验区=郑州航空港经济综合实验区',
      '平潭综合实验区=平潭综合实验区',
      '昆山经济技术开发区=昆山经济技术开发区',
    ]);
    expect(ms[1]!.properties).toMatchObject({ kind: 'ftz', partOf: '中国（广西）自由贸易试验区' });
  });

  it('reads municipalities, free-trade ports, unknown place names and directions; leaves districts to regions', () => {
    const ms = zones(
      '重庆高新区、贵安新区和海南自由贸易港加快建设。臺中市推動中部科學園區擴建。上海市浦东新区推进张江科学城建设。充分发挥经开新区带动作用。',
    );
    expect(named(ms)).toEqual([
      '重庆高新区=重庆高新技术产业开发区',
      '贵安新区=贵安新区',
      '海南自由贸易港=海南自由贸易港',
      '中部科学园区=中部科学园区',
      '张江科学城=张江科学城',
      '经开新区=经开新区',
    ]);
  });

  it('finds the seed plan’s own zone in its cover notice and the bare 开发区 of its title is no zone', () => {
    const text = readFileSync(new URL('../../../graph-seed/corpus/003_7fd3883a336dc26e.txt', import.meta.url), 'utf8');
    const [title, , , notice] = text.split('\n');
    expect(named(zones(title!))).toEqual([]);
    expect(named(zones(notice!))).toEqual(['驻马店经济开发区=驻马店经济开发区']);
  });
});
