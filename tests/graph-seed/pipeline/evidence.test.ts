import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../shared/chinese.ts';
import { RELATIONSHIP_ENDPOINTS } from '../../../shared/graph.ts';
import { corpusGraph } from './corpus-build.ts';

describe('the corpus graph keeps its promises', () => {
  it('builds every document of the corpus, the compilation split in four', async () => {
    const { graph, failures } = await corpusGraph();
    expect(failures).toEqual([]);
    expect(graph.documents.map((d) => d.id)).toEqual([
      'doc:000_f2f3fd127b521cfd',
      'doc:001_b542f6f43ab8c132',
      'doc:002_72549c66496bd046#1',
      'doc:002_72549c66496bd046#2',
      'doc:002_72549c66496bd046#3',
      'doc:002_72549c66496bd046#4',
      'doc:003_7fd3883a336dc26e',
      'doc:004_8601b350773d0308',
    ]);
  });

  it('gives every stated relationship evidence whose offsets slice the original text exactly', async () => {
    const { graph } = await corpusGraph();
    const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
    let checked = 0;
    for (const rel of graph.relationships) {
      if (rel.properties['source'] === 'taxonomy' || rel.properties['source'] === 'gazetteer') {
        expect(rel.type).toBe('PART_OF');
        continue;
      }
      expect(rel.evidence.length, rel.id).toBeGreaterThan(0);
      for (const e of rel.evidence) {
        expect(texts.get(e.document)?.slice(e.start, e.end), rel.id).toBe(e.text);
        checked++;
      }
    }
    for (const fact of graph.facts) expect(texts.get(fact.evidence.document)?.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
    expect(checked).toBeGreaterThan(500);
  });

  it('joins only the labels each relationship type allows', async () => {
    const { graph } = await corpusGraph();
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    for (const rel of graph.relationships) {
      const allowed = RELATIONSHIP_ENDPOINTS[rel.type];
      expect(allowed.start, rel.id).toContain(label.get(rel.start));
      expect(allowed.end, rel.id).toContain(label.get(rel.end));
    }
  });

  it('names every entity in Simplified: Traditional forms are aliases, never second entities', async () => {
    const { graph } = await corpusGraph();
    const names = new Set<string>();
    for (const node of graph.nodes) {
      if (node.label === 'Document') continue;
      expect(toSimplified(node.name), node.id).toBe(node.name);
      expect(names.has(`${node.label}:${node.name}`), node.id).toBe(false);
      names.add(`${node.label}:${node.name}`);
    }
  });

  it('keeps Traditional surface forms as aliases of the Simplified entity', async () => {
    const { graph } = await corpusGraph();
    const withTraditionalAlias = graph.nodes.filter((n) => n.aliases.some((a) => toSimplified(a) === n.name && a !== n.name));
    expect(withTraditionalAlias.length).toBeGreaterThan(10);
  });
});

describe('a document with no subject', () => {
  it('leaves its anaphors unresolved instead of inventing a nameless node', async () => {
    const { extractSources } = await import('../../../graph-seed/pipeline/index.ts');
    const text = '关于推进开发区高质量发展的意见\n开发区要依托龙头企业发展新能源汽车产业，开发区管委会负责实施。\n';
    const { graph } = await extractSources([{ name: 'anaphors.txt', bytes: Buffer.from(text) }]);
    for (const n of graph.nodes) expect(n.name, n.id).not.toBe('');
    for (const r of graph.relationships) expect(r.start.endsWith(':') || r.end.endsWith(':'), r.id).toBe(false);
  });
});
