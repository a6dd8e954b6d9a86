import { describe, expect, it } from 'vitest';
import { recogniseOrganizations } from '../../../graph-seed/pipeline/recognise/organization.ts';
import type { DocumentMetadata, Mention } from '../../../graph-seed/pipeline/types.ts';
import { segment } from './fixture.ts';

function orgs(text: string, metadata: Partial<DocumentMetadata> = {}): Mention[] {
  const doc = segment(text, metadata);
  return doc.sentences.flatMap((s) => recogniseOrganizations(s, { document: doc, subject: null }));
}
const names = (text: string, metadata: Partial<DocumentMetadata> = {}) => orgs(text, metadata).map((m) => m.canonical);

describe('organization recogniser: government bodies', () => {
  it('reads place-prefixed agencies, in both scripts', () => {
    expect(names('《湖北省縣域經濟發展“十四五”規劃》由湖北省人民政府印發。')).toEqual(['湖北省人民政府']);
    expect(names('发布机构:区经发局')).toEqual(['区经发局']);
    expect(names('市工业和信息化局会同市发展改革委、市商务局制定方案。')).toEqual(['市工业和信息化局', '市发展改革委', '市商务局']);
    expect(names('由河南驻马店经济开发区管理委员会印发。')).toEqual(['河南驻马店经济开发区管理委员会']);
    expect(names('经浙江省经济和信息化厅、杭州市自然资源和规划局同意。')).toEqual(['浙江省经济和信息化厅', '杭州市自然资源和规划局']);
  });

  it('reads national bodies and party committees, longest name first', () => {
    expect(names('在党中央、国务院和省委、省政府的坚强领导下。')).toEqual(['党中央', '国务院', '省委', '省政府']);
    expect(names('中共湖北省委、湖北省人民政府联合印发。')).toEqual(['中共湖北省委', '湖北省人民政府']);
    expect(names('(责任单位:市委组织部,市人社局)')).toEqual(['市委组织部', '市人社局']);
  });

  it('reads bodies of other provinces and zones', () => {
    expect(names('经省委办公厅、苏州工业园区管委会同意,由上海市浦东新区人民政府印发。')).toEqual(['省委办公厅', '苏州工业园区管委会', '上海市浦东新区人民政府']);
    expect(names('中国科学院武汉病毒研究所、华中科技大学同济医学院')).toEqual(['中国科学院武汉病毒研究所', '华中科技大学同济医学院']);
  });

  it('does not take a level, a collective or a verb for a name', () => {
    expect(names('各市、州、县人民政府,省政府各部门:')).toEqual(['省政府']);
    expect(names('推动乡镇政府职能转变,加大政府投资。')).toEqual([]);
    expect(names('委托第三方机构评估。')).toEqual([]);
    expect(names('由区管理局负责。')).toEqual([]);
  });

  it('reads every agency of a 责任单位 line, carrying the level to those written without it', () => {
    const found = orgs('責任單位:區科技經濟發展局、投資促進局、市場監督管理局,各鄉鎮人民政府');
    expect(found.map((m) => m.canonical)).toEqual(['区科技经济发展局', '区投资促进局', '区市场监督管理局']);
    expect(found[1]!.aliases).toContain('投资促进局');
    expect(found[0]!.originalSurface).toBe('區科技經濟發展局');
    expect(names('(責任單位:市工業和能源局、市自然資源局、市國資委,各縣<市、區>政府、新蒲新區管委會,各開發區管委會)')).toEqual([
      '市工业和能源局',
      '市自然资源局',
      '市国资委',
      '新蒲新区管委会',
    ]);
  });

  it('binds a bare 管委会 to the issuing committee', () => {
    expect(names('已经管委会研究,现印发给你们。', { issuer: '河南驻马店经济开发区管理委员会' })).toEqual(['河南驻马店经济开发区管理委员会']);
    expect(names('已经管委会研究。')).toEqual([]);
  });
});

describe('organization recogniser: universities, institutes, associations', () => {
  it('finds named institutions and cuts the verb before them', () => {
    expect(names('依托区域内黄淮学院等载体,推进产学研用合作。')).toEqual(['黄淮学院']);
    expect(names('与华中科技大学、同济大学共建实验室。')).toEqual(['华中科技大学', '同济大学']);
    expect(names('联合中科院计算所开展攻关。')).toEqual(['中科院计算所']);
    expect(names('建设武汉人工智能研究院、中国机电商会。')).toEqual(['武汉人工智能研究院', '中国机电商会']);
  });

  it('leaves out generic institutions', () => {
    expect(names('支持骨干企业与高校共建共管现代产业学院。')).toEqual([]);
    expect(names('争创国家重点实验室,组建产业技术创新战略联盟。')).toEqual([]);
    expect(names('引进海外大学毕业生。')).toEqual([]);
  });

  it('reads Taiwan’s bodies and a national body’s park authority as one (invented, Traditional)', () => {
    expect(names('國家科學及技術委員會新竹科學園區管理局表示，行政院已核定計畫。')).toEqual(['国家科学及技术委员会新竹科学园区管理局', '行政院']);
  });
});

describe('organization recogniser: whole names of governments and their departments (invented)', () => {
  it('a government of a place the gazetteer lacks keeps its two-character name when it opens the clause', () => {
    expect(names('《某某方案》由文山州人民政府印发。')).toEqual(['文山州人民政府']);
    expect(names('屏東縣政府 公告')).toEqual(['屏东县政府']);
    // 及时向市…局: a word before the level is no place name
    expect(names('遇到问题，请及时向市工业和信息化局反馈。')).toEqual(['市工业和信息化局']);
  });

  it('a department written right after its government, and a ministry’s administration after the ministry, are one body', () => {
    expect(names('高雄市政府經濟發展局表示，將推動產業轉型。')).toEqual(['高雄市政府经济发展局']);
    expect(names('臺中市政府觀光旅遊局說明。')).toEqual(['台中市政府观光旅游局']);
    expect(names('經濟部能源署指出。')).toEqual(['经济部能源署']);
    expect(names('商务部、国家统计局联合发布。')).toEqual(['商务部', '国家统计局']);
  });
});
