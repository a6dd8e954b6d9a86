/**
 * npm run bench:seed — pipeline throughput and peak memory on the bundled
 * corpus (warm) and on a corpus scaled 100× (each document copied under a new
 * name). Each measurement runs in its own child process so peak RSS is the
 * build's own, not this script's.
 *
 *   npm run bench:seed [-- --scale 100 --runs 5]
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

function measure(corpus: string, runs: number): WorkerResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', WORKER, corpus, String(runs)], {
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

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100' }, runs: { type: 'string', default: '5' } } });
const scale = Number(values.scale);
const runs = Number(values.runs);

console.log(`graph-seed pipeline benchmark — node ${process.version}, single process (one core)`);
const seed = measure(CORPUS, runs);
console.log(line('corpus 1×', seed));
const dir = await scaledCorpus(scale);
try {
  const scaled = measure(dir, 1);
  console.log(line(`corpus ${scale}×`, scaled));
} finally {
  await rm(dir, { recursive: true, force: true });
}
