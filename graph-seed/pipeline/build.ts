/**
 * `graph-seed build`: a corpus folder in, the graph file out. Documents
 * stream through one at a time and their text goes straight to the file, so
 * memory holds the merged graph, not the corpus. The file is replaced only
 * when the build completes: a failed build leaves the previous graph.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { GraphAccumulator } from '../../shared/contribution.ts';
import { GraphFileWriter } from '../../shared/graph-file.ts';
import type { BuildReport } from '../../shared/graph.ts';
import { defaultComponents } from './components.ts';
import { runPipeline, type PipelineOptions } from './index.ts';
import { ReportCollector } from './report.ts';
import type { SourceInput } from './types.ts';

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm']);

export async function corpusFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(dir, e.name))
    .sort();
}

export interface BuildProgress {
  bytesDone: number;
  bytesTotal: number;
  files: number;
  documents: number;
}

export interface BuildOptions extends PipelineOptions {
  files: string[];
  out: string;
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildResult {
  report: BuildReport;
  bytes: number;
  documents: number;
}

async function* sources(files: string[], progress: BuildProgress, onProgress?: (p: BuildProgress) => void): AsyncGenerator<SourceInput> {
  for (const file of files) {
    const bytes = await readFile(file);
    yield { name: file, bytes };
    progress.bytesDone += bytes.length;
    progress.files++;
    onProgress?.({ ...progress });
  }
}

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const components = options.components ?? defaultComponents();
  let bytesTotal = 0;
  for (const f of options.files) bytesTotal += (await stat(f)).size;
  const progress: BuildProgress = { bytesDone: 0, bytesTotal, files: 0, documents: 0 };
  const graph = new GraphAccumulator();
  const collector = new ReportCollector();
  const writer = await GraphFileWriter.open(options.out);
  try {
    for await (const event of runPipeline(sources(options.files, progress, options.onProgress), { ...options, components })) {
      if (event.kind === 'failure') {
        collector.addFailure(event.failure);
        continue;
      }
      const { contribution, sentences, unmapped, unresolved } = event.processed;
      await writer.write({ kind: 'document', value: contribution.document });
      collector.addDocument(contribution, sentences, unmapped, unresolved);
      // The contribution goes no further than this graph: kept, not copied.
      graph.adopt(contribution);
      graph.documents.delete(contribution.document.id);
      progress.documents++;
    }
    const data = graph.toGraphData({} as never);
    const report = collector.build(data, components.reference.taxonomyVersion);
    for (const value of data.nodes) await writer.write({ kind: 'node', value });
    for (const value of data.relationships) await writer.write({ kind: 'relationship', value });
    for (const value of data.facts) await writer.write({ kind: 'fact', value });
    await writer.write({ kind: 'report', value: report });
    await writer.close();
    return { report, bytes: progress.bytesDone, documents: progress.documents };
  } catch (err) {
    await writer.abort();
    throw err;
  }
}
