/**
 * Defaults, caps and orders that port.ts states, as code both adapters call,
 * so an argument out of range or a tie is resolved the same way everywhere.
 */
import type { GraphPath, Direction } from './port.ts';
import type { RelationshipType } from '../../shared/graph.ts';

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null || !Number.isFinite(value)) return fallback;
  return Math.max(min, Math.min(max, Math.floor(value)));
}

export const neighbourhoodDepth = (depth: number | undefined) => clampInt(depth, 1, 0, 3);
export const neighbourhoodLimit = (limit: number | undefined) => clampInt(limit, 200, 1, 5000);
export const pathMaxHops = (hops: number | undefined) => clampInt(hops, 4, 1, 6);
export const pathLimit = (limit: number | undefined) => clampInt(limit, 5, 1, 100);
export const pageFirst = (first: number | undefined) => clampInt(first, 50, 0, 500);
export const lineageDepth = (depth: number) => clampInt(depth, 1, 0, 10);
export const similarK = (k: number) => clampInt(k, 10, 0, 1000);

/** An absent or empty type list means every type. */
export function typeFilter(types: readonly RelationshipType[] | undefined): ReadonlySet<RelationshipType> | null {
  return types && types.length > 0 ? new Set(types) : null;
}

export const direction = (d: Direction | undefined): Direction => d ?? 'BOTH';

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareIds(a.id, b.id);
}

/** Paths of equal length compare step by step: the next node's id, then the relationship's id. */
export function comparePaths(a: GraphPath, b: GraphPath): number {
  const steps = Math.min(a.relationships.length, b.relationships.length);
  for (let i = 0; i < steps; i++) {
    const byNode = compareIds(a.nodes[i + 1]!.id, b.nodes[i + 1]!.id);
    if (byNode !== 0) return byNode;
    const byRel = compareIds(a.relationships[i]!.id, b.relationships[i]!.id);
    if (byRel !== 0) return byRel;
  }
  return a.relationships.length - b.relationships.length;
}

/** Jaccard index of two id sets; the shared ids sorted. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): { score: number; shared: string[] } {
  const shared: string[] = [];
  for (const x of a) if (b.has(x)) shared.push(x);
  const union = a.size + b.size - shared.length;
  return { score: union === 0 ? 0 : shared.length / union, shared: shared.sort(compareIds) };
}

export const PLACE_LABELS = new Set(['Zone', 'Region']);
/** Relationships that tie a node to an industry for NodeFilter.industry / .chain. */
export const INDUSTRY_LINK_TYPES: ReadonlySet<RelationshipType> = new Set(['DEVELOPS', 'ACTIVE_IN', 'TARGETS']);
/** Relationships a place's containment follows (province filter, programs includeContained). */
export const CONTAINMENT_TYPES: ReadonlySet<RelationshipType> = new Set(['LOCATED_IN', 'PART_OF']);
