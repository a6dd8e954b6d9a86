/**
 * Comparing places over the industry-chain taxonomy: shared and unique
 * industries, chain coverage, similarity. All built on the port's
 * industryCoverage / chainPlaces / chainMatrix / similarPlaces.
 */
import type { GraphNode } from '../../../shared/graph.ts';
import type { IndustryCoverage } from '../../store/port.ts';
import type { ApiContext } from '../context.ts';
import { LIMITS, PORT_CAPS, boundedInt, idList } from '../limits.ts';
import { PLACE_LABELS, resolveRef, resolveRefs } from '../refs.ts';
import { nodesByIds } from './graph-walk.ts';

export interface SharedChainsResult {
  places: GraphNode[];
  shared: IndustryCoverage[];
  unique: Array<{ place: GraphNode; industryIds: string[] }>;
  similarity: number;
}

/**
 * `coverage` lists every industry at least one place has, with the places
 * having it: the union of the places' expanded sets. Shared = covered by all,
 * unique = covered by exactly one, similarity = |all| / |union| (Jaccard).
 */
export function compareCoverage(places: readonly GraphNode[], coverage: readonly IndustryCoverage[]): SharedChainsResult {
  const n = places.length;
  const shared = coverage.filter((c) => places.every((p) => c.places.includes(p.id)));
  const unique = places.map((place) => ({
    place,
    industryIds: coverage
      .filter((c) => c.places.length === 1 && c.places[0] === place.id)
      .map((c) => c.industry.id)
      .sort(),
  }));
  const union = coverage.filter((c) => c.places.some((id) => places.some((p) => p.id === id))).length;
  const similarity = n === 0 || union === 0 ? 0 : shared.length / union;
  return { places: [...places], shared, unique, similarity };
}

export const placeQueries = {
  sharedChains: async (_: unknown, args: { places: string[] }, ctx: ApiContext) => {
    const refs = idList('places', args.places, 1, LIMITS.maxComparedPlaces);
    const places = dedupe(await resolveRefs(ctx, refs, PLACE_LABELS, 'places'));
    const coverage = await ctx.store.industryCoverage(places.map((p) => p.id));
    ctx.loaders.primeNodes(coverage.map((c) => c.industry));
    return compareCoverage(places, coverage);
  },
  chainPlaces: async (_: unknown, args: { chain: string }, ctx: ApiContext) => {
    const chain = await resolveRef(ctx, args.chain, ['Industry'], 'chain');
    return ctx.store.chainPlaces(chain.id);
  },
  chainMatrix: async (_: unknown, args: { places?: string[] | null; chains?: string[] | null }, ctx: ApiContext) => {
    const places = args.places ? dedupe(await resolveRefs(ctx, idList('places', args.places, 0), PLACE_LABELS, 'places')) : undefined;
    const chains = args.chains ? dedupe(await resolveRefs(ctx, idList('chains', args.chains, 0), ['Industry'], 'chains')) : undefined;
    return ctx.store.chainMatrix(places?.map((p) => p.id), chains?.map((c) => c.id));
  },
  similarZones: async (_: unknown, args: { place: string; k?: number | null }, ctx: ApiContext) => {
    const k = boundedInt('k', args.k, 5, PORT_CAPS.similarK);
    const place = await resolveRef(ctx, args.place, PLACE_LABELS, 'place');
    return ctx.store.similarPlaces(place.id, k);
  },
};

function dedupe(nodes: GraphNode[]): GraphNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => !seen.has(n.id) && seen.add(n.id));
}

export const placeResolvers = {
  IndustryCoverage: {
    places: (c: IndustryCoverage, _: unknown, ctx: ApiContext) => nodesByIds(ctx, c.places),
    direct: (c: IndustryCoverage, _: unknown, ctx: ApiContext) => nodesByIds(ctx, c.direct),
  },
  PlaceIndustries: {
    industries: (p: { industryIds: string[] }, _: unknown, ctx: ApiContext) => nodesByIds(ctx, p.industryIds),
  },
  SimilarPlace: {
    shared: (s: { shared: string[] }, _: unknown, ctx: ApiContext) => nodesByIds(ctx, s.shared),
  },
  ChainMatrix: {
    places: (m: { places: GraphNode[] }) => m.places,
  },
};
