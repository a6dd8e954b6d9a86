import { describe, expect, it } from 'vitest';
import { develops, place, readSeed, readText, resolve, run } from './harness.ts';
import type { ResolvedMention, Sentence } from '../../../graph-seed/pipeline/types.ts';

const ZONE = '武汉经济技术开发区';

/** Place mentions a place recogniser would find in a sentence (the test names them). */
function placesIn(names: Array<[string, 'Zone' | 'Region']>, anaphors: string[] = []) {
  return (s: Sentence): ResolvedMention[] => {
    const out: ResolvedMention[] = [];
    for (const [name, label] of names) {
      const at = s.simplified.indexOf(name);
      if (at >= 0) out.push(resolve({ label, canonical: name, surface: name, originalSurface: name, start: at, end: at + name.length, sentence: s.index }));
    }
    for (const a of anaphors) {
      const at = s.simplified.indexOf(a);
      if (at >= 0) out.push(resolve({ label: 'Zone', canonical: a, surface: a, originalSurface: a, start: at, end: at + a.length, sentence: s.index, anaphor: true }));
    }
    return out;
  };
}

describe('DEVELOPS on the Wuhan ETDZ plan (seed 001)', () => {
  const [doc] = readSeed('001_b542f6f43ab8c132.txt');
  const d = develops(run(doc!, place(ZONE)).relations);
  const role = (industry: string) => d.get(`${ZONE}->${industry}`);

  it('tiers the three pillar industries from 第一节 巩固提升三大优势产业', () => {
    expect(role('汽车')).toBe('pillar');
    expect(role('电子电器')).toBe('pillar');
    expect(role('食品饮料')).toBe('pillar');
  });

  it('tiers 三大战略产业 strategic from the list head', () => {
    expect(role('新能源和智能网联汽车')).toBe('strategic');
    expect(role('新能源')).toBe('strategic');
    expect(role('新材料')).toBe('strategic');
  });

  it('tiers 三大新兴产业 emerging and 五大特色产业 featured', () => {
    expect(role('现代服务业')).toBe('emerging');
    expect(role('大健康')).toBe('emerging');
    expect(role('数字经济')).toBe('emerging');
    for (const name of ['高端装备', '智能建造', '现代物流', '通用航空', '现代农业']) expect(role(name), name).toBe('featured');
  });

  it('gives the place DEVELOPS Y for 依托X等龙头企业发展Y', () => {
    expect(role('氢能')).toBeDefined();
    expect(role('光伏')).toBeDefined();
    expect(role('储能')).toBeDefined();
  });

  it('does not make every industry word a DEVELOPS', () => {
    // 轨道交通3号线 is a metro line; 第三产业 a statistical sector.
    expect(d.has(`${ZONE}->第三`)).toBe(false);
    const sentences = run(doc!, place(ZONE));
    const evidence = sentences.relations.map((r) => doc!.sentences[r.sentence]!.simplified);
    expect(evidence.some((s) => s.includes('轨道交通3号线'))).toBe(false);
    expect(evidence.some((s) => s.startsWith('服务业发展较滞后'))).toBe(false);
  });
});

describe('DEVELOPS in passages from other provinces', () => {
  it('links a place named in the clause, in both scripts, with the tier of the list', () => {
    for (const text of [
      '成都高新区聚焦电子信息、生物医药、数字经济三大主导产业，打造世界级产业集群。',
      '成都高新區聚焦電子信息、生物醫藥、數字經濟三大主導產業，打造世界級產業集群。',
    ]) {
      const [doc] = readText(text);
      const r = run(doc!, place('四川省', 'Region'), placesIn([['成都高新区', 'Zone']]));
      expect(develops(r.relations)).toEqual(
        new Map([
          ['成都高新区->电子信息', 'pillar'],
          ['成都高新区->生物医药', 'pillar'],
          ['成都高新区->数字经济', 'pillar'],
        ]),
      );
    }
  });

  it('falls back to the subject place for anaphors and place-less sentences', () => {
    const [doc] = readText('本区重点发展新型显示和集成电路产业。\n加快培育氢能、储能等新兴产业。');
    const r = run(doc!, place('合肥经济技术开发区'), placesIn([], ['本区']));
    expect(develops(r.relations)).toEqual(
      new Map([
        ['合肥经济技术开发区->新型显示', 'general'],
        ['合肥经济技术开发区->集成电路', 'general'],
        ['合肥经济技术开发区->氢能', 'emerging'],
        ['合肥经济技术开发区->储能', 'emerging'],
      ]),
    );
  });

  it('gives each county in a Hubei-style sentence its own industry, and partners none', () => {
    const [doc] = readText('仙桃市重点发展无纺布产业，潜江市做强小龙虾特色产业，促进与武汉市的产业联动。');
    const r = run(doc!, place('湖北省', 'Region'), placesIn([['仙桃市', 'Region'], ['潜江市', 'Region'], ['武汉市', 'Region']]));
    expect(develops(r.relations)).toEqual(
      new Map([
        ['仙桃市->无纺布', 'general'],
        ['潜江市->水产', 'featured'],
      ]),
    );
  });

  it('does not make a place the developer when it is only listed beside the industry or is what the text works around', () => {
    const [doc] = readText('加快推动十堰市航空电子产业园、十堰市锻铸造产业园、商用车后市场服务基地建设。\n围绕武汉市创建国家先进制造业集群和基地,聚焦电子信息、高端装备。');
    const r = run(
      doc!,
      place('湖北省', 'Region'),
      placesIn([
        ['十堰市航空电子产业园', 'Zone'],
        ['十堰市锻铸造产业园', 'Zone'],
        ['武汉市', 'Region'],
      ]),
    );
    const d = develops(r.relations);
    expect([...d.keys()].filter((k) => !k.startsWith('湖北省->'))).toEqual([]);
    expect(d.get('湖北省->电子信息')).toBe('general');
  });

  it('does not fall back to a subject the sentence names only as a partner, but does for 围绕建设X', () => {
    const [doc] = readText('对接湖北省“51020”现代产业体系,培育和引进节能环保、数字创意等其他战略性新兴产业重点企业和项目。\n围绕建设中国车谷,推进要素资源向新能源和新材料两大战略产业集中。');
    const hubei = run(doc!, place('湖北省', 'Region'), placesIn([['湖北省', 'Region']]));
    expect(hubei.relations.filter((r) => r.sentence === 0)).toEqual([]);
    const valley = run(doc!, place('中国车谷'), placesIn([['中国车谷', 'Zone']]));
    expect(develops(valley.relations.filter((r) => r.sentence === 1))).toEqual(
      new Map([
        ['中国车谷->新能源', 'strategic'],
        ['中国车谷->新材料', 'strategic'],
      ]),
    );
  });

  it('needs a statement about developing, not just an industry word', () => {
    const [doc] = readText('服务业发展较滞后，生产性服务业支撑不足。\n高新技术企业数量突破3000家。\n引进一批新材料企业。');
    const r = run(doc!, place('某某经济开发区'));
    expect(r.relations).toEqual([]);
  });

  it('lets a heading such as 第一节 做强汽车及零部件产业集群 tier and induce the lead sentence under it', () => {
    const text = '第一節 做強汽車及零部件產業集群\n整車、汽車零部件和專用車協同發展，形成完整產業鏈。\n第二節 培育壯大戰略性新興產業\n新能源汽车、动力电池产业快速集聚。';
    const [doc] = readText(text);
    const r = run(doc!, place('十堰经济技术开发区'));
    const d = develops(r.relations);
    expect(d.get('十堰经济技术开发区->汽车及零部件')).toBe('general');
    expect(d.get('十堰经济技术开发区->整车')).toBeDefined();
    expect(d.get('十堰经济技术开发区->专用车')).toBeDefined();
    expect(d.get('十堰经济技术开发区->新能源汽车')).toBe('strategic');
    expect(d.get('十堰经济技术开发区->动力电池')).toBe('strategic');
  });

  it('does not tier a designation list by its neighbour (国家级先进制造业集群、国家战略性新兴产业集群)', () => {
    const [doc] = readText('積極爭創國家級先進製造業集群、國家戰略性新興產業集群。');
    const d = develops(run(doc!, place('南京经济技术开发区')).relations);
    expect(d.get('南京经济技术开发区->先进制造业')).toBe('general');
    expect(d.get('南京经济技术开发区->战略性新兴产业')).toBe('strategic');
  });

  it('links only the named whole of 光芯屏端网 / 新能源和智能网联汽车 by default, as ANNOTATION.md does', () => {
    const [doc] = readText('支持東湖高新區打造全球頂尖的“光芯屏端網”產業集群。\n打造世界級新能源和智能網聯汽車產業集群。');
    const r = run(doc!, place('武汉东湖新技术开发区'));
    expect(r.relations.map((x) => x.end.canonical)).toEqual(['光芯屏端网', '新能源和智能网联汽车']);
  });

  it('on request develops each part of a name that spells several out, marked via the whole', () => {
    const [doc] = readText('支持東湖高新區打造全球頂尖的“光芯屏端網”產業集群。\n打造世界級新能源和智能網聯汽車產業集群。');
    const r = run(doc!, place('武汉东湖新技术开发区'), undefined, { expandNamedParts: true });
    const ends = r.relations.map((x) => [x.end.canonical, x.properties?.['via'] ?? null]);
    expect(ends).toEqual([
      ['光芯屏端网', null],
      ['光电子', '光芯屏端网'],
      ['集成电路', '光芯屏端网'],
      ['新型显示', '光芯屏端网'],
      ['智能终端', '光芯屏端网'],
      ['网络信息服务', '光芯屏端网'],
      ['新能源和智能网联汽车', null],
      ['新能源汽车', '新能源和智能网联汽车'],
      ['智能网联汽车', '新能源和智能网联汽车'],
    ]);
    // Expanded ends carry their own taxonomy identity, not the whole's surface.
    const display = r.relations.find((x) => x.end.canonical === '新型显示')!.end;
    expect(display).toMatchObject({ nodeId: 'industry:新型显示', surface: '新型显示', aliases: [], properties: { taxonomyId: 'new-display' } });
  });

  it('carries evidence of the sentence it came from', () => {
    const [doc] = readText('河南驻马店经济开发区以农产品加工为首位产业。');
    const r = run(doc!, place('驻马店经济开发区'));
    expect(r.relations).toHaveLength(1);
    const rel = r.relations[0]!;
    expect(rel).toMatchObject({ type: 'DEVELOPS', role: 'pillar', start: { canonical: '驻马店经济开发区' }, end: { canonical: '农产品加工' } });
    expect(doc!.sentences[rel.sentence]!.simplified).toContain('农产品加工为首位产业');
  });
});
