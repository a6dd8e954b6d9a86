import { describe, expect, it } from 'vitest';
import { findDocNumbers, programKind, recognisePrograms } from '../../../graph-seed/pipeline/recognise/program.ts';
import type { Mention } from '../../../graph-seed/pipeline/types.ts';
import { corpusText, segment } from './fixture.ts';

function programs(text: string, metadata = {}): Mention[] {
  const doc = segment(text, metadata);
  return doc.sentences.flatMap((s) => recognisePrograms(s, { document: doc, subject: null }));
}

describe('program recogniser: 《titles》 and 文号', () => {
  it('reads a Traditional title with its 文号 as one Program (seed 002 part 1)', () => {
    const found = programs('根據市委、市政府《關于實施產業鏈“鏈長制”的工作方案》(寧委辦發〔20xx〕23號)、《南京市推動產業鏈高質量發展工作方案》(寧委辦發〔20xx〕27號)精神。');
    expect(found.map((m) => m.canonical)).toEqual(['关于实施产业链“链长制”的工作方案', '南京市推动产业链高质量发展工作方案']);
    const [first] = found;
    expect(first!.aliases).toContain('宁委办发〔20xx〕23号');
    expect(first!.properties).toMatchObject({ kind: 'plan', docNumber: '宁委办发〔20xx〕23号' });
    expect(first!.originalSurface).toBe('關于實施產業鏈“鏈長制”的工作方案');
    // the quoted 链长制 inside the title is part of its name, not a mention of its own
    expect(found.some((m) => m.canonical === '链长制')).toBe(false);
  });

  it('normalises 文号 brackets and 號 from other provinces', () => {
    expect(findDocNumbers('根据国发[2021]7號文件').map((d) => d.text)).toEqual(['国发〔2021〕7号']);
    expect(findDocNumbers('《福建省人民政府关于促进开发区高质量发展的指导意见》（闽政（20xx）15号）').map((d) => d.text)).toEqual(['闽政〔20xx〕15号']);
    expect(findDocNumbers('按照粤府〔2020〕 54 号要求').map((d) => d.text)).toEqual(['粤府〔2020〕54号']);
  });

  it('takes a 文号 written before the title, and names a notice a notice', () => {
    const [p] = programs('（浙政发〔2021〕18号）《浙江省人民政府关于印发浙江省全球先进制造业基地建设“十四五”规划的通知》');
    expect(p!.canonical).toBe('浙江省人民政府关于印发浙江省全球先进制造业基地建设“十四五”规划的通知');
    expect(p!.properties).toMatchObject({ kind: 'notice', docNumber: '浙政发〔2021〕18号' });
  });

  it('reads a bare 文号 as the document itself when it is the document’s own', () => {
    const meta = { title: '湖北省縣域經濟發展“十四五”規劃', docNumber: '鄂政发〔2021〕40号' };
    const [own] = programs('鄂政發〔2021〕40號', meta);
    expect(own!.canonical).toBe('湖北省县域经济发展“十四五”规划');
    expect(own!.aliases).toContain('鄂政发〔2021〕40号');
    const [other] = programs('按照苏政办发〔2022〕11号要求推进。', meta);
    expect(other!.canonical).toBe('苏政办发〔2022〕11号');
  });

  it('leaves out generic titles and planning periods', () => {
    expect(programs('加强《纲要》年度跟踪监测。')).toEqual([]);
    expect(programs('“十四五”时期是关键五年。')).toEqual([]);
  });

  it('kinds follow the title suffix', () => {
    expect(programKind('河南省优化营商环境条例')).toBe('regulation');
    expect(programKind('关于推动河南省开发区高质量发展的指导意见')).toBe('guideline');
    expect(programKind('国企改革三年行动方案(2020-2022年)')).toBe('initiative');
    expect(programKind('湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')).toBe('plan');
    expect(programKind('链长制')).toBe('mechanism');
    expect(programKind('国家集成电路产业投资基金')).toBe('fund');
  });
});

describe('program recogniser: mechanisms, initiatives, talent plans, funds, projects', () => {
  it('finds quoted mechanisms with and without a suffix', () => {
    const found = programs('開展產業鏈創新,推行“鏈長制”,制定“一鏈一策”。\n大力實施縣域經濟發展“三百”戰略。深入實施“畝均論英雄”改革。');
    const names = found.map((m) => m.canonical);
    expect(names).toContain('链长制');
    expect(names).toContain('一链一策');
    // the modifier before the quotes is part of the name; the quoted name alone stays an alias
    expect(names).toContain('县域经济发展“三百”战略');
    expect(names).toContain('“亩均论英雄”改革');
    expect(found.find((m) => m.canonical === '链长制')!.properties).toMatchObject({ kind: 'mechanism' });
    expect(found.find((m) => m.canonical === '县域经济发展“三百”战略')!.aliases).toEqual(expect.arrayContaining(['“三百”战略', '三百战略']));
    expect(found.find((m) => m.canonical === '“亩均论英雄”改革')!.aliases).toContain('亩均论英雄');
  });

  it('reads numbered industry-system plans, campaigns without quotes and the 长制 family', () => {
    expect(programs('对接湖北省“51020”现代产业体系和武汉市“965”产业集群建设。').map((m) => m.canonical)).toEqual(['“51020”现代产业体系', '“965”产业集群']);
    expect(programs('组织实施未来产业孵化与加速计划,实施千辆燃料电池汽车示范工程。').map((m) => m.canonical)).toEqual(['未来产业孵化与加速计划', '千辆燃料电池汽车示范工程']);
    expect(programs('实施城乡绿化一体化“四绿”工程和村村亮化工程。').map((m) => m.canonical)).toEqual(['城乡绿化一体化“四绿”工程', '村村亮化工程']);
    expect(programs('全面推行河长制、林长制,建立链长制工作专班。').map((m) => m.canonical)).toEqual(['河长制', '林长制', '链长制']);
    expect(programs('实施一批基础设施补短板工程,启动7个安置小区工程。')).toEqual([]);
  });

  it('reads a cover notice line and gives it the 文号 on the line below', () => {
    const found = programs('关于印发《开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知\n驻开政〔2021〕2号');
    expect(found.map((m) => m.canonical)).toEqual([
      '关于印发《开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知',
      '关于印发《开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知',
    ]);
    expect(found[0]!.properties).toMatchObject({ kind: 'notice', docNumber: '驻开政〔2021〕2号' });
  });

  it('takes a bare quoted slogan only when the text carries it out', () => {
    expect(programs('实施“亩均论英雄”,推动土地资源集约高效利用。').map((m) => m.canonical)).toEqual(['亩均论英雄']);
    expect(programs('推进“网上办、掌上办”和“互联网+”监管。')).toEqual([]);
    expect(programs('加快推广“互联网+会展”模式。')).toEqual([]);
  });

  it('finds talent plans, quoted or not (seed 002 part 4, and invented)', () => {
    expect(programs('全面升級“3551光谷人才計劃”,構建多元評價模式。').map((m) => [m.canonical, m.properties?.['kind']])).toEqual([['3551光谷人才计划', 'talent']]);
    expect(programs('深入实施黄鹤英才计划和千人计划。').map((m) => m.canonical)).toEqual(['黄鹤英才计划', '千人计划']);
    expect(programs('落实各类人才计划。')).toEqual([]);
  });

  it('names funds only when they are named', () => {
    expect(programs('支持東湖高新區設立10億元光谷“合伙人”引導基金。').map((m) => m.canonical)).toEqual(['光谷“合伙人”引导基金']);
    expect(programs('设立开发区产业发展引导基金、天使基金。')).toEqual([]);
    expect(programs('积极争取南京市八大产业专项基金支持。').map((m) => m.canonical)).toEqual(['南京市八大产业专项基金']);
  });

  it('reads a company’s project phase as a project (长江存储二期)', () => {
    const found = programs('加快長江存儲二期、華星光電T4及T5等重大項目建設。');
    expect(found.map((m) => [m.canonical, m.properties?.['kind']])).toEqual([['长江存储二期', 'project']]);
  });

  it('finds the programs of the seeds without inventing generic ones', () => {
    const doc = segment(corpusText('000_f2f3fd127b521cfd.txt'));
    const names = new Set(doc.sentences.flatMap((s) => recognisePrograms(s, { document: doc, subject: null }).map((m) => m.canonical)));
    for (const expected of ['十堰市文明行为促进条例', '国企改革三年行动方案(2020-2022年)', '亩均论英雄', '河长制', '“放管服”改革']) expect(names).toContain(expected);
    for (const generic of ['规划', '方案', '纲要', '本纲要']) expect(names).not.toContain(generic);
  });

  it('a project named by the enterprise that builds it; a list of companies’ projects is no name (invented)', () => {
    expect(programs('华晨宝马动力电池项目已落户开发区。').map((p) => p.canonical)).toEqual(['华晨宝马动力电池项目']);
    expect(programs('推动TCL华星光电t9项目、京东方第6代AMOLED生产线项目建设。').map((p) => p.canonical)).toEqual(['TCL华星光电t9项目', '京东方第6代AMOLED生产线项目']);
    expect(programs('引进中创新航、星源材质等动力电池项目。')).toEqual([]);
  });
});

describe('program recogniser: Taiwan documents (invented, Traditional)', () => {
  const names = (text: string) => programs(text).map((m) => m.canonical);

  it('a full title in corner quotes is a program; a zone in them is not', () => {
    expect(names('主旨：公告「大發工業區產業用地租售辦法」，自即日生效。')).toEqual(['大发工业区产业用地租售办法']);
    expect(names('市府推動「桃園科技工業園區」轉型。')).toEqual([]);
  });

  it('a statute named bare by its article, or as what a thing follows, is a program (without the verb before it)', () => {
    expect(names('依據：工廠管理輔導法施行條例第五條。')).toEqual(['工厂管理辅导法施行条例']);
    expect(names('本園區係依科學園區設置管理條例設置。')).toEqual(['科学园区设置管理条例']);
    expect(names('依法加强管理，推进改革。')).toEqual([]);
  });

  it('a 字第…號 document number is a program named by it, without the field before it', () => {
    expect(names('發文字號：府經字第1130045678號')).toEqual(['府经字第1130045678号']);
  });
});

describe('program recogniser: funds set up under their industry’s name (invented)', () => {
  const names = (text: string) => programs(text).map((m) => m.canonical);
  it('设立X产业发展基金 names a fund; a described or bare one does not', () => {
    expect(names('设立锂电新能源产业发展基金，首期规模10亿元。')).toEqual(['锂电新能源产业发展基金']);
    expect(names('设立专项产业发展基金。')).toEqual([]);
    expect(names('设立总规模50亿元的产业投资基金。')).toEqual([]);
  });
});
