import { describe, expect, it } from 'vitest';
import { detectScript, toSimplified, toSimplifiedAligned } from '../../../shared/chinese.ts';
import { readDocuments } from '../../../graph-seed/pipeline/read.ts';
import { SEEDS, seedBytes, seedPath } from './seeds.ts';

const read = (file: string) => readDocuments({ name: seedPath(file), bytes: seedBytes(file) });

describe('toSimplified', () => {
  it('maps Taiwan vocabulary to mainland terms', () => {
    expect(toSimplified('持續最佳化營商環境')).toBe('持续优化营商环境');
    expect(toSimplified('網際網路+政務服務')).toBe('互联网+政务服务');
    expect(toSimplified('智慧型製造')).toBe('智能制造');
    expect(toSimplified('套用場景')).toBe('应用场景');
    expect(toSimplified('數位化轉型')).toBe('数字化转型');
    expect(toSimplified('鄂政發〔2021〕40號')).toBe('鄂政发〔2021〕40号');
  });

  it('leaves ordinary mainland words alone (OpenCC computing jargon is excluded)', () => {
    expect(toSimplified('建立健全指標體系，開啟新征程，智慧城市，線上線下')).toBe('建立健全指标体系，开启新征程，智慧城市，线上线下');
    expect(toSimplified('套用模板', { taiwanVocabulary: false })).toBe('套用模板');
  });

  it('maps every output unit back to its source, phrase boundaries exactly', () => {
    const src = '完善縣域最佳化營商環境工作推進機制';
    const { text, map } = toSimplifiedAligned(src);
    expect(text).toBe('完善县域优化营商环境工作推进机制');
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(src.length);
    const at = text.indexOf('优化');
    expect(src.slice(map[at]!, map[at + 2]!)).toBe('最佳化');
    expect(src.slice(map[0]!, map[at]!)).toBe('完善縣域');
  });

  it('detects the script', () => {
    expect(detectScript('湖北省縣域經濟發展規劃')).toBe('traditional');
    expect(detectScript('湖北省县域经济发展规划')).toBe('simplified');
  });
});

describe('normalise on the seeds', () => {
  const docs = Object.values(SEEDS).flatMap(read);

  it('judges each seed’s script', () => {
    const script = (id: string) => docs.find((d) => d.document.id.startsWith(`doc:${id}`))!.document.script;
    expect(script('000')).toBe('simplified');
    expect(script('001')).toBe('simplified');
    expect(script('002')).toBe('traditional');
    expect(script('003')).toBe('simplified');
    expect(script('004')).toBe('traditional');
  });

  it('normalises the Taiwan vocabulary of seed 004', () => {
    const d = docs.find((x) => x.document.id === 'doc:004_8601b350773d0308')!.document;
    for (const mainland of ['持续优化营商环境', '互联网+', '数字化', '智能', '应用']) expect(d.simplified).toContain(mainland);
    for (const taiwan of ['最佳化', '网际网路', '智慧型', '數位', '網際網路']) expect(d.simplified).not.toContain(taiwan);
    expect(d.text).toContain('最佳化');
  });

  it('maps the simplified span of every sentence back to exactly its original span', () => {
    let checked = 0;
    for (const { document: doc, sentences } of docs) {
      const m = doc.simplifiedToOriginal;
      expect(m.length).toBe(doc.simplified.length + 1);
      expect(m[doc.simplified.length]).toBe(doc.text.length);
      for (let i = 1; i < m.length; i++) expect(m[i]! >= m[i - 1]!).toBe(true);
      for (const s of sentences) {
        expect(doc.simplified.slice(s.simplifiedStart, s.simplifiedStart + s.simplified.length)).toBe(s.simplified);
        expect(m[s.simplifiedStart]).toBe(s.start);
        expect(m[s.simplifiedStart + s.simplified.length]).toBe(s.end);
        expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        expect(toSimplified(s.text, { taiwanVocabulary: doc.script === 'traditional' })).toBe(s.simplified);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('maps a Taiwan-vocabulary term inside a sentence back to its original characters', () => {
    const d = docs.find((x) => x.document.id === 'doc:004_8601b350773d0308')!;
    const s = d.sentences.find((x) => x.simplified.includes('优化营商环境') && x.text.includes('最佳化營商環境'))!;
    const at = s.simplifiedStart + s.simplified.indexOf('优化营商环境');
    const m = d.document.simplifiedToOriginal;
    expect(d.document.text.slice(m[at]!, m[at + '优化营商环境'.length]!)).toBe('最佳化營商環境');
  });
});
