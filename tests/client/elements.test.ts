import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { assemble, chainParents, displayName, mergeLayers, nodeSize } from '../../client/src/graph/elements.ts';
import { overviewLayer } from '../../client/src/graph/overview.ts';
import { compareLayer } from '../../client/src/graph/compare.ts';
import { lineageLayer, lineagePositions } from '../../client/src/graph/lineage.ts';
import { pathLayer, pathPositions } from '../../client/src/graph/path.ts';
import type { ApiSharedChains } from '../../client/src/api/types.ts';
import { emptyFilters } from '../../client/src/state/view-state.ts';
import { asApiSubgraph } from './api-shapes.ts';

const options = (over: Partial<Parameters<typeof assemble>[1]> = {}) => ({ lang: 'zh' as const, filters: emptyFilters(), hidden: new Set<string>(), allowed: null, ...over });
const nodes = (els: ElementDefinition[]) => els.filter((e) => e.group === 'nodes');
const edges = (els: ElementDefinition[]) => els.filter((e) => e.group === 'edges');
const byId = (els: ElementDefinition[], id: string) => els.find((e) => e.data.id === id);

describe('GraphQL answers → Cytoscape elements', () => {
  const sub = asApiSubgraph();

  it('maps every node and relationship, with label classes, degree size and endpoints', () => {
    const els = assemble(sub, options({ compounds: false }));
    expect(nodes(els)).toHaveLength(sub.nodes.length);
    expect(edges(els)).toHaveLength(sub.relationships.length);
    const wh = byId(els, 'zone:武汉经济技术开发区')!;
    expect(wh.classes).toContain('zone');
    expect(wh.data).toMatchObject({ label: 'Zone', name: '武汉经济技术开发区', display: '武汉经济技术开发区' });
    expect(wh.data.size).toBe(nodeSize(wh.data.degree as number));
    const dev = byId(els, 'DEVELOPS:zone:十堰经济技术开发区->industry:汽车零部件')!;
    expect(dev.data).toMatchObject({ source: 'zone:十堰经济技术开发区', target: 'industry:汽车零部件', type: 'DEVELOPS', role: 'pillar', display: 'DEVELOPS · pillar' });
    expect(dev.classes).toContain('develops');
  });

  it('every edge joins two nodes that are present (Cytoscape refuses dangling edges)', () => {
    const els = assemble(sub, options({ hidden: new Set(['industry:汽车']), filters: { ...emptyFilters(), hiddenLabels: ['Company'] } }));
    const ids = new Set(nodes(els).map((n) => n.data.id));
    for (const e of edges(els)) {
      expect(ids.has(e.data.source as string)).toBe(true);
      expect(ids.has(e.data.target as string)).toBe(true);
    }
    expect(ids.has('industry:汽车')).toBe(false);
    expect([...ids].some((id) => String(id).startsWith('company:'))).toBe(false);
  });

  it('nests segments in their chains and does not draw the PART_OF edges the nesting replaces', () => {
    const els = assemble(sub, options());
    expect(byId(els, 'industry:发动机')!.data.parent).toBe('industry:汽车零部件');
    expect(byId(els, 'industry:汽车零部件')!.data.parent).toBe('industry:汽车');
    expect(byId(els, 'industry:汽车')!.data.parent).toBeUndefined();
    expect(byId(els, 'industry:汽车')!.classes).toContain('chain');
    expect(byId(els, 'PART_OF:industry:发动机->industry:汽车零部件')).toBeUndefined();
    // Gazetteer PART_OF between regions stays an edge: only industries nest.
    expect(byId(els, 'PART_OF:region:420300->region:420000')).toBeDefined();
    expect(byId(els, 'region:420300')!.data.parent).toBeUndefined();
  });

  it('never nests a node inside itself, whatever PART_OF cycles the data has', () => {
    const n = (id: string) => ({ id, label: 'Industry' as const, name: id, nameEn: null, pinyin: null, degree: 1 });
    const rel = (a: string, b: string) => ({ id: `PART_OF:${a}->${b}`, type: 'PART_OF' as const, role: null, start: { id: a }, end: { id: b } });
    const map = new Map(['a', 'b', 'c'].map((id) => [id, n(id)]));
    const parents = chainParents(map, [rel('a', 'b'), rel('b', 'c'), rel('c', 'a')]);
    for (const start of map.keys()) {
      const seen = new Set<string>();
      for (let cur: string | undefined = start; cur !== undefined; cur = parents.get(cur)) {
        expect(seen.has(cur)).toBe(false);
        seen.add(cur);
      }
    }
    expect(parents.size).toBe(2);
  });

  it('labels follow the language toggle, falling back to Chinese where no English name is known', () => {
    const en = assemble(sub, options({ lang: 'en' }));
    expect(byId(en, 'zone:武汉经济技术开发区')!.data.display).toBe('Wuhan Economic and Technological Development Zone');
    const unnamed = sub.nodes.find((n) => !n.nameEn)!;
    expect(byId(en, unnamed.id)!.data.display).toBe(unnamed.name);
    expect(displayName({ name: '汽车', nameEn: 'Automobiles' }, 'zh')).toBe('汽车');
  });

  it('filters: role keeps only DEVELOPS edges with that role; hidden types go; allowed sets prune places but keep what the user asked for', () => {
    const pillar = assemble(sub, options({ filters: { ...emptyFilters(), role: 'pillar' } }));
    const develops = edges(pillar).filter((e) => e.data.type === 'DEVELOPS');
    expect(develops.length).toBeGreaterThan(0);
    expect(develops.every((e) => e.data.role === 'pillar')).toBe(true);
    expect(edges(pillar).some((e) => e.data.type === 'CITES')).toBe(true);

    const noMentions = assemble(sub, options({ filters: { ...emptyFilters(), hiddenTypes: ['MENTIONS'] } }));
    expect(edges(noMentions).some((e) => e.data.type === 'MENTIONS')).toBe(false);

    const allowed = new Set(['zone:十堰经济技术开发区', 'region:420300']);
    const inProvince = assemble(sub, options({ allowed, filters: { ...emptyFilters(), province: '湖北省' }, keep: new Set(['zone:驻马店经济开发区']) }));
    const ids = new Set(nodes(inProvince).map((n) => n.data.id));
    expect(ids.has('zone:十堰经济技术开发区')).toBe(true);
    expect(ids.has('zone:武汉经济技术开发区')).toBe(false);
    expect(ids.has('zone:驻马店经济开发区')).toBe(true);
    // Industries are not places: a province filter leaves them.
    expect(ids.has('industry:汽车')).toBe(true);
  });

  it('the overview keeps places that develop something, what they develop and the chains above it', () => {
    const layer = overviewLayer(sub);
    const ids = new Set(layer.nodes.map((n) => n.id));
    expect(ids.has('zone:十堰经济技术开发区')).toBe(true);
    expect(ids.has('region:420300')).toBe(true); // 十堰市 DEVELOPS 汽车
    expect(ids.has('industry:汽车')).toBe(true);
    expect(ids.has('industry:光芯屏端网')).toBe(true);
    expect(ids.has('industry:新型显示')).toBe(false); // nobody develops it
    expect(ids.has('region:420000')).toBe(false); // develops nothing
    expect(layer.nodes.some((n) => n.label === 'Program' || n.label === 'Company')).toBe(false);
    expect(layer.relationships.every((r) => r.type === 'DEVELOPS' || r.type === 'PART_OF')).toBe(true);
  });

  it('the overview keeps the busiest places when there are too many, and says it is truncated', () => {
    const all = overviewLayer(sub);
    expect(all.truncated).toBe(false);
    const two = overviewLayer(sub, 2);
    const places = two.nodes.filter((n) => n.label === 'Zone' || n.label === 'Region').map((n) => n.id).sort();
    // 十堰经开区 and 武汉经开区 develop four industries each, more than any other place.
    expect(places).toEqual(['zone:十堰经济技术开发区', 'zone:武汉经济技术开发区']);
    expect(two.truncated).toBe(true);
    expect(two.relationships.every((r) => r.type !== 'DEVELOPS' || places.includes(r.start.id))).toBe(true);
  });

  it('compare: shared industries lit, unique dimmed, chains brought along for nesting', () => {
    const ent = (id: string) => sub.nodes.find((n) => n.id === id)!;
    const withParents = (id: string, parents: string[]) => ({ ...ent(id), parents: parents.map(ent) });
    const result: ApiSharedChains = {
      places: [ent('zone:十堰经济技术开发区'), ent('zone:武汉经济技术开发区')],
      shared: [{ industry: withParents('industry:新能源汽车', ['industry:汽车']), places: [{ id: 'zone:十堰经济技术开发区' }, { id: 'zone:武汉经济技术开发区' }], direct: [{ id: 'zone:十堰经济技术开发区' }] }],
      unique: [{ place: { id: 'zone:十堰经济技术开发区' }, industries: [withParents('industry:发动机', ['industry:汽车零部件'])] }],
      similarity: 0.22,
    };
    const develops = sub.relationships.filter((r) => r.type === 'DEVELOPS');
    const layer = compareLayer(result, develops);
    const els = assemble(layer, options());
    expect(byId(els, 'industry:新能源汽车')!.classes).toContain('shared');
    expect(byId(els, 'industry:发动机')!.classes).toContain('unique');
    expect(byId(els, 'industry:发动机')!.data.parent).toBe('industry:汽车零部件');
    expect(byId(els, 'zone:武汉经济技术开发区')!.classes).toContain('compared');
    expect(byId(els, 'DEVELOPS:zone:十堰经济技术开发区->industry:新能源汽车')!.classes).toContain('shared');
    expect(byId(els, 'DEVELOPS:zone:十堰经济技术开发区->industry:发动机')!.classes).toContain('unique');
  });

  it('lineage: upstream above the root, downstream below, places and industries underneath', () => {
    const ent = (id: string) => sub.nodes.find((n) => n.id === id)!;
    const root = 'program:湖北省县域经济发展“十四五”规划';
    const cites = sub.relationships.filter((r) => r.type === 'CITES');
    const lineage = {
      root: ent(root),
      entries: [
        { program: ent('program:湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要'), depth: 1 },
        { program: ent('program:中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要'), depth: 2 },
        { program: ent('program:十堰经济技术开发区国民经济和社会发展第十四个五年规划纲要'), depth: -1 },
      ],
      relationships: cites,
    };
    const program = { ...ent(root), docNumber: '鄂政发〔2021〕40号', issuedOn: null, appliesTo: [ent('region:420000')], targets: [ent('industry:汽车')], issuers: [ent('organization:湖北省人民政府')], responsible: [], relationships: [] };
    const pos = lineagePositions(lineage, program);
    const y = (id: string) => pos.get(id)!.y;
    expect(y('program:湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')).toBeLessThan(y(root));
    expect(y('program:中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要')).toBeLessThan(y('program:湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要'));
    expect(y('program:十堰经济技术开发区国民经济和社会发展第十四个五年规划纲要')).toBeGreaterThan(y(root));
    expect(y('region:420000')).toBeGreaterThan(y('program:十堰经济技术开发区国民经济和社会发展第十四个五年规划纲要'));
    expect(y('industry:汽车')).toBeGreaterThan(y('region:420000'));
    const layer = lineageLayer(lineage, program);
    expect(layer.classes!.get(root)).toEqual(['root']);
    expect(new Set(layer.nodes.map((n) => n.id)).size).toBe(layer.nodes.length);
  });

  it('paths: each path is a row, nodes in order; path edges are marked', () => {
    const ent = (id: string) => sub.nodes.find((n) => n.id === id)!;
    const r = sub.relationships.find((x) => x.id === 'DEVELOPS:zone:十堰经济技术开发区->industry:新能源汽车')!;
    const p = { nodes: [ent('zone:十堰经济技术开发区'), ent('industry:新能源汽车')], relationships: [r], length: 1 };
    const pos = pathPositions([p]);
    expect(pos.get('zone:十堰经济技术开发区')!.x).toBeLessThan(pos.get('industry:新能源汽车')!.x);
    const layer = pathLayer([p], 'zone:十堰经济技术开发区', 'industry:新能源汽车');
    expect(layer.classes!.get(r.id)).toEqual(['path']);
    expect(layer.classes!.get('zone:十堰经济技术开发区')).toEqual(['endpoint']);
  });

  it('merging layers unions nodes, relationships and classes', () => {
    const a = { nodes: sub.nodes.slice(0, 3), relationships: [], truncated: false, classes: new Map([[sub.nodes[0]!.id, ['x']]]) };
    const b = { nodes: sub.nodes.slice(2, 5), relationships: [], truncated: true, classes: new Map([[sub.nodes[0]!.id, ['y']]]) };
    const m = mergeLayers([a, b]);
    expect(m.nodes.map((n) => n.id)).toEqual(sub.nodes.slice(0, 5).map((n) => n.id));
    expect(m.classes!.get(sub.nodes[0]!.id)).toEqual(['x', 'y']);
    expect(m.truncated).toBe(true);
  });
});
