import { describe, expect, it } from 'vitest';
import { relationshipId } from '../../../shared/graph.ts';
import { makeDocument } from './doc.ts';
import { runPlaces } from './run.ts';
import type { LocatedInOptions } from '../../../graph-seed/pipeline/relate/located-in.ts';

function relations(text: string, title?: string, options?: LocatedInOptions) {
  const run = runPlaces(makeDocument(text, title), options);
  return {
    run,
    pairs: run.relations.map((r) => `${r.type} ${r.start.canonical} -> ${r.end.canonical}`),
  };
}

describe('LOCATED_IN', () => {
  it('reads the nesting grammar: 由A和B组成, a subject-less 下辖/包括 clause, 区内设有, “一区N园”…建设, X市现有A、B', () => {
    const has = (text: string, want: string[]) => {
      const { pairs } = relations(text);
      for (const w of want) expect(pairs).toContain(w);
      return pairs;
    };
    has('绍兴滨海新城由绍兴经济技术开发区（东区）和上虞经济开发区组成。', [
      'LOCATED_IN 绍兴经济技术开发区 -> 绍兴滨海新城',
      'LOCATED_IN 上虞经济开发区 -> 绍兴滨海新城',
    ]);
    has('常州经济技术开发区是省级开发区，实行“一区两园”体制，下辖武进工业园区、常州综合保税区。', [
      'LOCATED_IN 武进工业园区 -> 常州经济技术开发区',
      'LOCATED_IN 常州综合保税区 -> 常州经济技术开发区',
    ]);
    has('烟台经济技术开发区加快发展。区内设有烟台综合保税区。', ['LOCATED_IN 烟台综合保税区 -> 烟台经济技术开发区']);
    has('滨州经济技术开发区按照“一区两园”布局建设滨州化工产业园和滨州装备产业园。', [
      'LOCATED_IN 滨州化工产业园 -> 滨州经济技术开发区',
      'LOCATED_IN 滨州装备产业园 -> 滨州经济技术开发区',
    ]);
    has('银川市现有银川经济技术开发区、贺兰工业园区、永宁工业园区。', [
      'LOCATED_IN 贺兰工业园区 -> 银川市',
      'LOCATED_IN 永宁工业园区 -> 银川市',
    ]);
    // A short name bracketed after a zone names it later; a zone opening a clause holds the parks it builds.
    has('嘉兴智造新城由嘉兴经济技术开发区（南湖片区）和嘉兴高新技术产业园区（秀洲片区）组成。秀洲片区重点建设嘉兴光伏产业园。', [
      'LOCATED_IN 嘉兴经济技术开发区 -> 嘉兴智造新城',
      'LOCATED_IN 嘉兴高新技术产业园区 -> 嘉兴智造新城',
      'LOCATED_IN 嘉兴光伏产业园 -> 嘉兴高新技术产业园区',
    ]);
    // 由A与B合作共建 names builders, not parts.
    const built = relations('苏宿工业园区由苏州工业园区与宿迁市合作共建。').pairs;
    expect(built).not.toContain('LOCATED_IN 苏州工业园区 -> 苏宿工业园区');
  });

  it('places a zone named after a region in that region when the text also names the region (十堰经济技术开发区 → 十堰市)', () => {
    const { run, pairs } = relations('十堰经济技术开发区加快发展。十堰市综合实力持续增强。');
    expect(pairs).toEqual(['LOCATED_IN 十堰经济技术开发区 -> 十堰市']);
    const rel = run.relations[0]!;
    expect(rel.end).toMatchObject({ nodeId: 'region:420300', label: 'Region', surface: '十堰', properties: { code: '420300', level: 'city' } });
    expect(rel.start.nodeId).toBe('zone:十堰经济技术开发区');
    expect(rel.sentence).toBe(0);
    // A place seen only inside zone names is part of the names (ANNOTATION.md): no relation by default …
    expect(relations('十堰经济技术开发区加快发展。').pairs).toEqual([]);
    // … unless the rule is asked to place zones by their names alone.
    expect(relations('十堰经济技术开发区加快发展。', undefined, { fromNameAlone: true }).pairs).toEqual(['LOCATED_IN 十堰经济技术开发区 -> 十堰市']);
  });

  it('reads 位于 and a region right before a zone: every place of the address after the verb', () => {
    const { pairs } = relations('港澳台工业园位于湖北省十堰市。盛世人工智能产业园地处蔡甸区。');
    expect(pairs).toEqual(['LOCATED_IN 港澳台工业园 -> 湖北省', 'LOCATED_IN 港澳台工业园 -> 十堰市', 'LOCATED_IN 盛世人工智能产业园 -> 蔡甸区']);
    // 位于成都市南部: 南部 after a city it does not lie in is "the south", not 南部县.
    expect(relations('四川天府新区位于成都市南部。').pairs).toEqual(['LOCATED_IN 四川天府新区 -> 成都市']);
  });

  it('reads 十堰市的经开区 in a zone plan as the subject zone in 十堰市', () => {
    const { pairs } = relations('十堰经济技术开发区规划\n十堰市的经开区是全市工业主战场。');
    expect(pairs).toContain('LOCATED_IN 十堰经济技术开发区 -> 十堰市');
  });

  it('puts a 片区 in its city and in its free-trade zone when both are named on their own', () => {
    expect(relations('宜昌市依托湖北自贸试验区宜昌片区发展外向型经济。').pairs).toEqual(['LOCATED_IN 中国（湖北）自由贸易试验区宜昌片区 -> 宜昌市']);
    expect(relations('湖北省加快建设中国（湖北）自由贸易试验区的武汉片区。').pairs).toEqual([
      'LOCATED_IN 中国（湖北）自由贸易试验区 -> 湖北省',
      'LOCATED_IN 中国（湖北）自由贸易试验区武汉片区 -> 中国（湖北）自由贸易试验区',
    ]);
  });

  it('reads A——B as park B inside area A', () => {
    const { pairs } = relations('将东部产业新城——新经济产业园打造为产业客厅，将港澳台工业园——新能源汽车产业园打造成为新高地。', '产业空间布局');
    expect(pairs).toEqual(['LOCATED_IN 新经济产业园 -> 东部产业新城', 'LOCATED_IN 新能源汽车产业园 -> 港澳台工业园']);
  });

  it('puts parks named in a zone’s own plan in that zone, but not parks elsewhere', () => {
    const { pairs } = relations('驻马店经济开发区规划\n推动金玉锋大健康产业园建设。对标南京市数字经济产业园。学习南京市经验。');
    expect(pairs).toContain('LOCATED_IN 金玉锋大健康产业园 -> 驻马店经济开发区');
    expect(pairs).toContain('LOCATED_IN 南京市数字经济产业园 -> 南京市');
    expect(pairs).not.toContain('LOCATED_IN 南京市数字经济产业园 -> 驻马店经济开发区');
  });

  it('counts a place named in the document’s title or a title it cites as named on its own (titles are statements)', () => {
    expect(relations('依据《常州市制造业发展规划》，常州经济技术开发区加快发展。').pairs).toEqual(['LOCATED_IN 常州经济技术开发区 -> 常州市']);
    // The zone's own name in a title is no separate mention of its place.
    expect(relations('常州经济技术开发区发展规划\n常州经济技术开发区加快发展。').pairs).toEqual([]);
  });

  it('reads zones a zone holds: 位于片区内, 涵盖, 区内的, 由…组成, 在X共建Y', () => {
    const pairs = (text: string) => relations(text).pairs;
    expect(pairs('中国（辽宁）自由贸易试验区大连片区发展跨境电商，大连大窑湾综合保税区位于片区内。')).toContain(
      'LOCATED_IN 大连大窑湾综合保税区 -> 中国（辽宁）自由贸易试验区大连片区',
    );
    expect(pairs('中国（湖南）自由贸易试验区长沙片区涵盖长沙黄花综合保税区。')).toContain('LOCATED_IN 长沙黄花综合保税区 -> 中国（湖南）自由贸易试验区长沙片区');
    expect(pairs('惠州大亚湾经济技术开发区以石化为主导，区内的大亚湾石化区是重要基地。')).toContain('LOCATED_IN 大亚湾石化区 -> 惠州大亚湾经济技术开发区');
    expect(pairs('西宁经济技术开发区由东川工业园区、甘河工业园区两个园区组成。')).toEqual([
      'LOCATED_IN 东川工业园区 -> 西宁经济技术开发区',
      'LOCATED_IN 甘河工业园区 -> 西宁经济技术开发区',
    ]);
    expect(pairs('两市签订协议，在大庆高新区共建大庆·惠州产业园。')).toEqual(['LOCATED_IN 大庆·惠州产业园 -> 大庆高新技术产业开发区']);
  });

  it('places a zone in the region the sentence ranks it in (是浙江省级新区, 是青海省重要的平台), also from a clause without a subject', () => {
    expect(relations('温州湾新区是浙江省级新区。').pairs).toEqual(['LOCATED_IN 温州湾新区 -> 浙江省']);
    expect(relations('西宁经济技术开发区由东川工业园区组成，是青海省重要的产业发展平台。').pairs).toContain('LOCATED_IN 西宁经济技术开发区 -> 青海省');
    // A region that is only compared with (是浙江省的两倍) ranks nothing: 的 must open what the zone is.
    expect(relations('温州湾新区面积是浙江省平均水平的两倍。').pairs).toEqual([]);
  });

  it('reads 位于 only for the zone (or list of zones) right before it, and a bare 园区 as the park just named', () => {
    expect(relations('嘉兴经济技术开发区与上海张江高新技术产业开发区合作共建张江长三角科技城嘉兴园，园区位于嘉兴市东部。').pairs.filter((p) => p.endsWith('嘉兴市'))).toEqual([
      'LOCATED_IN 嘉兴经济技术开发区 -> 嘉兴市',
      'LOCATED_IN 张江长三角科技城嘉兴园 -> 嘉兴市',
    ]);
    expect(relations('大连经济技术开发区、大连保税区均位于金普新区范围内。').pairs).toEqual([
      'LOCATED_IN 大连经济技术开发区 -> 大连金普新区',
      'LOCATED_IN 大连保税区 -> 大连金普新区',
    ]);
  });

  it('reads quoted parks listed before 等…园区 as parks the zone opening the clause builds', () => {
    const run = relations('根据总体方案，南沙新区片区重点发展航运服务，打造“南沙芯谷”“海洋之芯”等特色产业园区。');
    expect(run.pairs.filter((p) => p.includes('芯'))).toEqual([
      'LOCATED_IN 南沙芯谷 -> 中国（广东）自由贸易试验区广州南沙新区片区',
      'LOCATED_IN 海洋之芯 -> 中国（广东）自由贸易试验区广州南沙新区片区',
    ]);
    // Quoted names that are not listed as parks are not zones (“链长制”).
    expect(relations('推行“链长制”“亩均论英雄”等改革。').pairs).toEqual([]);
  });

  it('states nothing for a zone with no place in or around its name', () => {
    expect(relations('新蒲新区加快发展。').pairs).toEqual([]);
  });
});

describe('COOPERATES_WITH', () => {
  it('pairs the subject with places after 与 in a cooperation clause', () => {
    const { run, pairs } = relations(
      '十堰经济技术开发区规划\n推动与北京、重庆等发达地区共建产业园区，深化与北京经济技术开发区产业协作。',
    );
    expect(pairs.filter((p) => p.startsWith('COOPERATES_WITH'))).toEqual([
      'COOPERATES_WITH 十堰经济技术开发区 -> 北京市',
      'COOPERATES_WITH 十堰经济技术开发区 -> 重庆市',
      'COOPERATES_WITH 十堰经济技术开发区 -> 北京经济技术开发区',
    ]);
    const coop = run.relations.find((r) => r.type === 'COOPERATES_WITH')!;
    // Symmetric: the id is the same whichever end comes first.
    expect(relationshipId('COOPERATES_WITH', coop.start.nodeId, coop.end.nodeId)).toBe(relationshipId('COOPERATES_WITH', coop.end.nodeId, coop.start.nodeId));
  });

  it('pairs the last place of an address, and every place of a joint action', () => {
    const coop = (text: string) => relations(text).pairs.filter((p) => p.startsWith('COOPERATES_WITH'));
    expect(coop('临沂市与甘肃省陇南市建立结对帮扶关系。')).toEqual(['COOPERATES_WITH 临沂市 -> 陇南市']);
    expect(coop('嘉善县与青浦区、吴江区协同推进示范区建设。')).toEqual([
      'COOPERATES_WITH 嘉善县 -> 青浦区',
      'COOPERATES_WITH 嘉善县 -> 吴江区',
      'COOPERATES_WITH 青浦区 -> 吴江区',
    ]);
  });

  it('pairs regions of the country through a pairing word of their own clause (东北地区与东部地区对口合作)', () => {
    const coop = relations('深化东北地区与东部地区对口合作。融入长江经济带发展。').pairs.filter((p) => p.startsWith('COOPERATES_WITH'));
    expect(coop).toEqual(['COOPERATES_WITH 东北地区 -> 东部地区']);
  });

  it('pairs every place of one list that works together', () => {
    const { pairs } = relations('湖北省县域经济发展规划\n支持宜都市、枝江市和松滋市跨江协作。');
    expect(pairs).toEqual([
      'COOPERATES_WITH 宜都市 -> 枝江市',
      'COOPERATES_WITH 宜都市 -> 松滋市',
      'COOPERATES_WITH 枝江市 -> 松滋市',
    ]);
  });

  it('pairs places on both sides of 对接 and the places of an enclave sentence', () => {
    const { pairs } = relations('支持棗陽市、穀城縣等地積極對接聯通孝感市、武漢市。');
    expect(pairs).toEqual([
      'COOPERATES_WITH 枣阳市 -> 孝感市',
      'COOPERATES_WITH 枣阳市 -> 武汉市',
      'COOPERATES_WITH 谷城县 -> 孝感市',
      'COOPERATES_WITH 谷城县 -> 武汉市',
    ]);
    const enclave = relations('采用“飞地经济”模式，从粤港澳大湾区等前沿发展区域持续向驻马店经济开发区导入一批企业。').pairs;
    expect(enclave).toEqual(['COOPERATES_WITH 粤港澳大湾区 -> 驻马店经济开发区']);
  });

  it('reads 对口协作 between provinces in a Traditional passage', () => {
    const { pairs } = relations('浙江省與四川省開展對口協作，共建產業園區。');
    expect(pairs).toEqual(['COOPERATES_WITH 浙江省 -> 四川省']);
  });

  it('never pairs a park named by the partners’ syllables with either partner (苏宿工业园区, 宿迁市)', () => {
    const { pairs } = relations('苏宿工业园区是苏州市与宿迁市合作共建的飞地园区。');
    expect(pairs).toContain('COOPERATES_WITH 苏州市 -> 宿迁市');
    expect(pairs.filter((p) => p.startsWith('COOPERATES_WITH') && p.includes('苏宿工业园区'))).toEqual([]);
  });

  it('never pairs a zone with the region it lies in, nor places without a cooperation word', () => {
    expect(relations('十堰经济技术开发区与十堰市共建园区。').pairs).toEqual(['LOCATED_IN 十堰经济技术开发区 -> 十堰市']);
    expect(relations('武汉市和襄阳市经济总量增长。').pairs).toEqual([]);
  });
});
