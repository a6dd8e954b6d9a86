/**
 * Where a warm build spends its time: builds the corpus under V8's sampling
 * profiler after warming up (as bench:seed does), writes the .cpuprofile
 * (open it in Chrome DevTools or speedscope) and prints the functions and
 * files with the most self time, and the heaviest call paths.
 *
 *   node --import tsx graph-seed/bench/profile.ts [--corpus DIR] [--scale N] [--out FILE] [--top 40]
 *
 * --scale N profiles N copies of the corpus (longer runs, steadier shares).
 * Shares are of sampled time, including GC and idle: on a busy machine,
 * compare shares between runs rather than milliseconds.
 */
import { Session } from 'node:inspector/promises';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildGraph, corpusFiles } from '../pipeline/build.ts';
import { defaultComponents } from '../pipeline/components.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: CORPUS },
    scale: { type: 'string', default: '1' },
    out: { type: 'string', default: join(tmpdir(), 'graph-seed-build.cpuprofile') },
    top: { type: 'string', default: '40' },
    warmup: { type: 'string', default: '3' },
  },
});

/** Function name and place; tsx compiles each module to one line, so the column tells same-named functions apart. */
function frameName(node: ProfileNode): string {
  const { functionName, url, columnNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(ROOT, '').replace(/^.*node_modules\//, '');
  return file ? `${functionName || '(anonymous)'} ${file}:${columnNumber}` : functionName || '(native)';
}

function fileOf(node: ProfileNode): string {
  const url = node.callFrame.url.replace(/^file:\/\//, '').replace(ROOT, '');
  return url.replace(/^.*node_modules\/([^/]+).*$/, 'node_modules/$1') || '(native)';
}

function summarise(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfTime = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
    total += dt;
  });
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Samples taken inside the inspector call that starts or stops the profiler are not the build's.
  for (const id of selfTime.keys()) {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)!.callFrame.url !== 'node:inspector') continue;
      total -= selfTime.get(id)!;
      selfTime.delete(id);
      break;
    }
  }
  const selfByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of selfTime) {
    const node = byId.get(id)!;
    selfByFunction.set(frameName(node), (selfByFunction.get(frameName(node)) ?? 0) + t);
    selfByFile.set(fileOf(node), (selfByFile.get(fileOf(node)) ?? 0) + t);
    // A recursive function counts once per sample.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + t);
    }
  }
  const table = (title: string, m: Map<string, number>, n: number) =>
    [
      `--- ${title}`,
      ...[...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`),
    ].join('\n');
  return [
    `sampled ${(total / 1000).toFixed(0)} ms`,
    table('self time by function', selfByFunction, top),
    table('self time by file', selfByFile, 20),
    table('inclusive time by function', inclusive, top),
  ].join('\n');
}

async function scaledCorpus(files: string[], scale: number): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), `zonegraph-profile-${scale}x-`));
  for (let i = 0; i < scale; i++) {
    for (const f of files) await copyFile(f, join(dir, `${basename(f, extname(f))}-copy${i}${extname(f)}`));
  }
  return { dir, files: await corpusFiles(dir) };
}

const corpus = await corpusFiles(values.corpus);
const scale = Number(values.scale);
const scaled = scale > 1 ? await scaledCorpus(corpus, scale) : null;
const out = await mkdtemp(join(tmpdir(), 'zonegraph-profile-out-'));
try {
  const components = defaultComponents();
  for (let i = 0; i < Math.max(1, Number(values.warmup)); i++) await buildGraph({ files: corpus, out: join(out, 'warm.ndjson'), components });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  const c0 = process.cpuUsage();
  const result = await buildGraph({ files: scaled?.files ?? corpus, out: join(out, 'graph.ndjson'), components });
  const cpu = process.cpuUsage(c0);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  await writeFile(values.out, JSON.stringify(profile));
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${result.documents} documents, ${(result.bytes / 1e6).toFixed(2)} MB, ${cpuSeconds.toFixed(2)} CPU-s while profiled ` +
      `(${(result.bytes / 1e6 / cpuSeconds).toFixed(2)} MB per CPU-s, profiler overhead included); profile: ${values.out}`,
  );
  console.log(summarise(profile as unknown as CpuProfile, Number(values.top)));
} finally {
  await rm(out, { recursive: true, force: true });
  if (scaled) await rm(scaled.dir, { recursive: true, force: true });
}
