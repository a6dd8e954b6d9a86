/**
 * What the founding corpus must yield: the facts a reader of these plans
 * would check first, each with the sentence that states it.
 */
import { describe, expect, it } from 'vitest';
import type { GraphData, GraphRelationship } from '../../../shared/graph.ts';
import { corpusGraph } from './corpus-build.ts';

function edge(graph: GraphData, type: string, start: string, end: string): GraphRelationship | undefined {
  return graph.relationships.find((r) => r.type === type && r.start === start && r.end === end);
}

function node(graph: GraphData, label: string, name: string) {
  return graph.nodes.find((n) => n.label === label && (n.name === name || n.aliases.includes(name)));
}

describe('the founding corpus graph', () => {
  it('has the Wuhan ETDZ developing new energy vehicles, with the sentence that says so', async () => {
    const { graph } = await corpusGraph();
    const wuhan = node(graph, 'Zone', '武汉经开区');
    expect(wuhan?.name).toBe('武汉经济技术开发区');
    expect(wuhan?.aliases).toEqual(expect.arrayContaining(['武汉经开区']));
    const nev = node(graph, 'Industry', '新能源汽车');
    const rel = edge(graph, 'DEVELOPS', wuhan!.id, nev!.id);
    expect(rel).toBeDefined();
    expect(rel!.evidence.some((e) => e.document === 'doc:001_b542f6f43ab8c132' && e.text.includes('新能源'))).toBe(true);
  });

  it('has the East Lake high-tech zone developing the segments of 光芯屏端网', async () => {
    const { graph } = await corpusGraph();
    const eastLake = node(graph, 'Zone', '东湖高新区');
    expect(eastLake).toBeDefined();
    const chain = node(graph, 'Industry', '光芯屏端网')!;
    const segments = graph.relationships
      .filter((r) => r.type === 'PART_OF' && r.end === chain.id)
      .map((r) => r.start);
    expect(segments.length).toBe(5);
    const developed = segments.filter((s) => edge(graph, 'DEVELOPS', eastLake!.id, s) || edge(graph, 'TARGETS', eastLake!.id, s));
    expect(developed.length).toBe(5);
  });

  it("has the Hubei county plan citing the provincial 14th five-year plan and the county-economy opinion", async () => {
    const { graph } = await corpusGraph();
    const plan = node(graph, 'Program', '湖北省县域经济发展“十四五”规划');
    expect(plan).toBeDefined();
    const cited = graph.relationships.filter((r) => r.type === 'CITES' && r.start === plan!.id).map((r) => graph.nodes.find((n) => n.id === r.end)!.name);
    expect(cited).toEqual(
      expect.arrayContaining([
        '湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
        '中共湖北省委、湖北省人民政府关于加快全省县域经济高质量发展的意见',
      ]),
    );
  });

  it('keeps 文号 as aliases of the programs they identify', async () => {
    const { graph } = await corpusGraph();
    expect(node(graph, 'Program', '鄂政发〔2021〕40号')?.name).toBe('湖北省县域经济发展“十四五”规划');
    expect(node(graph, 'Program', '驻开政〔2021〕2号')?.name).toContain('驻马店经济开发区');
    expect(node(graph, 'Program', '宁委办发〔20xx〕23号')?.name).toBe('关于实施产业链“链长制”的工作方案');
  });

  it('resolves the Traditional compilation to Simplified entities shared with the other documents', async () => {
    const { graph } = await corpusGraph();
    const eastLake = node(graph, 'Zone', '東湖高新區');
    expect(eastLake?.name).toBe('武汉东湖新技术开发区');
    expect(eastLake?.documents).toContain('doc:002_72549c66496bd046#4');
  });

  it('records numeric targets with their place, year and unit', async () => {
    const { graph } = await corpusGraph();
    expect(graph.facts.length).toBeGreaterThan(10);
    const wuhan = node(graph, 'Zone', '武汉经济技术开发区')!;
    const targets2025 = graph.facts.filter((f) => f.subject === wuhan.id && f.kind === 'target' && f.year === 2025);
    expect(targets2025.length).toBeGreaterThan(0);
    for (const f of targets2025) expect(f.evidence.text).toContain(String(f.value).replace(/\.0+$/, ''));
  });
});
