import { describe, expect, it } from 'vitest';
import { recogniseCompanies } from '../../../graph-seed/pipeline/recognise/company.ts';
import { segment } from './fixture.ts';

function companies(text: string): string[] {
  const doc = segment(text);
  return doc.sentences.flatMap((s) => recogniseCompanies(s, { document: doc, subject: null })).map((m) => m.canonical);
}

describe('company recogniser', () => {
  it('reads the companies of 依托X、Y等龙头企业 lists from the seeds', () => {
    expect(companies('依托东风华神等企业大力发展新能源卡车产品。')).toEqual(['东风华神']);
    expect(companies('依托鼎龙、金发科技等龙头企业,培育发展新材料产业链。')).toEqual(['鼎龙', '金发科技']);
    expect(companies('依托中海粮油、武汉加多宝、太古可口可乐等龙头企业打造知名品牌。')).toEqual(['中海粮油', '武汉加多宝', '太古可口可乐']);
    // (国电投) is the owner, named on its own
    expect(companies('依托绿动氢能(国电投)、雄韬氢雄等行业龙头企业,加快发展氢能。')).toEqual(['绿动氢能', '国家电投', '雄韬氢雄']);
  });

  it('reads unknown names in lists written elsewhere, in both scripts', () => {
    expect(companies('引進星源材質、恩捷股份等一批鋰電隔膜企業落戶。')).toEqual(['星源材质', '恩捷股份']);
    expect(companies('支持宁德时代、比亚迪等龙头企业在区内布局动力电池。')).toEqual(['宁德时代', '比亚迪']);
    expect(companies('紧盯LG、博世等世界企业。')).toEqual(['LG', '博世']);
  });

  it('never takes 龙头企业, industries or generic phrases for companies', () => {
    expect(companies('依托龙头企业和重大项目,聚集配套企业。')).toEqual([]);
    expect(companies('支持汽车及零部件、智能装备制造等产业领军企业联合上下游。')).toEqual([]);
    expect(companies('支持整车企业、出租车公司等联合组建新能源汽车运营公司。')).toEqual([]);
    expect(companies('发展提升我区现有开发建设有限公司。')).toEqual([]);
    expect(companies('建设更美的城市,让大众创业蔚然成风。')).toEqual([]);
  });

  it('reads the other party of a signed agreement, and not kinds of company in a list', () => {
    expect(companies('與葳格教育簽訂建設教育園協議。')).toEqual(['葳格教育']);
    expect(companies('与市人民政府签订战略合作协议。')).toEqual([]);
    expect(companies('发展提升我区现有开发建设有限公司、城市建设有限公司、水务公司、市政公司等4家区属国有企业。')).toEqual([]);
    expect(companies('培育隐形冠军、科技小巨人等创新型企业,依法平等保护民营企业。')).toEqual([]);
  });

  it('reads legal names and known names, mapping short forms to one company', () => {
    expect(companies('签订推进计划总投资54亿元的海伦堡中国控股有限公司、河南置地集团项目。')).toEqual(['海伦堡中国控股有限公司', '河南置地集团']);
    expect(companies('借东风公司“东方风起”计划的东风。')).toEqual(['东风汽车集团']);
    expect(companies('支持美的、海尔、格力等行业领军企业扩大投资。')).toEqual(['美的', '海尔', '格力']);
  });

  it('reads lists a known or company-like name vouches for: 以X、Y为龙头, 为代表的, lists without 等 (invented, other provinces)', () => {
    expect(companies('以京东方、维信诺为龙头，加快发展新型显示产业。')).toEqual(['京东方', '维信诺']);
    expect(companies('形成了以潍柴动力、歌尔股份为代表的高端装备和智能硬件产业集群。')).toEqual(['潍柴动力', '歌尔股份']);
    expect(companies('工业机器人产业链以埃斯顿、新松机器人为链主企业，发展伺服电机。')).toEqual(['埃斯顿', '新松机器人']);
    expect(companies('依托比亚迪、弗迪电池，大力发展新能源汽车。')).toEqual(['比亚迪', '弗迪电池']);
    expect(companies('宁波杭州湾新区以吉利汽车、上汽大众为龙头。')).toEqual(['吉利', '上汽大众']);
    // nothing vouches for a list of industries or slogans
    expect(companies('以科技创新为引领，以数字化转型为牵引。')).toEqual([]);
    expect(companies('规划引进先进封装、IC载板及精密光学等产业。')).toEqual([]);
    expect(companies('依托产业基础、区位优势，发展先进制造业。')).toEqual([]);
  });

  it('keeps a branch named with its place, and a known name with its trade ending (invented, Traditional too)', () => {
    expect(companies('依托徐工集团、卡特彼勒（徐州）等龙头企业。')).toEqual(['徐工', '卡特彼勒（徐州）']);
    expect(companies('支持宁德时代（宜宾）有限公司扩大动力电池产能。')).toEqual(['宁德时代']);
    expect(companies('日月光半導體、超豐電子等封測大廠均設廠於此。')).toEqual(['日月光半导体', '超丰电子']);
    expect(companies('臺積電、聯電等晶圓代工廠商持續擴大產能。')).toEqual(['台积电', '联电']);
  });

  it('reads a short form that is also a word only where it names a company', () => {
    expect(companies('臺中、虎尾、后里、二林及中興等五個園區。')).toEqual([]);
    expect(companies('重点招引华为、中兴等通信设备龙头企业。')).toEqual(['华为', '中兴通讯']);
  });

  it('a verb inside a legal name does not cut it; a gathering verb is not part of a name (invented)', () => {
    expect(companies('依托首钢京唐钢铁联合有限责任公司、河钢乐亭钢铁等龙头企业。')).toEqual(['首钢京唐钢铁联合有限责任公司', '河钢乐亭钢铁']);
    expect(companies('聚集宝钛集团、西部超导等钛材企业500余家。')).toEqual(['宝钛集团', '西部超导']);
    expect(companies('中国星网、中国中化、中国华能等央企总部已落户。')).toEqual(['中国星网', '中国中化', '中国华能']);
  });
});

describe('company recogniser: a list a company noun introduces, and a legal name with （集团） (invented)', () => {
  it('区内厂商包括X、Y等。 names the items; 企业包括中小企业等 names none', () => {
    expect(companies('区内厂商包括华硕精工、东元光电等。')).toEqual(['华硕精工', '东元光电']);
    expect(companies('服务对象包括中小企业、个体工商户等。')).toEqual([]);
  });
  it('a legal name with a bracketed （集团） is one name', () => {
    expect(companies('依托哈尔滨飞机工业（集团）有限责任公司打造航空产业。')).toEqual(['哈尔滨飞机工业（集团）有限责任公司']);
  });
});
