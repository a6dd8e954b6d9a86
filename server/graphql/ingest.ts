/**
 * Adding and removing documents while the server runs. The pipeline turns
 * text into a document contribution; the store merges it under the shared
 * contribution rules, so queries see the new document at once.
 *
 * Writes are serialised: two ingests of the same file must not interleave
 * their upserts, and a removal must not race an ingest.
 */
import { timingSafeEqual } from 'node:crypto';
import type { BuildReport } from '../../shared/graph.ts';
import type { ExtractResult, SourceInput } from '../../graph-seed/pipeline/types.ts';
import type { DocumentSummary, GraphStats, GraphStore } from '../store/port.ts';
import { apiError, badInput, ErrorCode, notFound } from './errors.ts';
import { summaryOf } from './resolvers/records.ts';

export interface IngestInput {
  filename: string;
  content: string;
  contentType?: string | null;
}

export interface IngestOutcome {
  document: DocumentSummary;
  report: BuildReport;
  stats: GraphStats;
}

type Extract = (inputs: SourceInput[]) => Promise<ExtractResult>;

/** The pipeline is loaded on first ingest: it pulls in the segmenter and taxonomy, which a read-only server never needs. */
const loadPipeline = async (): Promise<Extract> => (await import('../../graph-seed/pipeline/index.ts')).extractSources;

const CONTENT_TYPES = new Set(['text/plain', 'text/html']);
const MAX_FILENAME = 200;

export class Ingestor {
  private queue: Promise<unknown> = Promise.resolve();
  private extract: Promise<Extract> | null = null;
  private version = 0;

  constructor(
    private readonly store: GraphStore,
    /** null: ingest is disabled. */
    private readonly token: string | null,
    private readonly pipeline: () => Promise<Extract> = loadPipeline,
  ) {}

  /**
   * The graph version: bumped when a write starts and when it ends, so an
   * answer computed before or during a write is never taken for one after it.
   * Writes through this server are the only way the graph changes while it runs
   * (the response cache relies on it: server/http/response-cache.ts).
   */
  get graphVersion(): number {
    return this.version;
  }

  get enabled(): boolean {
    return this.token !== null;
  }

  authorise(presented: string | null): void {
    if (this.token === null) {
      throw apiError(ErrorCode.INGEST_DISABLED, 'Ingest is disabled on this server: start it with ZONEGRAPH_INGEST_TOKEN set.');
    }
    if (presented === null) throw apiError(ErrorCode.UNAUTHENTICATED, 'Ingest needs an "Authorization: Bearer <token>" header.');
    const a = Buffer.from(presented);
    const b = Buffer.from(this.token);
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw apiError(ErrorCode.UNAUTHENTICATED, 'The ingest token is not valid.');
  }

  ingest(input: IngestInput): Promise<IngestOutcome> {
    const source = sourceOf(input);
    return this.serialised(async () => {
      this.extract ??= this.pipeline();
      const result = await (await this.extract)([source]);
      if (result.contributions.length === 0) {
        const failure = result.failures[0];
        throw badInput(
          failure ? `Could not read "${input.filename}" (${failure.reason}): ${failure.message}` : `"${input.filename}" yielded no document.`,
          'input.content',
        );
      }
      for (const contribution of result.contributions) await this.store.upsertDocument(contribution, result.graph.report);
      return { document: summaryOf(result.contributions[0]!.document), report: result.graph.report, stats: await this.store.stats() };
    });
  }

  remove(id: string): Promise<GraphStats> {
    return this.serialised(async () => {
      if (!(await this.store.getDocument(id))) throw notFound('document', id);
      await this.store.removeDocument(id);
      return this.store.stats();
    });
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const write = async () => {
      this.version++;
      try {
        return await task();
      } finally {
        this.version++;
      }
    };
    const run = this.queue.then(write, write);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function sourceOf(input: IngestInput): SourceInput {
  const filename = input.filename.trim();
  if (filename === '') throw badInput('"filename" is empty.', 'input.filename');
  if (filename.length > MAX_FILENAME) throw badInput(`"filename" is at most ${MAX_FILENAME} characters.`, 'input.filename');
  if (/[\\/\u0000-\u001f]/.test(filename) || filename === '.' || filename === '..') {
    throw badInput('"filename" is a bare file name: no path separators or control characters.', 'input.filename');
  }
  if (input.content.trim() === '') throw badInput(`"content" of "${filename}" is empty.`, 'input.content');
  const contentType = (input.contentType ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
  if (!CONTENT_TYPES.has(contentType)) {
    throw badInput(`"contentType" must be text/plain or text/html (got "${input.contentType}").`, 'input.contentType');
  }
  return { name: filename, bytes: Buffer.from(input.content, 'utf8'), contentType };
}
