/**
 * Zones read through reference data (zone-aliases.yaml, ftz-areas.yaml) and
 * general name shapes that no seed document uses: national new areas, free
 * trade zone areas named without their zone, partner-country parks, Taiwan's
 * export processing zones, and the approval level a zone is given.
 */
import { describe, expect, it } from 'vitest';
import { loadFtzAreas } from '../../../graph-seed/gazetteer/ftz-areas.ts';
import { makeDocument } from './doc.ts';
import { gazetteer, runPlaces, zoneRecogniser } from './run.ts';
import type { Mention } from '../../../graph-seed/pipeline/types.ts';

function zones(text: string, title?: string): Mention[] {
  const doc = makeDocument(text, title);
  return doc.sentences.flatMap((s) => zoneRecogniser.recognise(s, { document: doc, subject: null })).filter((m) => !m.anaphor);
}

const named = (ms: Mention[]) => ms.map((m) => `${m.surface}=${m.canonical}`);
const levels = (ms: Mention[]) => ms.map((m) => `${m.canonical}:${String(m.properties?.['level'] ?? '-')}`);

describe('reference zones', () => {
  it('reads the national new areas by their short names, with the place written before them', () => {
    const ms = zones('两江新区、滇中新区和赣江新区加快发展。成都天府新区重点发展总部经济。');
    expect(named(ms)).toEqual(['两江新区=重庆两江新区', '滇中新区=云南滇中新区', '赣江新区=江西赣江新区', '成都天府新区=四川天府新区']);
    expect(ms.every((m) => m.properties?.['kind'] === 'new-area' && m.properties?.['level'] === 'national')).toBe(true);
  });

  it('reads a free-trade zone area without its zone when the text is about free trade, or the name is distinctive', () => {
    expect(named(zones('自贸试验区建设成效明显。南宁片区重点发展现代金融。')).at(-1)).toBe('南宁片区=中国（广西）自由贸易试验区南宁片区');
    // Nothing about free trade: 南宁片区 may be any part of the city.
    expect(zones('南宁片区重点发展现代金融。')).toEqual([]);
    expect(zones('科技创新片区重点发展新一代信息技术。')).toEqual([]);
    const ms = zones('前海蛇口片区是深化改革的重要平台。上海临港新片区重点发展集成电路。');
    expect(named(ms)).toEqual(['前海蛇口片区=中国（广东）自由贸易试验区深圳前海蛇口片区', '上海临港新片区=中国（上海）自由贸易试验区临港新片区']);
    expect(ms[0]!.properties).toMatchObject({ kind: 'ftz', partOf: '中国（广东）自由贸易试验区', regionCode: '440300', level: 'national' });
    // 南沙新区片区 is the area, not the new area 南沙新区.
    expect(named(zones('南沙新区片区是中国（广东）自由贸易试验区的重要组成部分。'))[0]).toBe('南沙新区片区=中国（广东）自由贸易试验区广州南沙新区片区');
  });

  it('places a zone in the region of its reference data only when its name as written carries that place', () => {
    const pairs = (text: string) => runPlaces(makeDocument(text)).relations.map((r) => `${r.type} ${r.start.canonical} -> ${r.end.canonical}`);
    expect(pairs('前海蛇口片区是深圳建设先行示范区的重要平台。')).toEqual([]);
    expect(pairs('深圳前海蛇口片区是深圳建设先行示范区的重要平台。')).toEqual(['LOCATED_IN 中国（广东）自由贸易试验区深圳前海蛇口片区 -> 深圳市']);
  });

  it('reads partner-country parks named after their host place (中韩（盐城）产业园)', () => {
    const ms = zones('中韩（盐城）产业园重点发展汽车产业，中德（沈阳）高端装备制造产业园加快建设。');
    expect(named(ms)).toEqual(['中韩（盐城）产业园=中韩（盐城）产业园', '中德（沈阳）高端装备制造产业园=中德（沈阳）高端装备制造产业园']);
    expect(ms[0]!.properties).toMatchObject({ kind: 'park', regionCode: '320900' });
    // The country's free-trade zone keeps its own reading.
    expect(named(zones('中国（浙江）自由贸易试验区加快建设。'))).toEqual(['中国（浙江）自由贸易试验区=中国（浙江）自由贸易试验区']);
  });

  it('reads Taiwan’s export processing zones and software parks, and a county-level city’s zone in a text about another province', () => {
    expect(named(zones('高雄加工出口區轉型發展。齊魯軟件園集聚軟件企業。'))).toEqual(['高雄加工出口区=高雄加工出口区', '齐鲁软件园=齐鲁软件园']);
    const ms = zones('昆山开发区与上海嘉定区合作共建产业园。');
    expect(named(ms)).toEqual(['昆山开发区=昆山开发区']);
    expect(ms[0]!.properties).toMatchObject({ regionCode: '320583' });
  });

  it('sets the approval level the text, the name, the reference data or the kind states', () => {
    const ms = zones(
      '泉州经济技术开发区是全省首批省级开发区之一，1996年升级为国家级经济技术开发区。宜宾三江新区是四川省级新区。洛阳国家高新技术产业开发区加快发展。' +
        '遵义综合保税区封关运行。十堰经济技术开发区加快发展。',
    );
    expect(levels(ms)).toEqual([
      '泉州经济技术开发区:national',
      '宜宾三江新区:provincial',
      '洛阳高新技术产业开发区:national',
      '遵义综合保税区:national',
      '十堰经济技术开发区:-',
    ]);
    // 是国务院批准设立的第七个国家级新区: the rank is what the sentence says the zone is.
    expect(levels(zones('西咸新区是国务院批准设立的第七个国家级新区。'))).toEqual(['西咸新区:national']);
  });

  it('loads ftz-areas.yaml with every 片区 under one province only', () => {
    const areas = loadFtzAreas();
    expect(areas.length).toBeGreaterThan(60);
    expect(new Set(areas.map((a) => a.name)).size).toBe(areas.length);
    expect(gazetteer.ftzArea('钦州港片区')).toMatchObject({ province: '广西' });
  });
});

describe('zone name shapes beyond place + suffix', () => {
  it('reads parks two places build together, named by a syllable of each', () => {
    expect(named(zones('苏州市与宿迁市共建苏宿产业合作园，鄂州市与黄冈市共建鄂黄产业协作园区。'))).toEqual([
      '苏宿产业合作园=苏宿产业合作园',
      '鄂黄产业协作园区=鄂黄产业协作园区',
    ]);
  });

  it('reads a park named by a syllable of each partner place the text names (合六产业园: 合肥, 六安), not any two characters', () => {
    expect(named(zones('合肥高新区加快发展。高新区与六安市共建合六产业园。'))).toContain('合六产业园=合六产业园');
    expect(named(zones('合肥高新区与六安市共建智慧产业园。'))).toEqual(['合肥高新区=合肥高新技术产业开发区']);
    // A new area named after the science city it grew from is one name.
    expect(named(zones('绵阳科技城新区位于绵阳市。'))).toEqual(['绵阳科技城新区=绵阳科技城新区']);
  });

  it('reads a part of a zone written right after it, and a place’s pilot area across descriptive words', () => {
    const ms = zones('多家企业总部落户雄安新区启动区。郑州新旧动能转换起步区位于郑州市北部。');
    expect(named(ms)).toEqual(['雄安新区启动区=雄安新区启动区', '郑州新旧动能转换起步区=郑州新旧动能转换起步区']);
    expect(ms[0]!.properties).toMatchObject({ partOf: '雄安新区' });
    expect(ms[1]!.properties).toMatchObject({ regionCode: '410100' });
  });

  it('reads a branch park named by a place after its zone, and a park written right after the zone it lies in', () => {
    expect(named(zones('中关村科技园区保定园建成投用。依托青岛经济技术开发区零碳产业园引进企业。'))).toEqual([
      '中关村科技园区保定园=中关村科技园区保定园',
      '青岛经济技术开发区=青岛经济技术开发区',
      '零碳产业园=零碳产业园',
    ]);
    // A partner and a verb between the zone and the park word are no part of a name.
    expect(named(zones('赣州经济技术开发区与深圳市共建产业园。'))).toEqual(['赣州经济技术开发区=赣州经济技术开发区']);
  });

  it('reads a park listed among named parks, and parks named by two partner places', () => {
    expect(named(zones('开发区由北川工业园区、新材料产业园区两个园区组成。'))).toEqual(['北川工业园区=北川工业园区', '新材料产业园区=新材料产业园区']);
    const ms = zones('两市共建长沙·株洲产业园，共建广州（清远）产业转移工业园。');
    expect(named(ms)).toEqual(['长沙·株洲产业园=长沙·株洲产业园', '广州（清远）产业转移工业园=广州（清远）产业转移工业园']);
    expect(ms[1]!.properties).toMatchObject({ regionCode: '441800' });
  });

  it('reads a zone after 所辖, a former name in brackets as an alias, and Taiwan’s 軟體園區', () => {
    const ms = zones('管理局所轄楠梓園區（原楠梓加工出口區）以封測為主，高雄軟體園區聚焦數位內容。');
    expect(named(ms)).toEqual(['楠梓园区=楠梓园区', '楠梓加工出口区=楠梓园区', '高雄软件园区=高雄软件园区']);
  });

  it('takes the district a zone is run with, in brackets after its name, as another name of the zone', () => {
    const ms = zones('营口经济技术开发区（鲅鱼圈区）发展精品钢材。');
    expect(named(ms)).toEqual(['营口经济技术开发区=营口经济技术开发区']);
    expect(ms[0]!.aliases).toContain('鲅鱼圈区');
    // The mention spans the bracket, so the district is no Region of its own there.
    expect(ms[0]!.end).toBe('营口经济技术开发区（鲅鱼圈区）'.length);
  });

  it('reads industrial zones, petrochemical zones and central business districts with a proper name', () => {
    expect(named(zones('上海化学工业区、古雷石化区和厦门中央商务区加快发展，老工业区加快改造。'))).toEqual([
      '上海化学工业区=上海化学工业区',
      '古雷石化区=古雷石化区',
      '厦门中央商务区=厦门中央商务区',
    ]);
  });
});
