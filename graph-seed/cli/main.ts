/**
 * graph-seed: the command line over the pipeline.
 *
 *   graph-seed build   [--corpus DIR] [--out FILE] [--quiet]
 *   graph-seed extract FILE… [--json] [--out FILE]
 *   graph-seed load    [--store neo4j|embedded] [--graph FILE]
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { buildGraph, corpusFiles } from '../pipeline/build.ts';
import { extractSources, toExtractJson } from '../pipeline/index.ts';
import { formatReport } from '../pipeline/report.ts';
import { progressBar } from './progress.ts';
import type { SourceInput } from '../pipeline/types.ts';

export const DEFAULT_CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
export const DEFAULT_GRAPH = fileURLToPath(new URL('../out/graph.ndjson', import.meta.url));

const USAGE = `usage:
  graph-seed build   [--corpus DIR] [--out FILE] [--quiet]   corpus → graph file + report
  graph-seed extract FILE… [--json] [--out FILE]             run the pipeline on any files
  graph-seed load    [--store neo4j|embedded] [--graph FILE] load the built graph into a store`;

class UsageError extends Error {}

async function build(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { corpus: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const files = await corpusFiles(values.corpus ?? DEFAULT_CORPUS);
  if (files.length === 0) throw new UsageError(`no .txt or .html documents in ${values.corpus ?? DEFAULT_CORPUS}`);
  const out = values.out ?? DEFAULT_GRAPH;
  const bar = values.quiet ? null : progressBar('build', 'MB');
  const started = performance.now();
  const result = await buildGraph({
    files,
    out,
    onProgress: (p) => bar?.update(p.bytesDone / 1e6, p.bytesTotal / 1e6, `${p.documents} documents`),
  });
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  if (!values.quiet) {
    console.log(formatReport(result.report));
    console.log(
      `Built ${result.documents} documents (${(result.bytes / 1e6).toFixed(2)} MB) in ${seconds.toFixed(2)} s → ${out}`,
    );
  }
  return result.report.failures.length > 0 ? 1 : 0;
}

async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, out: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('extract needs at least one file');
  const inputs: SourceInput[] = [];
  const unreadable: string[] = [];
  for (const file of positionals) {
    try {
      inputs.push({ name: file, bytes: await readFile(file) });
    } catch (err) {
      unreadable.push(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
  }
  const result = await extractSources(inputs);
  for (const u of unreadable) {
    const [file = u] = u.split(': ');
    result.failures.push({ file, reason: 'unreadable', message: u });
  }
  const output = values.json ? JSON.stringify(toExtractJson(result), null, 2) : formatReport(result.graph.report);
  if (values.out) await writeFile(values.out, output + '\n');
  else process.stdout.write(output + '\n');
  for (const f of result.failures) console.error(`graph-seed: ${basename(f.file)}: ${f.reason}: ${f.message}`);
  return result.failures.length > 0 ? 1 : 0;
}

async function load(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { store: { type: 'string', default: 'neo4j' }, graph: { type: 'string' } },
  });
  if (values.store !== 'neo4j' && values.store !== 'embedded') {
    throw new UsageError(`--store must be neo4j or embedded, not ${values.store}`);
  }
  const { loadCommand } = await import('./load.ts');
  return loadCommand({ graphFile: values.graph ?? DEFAULT_GRAPH, store: values.store });
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'build':
        return await build(rest);
      case 'extract':
        return await extract(rest);
      case 'load':
        return await load(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`graph-seed: ${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    console.error(`graph-seed: ${(err as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
