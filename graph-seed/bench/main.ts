/**
 * npm run bench:seed — pipeline throughput and peak memory on the bundled
 * corpus (warm) and on a corpus scaled 100× (each document copied under a new
 * name). Each measurement runs in its own child process so peak RSS is the
 * build's own, not this script's.
 *
 *   npm run bench:seed [-- --scale 100 --runs 5 --warmup 3]
 *
 * --warmup: full builds of the bundled corpus before timing (default 3, at
 * least 1), so the timed runs measure the optimised pipeline rather than V8's
 * compiler threads. (Until 2026-11-23 the warm-up was one build of one file.)
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusFiles } from '../pipeline/build.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

interface WorkerResult {
  runs: number[];
  /** CPU seconds (user + system) of each run: the per-core rate, whatever else shares the machine. */
  cpu: number[];
  bytes: number;
  documents: number;
  maxRssMB: number;
}

function measure(corpus: string, runs: number, warmup: number): WorkerResult {
  // Every measurement warms up on the bundled corpus, so the 1× and N× figures start from the same JIT state.
  const child = spawnSync(process.execPath, ['--import', 'tsx', WORKER, corpus, String(runs), CORPUS, String(warmup)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`bench worker failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as WorkerResult;
}

async function scaledCorpus(scale: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `zonegraph-bench-${scale}x-`));
  const files = await corpusFiles(CORPUS);
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < scale; i++) {
    for (const f of files) await copyFile(f, join(dir, `${basename(f, extname(f))}-copy${i}${extname(f)}`));
  }
  return dir;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function line(name: string, r: WorkerResult): string {
  const median = medianOf(r.runs);
  const cpu = medianOf(r.cpu);
  const mb = r.bytes / 1e6;
  return [
    name.padEnd(12),
    `${r.documents} docs`.padStart(10),
    `${mb.toFixed(2)} MB`.padStart(10),
    `median ${median.toFixed(3)} s`.padStart(16),
    `${(mb / median).toFixed(2)} MB/s`.padStart(12),
    `${(mb / cpu).toFixed(2)} MB/s per CPU-s`.padStart(20),
    `${(r.documents / median).toFixed(1)} docs/s`.padStart(14),
    `peak RSS ${r.maxRssMB.toFixed(0)} MB`.padStart(18),
  ].join(' ');
}

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '100' }, runs: { type: 'string', default: '5' }, warmup: { type: 'string', default: '3' } },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
const warmup = Number(values.warmup);

console.log(`graph-seed pipeline benchmark — node ${process.version}, single process (one core), ${warmup} warm-up build(s) of the bundled corpus`);
const seed = measure(CORPUS, runs, warmup);
console.log(line('corpus 1×', seed));
const dir = await scaledCorpus(scale);
try {
  const scaled = measure(dir, 1, warmup);
  console.log(line(`corpus ${scale}×`, scaled));
} finally {
  await rm(dir, { recursive: true, force: true });
}
