import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../graph-seed/pipeline/build.ts';
import type { ExtractJson } from '../../../graph-seed/pipeline/types.ts';
import { readGraphFile } from '../../../shared/graph-file.ts';

const CLI = new URL('../../../graph-seed/bin/graph-seed.mjs', import.meta.url).pathname;

function graphSeed(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

const PLAN =
  '苏州工业园区“十四五”产业发展规划\n' +
  '第一章 总体要求\n' +
  '苏州工业园区依托信达生物、博瑞医药等龙头企业，重点发展生物医药产业，到2025年，生物医药产业产值力争达到3000亿元。\n';

describe('graph-seed extract', () => {
  it('reports a bad file with its reason, still extracts the good ones, and exits non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zonegraph-cli-'));
    await writeFile(join(dir, 'plan.txt'), PLAN);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4]));
    const run = graphSeed(['extract', join(dir, 'plan.txt'), join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'missing.txt'), '--json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as ExtractJson;
    expect(out.documents.map((d) => d.id)).toEqual(['doc:plan']);
    expect(out.nodes.some((n) => n.label === 'Zone' && n.name === '苏州工业园区')).toBe(true);
    for (const rel of out.relationships) {
      const ends = new Set(out.nodes.map((n) => n.id));
      expect(ends.has(rel.start) && ends.has(rel.end)).toBe(true);
      if (rel.properties['source'] === undefined) expect(rel.evidence.length).toBeGreaterThan(0);
    }
    expect(run.stderr).toMatch(/empty\.txt: empty/);
    expect(run.stderr).toMatch(/binary\.txt: binary/);
    expect(run.stderr).toMatch(/missing\.txt: unreadable/);
  });

  it('prints usage and exits 2 on an unknown command', () => {
    const run = graphSeed(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command: frobnicate');
  });
});

describe('graph-seed build', () => {
  it('writes the graph file atomically: a failed build leaves the previous graph intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zonegraph-build-'));
    const plan = join(dir, 'plan.txt');
    await writeFile(plan, PLAN);
    const out = join(dir, 'graph.ndjson');
    await buildGraph({ files: [plan], out });
    const before = await readFile(out, 'utf8');
    await expect(buildGraph({ files: [plan, join(dir, 'vanished.txt')], out })).rejects.toThrow(/vanished\.txt/);
    expect(await readFile(out, 'utf8')).toBe(before);
    const graph = await readGraphFile(out);
    expect(graph.documents).toHaveLength(1);
    expect(graph.report.documents[0]?.document).toBe('doc:plan');
  });
});
