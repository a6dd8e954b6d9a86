import { describe, expect, it } from 'vitest';
import { makeDocument } from './doc.ts';
import { regionRecogniser } from './run.ts';
import type { Mention } from '../../../graph-seed/pipeline/types.ts';

/** Region mentions of every sentence of a passage. */
function regions(text: string, title?: string): Mention[] {
  const doc = makeDocument(text, title);
  return doc.sentences.flatMap((s) => regionRecogniser.recognise(s, { document: doc, subject: null }));
}

const names = (ms: Mention[]) => ms.map((m) => `${m.surface}=${m.canonical}`);

describe('region recogniser', () => {
  it('reads short forms as the official region (十堰 → 十堰市 420300, 仙桃 → 仙桃市)', () => {
    const ms = regions('十堰经济技术开发区位于湖北省西北部。积极对接仙桃、天门、潜江等地。');
    const shiyan = ms.find((m) => m.surface === '十堰')!;
    expect(shiyan).toMatchObject({ canonical: '十堰市', aliases: ['十堰'], nameEn: 'Shiyan' });
    expect(shiyan.properties).toEqual({ level: 'city', code: '420300', province: '湖北省' });
    expect(ms.find((m) => m.surface === '仙桃')).toMatchObject({ canonical: '仙桃市', properties: { code: '429004', level: 'county' } });
    expect(names(ms)).toEqual(['十堰=十堰市', '湖北省=湖北省', '仙桃=仙桃市', '天门=天门市', '潜江=潜江市']);
  });

  it('gives offsets into the simplified sentence and the original surface', () => {
    const doc = makeDocument('推動遵義市與貴陽市協同發展。');
    const s = doc.sentences[0]!;
    const ms = regionRecogniser.recognise(s, { document: doc, subject: null });
    expect(ms.map((m) => [m.canonical, m.surface, m.originalSurface, s.simplified.slice(m.start, m.end)])).toEqual([
      ['遵义市', '遵义市', '遵義市', '遵义市'],
      ['贵阳市', '贵阳市', '貴陽市', '贵阳市'],
    ]);
    expect(ms[0]!.aliases).toEqual(['遵義市']);
  });

  it('recognises city clusters from the data file and by pattern', () => {
    const ms = regions('主动融入“襄十随神”城市群和襄十随神城市群建设，加强与长三角、南京都市圈合作。');
    expect(names(ms)).toContain('襄十随神城市群=襄十随神城市群');
    const yrd = ms.find((m) => m.surface === '长三角')!;
    expect(yrd.canonical).toBe('长江三角洲城市群');
    expect(yrd.properties).toMatchObject({ level: 'cluster' });
    expect(yrd.properties!['code']).toBeUndefined(); // clusters have no GB/T 2260 code: their id is region:<name>
    const nanjing = ms.find((m) => m.surface === '南京都市圈')!;
    expect(nanjing).toMatchObject({ canonical: '南京都市圈', nameEn: 'Nanjing Metropolitan Area', properties: { level: 'cluster', members: ['320100'] } });
  });

  it('does not read generic words or words inside other words as places', () => {
    expect(regions('全市上下，本市各区县，市区和城区，推动新兴产业发展。')).toEqual([]);
    expect(regions('浙江夏季用电高峰，江汉平原是粮仓。')).toEqual([
      expect.objectContaining({ canonical: '浙江省' }),
    ]);
    // A place name inside a street name (乐山大道) is not the city.
    expect(regions('乐山大道北延、文明大道北延相继贯通。', '驻马店经济开发区规划')).toEqual([]);
    // 提高县域: 高县 is a county in Sichuan, but here 提高 + 县域.
    expect(regions('提高县域经济发展水平。')).toEqual([]);
  });

  it('leaves out readings that overlap a place the document is about or lie far from it', () => {
    const wuhan = regions('武汉经济技术开发区规划。依托汉南通航机场扩建，推动汉南港区纱帽作业区建设。');
    expect(wuhan.map((m) => m.canonical)).not.toContain('南通市'); // 汉南 + 通航, not Nantong in Jiangsu
    expect(wuhan.map((m) => m.canonical)).not.toContain('南港区'); // 汉南 + 港区, not a district of Taipei
    const henan = regions('河南省驻马店市规划。签订海伦堡中国控股有限公司项目，推动“一约四会”普遍覆盖。');
    expect(names(henan)).toEqual(['河南省=河南省', '驻马店市=驻马店市']); // 海伦市 and 四会市 are county-level cities far away
    // With no province in sight, a county-level city's bare name is read (潜江小龙虾).
    expect(names(regions('形成潜江小龙虾、仙桃无纺布等特色产业品牌。'))).toEqual(['潜江=潜江市', '仙桃=仙桃市']);
  });

  it('finds 汉南区 inside 汉南区委 (the organization recogniser’s longer span wins later)', () => {
    const ms = regions('汉南区委、区政府高度重视。');
    expect(ms).toEqual([expect.objectContaining({ surface: '汉南区', canonical: '汉南区', start: 0, end: 3 })]);
  });

  it('resolves short forms shared by several places through the document’s places', () => {
    // 鼓楼区 is in Nanjing, Xuzhou, Fuzhou and Kaifeng: a Nanjing passage decides.
    const nanjing = regions('南京市鼓楼区与栖霞区联合招商。南京江北新区加快发展。');
    expect(nanjing.find((m) => m.surface === '鼓楼区')!.properties!['code']).toBe('320106');
    expect(nanjing.find((m) => m.surface === '栖霞区')!.properties!['code']).toBe('320113');
    // With nothing to decide by, an ambiguous district name is left out rather than guessed.
    expect(regions('鼓楼区召开会议。')).toEqual([]);
  });

  it('reads a district short form only in its own province (汉南 in a Wuhan plan)', () => {
    const wuhan = regions('武汉经济技术开发区（汉南区）规划。汉南片区加快发展。武汉市推进建设。');
    expect(wuhan.find((m) => m.surface === '汉南')).toMatchObject({ canonical: '汉南区' });
    const elsewhere = regions('广州市推进建设。汉南片区加快发展。广州市天河区、广州市黄埔区。');
    expect(elsewhere.find((m) => m.surface === '汉南')).toBeUndefined();
  });

  it('reads Traditional passages from other provinces', () => {
    const ms = regions('廣東省深圳市與香港、澳門深化合作，推進粵港澳大灣區建設。遼寧省瀋陽市鐵西區推動裝備製造業升級。');
    expect(names(ms)).toEqual([
      '广东省=广东省',
      '深圳市=深圳市',
      '香港=香港特别行政区',
      '澳门=澳门特别行政区',
      '粤港澳大湾区=粤港澳大湾区',
      '辽宁省=辽宁省',
      '沈阳市=沈阳市',
      '铁西区=铁西区',
    ]);
    expect(ms.find((m) => m.canonical === '铁西区')!.properties!['code']).toBe('210106');
    expect(ms.find((m) => m.canonical === '沈阳市')!.originalSurface).toBe('瀋陽市');
  });
  it('reads a direction-named part of the country only as a whole word (中西部地区 is not 西部地区), and a listed district of another province', async () => {
    const { makeDocument } = await import('./doc.ts');
    const { recognise } = await import('./run.ts');
    const names = (text: string) => {
      const doc = makeDocument(text);
      return doc.sentences.flatMap((s) => recognise(s, doc)).filter((m) => m.label === 'Region').map((m) => m.canonical);
    };
    expect(names('推动各开发区与中西部地区开展合作。')).toEqual([]);
    expect(names('深化东北地区与东部地区对口合作。')).toEqual(['东北地区', '东部地区']);
    expect(names('嘉兴市嘉善县与上海市青浦区、吴江区协同推进示范区建设。')).toContain('吴江区');
  });
});
