/** Child process of bench/main.ts: builds a corpus `runs` times (after one warm-up) and prints timings as JSON. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, corpusFiles } from '../pipeline/build.ts';
import { defaultComponents } from '../pipeline/components.ts';

const [corpus, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 1);
const files = await corpusFiles(corpus!);
const out = await mkdtemp(join(tmpdir(), 'zonegraph-bench-out-'));
try {
  const components = defaultComponents();
  // Warm-up: loads the taxonomy, gazetteer and dictionaries, and JIT-compiles the hot paths.
  let result = await buildGraph({ files: files.slice(0, 1), out: join(out, 'warm.ndjson'), components });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    result = await buildGraph({ files, out: join(out, 'graph.ndjson'), components });
    const c = process.cpuUsage(c0);
    times.push((performance.now() - t0) / 1000);
    cpuTimes.push((c.user + c.system) / 1e6);
  }
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ runs: times, cpu: cpuTimes, bytes: result.bytes, documents: result.documents, maxRssMB }));
} finally {
  await rm(out, { recursive: true, force: true });
}
