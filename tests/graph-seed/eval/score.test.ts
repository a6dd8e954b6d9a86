import { describe, expect, it } from 'vitest';
import type { GraphData, GraphNode, GraphRelationship, NodeLabel, RelationshipType } from '../../../shared/graph.ts';
import { emptyReport } from '../../../shared/graph-file.ts';
import type { GoldPassage } from '../../../graph-seed/eval/gold.ts';
import { formatTable, matchEntities, micro, predictedEntities, rates, scorePassage, sumScores } from '../../../graph-seed/eval/score.ts';
import { openccSimplify } from '../../../graph-seed/eval/simplified.ts';

const simplify = openccSimplify;

function node(label: NodeLabel, name: string, aliases: string[] = [], documents = ['doc:p']): GraphNode {
  return { id: `${label.toLowerCase()}:${name}`, label, name, aliases, properties: {}, documents };
}

function rel(type: RelationshipType, start: GraphNode, end: GraphNode): GraphRelationship {
  return { id: `${type}:${start.id}->${end.id}`, type, start: start.id, end: end.id, properties: {}, evidence: [] };
}

function graph(nodes: GraphNode[], relationships: GraphRelationship[] = []): GraphData {
  return { version: 1, documents: [], nodes, relationships, facts: [], report: emptyReport() };
}

function passage(entities: GoldPassage['entities'], relations: GoldPassage['relations'] = []): GoldPassage {
  return { id: 'p', text: '', entities, relations, notes: '' };
}

describe('predictedEntities', () => {
  it('leaves out reference-only ancestors and Document nodes', () => {
    const g = graph([
      node('Region', '湖北省', [], []), // gazetteer ancestor nobody mentioned
      node('Region', '武汉市'),
      node('Document', 'doc:p'),
      node('Industry', '制造业', [], []),
    ]);
    expect(predictedEntities(g).map((e) => e.name)).toEqual(['武汉市']);
  });
});

describe('matchEntities', () => {
  it('matches equal names and names written in Traditional script', () => {
    const m = matchEntities(
      [
        { label: 'Zone', name: '东湖高新区', aliases: [] },
        { label: 'Program', name: '链长制', aliases: [] },
      ],
      [
        { id: 'zone:x', label: 'Zone', name: '東湖高新區', aliases: [] },
        { id: 'program:y', label: 'Program', name: '链长制', aliases: [] },
      ],
      simplify,
    );
    expect(m.get('东湖高新区')).toBe('zone:x');
    expect(m.get('链长制')).toBe('program:y');
  });

  it('matches when one name is among the other side aliases, in either direction', () => {
    const m = matchEntities(
      [
        { label: 'Zone', name: '武汉经济技术开发区', aliases: ['武汉经开区'] },
        { label: 'Program', name: '宁委办发〔20xx〕23号', aliases: [] },
      ],
      [
        { id: 'zone:short', label: 'Zone', name: '武汉经开区', aliases: [] },
        { id: 'program:t', label: 'Program', name: '关于实施产业链“链长制”的工作方案', aliases: ['寧委辦發〔20xx〕23號'] },
      ],
      simplify,
    );
    expect(m.get('武汉经济技术开发区')).toBe('zone:short');
    expect(m.get('宁委办发〔20xx〕23号')).toBe('program:t');
  });

  it('ignores quotation marks, title brackets and bracket width', () => {
    const m = matchEntities(
      [
        { label: 'Program', name: '湖北省县域经济发展“十四五”规划', aliases: [] },
        { label: 'Zone', name: '中国(湖北)自由贸易试验区武汉片区', aliases: [] },
      ],
      [
        { id: 'program:p', label: 'Program', name: '《湖北省縣域經濟發展"十四五"規劃》', aliases: [] },
        { id: 'zone:z', label: 'Zone', name: '中国（湖北）自由贸易试验区武汉片区', aliases: [] },
      ],
      simplify,
    );
    expect(m.size).toBe(2);
  });

  it('does not match across labels or on shared aliases alone', () => {
    const m = matchEntities(
      [
        { label: 'Region', name: '仙桃', aliases: [] },
        { label: 'Zone', name: '甲园区', aliases: ['园区A'] },
      ],
      [
        { id: 'zone:仙桃', label: 'Zone', name: '仙桃', aliases: [] },
        { id: 'zone:乙', label: 'Zone', name: '乙园区', aliases: ['园区A'] },
      ],
      simplify,
    );
    expect(m.size).toBe(0);
  });

  it('is one-to-one: two predicted duplicates of one gold entity give one match', () => {
    const m = matchEntities(
      [{ label: 'Zone', name: '武汉经济技术开发区', aliases: ['武汉经开区'] }],
      [
        { id: 'zone:a', label: 'Zone', name: '武汉经济技术开发区', aliases: [] },
        { id: 'zone:b', label: 'Zone', name: '武汉经开区', aliases: [] },
      ],
      simplify,
    );
    expect([...m]).toEqual([['武汉经济技术开发区', 'zone:a']]);
  });

  it('finds the assignment that matches most, not the first greedy one', () => {
    // Gold A is compatible with both predicted nodes, gold B only with the first: both must match.
    const m = matchEntities(
      [
        { label: 'Industry', name: '新能源', aliases: ['新能源汽车', '氢能'] },
        { label: 'Industry', name: '汽车', aliases: [] },
      ],
      [
        { id: 'industry:1', label: 'Industry', name: '新能源汽车', aliases: ['汽车'] },
        { id: 'industry:2', label: 'Industry', name: '氢能', aliases: [] },
      ],
      simplify,
    );
    expect(m.get('新能源')).toBe('industry:2');
    expect(m.get('汽车')).toBe('industry:1');
  });

  it('prefers an exact name over an alias match', () => {
    const m = matchEntities(
      [
        { label: 'Zone', name: '东湖高新区', aliases: [] },
        { label: 'Zone', name: '武汉东湖新技术开发区', aliases: [] },
      ],
      [
        { id: 'zone:full', label: 'Zone', name: '武汉东湖新技术开发区', aliases: ['东湖高新区'] },
        { id: 'zone:short', label: 'Zone', name: '东湖高新区', aliases: [] },
      ],
      simplify,
    );
    expect(m.get('东湖高新区')).toBe('zone:short');
    expect(m.get('武汉东湖新技术开发区')).toBe('zone:full');
  });
});

describe('scorePassage', () => {
  const zone = node('Zone', '武汉经济技术开发区', ['武汉经开区']);
  const car = node('Industry', '汽车及零部件');
  const ev = node('Industry', '新能源汽车');
  const midea = node('Company', '美的');
  const gold = passage(
    [
      { label: 'Zone', name: '武汉经开区', aliases: [] },
      { label: 'Industry', name: '汽车及零部件', aliases: [] },
      { label: 'Industry', name: '电子电器', aliases: [] },
      { label: 'Company', name: '美的', aliases: [] },
    ],
    [
      { type: 'DEVELOPS', start: '武汉经开区', end: '汽车及零部件' },
      { type: 'DEVELOPS', start: '武汉经开区', end: '电子电器' },
      { type: 'ACTIVE_IN', start: '美的', end: '电子电器' },
    ],
  );

  it('counts gold, predicted and true positives per label and type, with relation ends mapped through the matching', () => {
    const s = scorePassage(
      gold,
      graph([zone, car, ev, midea], [rel('DEVELOPS', zone, car), rel('DEVELOPS', zone, ev), rel('MENTIONS', midea, car)]),
      simplify,
    );
    expect(s.entities.Zone).toEqual({ gold: 1, predicted: 1, tp: 1 });
    expect(s.entities.Industry).toEqual({ gold: 2, predicted: 2, tp: 1 });
    expect(s.entities.Company).toEqual({ gold: 1, predicted: 1, tp: 1 });
    expect(s.relations.DEVELOPS).toEqual({ gold: 2, predicted: 2, tp: 1 });
    expect(s.relations.ACTIVE_IN).toEqual({ gold: 1, predicted: 0, tp: 0 });
    expect(s.falseNegatives.entities).toEqual(['Industry 电子电器']);
    expect(s.falsePositives.entities).toEqual(['Industry 新能源汽车']);
    expect(s.falsePositives.relations).toEqual(['DEVELOPS 武汉经开区->?新能源汽车']);
    expect(s.falseNegatives.relations).toContain('ACTIVE_IN 美的->电子电器');
  });

  it('excludes PART_OF and MENTIONS from the relationship counts', () => {
    const hubei = node('Region', '湖北省', [], []);
    const s = scorePassage(passage([]), graph([zone, hubei], [rel('PART_OF', zone, hubei), rel('MENTIONS', zone, zone)]), simplify);
    expect(micro(s.relations)).toEqual({ gold: 0, predicted: 0, tp: 0 });
  });

  it('does not credit a relationship whose end is an unmatched node with a gold-like name', () => {
    // Predicted Region 仙桃 is not the gold Zone 仙桃: its edge must not count even though names agree.
    const xiantaoRegion = node('Region', '仙桃');
    const g = passage(
      [
        { label: 'Zone', name: '武汉经开区', aliases: [] },
        { label: 'Zone', name: '仙桃', aliases: [] },
      ],
      [{ type: 'COOPERATES_WITH', start: '武汉经开区', end: '仙桃' }],
    );
    const s = scorePassage(g, graph([zone, xiantaoRegion], [rel('COOPERATES_WITH', zone, xiantaoRegion)]), simplify);
    expect(s.relations.COOPERATES_WITH).toEqual({ gold: 1, predicted: 1, tp: 0 });
  });

  it('treats COOPERATES_WITH as symmetric', () => {
    const beijing = node('Zone', '北京经济技术开发区');
    const shiyan = node('Zone', '十堰经济技术开发区');
    const g = passage(
      [
        { label: 'Zone', name: '十堰经济技术开发区', aliases: [] },
        { label: 'Zone', name: '北京经济技术开发区', aliases: [] },
      ],
      [{ type: 'COOPERATES_WITH', start: '十堰经济技术开发区', end: '北京经济技术开发区' }],
    );
    const s = scorePassage(g, graph([beijing, shiyan], [rel('COOPERATES_WITH', beijing, shiyan)]), simplify);
    expect(s.relations.COOPERATES_WITH).toEqual({ gold: 1, predicted: 1, tp: 1 });
    // Direction still matters for the others.
    const flipped = scorePassage(
      passage(g.entities, [{ type: 'LOCATED_IN', start: '十堰经济技术开发区', end: '北京经济技术开发区' }]),
      graph([beijing, shiyan], [rel('LOCATED_IN', beijing, shiyan)]),
      simplify,
    );
    expect(flipped.relations.LOCATED_IN.tp).toBe(0);
  });

  it('matches Traditional predicted names against Simplified gold names', () => {
    const g = passage([{ label: 'Organization', name: '市工业和能源局', aliases: ['市工業和能源局'] }]);
    const s = scorePassage(g, graph([node('Organization', '市工業和能源局')]), simplify);
    expect(s.entities.Organization.tp).toBe(1);
  });
});

describe('rates and totals', () => {
  it('computes precision, recall and F1, leaving undefined ratios empty', () => {
    expect(rates({ gold: 4, predicted: 2, tp: 2 })).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(rates({ gold: 3, predicted: 0, tp: 0 })).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(rates({ gold: 0, predicted: 0, tp: 0 })).toEqual({ precision: null, recall: null, f1: null });
  });

  it('sums passages and prints one row per label and type with micro totals', () => {
    const zone = node('Zone', '甲开发区');
    const a = scorePassage(passage([{ label: 'Zone', name: '甲开发区', aliases: [] }]), graph([zone]), simplify);
    const b = scorePassage(passage([{ label: 'Zone', name: '乙开发区', aliases: [] }]), graph([]), simplify);
    const total = sumScores([a, b]);
    expect(total.entities.Zone).toEqual({ gold: 2, predicted: 1, tp: 1 });
    const table = formatTable(total);
    expect(table).toMatch(/^Zone\s+2\s+1\s+1\s+1\.000\s+0\.500\s+0\.667$/m);
    expect(table).toMatch(/^entities \(micro\)\s+2\s+1\s+1/m);
    expect(table).toMatch(/^COOPERATES_WITH\s+0\s+0\s+0\s+—\s+—\s+—$/m);
    expect(table).toMatch(/^relationships \(micro\)/m);
  });
});
