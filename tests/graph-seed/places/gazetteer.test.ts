import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../../graph-seed/gazetteer/index.ts';
import { regionEnglishName, regionStem, toPinyin } from '../../../graph-seed/gazetteer/names.ts';

const g = getGazetteer();

describe('region gazetteer (china-area-data, GB/T 2260)', () => {
  it('indexes full names with level, code, province and parent', () => {
    const [shiyan] = g.byFullName('十堰市');
    expect(shiyan).toMatchObject({ code: '420300', level: 'city', parent: '420000', provinceName: '湖北省' });
    const [hannan] = g.byFullName('汉南区');
    expect(hannan).toMatchObject({ code: '420113', level: 'county', parent: '420100' });
    // County-level cities directly under the province hang off the province, not a placeholder row.
    expect(g.byFullName('仙桃市')[0]).toMatchObject({ code: '429004', level: 'county', parent: '420000' });
  });

  it('leaves out placeholder rows and the statistics bureau functional zones', () => {
    expect(g.lookup('市辖区')).toBeUndefined();
    expect(g.lookup('省直辖县级行政区划')).toBeUndefined();
    expect(g.region('421071')).toBeUndefined(); // 荆州经济技术开发区 is a zone, not a region
    expect(g.byFullName('河南驻马店经济开发区')).toEqual([]);
  });

  it('gives safe short forms: suffix and ethnic qualifiers stripped, at least two characters left', () => {
    expect(regionStem('湖北省')).toBe('湖北');
    expect(regionStem('恩施土家族苗族自治州')).toBe('恩施');
    expect(regionStem('新疆维吾尔自治区')).toBe('新疆');
    expect(regionStem('神农架林区')).toBe('神农架');
    expect(regionStem('清新区')).toBe('清新');
    expect(regionStem('和县')).toBeNull();
    expect(g.lookup('十堰')?.regions.map((r) => r.code)).toEqual(['420300']);
    expect(g.lookup('仙桃')?.regions.map((r) => r.code)).toEqual(['429004']);
  });

  it('marks short forms that need the document to decide', () => {
    // 朝阳 is three districts and a city; 汉南 is a district's short form; 新兴 is an everyday word.
    expect(g.lookup('朝阳')!.regions.length).toBeGreaterThan(1);
    expect(g.lookup('汉南')!.needsContext).toBe(true);
    expect(g.lookup('新兴')!.needsParent).toBe(true);
    expect(g.lookup('武汉')!.needsContext).toBe(false);
  });

  it('converts the package’s Traditional names (Hong Kong, Macao) to Simplified', () => {
    expect(g.region('810000')!.name).toBe('香港特别行政区');
    expect(g.region('810005')!.name).toBe('油尖旺区');
  });

  it('holds Taiwan’s current counties and cities (ISO 3166-2:TW) under 台湾省, and townships under them', () => {
    expect(g.byFullName('宜兰县')[0]).toMatchObject({ code: 'TW-ILA', level: 'city', parent: '710000', provinceName: '台湾省' });
    expect(g.byFullName('桃园市')[0]).toMatchObject({ code: 'TW-TAO', level: 'city', parent: '710000' });
    expect(g.byFullName('五结乡')[0]).toMatchObject({ code: 'TW-ILA/五结乡', level: 'county', parent: 'TW-ILA', provinceCode: '710000' });
    // A GB/T 2260 city keeps its code; the towns it lacks hang off it.
    expect(g.byFullName('大雅区')[0]).toMatchObject({ code: '710400/大雅区', parent: '710400' });
    expect(g.byFullName('台中市').map((r) => r.code)).toEqual(['710400']);
    // 连江县 is also a county of Fuzhou: both readings are kept.
    expect(g.byFullName('连江县').map((r) => r.code).sort()).toEqual(['350122', 'TW-LIE']);
    expect(g.within('TW-HUA/秀林乡', '710000')).toBe(true);
  });

  it('reads an autonomous prefecture by its place name and 州 (红河州, 恩施州)', () => {
    expect(g.lookup('红河州')!.regions.map((r) => r.name)).toEqual(['红河哈尼族彝族自治州']);
    expect(g.lookup('恩施州')!.regions.map((r) => r.name)).toEqual(['恩施土家族苗族自治州']);
    expect(g.lookup('恩施州')!.needsContext).toBe(false);
  });

  it('names regions in English and pinyin', () => {
    expect(regionEnglishName(g.region('420000')!)).toBe('Hubei Province');
    expect(regionEnglishName(g.region('420300')!)).toBe('Shiyan');
    expect(regionEnglishName(g.region('420113')!)).toBe('Hannan District');
    expect(regionEnglishName(g.region('610000')!)).toBe('Shaanxi Province');
    expect(regionEnglishName(g.region('450000')!)).toBe('Guangxi Autonomous Region');
    expect(toPinyin('十堰市')).toBe('shi yan shi');
  });

  it('ancestry of 汉南区 is 武汉市 then 湖北省, with gazetteer PART_OF edges', () => {
    const { nodes, relationships } = g.ancestry('region:420113');
    expect(nodes.map((n) => [n.id, n.name])).toEqual([
      ['region:420100', '武汉市'],
      ['region:420000', '湖北省'],
    ]);
    for (const n of nodes) {
      expect(n.properties['source']).toBe('gazetteer');
      expect(n.documents).toEqual([]);
      expect(n.label).toBe('Region');
    }
    expect(relationships.map((r) => [r.type, r.start, r.end, r.properties['source'], r.evidence.length])).toEqual([
      ['PART_OF', 'region:420113', 'region:420100', 'gazetteer', 0],
      ['PART_OF', 'region:420100', 'region:420000', 'gazetteer', 0],
    ]);
    expect(relationships[0]!.id).toBe('PART_OF:region:420113->region:420100');
    expect(g.ancestry('region:420000')).toEqual({ nodes: [], relationships: [] });
    expect(g.ancestry('zone:武汉经济技术开发区')).toEqual({ nodes: [], relationships: [] });
  });

  it('loads clusters whose members all resolve in the gazetteer', () => {
    const cluster = g.cluster('襄十随神城市群')!;
    expect(cluster.nameEn).toMatch(/Xiangyang/);
    expect(g.clusterMembers(cluster).map((r) => r.code)).toEqual(['420600', '420300', '421300', '429021']);
    for (const c of g.clusters) expect(g.clusterMembers(c).length).toBe(c.members.length);
    expect(g.cluster('长三角')!.name).toBe('长江三角洲城市群');
  });
});
