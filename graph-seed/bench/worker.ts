/**
 * Child process of bench/main.ts: builds a corpus `runs` times after warming
 * up, and prints timings as JSON.
 *
 *   worker.ts CORPUS RUNS [WARMUP_CORPUS WARMUP_BUILDS]
 *
 * Warm-up builds WARMUP_CORPUS (default: CORPUS's first file) WARMUP_BUILDS
 * times (default 1): V8 optimises the recognisers over several documents, and
 * its compiler threads count as CPU time, so one small warm-up leaves the
 * first timed runs measuring the JIT rather than the pipeline.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, corpusFiles } from '../pipeline/build.ts';
import { defaultComponents } from '../pipeline/components.ts';

const [corpus, runsArg, warmupCorpus, warmupArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 1);
const files = await corpusFiles(corpus!);
const warmupFiles = warmupCorpus ? await corpusFiles(warmupCorpus) : files.slice(0, 1);
const warmupBuilds = Number(warmupArg ?? 1);
const out = await mkdtemp(join(tmpdir(), 'zonegraph-bench-out-'));
try {
  const components = defaultComponents();
  // Warm-up: loads the taxonomy, gazetteer and dictionaries, and JIT-compiles the hot paths.
  let result = await buildGraph({ files: warmupFiles, out: join(out, 'warm.ndjson'), components });
  for (let i = 1; i < warmupBuilds; i++) result = await buildGraph({ files: warmupFiles, out: join(out, 'warm.ndjson'), components });
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
