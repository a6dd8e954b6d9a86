import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toSimplified } from '../../../shared/chinese.ts';
import { TAXONOMY_FILE, Taxonomy, TaxonomyError, loadTaxonomy } from '../../../graph-seed/taxonomy/index.ts';

const taxonomy = loadTaxonomy();

interface RawEntry {
  id: string;
  partOf?: string[];
  segments?: RawEntry[];
}

function rawEntries(): RawEntry[] {
  const doc = parse(readFileSync(TAXONOMY_FILE, 'utf8')) as { industries: RawEntry[] };
  const out: RawEntry[] = [];
  const walk = (list: RawEntry[]) => {
    for (const e of list) {
      out.push(e);
      if (e.segments) walk(e.segments);
    }
  };
  walk(doc.industries);
  return out;
}

describe('industry taxonomy file', () => {
  it('is versioned and sizeable', () => {
    expect(taxonomy.version).toBe('2026.11-2');
    expect(taxonomy.sources.length).toBeGreaterThan(0);
    expect(taxonomy.size).toBeGreaterThanOrEqual(150);
    expect(taxonomy.size).toBeLessThanOrEqual(300);
  });

  it('has unique ids and names, every parent exists, and no PART_OF cycle', () => {
    const raw = rawEntries();
    const ids = raw.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of raw) for (const p of e.partOf ?? []) expect(ids, `${e.id} partOf ${p}`).toContain(p);
    const names = [...taxonomy.all()].map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of taxonomy.all()) {
      for (const p of e.parents) expect(taxonomy.entry(p), `${e.id} → ${p}`).not.toBeNull();
      // No cycle: an entry is never its own ancestor.
      expect(taxonomy.ancestors(e.id).map((a) => a.id)).not.toContain(e.id);
    }
  });

  it('holds only well-formed codes', () => {
    for (const e of taxonomy.all()) {
      if (e.gbtCode) expect(e.gbtCode).toMatch(/^[A-T](\d{2,4})?$/);
      if (e.seiCode) expect(e.seiCode).toMatch(/^\d(\.\d)*$/);
    }
    expect(taxonomy.entry('automotive')!.gbtCode).toBe('C36');
    expect(taxonomy.entry('new-energy-vehicles')!.seiCode).toBe('5');
    expect(taxonomy.entry('integrated-circuits')!.gbtCode).toBe('C3973');
  });

  it('expands 光芯屏端网 into its five segments', () => {
    const entry = taxonomy.match('光芯屏端网')!;
    expect(taxonomy.segments(entry.id).map((e) => e.name)).toEqual(['光电子', '集成电路', '新型显示', '智能终端', '网络信息服务']);
  });

  it('breaks 新能源汽车 down into battery, motor, fuel cell, control and charging', () => {
    const names = taxonomy.segments(taxonomy.match('新能源汽车')!.id).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['动力电池', '驱动电机', '燃料电池', '电控系统', '充电桩']));
  });

  it('covers what zone plans name', () => {
    for (const phrase of [
      '整车', '汽车零部件', '智能网联汽车', '集成电路', '生物医药', '医疗器械', '大健康', '新一代信息技术', '软件和信息服务',
      '人工智能', '数字经济', '高端装备', '智能制造装备', '轨道交通', '航空航天', '新材料', '氢能', '光伏', '储能', '节能环保',
      '智能电网', '现代物流', '现代服务业', '金融', '商贸', '文旅', '会展', '现代农业', '农产品加工', '食品', '纺织服装', '化工',
      '钢铁', '建材', '电子信息', '装备制造', '家居', '电商', '服务外包',
    ]) {
      expect(taxonomy.match(phrase), phrase).not.toBeNull();
    }
  });
});

describe('Taxonomy.match', () => {
  it('maps Traditional and surface variants to one entry', () => {
    expect(taxonomy.match(toSimplified('汽車零部件製造'))!.name).toBe('汽车零部件');
    expect(taxonomy.match('汽車零部件製造')!.name).toBe('汽车零部件');
    // 汽车及零部件 names the chain by its two parts (整车 + 汽车零部件), under 汽车.
    expect(taxonomy.match('汽车及零部件')!.id).toBe('automotive-and-parts');
    expect(taxonomy.match('汽车和零部件')!.id).toBe('automotive-and-parts');
    expect(taxonomy.match('汽车与零部件产业集群')!.id).toBe('automotive-and-parts');
    expect(taxonomy.parents('automotive-and-parts').map((e) => e.id)).toEqual(['automotive']);
    expect(taxonomy.match('汽车工业')!.id).toBe('automotive');
    expect(taxonomy.match('新能源与智能网联汽车')!.name).toBe('新能源和智能网联汽车');
  });

  it('strips trailing heads and scale words', () => {
    expect(taxonomy.match('千亿级新能源产业集群')!.name).toBe('新能源');
    expect(taxonomy.match('集成电路产业链')!.name).toBe('集成电路');
    expect(taxonomy.match('生物医药行业')!.name).toBe('生物医药');
    expect(taxonomy.match('全国领先的电子电器产业基地')!.name).toBe('电子电器');
    expect(taxonomy.match('智能装备制造')!.name).toBe('智能制造装备');
  });

  it('finds nothing for what is no industry', () => {
    for (const phrase of ['营商环境', '基础设施', '体制机制', '人才', '产业', '']) expect(taxonomy.match(phrase), phrase).toBeNull();
  });
});

describe('reference nodes and ancestry', () => {
  it('gives the ancestors of 动力电池 and PART_OF edges up every path', () => {
    const { nodes, relationships } = taxonomy.ancestry('industry:动力电池');
    const names = nodes.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['新能源汽车', '汽车', '储能', '新能源', '战略性新兴产业']));
    for (const n of nodes) {
      expect(n.label).toBe('Industry');
      expect(n.documents).toEqual([]);
      expect(n.properties['source']).toBe('taxonomy');
      expect(n.properties['taxonomyId']).toBe(taxonomy.match(n.name)!.id);
      expect(n.pinyin).toMatch(/^[a-z0-9 ]+$/i);
      expect(n.nameEn).toBeTruthy();
    }
    expect(relationships).toContainEqual({
      id: 'PART_OF:industry:动力电池->industry:新能源汽车',
      type: 'PART_OF',
      start: 'industry:动力电池',
      end: 'industry:新能源汽车',
      properties: { source: 'taxonomy' },
      evidence: [],
    });
    // Every edge's ends are the node itself or a returned ancestor.
    const known = new Set(['industry:动力电池', ...nodes.map((n) => n.id)]);
    for (const r of relationships) {
      expect(known.has(r.start) && known.has(r.end)).toBe(true);
      expect(r.evidence).toEqual([]);
    }
  });

  it('has no ancestry for unmapped industries or other labels', () => {
    expect(taxonomy.ancestry('industry:甜玉米')).toEqual({ nodes: [], relationships: [] });
    expect(taxonomy.ancestry('zone:武汉经济技术开发区')).toEqual({ nodes: [], relationships: [] });
  });

  it('loads the whole taxonomy as reference data', () => {
    const nodes = taxonomy.allNodes();
    expect(nodes).toHaveLength(taxonomy.size);
    expect(nodes.find((n) => n.name === '汽车')).toMatchObject({ id: 'industry:汽车', pinyin: 'qi che', nameEn: 'Automotive', properties: { code: 'C36' } });
    const edges = taxonomy.allRelationships();
    expect(edges.length).toBeGreaterThanOrEqual(taxonomy.size - 10);
  });
});

describe('bad taxonomy files', () => {
  const load = (yaml: string) => () => new Taxonomy(yaml, 'bad.yaml');
  it('names duplicate ids, unknown parents, cycles and clashing synonyms', () => {
    expect(load('version: "1"\nindustries:\n  - {id: a, name: 甲, en: A}\n  - {id: a, name: 乙, en: B}')).toThrow(/duplicate id a/);
    expect(load('version: "1"\nindustries:\n  - {id: a, name: 甲, en: A, partOf: [zz]}')).toThrow(/unknown id zz/);
    expect(load('version: "1"\nindustries:\n  - {id: a, name: 甲, en: A, partOf: [b]}\n  - {id: b, name: 乙, en: B, partOf: [a]}')).toThrow(/cycle/);
    expect(load('version: "1"\nindustries:\n  - {id: a, name: 甲, en: A, synonyms: [丙]}\n  - {id: b, name: 乙, en: B, synonyms: [丙]}')).toThrow(/丙 names both a and b/);
    expect(load('industries: [')).toThrow(TaxonomyError);
    expect(load('version: "1"\nindustries:\n  - {id: a, name: 甲, en: A, expandsTo: [zz]}')).toThrow(/expandsTo names unknown id zz/);
    expect(load('version: "1"\nindustries:\n  - {id: a, name: 甲, en: A, gbt: X999}')).toThrow(/not a GB\/T 4754 code/);
  });
});
