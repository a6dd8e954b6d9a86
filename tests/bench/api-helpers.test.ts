/**
 * The API benchmark's own parts: the synthetic N× graph is a valid graph whose
 * copies answer like the original, the percentile is exact, and the report
 * replaces only its generated block of BENCHMARKS.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationshipId, SYMMETRIC_TYPES } from '../../shared/graph.ts';
import { createEmbeddedStore } from '../../server/store/index.ts';
import { validateGraph } from '../../server/store/validate-graph.ts';
import { percentile } from '../../server/bench/api/load.ts';
import { pickTargets, requestBodies, VARIANTS, zonegraphQueries } from '../../server/bench/api/queries.ts';
import { BEGIN, END, writeSection } from '../../server/bench/api/report.ts';
import { scaleGraph } from '../../server/bench/api/synthetic.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

describe('scaleGraph', () => {
  const seed = smallGraph();
  const big = scaleGraph(seed, 3);

  it('holds N copies of every node, relationship and fact, and is a valid graph', () => {
    expect(big.nodes).toHaveLength(3 * seed.nodes.length);
    expect(big.relationships).toHaveLength(3 * seed.relationships.length);
    expect(big.facts).toHaveLength(3 * seed.facts.length);
    expect(big.documents).toEqual(seed.documents);
    expect(() => validateGraph(big)).not.toThrow();
    for (const rel of big.relationships) {
      expect(rel.id).toBe(relationshipId(rel.type, rel.start, rel.end));
      if (SYMMETRIC_TYPES.has(rel.type)) expect(rel.start <= rel.end).toBe(true);
    }
    const ids = new Set(big.nodes.map((n) => n.id));
    for (const fact of big.facts) expect(ids.has(fact.subject)).toBe(true);
  });

  it('keeps copy 0 as the original and names the others apart', () => {
    expect(big.nodes.slice(0, seed.nodes.length)).toEqual(seed.nodes);
    const copy = big.nodes[seed.nodes.length + 1]!;
    expect(copy.id).toBe(`${seed.nodes[1]!.id}~1`);
    expect(copy.name).toBe(`${seed.nodes[1]!.name}·1`);
    expect(() => scaleGraph(seed, 0)).toThrow(/positive integer/);
  });

  it('a copy answers the questions its original answers, among copies of the same k', async () => {
    const store = createEmbeddedStore(big);
    const place = seed.relationships.find((r) => r.type === 'DEVELOPS')!.start;
    const original = await store.similarPlaces(place, 5);
    const copied = await store.similarPlaces(`${place}~2`, 5);
    expect(original.length).toBeGreaterThan(0);
    expect(copied.map((s) => [s.place.id, s.score])).toEqual(original.map((s) => [`${s.place.id}~2`, s.score]));
    await store.close();
  });
});

describe('benchmark helpers', () => {
  it('percentile is the nearest-rank value', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('picks pools of distinct zones, programs, relationships of those zones, and search texts', () => {
    const t = pickTargets(smallGraph());
    expect(t.zones.length).toBeGreaterThanOrEqual(2);
    expect(new Set(t.zones.map((z) => z.id)).size).toBe(t.zones.length);
    for (const z of t.zones) expect(z.label).toBe('Zone');
    for (const p of t.programs) expect(p.label).toBe('Program');
    expect(t.programs.length).toBeGreaterThan(0);
    const zoneIds = new Set(t.zones.map((z) => z.id));
    for (const r of t.relationships) expect(zoneIds.has(r.start) || zoneIds.has(r.end)).toBe(true);
    expect(t.searchTexts[0]).toBe('武汉');
    expect(new Set(t.searchTexts).size).toBe(t.searchTexts.length);
  });

  it('every question cycles through distinct bodies whose ids exist in the graph they are asked of', () => {
    const seed = smallGraph();
    const t = pickTargets(seed);
    for (const scale of [1, 3]) {
      const graph = scaleGraph(seed, scale);
      const ids = new Set([...graph.nodes.map((n) => n.id), ...graph.relationships.map((r) => r.id)]);
      for (const q of zonegraphQueries(t, scale)) {
        const bodies = requestBodies(q);
        expect(bodies).toHaveLength(VARIANTS);
        // Pools smaller than VARIANTS repeat on the seed graph; on copies they spread further.
        expect(new Set(bodies).size, q.key).toBeGreaterThan(1);
        for (const v of q.variants) {
          for (const value of Object.values(v).flat()) {
            if (q.key !== 'search') expect(ids.has(value as string), `${q.key} ${String(value)}`).toBe(true);
          }
        }
      }
    }
  });

  it('writeSection replaces only its generated block inside ## API', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zg-bench-md-')), 'BENCHMARKS.md');
    writeFileSync(file, '# Benchmarks\n\n## Store\n\nstore numbers\n\n## API\n\nhand-written notes\n\n## Client\n\nclient numbers\n');
    writeSection(file, 'first run');
    writeSection(file, 'second run');
    const text = readFileSync(file, 'utf8');
    expect(text.split(BEGIN)).toHaveLength(2);
    expect(text).toContain(`${BEGIN}\nsecond run\n${END}`);
    expect(text).not.toContain('first run');
    for (const kept of ['## Store\n\nstore numbers', 'hand-written notes', '## Client\n\nclient numbers']) expect(text).toContain(kept);
    expect(text.indexOf(BEGIN)).toBeGreaterThan(text.indexOf('## API'));
    expect(text.indexOf(BEGIN)).toBeLessThan(text.indexOf('## Client'));

    const fresh = join(mkdtempSync(join(tmpdir(), 'zg-bench-md-')), 'BENCHMARKS.md');
    writeSection(fresh, 'numbers');
    expect(readFileSync(fresh, 'utf8')).toBe(`# Benchmarks\n\n## API\n\n${BEGIN}\nnumbers\n${END}\n`);
  });
});
