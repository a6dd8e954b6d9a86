/**
 * The graph file: newline-delimited JSON, one record per line, so a build can
 * stream documents out as it goes and a loader can read without holding the
 * raw text twice. Written atomically: a reader never sees half a file.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type {
  BuildReport,
  DocumentRecord,
  GraphData,
  GraphNode,
  GraphRelationship,
  NumericFact,
} from './graph.ts';

export const GRAPH_FILE_VERSION = 1;

export type GraphFileRecord =
  | { kind: 'header'; version: number }
  | { kind: 'document'; value: DocumentRecord }
  | { kind: 'node'; value: GraphNode }
  | { kind: 'relationship'; value: GraphRelationship }
  | { kind: 'fact'; value: NumericFact }
  | { kind: 'report'; value: BuildReport };

export class GraphFileError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${path}: ${message}` : `${path}:${line}: ${message}`);
    this.name = 'GraphFileError';
  }
}

/** Characters of JSON lines gathered before they are handed to the file stream. */
const FLUSH_CHARS = 1 << 16;

/** Streams records into `path` via a temporary file renamed into place on `close()`. */
export class GraphFileWriter {
  private readonly tmp: string;
  private readonly out: ReturnType<typeof createWriteStream>;
  private failed: Error | null = null;
  private pending: string[] = [];
  private pendingChars = 0;

  private constructor(readonly path: string) {
    this.tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
    this.out = createWriteStream(this.tmp, { encoding: 'utf8' });
    this.out.on('error', (err) => (this.failed = err));
  }

  static async open(path: string): Promise<GraphFileWriter> {
    await mkdir(dirname(path), { recursive: true });
    const writer = new GraphFileWriter(path);
    await writer.write({ kind: 'header', version: GRAPH_FILE_VERSION });
    return writer;
  }

  async write(record: GraphFileRecord): Promise<void> {
    if (this.failed) throw this.failed;
    this.pending.push(JSON.stringify(record));
    this.pendingChars += this.pending[this.pending.length - 1]!.length;
    if (this.pendingChars >= FLUSH_CHARS) await this.flush();
  }

  /** Lines go to the stream in batches: one stream write per record made the writes cost as much as the JSON. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('\n') + '\n';
    this.pending = [];
    this.pendingChars = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.failed) throw this.failed;
    this.out.end();
    await once(this.out, 'finish');
    if (this.failed) throw this.failed;
    await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    this.out.destroy();
    await rm(this.tmp, { force: true });
  }
}

export async function writeGraphFile(path: string, graph: GraphData): Promise<void> {
  const writer = await GraphFileWriter.open(path);
  try {
    for (const value of graph.documents) await writer.write({ kind: 'document', value });
    for (const value of graph.nodes) await writer.write({ kind: 'node', value });
    for (const value of graph.relationships) await writer.write({ kind: 'relationship', value });
    for (const value of graph.facts) await writer.write({ kind: 'fact', value });
    await writer.write({ kind: 'report', value: graph.report });
    await writer.close();
  } catch (err) {
    await writer.abort();
    throw err;
  }
}

export async function* readGraphFileRecords(path: string): AsyncGenerator<GraphFileRecord> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      let record: GraphFileRecord;
      try {
        record = JSON.parse(line) as GraphFileRecord;
      } catch {
        throw new GraphFileError('not valid JSON', path, lineNo);
      }
      if (lineNo === 1) {
        if (record.kind !== 'header') throw new GraphFileError('not a zonegraph graph file (no header)', path, 1);
        if (record.version !== GRAPH_FILE_VERSION) {
          throw new GraphFileError(`unsupported graph file version ${record.version}`, path, 1);
        }
      }
      yield record;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new GraphFileError('graph file not found (run `npm run build:graph` first)', path);
    }
    throw err;
  } finally {
    input.destroy();
  }
  if (lineNo === 0) throw new GraphFileError('graph file is empty', path);
}

export async function readGraphFile(path: string): Promise<GraphData> {
  const graph: GraphData = {
    version: 1,
    documents: [],
    nodes: [],
    relationships: [],
    facts: [],
    report: emptyReport(),
  };
  for await (const record of readGraphFileRecords(path)) {
    switch (record.kind) {
      case 'header':
        break;
      case 'document':
        graph.documents.push(record.value);
        break;
      case 'node':
        graph.nodes.push(record.value);
        break;
      case 'relationship':
        graph.relationships.push(record.value);
        break;
      case 'fact':
        graph.facts.push(record.value);
        break;
      case 'report':
        graph.report = record.value;
        break;
    }
  }
  return graph;
}

export function emptyReport(): BuildReport {
  return {
    builtAt: new Date(0).toISOString(),
    taxonomyVersion: 'unknown',
    documents: [],
    nodesByLabel: {},
    relationshipsByType: {},
    facts: 0,
    unmappedIndustries: {},
    unresolvedMentions: {},
    failures: [],
  };
}
