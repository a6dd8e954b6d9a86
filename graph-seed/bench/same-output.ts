/**
 * Guard for performance work: rebuilds the bundled corpus and compares the
 * graph file line by line with a reference build, ignoring only the report's
 * builtAt. Take the reference before a change:
 *
 *   node --import tsx graph-seed/cli/main.ts build --quiet --out /tmp/ref.ndjson
 *   node --import tsx graph-seed/bench/same-output.ts [/tmp/ref.ndjson]
 *
 * Exit code 0 and "identical" when the graphs match; otherwise the first
 * differing lines and exit code 1.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, corpusFiles } from '../pipeline/build.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const reference = process.argv[2] ?? '/tmp/ref.ndjson';

/** The report's build time is the one field allowed to differ. */
function comparable(line: string): string {
  return line.replace(/"builtAt":"[^"]*"/, '"builtAt":""');
}

const dir = await mkdtemp(join(tmpdir(), 'zonegraph-same-output-'));
try {
  const out = join(dir, 'graph.ndjson');
  const t0 = performance.now();
  await buildGraph({ files: await corpusFiles(CORPUS), out });
  const seconds = (performance.now() - t0) / 1000;
  const want = (await readFile(reference, 'utf8')).split('\n').map(comparable);
  const got = (await readFile(out, 'utf8')).split('\n').map(comparable);
  const differing: number[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) if (want[i] !== got[i]) differing.push(i);
  if (differing.length === 0) {
    console.log(`identical (${got.length} lines, build ${seconds.toFixed(2)} s cold)`);
  } else {
    console.log(`DIFFERENT: ${differing.length} of ${Math.max(want.length, got.length)} lines differ (reference ${want.length}, now ${got.length})`);
    for (const i of differing.slice(0, 5)) {
      console.log(`line ${i + 1}\n- ${(want[i] ?? '<none>').slice(0, 400)}\n+ ${(got[i] ?? '<none>').slice(0, 400)}`);
    }
    process.exitCode = 1;
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
