/**
 * Throughput of the reading stages (load → split → normalise → segment) on
 * the seed corpus, one core. Prints MB/s of input bytes per stage and overall.
 *
 *   node --import tsx graph-seed/pipeline/bench-reading.ts [seconds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toSimplified } from '../../shared/chinese.ts';
import { splitDocuments } from './clean/index.ts';
import { loadSource } from './load/index.ts';
import { normalise } from './normalise/index.ts';
import { segment } from './segment/index.ts';
import type { NormalisedDocument, RawDocument } from './types.ts';

const seconds = Number(process.argv[2] ?? 5);
const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: join(corpus, f), bytes: new Uint8Array(readFileSync(join(corpus, f))) }));
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);

let t = performance.now();
toSimplified('開發區');
console.log(`cold start (building conversion tries): ${(performance.now() - t).toFixed(0)} ms`);

const time = { load: 0, split: 0, normalise: 0, segment: 0 };
let bytes = 0;
let documents = 0;
let sentences = 0;
// CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
const cpuStart = process.cpuUsage();
const until = performance.now() + seconds * 1000;
while (performance.now() < until) {
  for (const f of files) {
    t = performance.now();
    const file = loadSource(f);
    const t1 = performance.now();
    const raws: RawDocument[] = splitDocuments(file);
    const t2 = performance.now();
    const norms: NormalisedDocument[] = raws.map(normalise);
    const t3 = performance.now();
    for (const n of norms) sentences += segment(n).sentences.length;
    const t4 = performance.now();
    time.load += t1 - t;
    time.split += t2 - t1;
    time.normalise += t3 - t2;
    time.segment += t4 - t3;
    bytes += f.bytes.length;
    documents += raws.length;
  }
}
const cpu = process.cpuUsage(cpuStart);
const mb = bytes / 1e6;
const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1);
const total = time.load + time.split + time.normalise + time.segment;
console.log(`input: ${files.length} seed files, ${(totalBytes / 1e6).toFixed(2)} MB per pass; processed ${mb.toFixed(1)} MB, ${documents} documents, ${sentences} sentences`);
for (const [stage, ms] of Object.entries(time)) console.log(`  ${stage.padEnd(10)} ${rate(ms).padStart(7)} MB/s  (${((100 * ms) / total).toFixed(0)}% of time)`);
console.log(`reading stages overall: ${rate(total)} MB/s wall, ${rate((cpu.user + cpu.system) / 1000)} MB/s of CPU time (one core)`);
