/** Builds the bundled corpus once per test file (the pipeline is deterministic, so sharing is safe). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from '../../../graph-seed/pipeline/build.ts';
import { extractSources } from '../../../graph-seed/pipeline/index.ts';
import type { ExtractResult } from '../../../graph-seed/pipeline/types.ts';

export const CORPUS = fileURLToPath(new URL('../../../graph-seed/corpus/', import.meta.url));

let result: Promise<ExtractResult> | null = null;

export function corpusGraph(): Promise<ExtractResult> {
  result ??= (async () => {
    const files = await corpusFiles(CORPUS);
    return extractSources(await Promise.all(files.map(async (name) => ({ name, bytes: await readFile(name) }))));
  })();
  return result;
}
