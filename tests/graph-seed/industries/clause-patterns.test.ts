/**
 * The clause patterns plans from other provinces use to name and attach
 * industries (copula heads, 以…为 heads, “A+B”产业体系, chain links, 分别,
 * 共同推进, 承接…转移, 以Z为载体, 共建Z, X内的Y, zone words). Sentences are
 * written for these tests, not taken from any gold set.
 */
import { describe, expect, it } from 'vitest';
import { develops, industriesIn, place, placesIn, readText, run } from './harness.ts';
import { extractSources } from '../../../graph-seed/pipeline/index.ts';

type Places = Array<[string, 'Zone' | 'Region']>;

function developed(text: string, subject: string, places: Places): Map<string, string> {
  const [doc] = readText(text);
  return develops(run(doc!, place(subject, 'Region'), placesIn(places)).relations);
}

describe('industry lists other provinces write', () => {
  it('reads a tier head with a copula (主导产业为A、B和C) as a pillar list', () => {
    expect(developed('德州经济技术开发区主导产业为体育器材、新能源装备和生物制造。', '德州市', [['德州经济技术开发区', 'Zone']])).toEqual(
      new Map([
        ['德州经济技术开发区->体育器材', 'pillar'],
        ['德州经济技术开发区->新能源装备', 'pillar'],
        ['德州经济技术开发区->生物制造', 'pillar'],
      ]),
    );
  });

  it('gives a layout role (以Z为核心区/拓展区/东翼，) to the zones, not to the region arranging them', () => {
    const d = developed('钦州市以钦州高新区为核心区，以灵山工业区、浦北工业区为拓展区，重点发展电子元器件和正极材料。', '广西壮族自治区', [
      ['钦州市', 'Region'], ['钦州高新区', 'Zone'], ['灵山工业区', 'Zone'], ['浦北工业区', 'Zone'],
    ]);
    expect([...d.keys()].filter((k) => k.endsWith('->正极材料')).sort()).toEqual(['浦北工业区->正极材料', '灵山工业区->正极材料', '钦州高新区->正极材料']);
  });

  it('gives the industries to the zones a place 依托, and reads 上述 as no industry', () => {
    const d = developed('璧山区依托璧山高新区，打造智能终端产业集群。', '重庆市', [['璧山区', 'Region'], ['璧山高新区', 'Zone']]);
    expect(d.has('璧山高新区->智能终端')).toBe(true);
    expect(industriesIn('重点支持上述三大产业链项目建设。').map((m) => m.canonical)).toEqual([]);
  });

  it('reads a flattened table row: the zone field develops what the industry field lists', () => {
    const d = developed('宜宾市重点项目推进表\n项目名称：某某正极材料项目；所在园区：宜宾临港经济技术开发区；产业环节：正极材料、负极材料\n', '宜宾市', [
      ['宜宾临港经济技术开发区', 'Zone'],
    ]);
    expect([...d.keys()].sort()).toEqual(['宜宾临港经济技术开发区->正极材料', '宜宾临港经济技术开发区->负极材料']);
  });

  it('reads one element written onto a material head as one industry (氟新材料), not the bare head', () => {
    expect(industriesIn('永安市重点发展氟新材料和光伏组件。').map((m) => m.canonical)).toEqual(['氟新材料', '光伏组件']);
  });

  it('reads 以A、B为“四强”产业 and 以X为传统产业 as lists the place ranks', () => {
    const d = developed('淄博市以新医药、新材料、智能装备、电子信息为“四强”产业，以现代轻工、绿色化工为传统产业。', '山东省', [['淄博市', 'Region']]);
    expect([...d.keys()].every((k) => k.startsWith('淄博市->'))).toBe(true);
    expect(d.get('淄博市->新医药')).toBe('pillar');
    expect(d.get('淄博市->电子信息')).toBe('pillar');
    expect(d.get('淄博市->现代轻工')).toBe('general');
  });

  it('reads the members of a “A+B”产业体系 but not the counts of “4+3+N”', () => {
    const d = developed('鄂尔多斯高新区形成“煤化工+新材料”产业体系，构建“4+3+N”产业体系。', '鄂尔多斯市', [['鄂尔多斯高新区', 'Zone']]);
    expect([...d.keys()].sort()).toEqual(['鄂尔多斯高新区->新材料', '鄂尔多斯高新区->煤化工']);
  });

  it('keeps each item of a counted list whole, 及 and all, when the count matches', () => {
    const d = developed('新乡市做大起重装备、电池及电池材料、防腐蚀及建筑新材料三大主导产业。', '河南省', [['新乡市', 'Region']]);
    expect([...d.keys()]).toEqual(['新乡市->起重装备', '新乡市->电池及电池材料', '新乡市->防腐蚀及建筑新材料']);
  });

  it('reads the links of 形成从A、B到C、D的产业链, but not bare functions such as 研发、销售', () => {
    const d = developed('遂宁市形成从锂矿采选、锂盐加工到正极材料、电池回收的完整产业链。', '四川省', [['遂宁市', 'Region']]);
    expect([...d.keys()]).toEqual(['遂宁市->锂矿采选', '遂宁市->锂盐加工', '遂宁市->正极材料', '遂宁市->电池回收']);
    const names = industriesIn('形成从研发、生产、销售到运营管理的新能源汽车全产业链。').map((m) => m.canonical);
    expect(names).toEqual(['新能源汽车']);
  });

  it('takes compound names as written (稀土新材料, 己内酰胺 beside a known name) and keeps listed vehicle classes apart', () => {
    const d = developed('包头市重点发展稀土永磁、稀土抛光和稀土催化材料，做强稀土新材料。', '内蒙古自治区', [['包头市', 'Region']]);
    expect([...d.keys()].sort()).toEqual(['包头市->稀土催化材料', '包头市->稀土抛光', '包头市->稀土新材料', '包头市->稀土永磁'].sort());
    const names = industriesIn('岳阳市重点发展己内酰胺、特种橡胶和化工新材料。').map((m) => m.surface);
    expect(names).toEqual(['己内酰胺', '特种橡胶', '化工新材料']);
    expect(industriesIn('推动商用车专用车提质升级。').map((m) => m.canonical)).not.toContain('商用车专用车');
    // A quality word narrows a known name (高端化工), and 对接X is a clause, not an industry.
    expect(industriesIn('重点发展高端化工和特种橡胶。').map((m) => m.canonical)).toEqual(['高端化工', '特种橡胶']);
    expect(industriesIn('积极对接国家电网等能源龙头企业。').map((m) => m.canonical)).not.toContain('对接国家电网');
  });

  it('splits the last item of a 、 list at its 及 (扣件及绿能), and takes no place as an industry', () => {
    const names = industriesIn('彰滨工业区以金属制品、食品、扣件及绿能产业为主要引进产业。').map((m) => m.surface);
    expect(names).toEqual(expect.arrayContaining(['扣件', '绿能']));
    expect(industriesIn('设立南京市八大产业专项基金。').map((m) => m.canonical)).not.toContain('南京市');
    const d = developed('彰滨工业区以金属制品、食品、扣件及绿能产业为主要引进产业。', '彰化县', [['彰滨工业区', 'Zone']]);
    expect([...d.keys()]).toEqual(['彰滨工业区->金属制品', '彰滨工业区->食品', '彰滨工业区->扣件', '彰滨工业区->绿能']);
  });

  it('tiers the members of nested lists by the tiered head (时尚产业等新兴产业)', () => {
    const d = developed('培育壮大新能源汽车、新能源、时尚产业等新兴产业。', '湖州市', []);
    expect(d.get('湖州市->新能源汽车')).toBe('emerging');
    expect(d.get('湖州市->时尚')).toBe('emerging');
  });
});

describe('which place develops a list', () => {
  it('pairs places and industries in order with 分别', () => {
    expect(developed('九江经开区与共青城高新区分别聚焦电子信息和纺织服装产业。', '江西省', [['九江经开区', 'Zone'], ['共青城高新区', 'Zone']])).toEqual(
      new Map([
        ['九江经开区->电子信息', 'general'],
        ['共青城高新区->纺织服装', 'general'],
      ]),
    );
  });

  it('makes every place of a list that 共同推进 an industry its developer, but not a 共建 partner', () => {
    const d = developed('株洲高新区与湘潭经开区、长沙经开区共同推进轨道交通装备产业协同发展。', '湖南省', [
      ['株洲高新区', 'Zone'],
      ['湘潭经开区', 'Zone'],
      ['长沙经开区', 'Zone'],
    ]);
    expect([...d.keys()].sort()).toEqual(['株洲高新区->轨道交通装备', '湘潭经开区->轨道交通装备', '长沙经开区->轨道交通装备'].sort());
    const built = developed('福州市与莆田市共建福莆产业协作园，重点发展食品加工和现代纺织。', '福建省', [
      ['福州市', 'Region'],
      ['莆田市', 'Region'],
      ['福莆产业协作园', 'Zone'],
    ]);
    expect([...built.keys()].sort()).toEqual(['福莆产业协作园->现代纺织', '福莆产业协作园->食品加工']);
  });

  it('does not take a place the clause only measures itself against (对照X目标)', () => {
    const d = developed('对照长沙市产业链发展目标，聚焦工程机械、新材料等产业链。', '长沙经济技术开发区', [['长沙市', 'Region']]);
    expect([...d.keys()].every((k) => k.startsWith('长沙经济技术开发区->'))).toBe(true);
    expect(d.size).toBe(2);
  });

  it('reads 承接…产业转移 as developing, by the zone a zone word (合作园) stands for', () => {
    const d = developed('赣州经开区与深圳市共建深赣产业合作园。合作园重点承接电子信息、纺织服装产业转移。', '赣州经济技术开发区', [
      ['赣州经开区', 'Zone'],
      ['深圳市', 'Region'],
      ['深赣产业合作园', 'Zone'],
    ]);
    expect([...d.keys()].sort()).toEqual(['深赣产业合作园->电子信息', '深赣产业合作园->纺织服装']);
  });

  it('gives X内的Y to Y, and 集聚了X企业 to the place gathering them', () => {
    const d = developed('滨江区内的网络信息产业园重点发展数字经济和人工智能。', '杭州市', [
      ['滨江区', 'Region'],
      ['网络信息产业园', 'Zone'],
    ]);
    expect([...d.keys()].sort()).toEqual(['网络信息产业园->人工智能', '网络信息产业园->数字经济']);
    const g = developed('高新区内的药谷工业园集聚了生物医药企业200余家。', '海口国家高新技术产业开发区', [['药谷工业园', 'Zone']]);
    expect([...g.keys()]).toEqual(['药谷工业园->生物医药']);
  });

  it('gives what a place focuses on 以Z为主要载体 to the carrier zone and the place', () => {
    const d = developed('宁波市以前湾新区为主要载体，聚焦汽车零部件、智能家电两大领域。', '浙江省', [
      ['宁波市', 'Region'],
      ['前湾新区', 'Zone'],
    ]);
    expect([...d.keys()].sort()).toEqual(['前湾新区->智能家电', '前湾新区->汽车零部件', '宁波市->智能家电', '宁波市->汽车零部件'].sort());
  });

  it('reads an industry scale (产业规模突破) as the place having the industry', () => {
    const d = developed('芜湖经开区机器人及智能装备产业规模突破500亿元。', '芜湖市', [['芜湖经开区', 'Zone']]);
    expect([...d.keys()]).toEqual(['芜湖经开区->机器人及智能装备']);
  });
});

describe('more attachment and naming rules', () => {
  it('gives X是…产业基地之一 to X, not to the zone around it (区内的X)', () => {
    const d = developed('惠州大亚湾经济技术开发区位于惠州市，区内的大亚湾石化区是全国七大石化产业基地之一。', '惠州市', [
      ['惠州大亚湾经济技术开发区', 'Zone'],
      ['惠州市', 'Region'],
      ['大亚湾石化区', 'Zone'],
    ]);
    expect([...d.keys()]).toEqual(['大亚湾石化区->石油化工']);
  });

  it('does not take a zone a 片区 涵盖 as the developer of what the 片区 goes on to develop', () => {
    const d = developed('自贸试验区岳阳片区涵盖城陵矶综合保税区，重点发展航运物流、电子信息和跨境贸易。', '岳阳市', [
      ['自贸试验区岳阳片区', 'Zone'],
      ['城陵矶综合保税区', 'Zone'],
    ]);
    expect([...d.keys()].sort()).toEqual(['自贸试验区岳阳片区->电子信息', '自贸试验区岳阳片区->航运物流', '自贸试验区岳阳片区->跨境贸易'].sort());
  });

  it('reads 新区 after a year as the zone whose name ends so, and 占GDP比重 as having the industry', () => {
    const d = developed('雄安新区启动区已建成投用。到2025年，新区数字经济占GDP比重达到50%以上。', '雄安新区', [
      ['雄安新区启动区', 'Zone'],
      ['雄安新区', 'Zone'],
    ]);
    expect([...d.keys()]).toEqual(['雄安新区->数字经济']);
  });

  it('keeps unrelated industries of A及B产业 apart, related ones and 、-list items together', () => {
    const d = developed('中部科学园区（中科）以光电及集成电路产业为主。', '台中市', [['中部科学园区', 'Zone']]);
    expect([...d.keys()].sort()).toEqual(['中部科学园区->光电子', '中部科学园区->集成电路']);
    expect(industriesIn('营口市构建以冶金及金属加工、石化及精细化工、镁质材料为支柱的现代产业体系。').map((m) => m.canonical)).toEqual([
      '冶金及金属加工',
      '石化及精细化工',
      '镁质材料',
    ]);
  });
});

describe('TARGETS from the words of a program (whole pipeline)', () => {
  async function targets(text: string): Promise<string[]> {
    const r = await extractSources([{ name: 'passage.txt', bytes: new TextEncoder().encode(text) }]);
    const name = new Map(r.graph.nodes.map((n) => [n.id, n.name]));
    return r.graph.relationships.filter((x) => x.type === 'TARGETS').map((x) => `${name.get(x.start)}->${name.get(x.end)}`).sort();
  }

  it('gives what 方案提出 names to the plan that speaks, not to the plan it cites', async () => {
    const t = await targets('《常州市新能源产业发展行动方案》依据《江苏省新能源产业发展规划》制定。方案提出，聚焦动力电池、光伏组件和储能三大环节。');
    expect(t).toEqual(expect.arrayContaining(['常州市新能源产业发展行动方案->动力电池', '常州市新能源产业发展行动方案->光伏组件', '常州市新能源产业发展行动方案->储能']));
    expect(t.filter((x) => x.startsWith('江苏省新能源产业发展规划->') && !x.endsWith('->新能源'))).toEqual([]);
  });

  it('reads a program as the subject of 聚焦, and drops the place its title starts with', async () => {
    const t = await targets('《泰州市先进制造业集群培育方案》聚焦船舶海工、生物医药和节能环保三大产业。');
    expect(t).toEqual(expect.arrayContaining(['泰州市先进制造业集群培育方案->先进制造业', '泰州市先进制造业集群培育方案->生物医药', '泰州市先进制造业集群培育方案->节能环保']));
    expect(t.some((x) => x.includes('泰州市先进制造业集群培育方案->泰州市'))).toBe(false);
  });
  it('gives a plan the sentence is about what its later clauses bring in, not a plan it only cites', async () => {
    const t = await targets('南平市产业动态\n南平市规划「武夷新区产业提升计划」，扩大园区范围，引进冷链物流、竹材加工及信息服务等产业。依据《福建省产业规划》，园区重点发展生物医药。');
    expect(t).toEqual(expect.arrayContaining(['武夷新区产业提升计划->冷链物流', '武夷新区产业提升计划->竹材加工']));
    expect(t.filter((x) => x.startsWith('福建省产业规划->') && x.endsWith('->生物医药'))).toEqual([]);
  });

  it('reads 本计划聚焦… as the plan named before speaking', async () => {
    const t = await targets('市经济局「高雄智慧产业升级计划」于今年启动。本计划聚焦资通讯、电子零组件二大产业。');
    expect(t).toEqual(expect.arrayContaining(['高雄智慧产业升级计划->资通讯', '高雄智慧产业升级计划->电子零组件']));
  });
});
