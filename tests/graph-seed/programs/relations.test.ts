import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../../graph-seed/gazetteer/index.ts';
import { documentProgram } from '../../../graph-seed/pipeline/document/program.ts';
import { createIndustryRecogniser } from '../../../graph-seed/pipeline/recognise/industry.ts';
import { createRegionRecogniser } from '../../../graph-seed/pipeline/recognise/region.ts';
import { createZoneRecogniser } from '../../../graph-seed/pipeline/recognise/zone.ts';
import { activeInRule } from '../../../graph-seed/pipeline/relate/active-in.ts';
import { createAppliesToRule } from '../../../graph-seed/pipeline/relate/applies-to.ts';
import { citesRule } from '../../../graph-seed/pipeline/relate/cites.ts';
import { issuedByRule } from '../../../graph-seed/pipeline/relate/issued-by.ts';
import { responsibleForRule } from '../../../graph-seed/pipeline/relate/responsible-for.ts';
import { createTargetsRule } from '../../../graph-seed/pipeline/relate/targets.ts';
import type { DocumentMetadata, RelationCandidate, RelationRule } from '../../../graph-seed/pipeline/types.ts';
import { loadTaxonomy } from '../../../graph-seed/taxonomy/index.ts';
import { readDocuments } from '../../../graph-seed/pipeline/read.ts';
import { OUR_RECOGNISERS, corpusText, recogniseAll, relationContext, segment } from './fixture.ts';

const industries = createIndustryRecogniser(loadTaxonomy());
const regions = createRegionRecogniser(getGazetteer());
const RECOGNISERS = [...OUR_RECOGNISERS, industries, regions];

/** Runs the real recognisers and one rule over a passage; edges as "start -> end" canonical names. */
function edges(rule: RelationRule, text: string, metadata: Partial<DocumentMetadata> = {}): string[] {
  const doc = segment(text, metadata);
  const bySentence = recogniseAll(doc, () => [], null, RECOGNISERS);
  const own = metadata.title ? documentProgram(doc, null) : null;
  const context = relationContext(doc, bySentence, own);
  const out: RelationCandidate[] = doc.sentences.flatMap((s) => rule.relate(s, bySentence.get(s.index) ?? [], context));
  return [...new Set(out.map((r) => `${r.type} ${r.start.canonical} -> ${r.end.canonical}`))];
}

const firstLine = (file: string) => corpusText(file).split('\n')[0]!;

describe('CITES', () => {
  it('seed 004’s opening sentence: the plan it names cites the outline and the opinion', () => {
    expect(edges(citesRule, firstLine('004_8601b350773d0308.txt'))).toEqual([
      'CITES 湖北省县域经济发展“十四五”规划 -> 湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      'CITES 湖北省县域经济发展“十四五”规划 -> 中共湖北省委、湖北省人民政府关于加快全省县域经济高质量发展的意见',
    ]);
  });

  it('a plan speaking for itself (本纲要根据…编制) cites from the document program', () => {
    const text = corpusText('001_b542f6f43ab8c132.txt').split('\n')[3]!;
    expect(text.startsWith('本纲要根据')).toBe(true);
    expect(edges(citesRule, text, { title: '武汉经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要' })).toEqual([
      'CITES 武汉经济技术开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要 -> 中共武汉经济技术开发区工委(汉南区委)关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
    ]);
  });

  it('cites every title of a 根据《A》(文号)、《B》(文号)精神 list, in another province’s style', () => {
    const text = '根据省委、省政府《关于推进制造业高质量发展的实施意见》（苏发〔2021〕3号）、《江苏省“十四五”制造业高质量发展规划》（苏政办发〔2021〕20号）精神，结合我区实际，制定本方案。';
    expect(edges(citesRule, text, { title: '苏州工业园区制造业高质量发展实施方案' })).toEqual([
      'CITES 苏州工业园区制造业高质量发展实施方案 -> 关于推进制造业高质量发展的实施意见',
      'CITES 苏州工业园区制造业高质量发展实施方案 -> 江苏省“十四五”制造业高质量发展规划',
    ]);
  });

  it('carrying out a regulation in the body of a plan is not citing it', () => {
    expect(edges(citesRule, '全面落实《优化营商环境条例》,持续深化“放管服”改革。', { title: '某某区发展规划' })).toEqual([]);
  });
});

describe('ISSUED_BY', () => {
  it('《A》由X印发 (seed 004)', () => {
    expect(edges(issuedByRule, firstLine('004_8601b350773d0308.txt'))).toContain('ISSUED_BY 湖北省县域经济发展“十四五”规划 -> 湖北省人民政府');
  });

  it('issuers that open a title (…关于) and issuers right before it (seed 002, Traditional)', () => {
    const found = edges(issuedByRule, '根據《國務院關于促進國家高新技術產業開發區高質量發展的若干意見》(國發〔20xx〕7號)、市委、市政府《關于實施產業鏈“鏈長制”的工作方案》精神。');
    expect(found).toEqual([
      'ISSUED_BY 国务院关于促进国家高新技术产业开发区高质量发展的若干意见 -> 国务院',
      'ISSUED_BY 关于实施产业链“链长制”的工作方案 -> 市政府',
      'ISSUED_BY 关于实施产业链“链长制”的工作方案 -> 市委',
    ]);
    expect(edges(issuedByRule, '《中共贵州省委贵州省人民政府关于实施工业倍增行动的意见》')).toEqual([
      'ISSUED_BY 中共贵州省委贵州省人民政府关于实施工业倍增行动的意见 -> 中共贵州省委',
      'ISSUED_BY 中共贵州省委贵州省人民政府关于实施工业倍增行动的意见 -> 贵州省人民政府',
    ]);
  });

  it('an unbracketed notice line names the document’s issuer', () => {
    const found = edges(issuedByRule, '湖北省人民政府關於印發湖北省縣域經濟發展“十四五”規劃的通知', { title: '湖北省縣域經濟發展“十四五”規劃' });
    expect(found).toEqual([
      'ISSUED_BY 湖北省人民政府关于印发湖北省县域经济发展“十四五”规划的通知 -> 湖北省人民政府',
      'ISSUED_BY 湖北省县域经济发展“十四五”规划 -> 湖北省人民政府',
    ]);
  });
});

describe('RESPONSIBLE_FOR', () => {
  it('each agency of a 责任单位 line is responsible for every measure of its paragraph (seed 002 part 4)', () => {
    const text = '(四)推行“链长制”。開展產業鏈創新,推行“鏈長制”,制定“一鏈一策”。(責任單位:市發改委、市經信局)';
    expect(edges(responsibleForRule, text, { title: '开发区高质量发展实施方案' }).sort()).toEqual([
      'RESPONSIBLE_FOR 市发改委 -> 一链一策',
      'RESPONSIBLE_FOR 市发改委 -> 链长制',
      'RESPONSIBLE_FOR 市经信局 -> 一链一策',
      'RESPONSIBLE_FOR 市经信局 -> 链长制',
    ]);
  });

  it('a bracketed 责任单位 line on its own closes the paragraph above it (invented, Anhui)', () => {
    const text = '深入實施“雙招雙引”工程，推行“鏈長制”。\n（責任單位：區經貿局）';
    expect(edges(responsibleForRule, text, { title: '合肥高新技术产业开发区“十四五”发展规划' }).sort()).toEqual([
      'RESPONSIBLE_FOR 区经贸局 -> “双招双引”工程',
      'RESPONSIBLE_FOR 区经贸局 -> 链长制',
    ]);
  });

  it('without a named measure the agencies answer for the document program; a cited title is not the measure', () => {
    const text = '工業用地出讓底價不低于《全國工業用地出讓最低價標準》。\n責任單位:區投資促進局、財政局';
    expect(edges(responsibleForRule, text, { title: '泉州台商投资区开发区高质量发展实施方案' })).toEqual([
      'RESPONSIBLE_FOR 区投资促进局 -> 泉州台商投资区开发区高质量发展实施方案',
      'RESPONSIBLE_FOR 区财政局 -> 泉州台商投资区开发区高质量发展实施方案',
    ]);
  });
});

describe('RESPONSIBLE_FOR beyond the seeds (invented, other provinces)', () => {
  it('a titled plan the paragraph carries out is its measure; a second cue in the line opens its own list', () => {
    const text = '深入实施《嘉兴市全面接轨上海三年行动计划》，推动产业协作。（责任单位：市发展改革委，配合单位：市经信局）';
    expect(edges(responsibleForRule, text).sort()).toEqual([
      'RESPONSIBLE_FOR 市发展改革委 -> 嘉兴市全面接轨上海三年行动计划',
      'RESPONSIBLE_FOR 市经信局 -> 嘉兴市全面接轨上海三年行动计划',
    ]);
    // cited as a basis, it is not the measure
    expect(edges(responsibleForRule, '根据《浙江省开发区条例》，实施“链长制”。（责任单位：市经信局）')).toEqual(['RESPONSIBLE_FOR 市经信局 -> 链长制']);
  });

  it('由X牵头，Y、Z配合 makes all three answer for the measure', () => {
    expect(edges(responsibleForRule, '全面推行“链长制”，由市工业和信息化局牵头，市商务局、市财政局配合。').sort()).toEqual([
      'RESPONSIBLE_FOR 市商务局 -> 链长制',
      'RESPONSIBLE_FOR 市工业和信息化局 -> 链长制',
      'RESPONSIBLE_FOR 市财政局 -> 链长制',
    ]);
  });

  it('由X负责推动 and 本政策由X负责解释', () => {
    expect(edges(responsibleForRule, '省政府核定“园区扩建计划”，由省科技厅负责推动。')).toEqual(['RESPONSIBLE_FOR 省科技厅 -> 园区扩建计划']);
    expect(edges(responsibleForRule, '本政策由市工业和信息化局负责解释。', { title: '淄博市关于支持化工园区发展的若干政策' })).toEqual([
      'RESPONSIBLE_FOR 市工业和信息化局 -> 淄博市关于支持化工园区发展的若干政策',
    ]);
  });

  it('a table whose header names 牵头单位 gives each row’s units its programs', () => {
    // read as the pipeline reads it, so the rows are table rows
    const text = '重点任务分工表\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| 1 | 实施“链长制” | 区工信局 | 区商务局 |\n';
    const [doc] = readDocuments({ name: 'table.txt', bytes: Buffer.from(text, 'utf8') });
    const bySentence = recogniseAll(doc!, () => [], null, RECOGNISERS);
    const context = relationContext(doc!, bySentence);
    const found = doc!.sentences.flatMap((s) => responsibleForRule.relate(s, bySentence.get(s.index) ?? [], context));
    expect(found.map((r) => `${r.start.canonical} -> ${r.end.canonical}`).sort()).toEqual(['区商务局 -> 链长制', '区工信局 -> 链长制']);
  });
});

describe('RESPONSIBLE_FOR across a split line and for named policies (invented)', () => {
  it('牵头单位：…；配合单位：… is one line; a quoted 人才政策 is a measure', () => {
    const text = '发挥新旧动能转换基金引导作用。牵头单位：区财政局；配合单位：区金融办。\n落实“岳麓峰会”人才政策。责任单位：区人社局';
    expect(edges(responsibleForRule, text).sort()).toEqual([
      'RESPONSIBLE_FOR 区人社局 -> “岳麓峰会”人才政策',
      'RESPONSIBLE_FOR 区财政局 -> 新旧动能转换基金',
      'RESPONSIBLE_FOR 区金融办 -> 新旧动能转换基金',
    ]);
  });
});

describe('ISSUED_BY beyond the seeds (invented)', () => {
  it('X于2022年6月印发《A》', () => {
    expect(edges(issuedByRule, '合肥市人民政府于2022年6月印发《合肥市促进集成电路产业发展若干政策》。')).toEqual([
      'ISSUED_BY 合肥市促进集成电路产业发展若干政策 -> 合肥市人民政府',
    ]);
  });

  it('《A》由X于2022年12月印发', () => {
    expect(edges(issuedByRule, '《西安经济技术开发区关于加快新能源汽车产业发展的实施意见》由西安经开区管委会于2022年12月印发。')).toEqual([
      'ISSUED_BY 西安经济技术开发区关于加快新能源汽车产业发展的实施意见 -> 西安经开区管委会',
    ]);
  });

  it('《A》依据《B》制定，由X印发（文号）: A is issued by X and carries the 文号', () => {
    const text = '《绍兴市集成电路产业链提升行动方案》依据《浙江省制造业集群建设行动方案》制定，由绍兴市人民政府办公室印发（绍政办发〔2023〕21号）。';
    expect(edges(issuedByRule, text)).toEqual(['ISSUED_BY 绍兴市集成电路产业链提升行动方案 -> 绍兴市人民政府办公室']);
  });
});

describe('ACTIVE_IN', () => {
  it('依托X、Y等龙头企业发展Z gives each company the industries developed', () => {
    const found = edges(activeInRule, '依托哈工大机器人等龙头企业,重点发展工业机器人、高档数控机床。');
    expect(found).toEqual(['ACTIVE_IN 哈工大机器人 -> 工业机器人', 'ACTIVE_IN 哈工大机器人 -> 高档数控机床']);
    const hydrogen = edges(activeInRule, '依托绿动氢能(国电投)、雄韬氢雄等行业龙头企业,加快发展氢能、光伏。');
    expect(hydrogen).toContain('ACTIVE_IN 雄韬氢雄 -> 氢能');
    expect(hydrogen).toContain('ACTIVE_IN 绿动氢能 -> 光伏');
  });

  it('a list leading, standing for or brought in by a sentence about an industry is active in it (invented, other provinces)', () => {
    expect(edges(activeInRule, '以京东方、维信诺为龙头，加快发展新型显示产业。')).toEqual(['ACTIVE_IN 京东方 -> 新型显示', 'ACTIVE_IN 维信诺 -> 新型显示']);
    expect(edges(activeInRule, '形成了以潍柴动力、歌尔股份为代表的高端装备和智能硬件产业集群。').sort()).toEqual([
      'ACTIVE_IN 歌尔股份 -> 智能硬件',
      'ACTIVE_IN 歌尔股份 -> 高端装备',
      'ACTIVE_IN 潍柴动力 -> 智能硬件',
      'ACTIVE_IN 潍柴动力 -> 高端装备',
    ]);
    expect(edges(activeInRule, '围绕生物医药产业，推动恒瑞医药、豪森药业等企业加快发展。')).toEqual([
      'ACTIVE_IN 恒瑞医药 -> 生物医药',
      'ACTIVE_IN 豪森药业 -> 生物医药',
    ]);
    expect(edges(activeInRule, '宜宾三江新区动力电池产业已引进宁德时代、天原集团等项目。')).toEqual([
      'ACTIVE_IN 宁德时代 -> 动力电池',
      'ACTIVE_IN 天原集团 -> 动力电池',
    ]);
    // the industry a sentence puts first, before the 依托 clause
    expect(edges(activeInRule, '开发区以工程机械为主导产业，依托徐工集团、卡特彼勒（徐州）等龙头企业，重点发展起重机械。').length).toBe(4);
  });

  it('what a list of brought-in companies goes on to form is no industry of theirs', () => {
    expect(edges(activeInRule, '引进比亚迪、吉利汽车等整车企业，形成整车、动力电池、汽车电子协同发展的产业体系。')).toEqual([
      'ACTIVE_IN 比亚迪 -> 整车',
      'ACTIVE_IN 吉利 -> 整车',
    ]);
  });

  it('a brought-in list is active in its tail only; a relied-on list in what the sentence develops (invented)', () => {
    expect(edges(activeInRule, '引进远景科技、隆基绿能等新能源装备制造企业，重点发展风电装备、光伏制造。')).toEqual([
      'ACTIVE_IN 远景能源 -> 新能源装备制造',
      'ACTIVE_IN 隆基绿能 -> 新能源装备制造',
    ]);
    const relied = edges(activeInRule, '依托徐工集团等龙头企业，重点发展起重机械、挖掘机械、高空作业平台和液压元件。');
    expect(relied).toContain('ACTIVE_IN 徐工 -> 起重机械');
    expect(relied).toContain('ACTIVE_IN 徐工 -> 液压元件');
  });

  it('a card of fields: 链主企业 under 产业链 (invented)', () => {
    expect(edges(activeInRule, '产业链：新能源汽车；链长：市长\n链主企业：奇瑞汽车、比亚迪')).toEqual([
      'ACTIVE_IN 奇瑞 -> 新能源汽车',
      'ACTIVE_IN 比亚迪 -> 新能源汽车',
    ]);
  });

  it('以X为龙头、Y等配套企业为支撑的Z产业集群; 以X为链主，构建Z; a backed list builds what follows (invented)', () => {
    expect(edges(activeInRule, '目前已形成以比亚迪为龙头、弗迪电池等配套企业为支撑的新能源汽车产业集群。').sort()).toEqual([
      'ACTIVE_IN 弗迪电池 -> 新能源汽车',
      'ACTIVE_IN 比亚迪 -> 新能源汽车',
    ]);
    expect(edges(activeInRule, '以宁德时代为链主，构建动力电池全产业链。')).toEqual(['ACTIVE_IN 宁德时代 -> 动力电池']);
    expect(edges(activeInRule, '由吉利汽车投资建设的新能源汽车整车项目已正式投产。')).toEqual(['ACTIVE_IN 吉利 -> 新能源汽车']);
  });

  it('a table of enterprises: each row’s company is active in its product and industry cells (invented)', () => {
    const text = '重点企业名单\n| 序号 | 企业名称 | 主营产品 | 所属产业 |\n| 1 | 江苏恒瑞医药股份有限公司 | 创新药 | 生物医药 |\n';
    const [doc] = readDocuments({ name: 'companies.txt', bytes: Buffer.from(text, 'utf8') });
    const bySentence = recogniseAll(doc!, () => [], null, RECOGNISERS);
    const context = relationContext(doc!, bySentence);
    const found = doc!.sentences.flatMap((s) => activeInRule.relate(s, bySentence.get(s.index) ?? [], context));
    expect(found.map((r) => `${r.start.canonical} -> ${r.end.canonical}`).sort()).toEqual([
      '江苏恒瑞医药股份有限公司 -> 创新药',
      '江苏恒瑞医药股份有限公司 -> 生物医药',
    ]);
  });

  it('a company merely named near an industry is not active in it', () => {
    expect(edges(activeInRule, '东风公司发布“东方风起”计划,全区新能源汽车产量大幅增长。')).toEqual([]);
  });
});

describe('APPLIES_TO and TARGETS', () => {
  const appliesTo = createAppliesToRule([regions]);
  const targets = createTargetsRule(industries);

  it('a title that opens with its place applies there; one that opens with an issuer does not', () => {
    expect(edges(appliesTo, '贯彻落实《十堰市土壤污染防治行动计划实施方案》。')).toEqual(['APPLIES_TO 十堰市土壤污染防治行动计划实施方案 -> 十堰市']);
    expect(edges(appliesTo, '根据《福建省人民政府关于促进开发区高质量发展的指导意见》要求。')).toEqual([]);
    expect(edges(appliesTo, '按照《关于推动河南省开发区高质量发展的指导意见》要求。')).toEqual(['APPLIES_TO 关于推动河南省开发区高质量发展的指导意见 -> 河南省']);
  });

  it('a place written right before a program is where it applies (seed 001)', () => {
    expect(edges(appliesTo, '对接湖北省“51020”现代产业体系和武汉市“965”产业集群建设。')).toEqual([
      'APPLIES_TO “51020”现代产业体系 -> 湖北省',
      'APPLIES_TO “965”产业集群 -> 武汉市',
    ]);
  });

  it('深入实施《P》，推动X、Y和Z…: the places the next clause sets to work under P (invented)', () => {
    const text = '深入实施《桂林市开发区高质量发展三年行动方案》，推动桂林市、柳州市和梧州市扩区调区。';
    expect(edges(appliesTo, text)).toEqual([
      'APPLIES_TO 桂林市开发区高质量发展三年行动方案 -> 桂林市',
      'APPLIES_TO 桂林市开发区高质量发展三年行动方案 -> 柳州市',
      'APPLIES_TO 桂林市开发区高质量发展三年行动方案 -> 梧州市',
    ]);
  });

  it('在X实施P / 支持X率先实施P', () => {
    expect(edges(appliesTo, '支持襄阳市率先实施“链长制”。')).toEqual(['APPLIES_TO 链长制 -> 襄阳市']);
  });

  it('a program about an industry targets it; a zone category in a title is not an industry', () => {
    expect(edges(targets, '印发《武汉市新能源汽车产业发展规划》。')).toEqual(['TARGETS 武汉市新能源汽车产业发展规划 -> 新能源汽车']);
    expect(edges(targets, '根据《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》。')).toEqual([]);
    const named = edges(targets, '全面落实市数字经济“573”工程,实施千辆燃料电池汽车示范工程。');
    expect(named).toHaveLength(2);
    expect(named[0]).toBe('TARGETS 数字经济“573”工程 -> 数字经济');
    // the industry's canonical name is the taxonomy's (燃料电池 for 燃料电池汽车)
    expect(named[1]).toMatch(/^TARGETS 千辆燃料电池汽车示范工程 -> 燃料电池/);
  });
});

describe('APPLIES_TO: where a program is carried out (invented passages, real recognisers incl. zones)', () => {
  const zones = createZoneRecogniser(getGazetteer());
  const appliesTo = createAppliesToRule([regions, zones]);
  const withZones = (text: string, metadata: Partial<DocumentMetadata> = {}) => {
    const doc = segment(text, metadata);
    const bySentence = recogniseAll(doc, () => [], null, [...RECOGNISERS, zones]);
    const own = metadata.title ? documentProgram(doc, null) : null;
    const context = relationContext(doc, bySentence, own);
    return [...new Set(doc.sentences.flatMap((s) => appliesTo.relate(s, bySentence.get(s.index) ?? [], context)).map((r) => `${r.start.canonical} -> ${r.end.canonical}`))];
  };

  it('本措施适用于A、B等: the scope a document states names the places it governs', () => {
    const title = '桂林市支持开发区发展若干措施';
    const got = withZones(`${title}\n一、本措施适用于柳州经济技术开发区、梧州高新技术产业开发区等开发区。`, { title });
    expect(got).toContain(`${title} -> 柳州经济技术开发区`);
    expect(got).toContain(`${title} -> 梧州高新技术产业开发区`);
  });

  it('方案提出，以A为核心区，以B、C为拓展区: every place of the lists, for the plan the previous sentence says was made', () => {
    const got = withZones('柳州市制定《柳州市汽车产业链工作方案》。方案提出，以柳州经济技术开发区为核心区，以柳江区、鹿寨县为拓展区，重点发展整车。');
    expect(got).toEqual(expect.arrayContaining([
      '柳州市汽车产业链工作方案 -> 柳州经济技术开发区',
      '柳州市汽车产业链工作方案 -> 柳江区',
      '柳州市汽车产业链工作方案 -> 鹿寨县',
    ]));
  });

  it('a title-line document reaches the zones its measures name, not a partner elsewhere or one it leaves out', () => {
    const title = '柳州市汽车产业链重点任务分工表';
    const text = `${title}\n一、加快柳州经济技术开发区建设，延伸汽车产业链条。\n二、支持柳州高新技术产业开发区与苏州工业园区共建产业合作园。\n三、梧州高新技术产业开发区作为配套园区，不在本次任务范围。`;
    const got = withZones(text, { title });
    expect(got).toContain(`${title} -> 柳州经济技术开发区`);
    expect(got).toContain(`${title} -> 柳州高新技术产业开发区`);
    expect(got).not.toContain(`${title} -> 苏州工业园区`);
    expect(got).not.toContain(`${title} -> 梧州高新技术产业开发区`);
  });

  it('a place that issues its own policy (X出台《P》) is where it is carried out; a Taiwan 「…計畫」 title opens with its place', () => {
    expect(withZones('2023年，柳州市出台《关于支持汽车零部件产业发展的若干措施》，给予用地补贴。')).toContain('关于支持汽车零部件产业发展的若干措施 -> 柳州市');
    expect(withZones('縣府推動「嘉義縣大埔美工業區擴區計畫」，協助業者導入智慧製造。')).toContain("嘉义县大埔美工业区扩区计划 -> 嘉义县大埔美工业区");
  });
});

describe('RESPONSIBLE_FOR: the document answers only for lines that are not numbered measures (invented)', () => {
  const title = '柳州市汽车产业链工作推进表';
  const lines = (text: string) => edges(responsibleForRule, `${title}\n${text}`, { title }).map((e) => e.replace(/^RESPONSIBLE_FOR /, ''));

  it('a numbered measure naming no program makes its 责任单位 responsible for nothing named', () => {
    expect(lines('一、加快整车项目建设，延伸汽车产业链条。责任单位：市工业和信息化局、市财政局')).toEqual([]);
  });

  it('a 牵头单位 field of the whole table answers for the table', () => {
    expect(lines('产业链：汽车；链长：市长；牵头单位：市工业和信息化局')).toEqual([`市工业和信息化局 -> ${title}`]);
  });

  it('X牵头统筹调度 in the general requirements answers for the document; X牵头推进P answers for P, not here', () => {
    expect(lines('推进要求：各县区要落实工作机制，市工业和信息化局牵头统筹调度。')).toEqual([`市工业和信息化局 -> ${title}`]);
    expect(lines('一、市工业和信息化局牵头统筹调度整车项目。')).toEqual([]);
  });
});

describe('ISSUED_BY: a Taiwan announcement (invented, Traditional)', () => {
  it('its 發文字號 and the title its 主旨 announces are issued by the body of its header line; a title it cites is not', () => {
    const text = '屏東縣政府 公告\n發文日期：中華民國113年5月2日\n發文字號：府經字第1130045678號\n主旨：公告「大發工業區產業用地租售辦法」，自即日生效。\n依據：「產業園區土地使用收益辦法」。';
    expect(edges(issuedByRule, text)).toEqual([
      'ISSUED_BY 府经字第1130045678号 -> 屏东县政府',
      'ISSUED_BY 大发工业区产业用地租售办法 -> 屏东县政府',
    ]);
  });
});

describe('APPLIES_TO: a fund and the places its next clause supports (invented)', () => {
  it('设立X基金，支持A、B…: the fund applies to A and B', () => {
    const zones = createZoneRecogniser(getGazetteer());
    const rule = createAppliesToRule([regions, zones]);
    expect(edges(rule, '设立锂电新能源产业发展基金，支持宜宾市、泸州市锂电企业扩大产能。')).toEqual([
      'APPLIES_TO 锂电新能源产业发展基金 -> 宜宾市',
      'APPLIES_TO 锂电新能源产业发展基金 -> 泸州市',
    ]);
  });
});

describe('ACTIVE_IN: industries named in an earlier clause of the sentence (invented)', () => {
  it('以A、B、C为主导产业，依托X、Y等龙头企业…: every industry of the list put first', () => {
    const got = edges(activeInRule, '钦州港经济技术开发区以石油化工、有色金属、粮油加工为主导产业，依托恒逸石化、华谊集团等龙头企业打造千亿级产业集群。');
    // (the lexicon names 恒逸石化 by its short form): both companies, each of the three industries
    for (const industry of ['石油化工', '有色金属', '粮油加工']) expect(got.filter((e) => e.endsWith(`-> ${industry}`))).toHaveLength(2);
  });

  it('方案明确，以X为核心区，聚焦A、B和C，支持Y、Z等龙头企业布局…: the focus clause before the list', () => {
    const got = edges(activeInRule, '方案明确，以宜宾三江新区为核心区，聚焦正极材料、负极材料和电解液，支持宁德时代、比亚迪等龙头企业在宜宾布局生产基地。');
    for (const company of ['宁德时代', '比亚迪']) for (const industry of ['正极材料', '负极材料', '电解液']) expect(got).toContain(`ACTIVE_IN ${company} -> ${industry}`);
  });
});

describe('CITES and APPLIES_TO of a Taiwan announcement (invented, Traditional)', () => {
  const text = '屏東縣政府 公告\n發文日期：中華民國113年5月2日\n發文字號：府經字第1130045678號\n主旨：公告「屏南工業區產業用地租售辦法」，自即日生效。\n依據：產業創新條例第四十六條、「產業園區土地使用收益辦法」。';
  it('its 依據 line is what the document number rests on', () => {
    expect(edges(citesRule, text)).toEqual([
      'CITES 府经字第1130045678号 -> 产业创新条例',
      'CITES 府经字第1130045678号 -> 产业园区土地使用收益办法',
    ]);
  });
  it('its number is for the place of the title it announces', () => {
    const zones = createZoneRecogniser(getGazetteer());
    const doc = segment(text, {});
    const bySentence = recogniseAll(doc, () => [], null, [...RECOGNISERS, zones]);
    const context = relationContext(doc, bySentence, null);
    const got = doc.sentences.flatMap((s) => createAppliesToRule([regions, zones]).relate(s, bySentence.get(s.index) ?? [], context)).map((r) => `${r.start.canonical} -> ${r.end.canonical}`);
    expect(got).toEqual(['屏南工业区产业用地租售办法 -> 屏南工业区', '府经字第1130045678号 -> 屏南工业区']);
  });
});
