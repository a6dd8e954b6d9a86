/** Writes: ingest and removal of documents, behind the ingest token. */
import type { ApiContext } from '../context.ts';
import type { IngestInput } from '../ingest.ts';
import { badInput } from '../errors.ts';
import { reportPayload, statsPayload } from './records.ts';

export const mutationResolvers = {
  ingestDocument: async (_: unknown, args: { input: IngestInput }, ctx: ApiContext) => {
    ctx.ingestor.authorise(ctx.bearerToken);
    const outcome = await ctx.ingestor.ingest(args.input);
    return { document: outcome.document, report: reportPayload(outcome.report), stats: statsPayload(outcome.stats, ctx.store.kind) };
  },
  removeDocument: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
    ctx.ingestor.authorise(ctx.bearerToken);
    const id = args.id.trim();
    if (id === '') throw badInput('Argument "id" is empty.', 'id');
    return statsPayload(await ctx.ingestor.remove(id), ctx.store.kind);
  },
};
