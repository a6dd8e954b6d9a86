import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../shared/chinese.ts';
import { industriesIn, readSeed } from './harness.ts';
import { createIndustryRecogniser } from '../../../graph-seed/pipeline/recognise/industry.ts';
import { loadTaxonomy } from '../../../graph-seed/taxonomy/index.ts';

const names = (text: string) => industriesIn(text).map((m) => m.canonical);

describe('industry recogniser: taxonomy matches', () => {
  it('maps the industries of a Nanjing-style eight-chain list', () => {
    expect(names('聚焦集成电路、生物医药、人工智能、新能源汽车、高端装备、新材料、绿色食品、文化创意等八条产业链。')).toEqual([
      '集成电路', '生物医药', '人工智能', '新能源汽车', '高端装备', '新材料', '食品', '文化创意',
    ]);
  });

  it('reads Traditional text and keeps the original surface', () => {
    const text = '泉州台商投資區重點發展高端裝備製造、鞋服紡織和石油化工三大主導產業。';
    const found = industriesIn(text);
    // 鞋服纺织 (footwear included) is 纺织鞋服, narrower than 纺织服装: a plan can name both.
    expect(found.map((m) => m.canonical)).toEqual(['高端装备', '纺织鞋服', '石油化工']);
    const equipment = found[0]!;
    expect(equipment.surface).toBe('高端装备制造');
    expect(equipment.originalSurface).toBe('高端裝備製造');
    expect(equipment.aliases).toContain('高端装备制造');
    expect(equipment.properties).toMatchObject({ taxonomyId: 'high-end-equipment', code: 'SEI 2', unmapped: false });
    expect(names(toSimplified(text))).toEqual(['高端装备', '纺织鞋服', '石油化工']);
  });

  it('maps 汽車零部件製造 to 汽车零部件 and writes names without a trailing 产业', () => {
    const found = industriesIn('十堰市大力發展汽車零部件製造產業，做強汽車產業集群。');
    expect(found.map((m) => [m.canonical, m.surface])).toEqual([
      ['汽车零部件', '汽车零部件制造'],
      ['汽车', '汽车'],
    ]);
  });

  it('treats 新能源和智能网联汽车 as one named industry and 光芯屏端网 as one chain', () => {
    const found = industriesIn('培育壮大光芯屏端网产业集群，打造世界级新能源和智能网联汽车产业集群。');
    expect(found.map((m) => m.canonical)).toEqual(['光芯屏端网', '新能源和智能网联汽车']);
    const taxonomy = loadTaxonomy();
    const compound = taxonomy.match('新能源和智能网联汽车')!;
    expect(taxonomy.parents(compound.id).map((p) => p.name)).toEqual(expect.arrayContaining(['新能源汽车', '智能网联汽车']));
  });

  it('drops scale words: 千亿级智能终端产业集群 is 智能终端', () => {
    const found = industriesIn('以电子信息为首位产业，打造千亿级智能终端产业集群。');
    expect(found.map((m) => [m.canonical, m.surface])).toEqual([
      ['电子信息', '电子信息'],
      ['智能终端', '智能终端'],
    ]);
  });
});

describe('industry recogniser: off-taxonomy industries', () => {
  it('flags list members the taxonomy lacks as unmapped leaves', () => {
    const found = industriesIn('三大优势产业：纺织服装、电子信息、竹木加工。');
    expect(found.map((m) => m.canonical)).toEqual(['纺织服装', '电子信息', '竹木加工']);
    expect(found[2]!.properties).toMatchObject({ unmapped: true, taxonomyId: null });
    expect(found[0]!.properties).toMatchObject({ unmapped: false });
  });

  it('finds an unmapped industry after a development verb and strips 产业', () => {
    const found = industriesIn('發展壯大鋰電新能源和先進陶瓷材料產業。');
    expect(found.map((m) => [m.canonical, m.properties?.['unmapped']])).toEqual([
      ['锂电新能源', true],
      ['先进陶瓷材料', true],
    ]);
  });

  it('finds unmapped members in a Guangxi-style list with mapped neighbours', () => {
    expect(names('钦州港经济技术开发区重点发展石化、林浆纸、冶金、粮油加工和海洋产业。')).toEqual([
      '石油化工', '林浆纸', '冶金', '粮油加工', '海洋经济',
    ]);
  });
});

describe('industry recogniser: siblings and list heads', () => {
  it('takes a phrase sharing a known sibling\'s head as an industry', () => {
    const found = industriesIn('發展數字化賦能下的平台經濟、共享經濟和體驗經濟,發展柔性製造。');
    expect(found.map((m) => [m.canonical, m.properties?.['unmapped']])).toEqual([
      ['平台经济', false],
      ['共享经济', false],
      ['体验经济', true],
    ]);
  });

  it('keeps a named list head and its members, drops a generic one', () => {
    expect(names('新能源、新材料、数字经济等战略性新兴产业蓬勃发展。')).toEqual(['新能源', '新材料', '数字经济', '战略性新兴产业']);
    expect(names('加快培育氢能、储能等新兴产业。')).toEqual(['氢能', '储能']);
    expect(names('积极发展汽车金融、共享出行、改装维保、电池租赁等汽车后市场服务业。')).toEqual([
      '汽车金融', '共享出行', '改装维保', '电池租赁', '汽车后市场',
    ]);
  });
});

describe('industry recogniser: product lines', () => {
  it('takes the product a development verb names when it extends a known industry', () => {
    expect(names('依托东风华神等企业大力发展新能源卡车产品,重点发展燃料电池重卡、纯电动轻微卡。')).toEqual(['新能源卡车', '燃料电池重卡', '纯电动轻微卡']);
  });

  it('takes the members of lists closed by 装备 / 关键部件 when one is known', () => {
    expect(names('大力发展汽车模具、数控机床、机电一体化设备等装备。')).toEqual(['汽车模具', '高档数控机床', '机电一体化设备']);
    expect(names('加快高精度减速器、控制器、伺服电机等关键部件的开发。')).toEqual(['高精度减速器', '控制器', '电机']);
  });

  it('does not let a verb object make short words industries', () => {
    expect(names('形成“产业布局合理、经营规模适度”的农业可持续发展格局。')).toEqual([]);
  });
});

describe('industry recogniser: counted lists', () => {
  it('takes every member of a counted list (五大产业), even a short generic-sounding one', () => {
    expect(names('打造軌道交通、裝備製造、新材料、大健康、大醫療五大產業。')).toEqual(['轨道交通装备', '装备制造', '新材料', '大健康', '大医疗']);
  });
});

describe('industry recogniser: false positives', () => {
  it('does not take zone names or 互联网+ approaches for industries', () => {
    expect(names('遵义高新技术产业开发区、务正道煤电铝循环经济工业园区。')).toEqual([]);
    expect(names('深化“互联网+政务服务”。')).toEqual([]);
  });

  it('finds no industry in lists of measures', () => {
    expect(names('加快完善基础设施、营商环境和体制机制，强化人才支撑。')).toEqual([]);
    expect(names('优化提升教育、就业、医疗等领域公共服务。')).toEqual([]);
    expect(names('推动体制机制、人才引进和招商引资等工作。')).toEqual([]);
  });

  it('ignores industry words inside company names, metro lines, base stations and contests', () => {
    expect(names('岚图汽车、东风云峰投产达产，华大基因农业签约落地。')).toEqual([]);
    expect(names('推进轨道交通3号线建设，5G基站实现全覆盖，举办世界机器人大赛。')).toEqual([]);
    expect(names('支持美的、海尔、格力等行业领军企业扩大投资。')).toEqual([]);
  });

  it('does not take statistical sectors or generic heads for industries', () => {
    expect(names('第三产业增加值545亿元，五年年均增长9.1%。')).toEqual([]);
    // 新兴产业 is a tier, not a named industry (ANNOTATION.md names industries).
    expect(names('加快发展新兴产业。')).toEqual([]);
    expect(names('打造世界级产业集群。')).toEqual([]);
  });
});

describe('industry recogniser on the seed corpus', () => {
  it('finds the three-tier industries of the Wuhan ETDZ plan', () => {
    const [doc] = readSeed('001_b542f6f43ab8c132.txt');
    const recogniser = createIndustryRecogniser(loadTaxonomy());
    const found = new Set(doc!.sentences.flatMap((s) => recogniser.recognise(s, { document: doc!, subject: null })).map((m) => m.canonical));
    for (const name of ['汽车', '电子电器', '食品饮料', '新能源和智能网联汽车', '新能源', '新材料', '数字经济', '现代服务业', '大健康', '高端装备', '智能建造', '现代物流', '通用航空', '现代农业']) {
      expect(found, name).toContain(name);
    }
  });

  it('finds 光芯屏端网 and the Nanjing chains in the Traditional compilation', () => {
    const docs = readSeed('002_72549c66496bd046.txt');
    const recogniser = createIndustryRecogniser(loadTaxonomy());
    const found = new Set(
      docs.flatMap((doc) => doc.sentences.flatMap((s) => recogniser.recognise(s, { document: doc, subject: null }))).map((m) => m.canonical),
    );
    for (const name of ['光芯屏端网', '人工智能', '新能源汽车', '智能制造装备', '轨道交通装备', '集成电路', '软件和信息服务', '智能电网', '生物医药']) {
      expect(found, name).toContain(name);
    }
  });
});

describe('industry recogniser on the hand-checked samples', () => {
  it.each(['sample.json', 'heldout.json'] as const)('keeps precision and recall at 0.85 or better on %s (measure.ts prints the numbers)', async (file) => {
    const { scoreSample } = await import('./measure.ts');
    const score = scoreSample(false, file);
    expect(score.sentences).toBeGreaterThanOrEqual(50);
    expect(score.precision, score.spurious.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(score.recall, score.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
