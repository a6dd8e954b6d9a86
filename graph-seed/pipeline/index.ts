/**
 * graph-seed's pipeline, end to end: sources in, document contributions and
 * a merged graph out. `graph-seed build`, `graph-seed extract` and the API's
 * ingest mutation all come through here.
 */
import { GraphAccumulator, type DocumentContribution } from '../../shared/contribution.ts';
import { defaultComponents } from './components.ts';
import { processDocument, type PipelineComponents, type ProcessedDocument } from './process.ts';
import { readDocuments } from './read.ts';
import { ReportCollector } from './report.ts';
import { LoadError, type ExtractFailure, type ExtractJson, type ExtractResult, type SourceInput } from './types.ts';

export type { PipelineComponents } from './process.ts';

export type PipelineEvent =
  | { kind: 'document'; file: string; processed: ProcessedDocument }
  | { kind: 'failure'; failure: ExtractFailure };

export interface PipelineOptions {
  components?: PipelineComponents;
  maxBytes?: number;
}

function failureOf(name: string, err: unknown): ExtractFailure {
  if (err instanceof LoadError) return { file: err.file, reason: err.reason, message: err.message };
  return { file: name, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
}

/** Runs sources through the pipeline one at a time; a bad file yields a failure and the rest go on. */
export async function* runPipeline(
  inputs: Iterable<SourceInput> | AsyncIterable<SourceInput>,
  options: PipelineOptions = {},
): AsyncGenerator<PipelineEvent> {
  const components = options.components ?? defaultComponents();
  for await (const input of inputs) {
    let documents;
    try {
      documents = readDocuments(input, options.maxBytes === undefined ? undefined : { maxBytes: options.maxBytes });
    } catch (err) {
      yield { kind: 'failure', failure: failureOf(input.name, err) };
      continue;
    }
    for (const document of documents) {
      let processed: ProcessedDocument;
      try {
        processed = processDocument(document, components);
      } catch (err) {
        yield { kind: 'failure', failure: failureOf(`${input.name} (${document.document.id})`, err) };
        continue;
      }
      yield { kind: 'document', file: input.name, processed };
    }
  }
}

export async function extractSources(inputs: SourceInput[], options: PipelineOptions = {}): Promise<ExtractResult> {
  const components = options.components ?? defaultComponents();
  const graph = new GraphAccumulator();
  const report = new ReportCollector();
  const contributions: DocumentContribution[] = [];
  for await (const event of runPipeline(inputs, { ...options, components })) {
    if (event.kind === 'failure') {
      report.addFailure(event.failure);
      continue;
    }
    const { contribution, sentences, unmapped, unresolved } = event.processed;
    contributions.push(contribution);
    graph.add(contribution);
    report.addDocument(contribution, sentences, unmapped, unresolved);
  }
  const data = graph.toGraphData({} as never);
  data.report = report.build(data, components.reference.taxonomyVersion);
  return { contributions, graph: data, failures: report.failures };
}

/** The `graph-seed extract --json` shape: names in Simplified, edges by node id, each with its evidence. */
export function toExtractJson(result: ExtractResult): ExtractJson {
  const { graph } = result;
  return {
    documents: graph.documents.map((d) => ({
      id: d.id,
      title: d.title,
      file: d.file,
      encoding: d.encoding,
      script: d.script,
      subject: d.subject,
    })),
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      name: n.name,
      aliases: n.aliases,
      properties: {
        ...n.properties,
        ...(n.nameEn ? { nameEn: n.nameEn } : {}),
        ...(n.pinyin ? { pinyin: n.pinyin } : {}),
        documents: n.documents,
      },
    })),
    relationships: graph.relationships.map((r) => ({
      type: r.type,
      start: r.start,
      end: r.end,
      properties: r.properties,
      evidence: r.evidence.map((e) => ({ document: e.document, start: e.start, end: e.end, text: e.text, section: e.section })),
    })),
    ...(result.failures.length ? { failures: result.failures } : {}),
  };
}
