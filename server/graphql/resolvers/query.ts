/** Root query fields: lookups, search, traversal, programs, evidence, documents, figures. */
import type { GraphNode, NodeLabel, RelationshipType } from '../../../shared/graph.ts';
import type { Direction, NeighbourhoodQuery, NodeFilter, SearchHit } from '../../store/port.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { LIMITS, PORT_CAPS, boundedInt, idList, pageSize } from '../limits.ts';
import { nameForms, normaliseName } from '../names.ts';
import { findNamed, PLACE_LABELS, resolveRef, resolveRefs } from '../refs.ts';
import { reportPayload, statsPayload, summaryOf } from './records.ts';
import type { GraphQLResolveInfo } from '../graphql-js.ts';
import { selectedField, selectedNames, selectedUnder } from '../selection.ts';

const MAX_SEARCH_TEXT = 200;

/** Both forms of the text (Simplified, raw), best score per node, ranks preserved within a score. */
async function search(ctx: ApiContext, text: string, labels: NodeLabel[] | null | undefined, limit: number): Promise<SearchHit[]> {
  const best = new Map<string, SearchHit>();
  for (const form of nameForms(text)) {
    const hits = await ctx.store.search(labels && labels.length > 0 ? { text: form, labels, limit } : { text: form, limit });
    for (const hit of hits) {
      const seen = best.get(hit.node.id);
      if (!seen || hit.score > seen.score) best.set(hit.node.id, hit);
    }
  }
  const hits = [...best.values()];
  // Stable: insertion order carries the store's tie-breaks (degree, name length, id).
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit);
}

/**
 * An entity asked for by id: start the reads its selection will need (its
 * relationships, degree, the document list for evidence) in the same tick as
 * the node itself, so a remote store answers them in one round of concurrent
 * calls rather than one after another. A wrong id costs those reads and still
 * answers NOT_FOUND; their failures surface, if at all, where fields await them.
 */
function startReadsFor(ctx: ApiContext, id: string, info: GraphQLResolveInfo): void {
  const selected = selectedNames(info);
  const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
  if (selected.has('relationships')) {
    quiet(ctx.loaders.relationshipsOf.load(id));
    if (selectedUnder(selectedField(info, 'relationships'), 'evidence').has('document')) quiet(ctx.loaders.documentSummary.load(''));
  }
  if (selected.has('degree')) quiet(ctx.loaders.degree.load(id));
}

/** entity / zone / region / …: by id (unknown id is NOT_FOUND) or by name in any script (no match is null). */
function lookup(labels?: readonly NodeLabel[]) {
  return async (_: unknown, args: { id?: string | null; name?: string | null; label?: NodeLabel | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const wanted = args.label ? (labels ? labels.filter((l) => l === args.label) : [args.label]) : labels;
    const what = wanted?.join(' or ') ?? 'entity';
    if (args.id !== null && args.id !== undefined) {
      const id = args.id.trim();
      if (id === '') throw badInput('Argument "id" is empty.', 'id');
      startReadsFor(ctx, id, info);
      const node = await ctx.loaders.node.load(id);
      if (!node || (wanted && !wanted.includes(node.label))) throw notFound(what, id);
      return node;
    }
    if (args.name !== null && args.name !== undefined) {
      if (args.name.trim() === '') throw badInput('Argument "name" is empty.', 'name');
      const node = await findNamed(ctx, args.name, wanted);
      if (node) ctx.loaders.primeNodes([node]);
      return node;
    }
    throw badInput('Give "id" or "name".');
  };
}

/** Filter values that name a node (industry, chain) are resolved to ids; unknown ones are NOT_FOUND. */
async function nodeFilter(ctx: ApiContext, filter: Record<string, string | null | undefined> | null | undefined): Promise<NodeFilter> {
  const out: NodeFilter = {};
  if (!filter) return out;
  if (filter.label) out.label = filter.label as NodeLabel;
  if (filter.kind) out.kind = filter.kind.trim();
  if (filter.province) {
    const province = filter.province.trim();
    const byId = await ctx.loaders.node.load(province);
    out.province = byId ? byId.id : ((await findNamed(ctx, province, ['Region']))?.id ?? normaliseName(province));
  }
  if (filter.industry) out.industry = (await resolveRef(ctx, filter.industry, ['Industry'], 'filter.industry')).id;
  if (filter.chain) out.chain = (await resolveRef(ctx, filter.chain, ['Industry'], 'filter.chain')).id;
  if (filter.document) {
    const id = filter.document.trim();
    if (!(await ctx.loaders.documentSummary.load(id))) throw notFound('document', id);
    out.document = id;
  }
  return out;
}

const primed = <T extends { nodes: GraphNode[] }>(ctx: ApiContext, value: T): T => {
  ctx.loaders.primeNodes(value.nodes);
  return value;
};

export const queryResolvers = {
  search: async (_: unknown, args: { text: string; labels?: NodeLabel[] | null; limit?: number | null }, ctx: ApiContext) => {
    const text = args.text.trim();
    if (text === '') throw badInput('Argument "text" is empty.', 'text');
    if (text.length > MAX_SEARCH_TEXT) throw badInput(`Argument "text" is at most ${MAX_SEARCH_TEXT} characters.`, 'text');
    const limit = boundedInt('limit', args.limit, 20, PORT_CAPS.searchLimit);
    if (limit === 0) return [];
    const hits = await search(ctx, text, args.labels, limit);
    ctx.loaders.primeNodes(hits.map((h) => h.node));
    return hits.map((h) => ({ entity: h.node, score: h.score, matched: h.matched, matchedText: h.matchedText }));
  },
  entity: lookup(),
  zone: lookup(['Zone']),
  region: lookup(['Region']),
  industry: lookup(['Industry']),
  company: lookup(['Company']),
  program: lookup(['Program']),
  organization: lookup(['Organization']),

  entities: async (_: unknown, args: { filter?: Record<string, string | null> | null; first?: number | null; after?: string | null }, ctx: ApiContext) => {
    const first = pageSize(args.first);
    const page = await ctx.store.listNodes(await nodeFilter(ctx, args.filter), { first, after: args.after ?? null });
    ctx.loaders.primeNodes(page.nodes);
    return { nodes: page.nodes, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  },

  neighbourhood: async (
    _: unknown,
    args: { ids: string[]; types?: RelationshipType[] | null; direction?: Direction | null; depth?: number | null; limit?: number | null },
    ctx: ApiContext,
  ) => {
    const depth = boundedInt('depth', args.depth, 1, PORT_CAPS.neighbourhoodDepth);
    const limit = boundedInt('limit', args.limit, 200, PORT_CAPS.neighbourhoodLimit);
    const seeds = await resolveRefs(ctx, idList('ids', args.ids, 1, LIMITS.maxIds), undefined, 'ids');
    const query: NeighbourhoodQuery = { ids: [...new Set(seeds.map((s) => s.id))], direction: args.direction ?? 'BOTH', depth, limit };
    if (args.types && args.types.length > 0) query.types = args.types;
    return primed(ctx, await ctx.store.neighbourhood(query));
  },

  paths: async (
    _: unknown,
    args: { from: string; to: string; types?: RelationshipType[] | null; maxHops?: number | null; limit?: number | null },
    ctx: ApiContext,
  ) => {
    const maxHops = boundedInt('maxHops', args.maxHops, 4, PORT_CAPS.pathHops);
    const limit = boundedInt('limit', args.limit, 5, PORT_CAPS.pathLimit);
    const [from, to] = await resolveRefs(ctx, [args.from, args.to], undefined, 'from/to');
    if (limit === 0) return [];
    const query = { from: from!.id, to: to!.id, maxHops, limit };
    const paths = await ctx.store.shortestPaths(args.types && args.types.length > 0 ? { ...query, types: args.types } : query);
    for (const p of paths) ctx.loaders.primeNodes(p.nodes);
    return paths.map((p) => ({ ...p, length: p.relationships.length }));
  },

  lineage: async (_: unknown, args: { program: string; direction?: 'UP' | 'DOWN' | 'BOTH' | null; depth?: number | null }, ctx: ApiContext) => {
    const depth = boundedInt('depth', args.depth, 3, PORT_CAPS.lineageDepth);
    const program = await resolveRef(ctx, args.program, ['Program'], 'program');
    const lineage = await ctx.store.programLineage(program.id, args.direction ?? 'BOTH', depth);
    if (!lineage) throw notFound('Program', args.program);
    ctx.loaders.primeNodes([lineage.root, ...lineage.entries.map((e) => e.program)]);
    return lineage;
  },

  programs: async (
    _: unknown,
    args: { place?: string | null; industry?: string | null; issuer?: string | null; includeContained?: boolean | null },
    ctx: ApiContext,
  ) => {
    const query: { place?: string; industry?: string; issuer?: string; includeContained?: boolean } = {};
    if (args.place) query.place = (await resolveRef(ctx, args.place, PLACE_LABELS, 'place')).id;
    if (args.industry) query.industry = (await resolveRef(ctx, args.industry, ['Industry'], 'industry')).id;
    if (args.issuer) query.issuer = (await resolveRef(ctx, args.issuer, ['Organization'], 'issuer')).id;
    if (args.includeContained) query.includeContained = true;
    const programs = await ctx.store.programs(query);
    ctx.loaders.primeNodes(programs);
    return programs;
  },

  relationship: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
    const rel = await ctx.loaders.relationship.load(args.id);
    if (!rel) throw notFound('relationship', args.id);
    return rel;
  },
  evidence: async (_: unknown, args: { relationship: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    // The document list, when asked for, is read alongside the relationship rather than after it.
    if (selectedNames(info).has('document')) void ctx.loaders.documentSummary.load('').catch(() => undefined);
    const rel = await ctx.loaders.relationship.load(args.relationship);
    if (!rel) throw notFound('relationship', args.relationship);
    return ctx.store.evidence(rel.id);
  },
  document: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
    const doc = await ctx.store.getDocument(args.id);
    if (!doc) throw notFound('document', args.id);
    return doc;
  },
  documents: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.listDocuments(),
  targets: async (
    _: unknown,
    args: { place?: string | null; industry?: string | null; year?: number | null; kind?: 'target' | 'baseline' | null },
    ctx: ApiContext,
  ) => {
    const query: { subject?: string; industry?: string; year?: number; kind?: 'target' | 'baseline' } = {};
    if (args.place) query.subject = (await resolveRef(ctx, args.place, PLACE_LABELS, 'place')).id;
    if (args.industry) query.industry = (await resolveRef(ctx, args.industry, ['Industry'], 'industry')).id;
    if (args.year !== null && args.year !== undefined) query.year = args.year;
    if (args.kind) query.kind = args.kind;
    return ctx.store.facts(query);
  },
  stats: async (_: unknown, __: unknown, ctx: ApiContext) => statsPayload(await ctx.store.stats(), ctx.store.kind),
  report: async (_: unknown, __: unknown, ctx: ApiContext) => reportPayload(await ctx.store.report()),
};

