/**
 * Company → Zone LOCATED_IN (relate/located-in.ts companyPlaces) through the
 * whole pipeline, since the company recogniser is not part of the places
 * harness: the zone a clause is about gathers or hosts the companies it lists.
 */
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../../graph-seed/pipeline/index.ts';

async function located(text: string): Promise<string[]> {
  const { graph } = await extractSources([{ name: 'company-places.txt', bytes: Buffer.from(text, 'utf8') }]);
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.relationships
    .filter((r) => r.type === 'LOCATED_IN' && r.start.startsWith('company:'))
    .map((r) => `${name.get(r.start)} -> ${name.get(r.end)}`)
    .sort();
}

describe('companies in the zone a clause is about', () => {
  it('reads 目前已集聚A、B等企业, 区内有A、B等企业进驻 and 区内厂商包括A、B', async () => {
    expect(await located('常州经济技术开发区以新能源为特色产业，目前已集聚宁德时代、比亚迪等电池企业50余家。')).toEqual([
      '宁德时代 -> 常州经济技术开发区',
      '比亚迪 -> 常州经济技术开发区',
    ]);
    expect(await located('常州经济技术开发区以新能源为特色产业，区内有宁德时代、比亚迪等企业进驻。')).toEqual([
      '宁德时代 -> 常州经济技术开发区',
      '比亚迪 -> 常州经济技术开发区',
    ]);
    expect(await located('常州经济技术开发区以新能源为特色产业，区内厂商包括宁德时代、比亚迪等。')).toEqual([
      '宁德时代 -> 常州经济技术开发区',
      '比亚迪 -> 常州经济技术开发区',
    ]);
  });

  it('reads 聚集A、B等企业 in a clause opened by a zone', async () => {
    expect(await located('常州经济技术开发区是国家级经开区，以新能源为特色产业，聚集宁德时代、比亚迪等电池企业50余家。')).toEqual([
      '宁德时代 -> 常州经济技术开发区',
      '比亚迪 -> 常州经济技术开发区',
    ]);
  });

  it('reads A等企业已建成投产 after a zone opening the clause, and the park right after its zone', async () => {
    expect(await located('宜宾临港经济技术开发区位于宜宾市，重点发展新能源汽车，比亚迪等整车企业已建成投产。')).toEqual(['比亚迪 -> 宜宾临港经济技术开发区']);
    expect(await located('依托鄂尔多斯经济技术开发区零碳产业园，引进隆基绿能、宁德时代等新能源企业。')).toEqual([
      '宁德时代 -> 零碳产业园',
      '隆基绿能 -> 零碳产业园',
    ]);
  });
});
