/**
 * Request limits. The API is public-facing and the graph answers are
 * expansive (a neighbourhood of 5000 nodes, each with relationships, each
 * with evidence), so every dimension a client controls has a ceiling.
 */
import { badInput } from './errors.ts';

export const LIMITS = {
  /** Raw query text, checked before parsing. */
  maxQueryBytes: 20 * 1024,
  /** HTTP request body. */
  maxBodyBytes: 1024 * 1024,
  /** Parser token budget: bounds parse time on pathological text under the byte limit. */
  maxTokens: 8000,
  /** Field nesting below the root, not counting introspection. */
  maxDepth: 12,
  /** Field nesting under __schema/__type: room for the standard introspection query's TypeRef chains. */
  maxIntrospectionDepth: 20,
  /** Estimated resolved fields (see complexity.ts). */
  maxComplexity: 200_000,
  /** `first` on connections. */
  maxPageSize: 500,
  /** How many ids a list argument may carry. */
  maxIds: 200,
  /** How many places sharedChains compares. */
  maxComparedPlaces: 20,
} as const;

/** Port caps: larger requests are served at the cap rather than refused. */
export const PORT_CAPS = {
  searchLimit: 100,
  neighbourhoodDepth: 3,
  neighbourhoodLimit: 5000,
  pathHops: 6,
  pathLimit: 50,
  similarK: 100,
  lineageDepth: 10,
} as const;

/** A non-negative integer argument, capped; negative values are the client's mistake. */
export function boundedInt(name: string, value: number | null | undefined, fallback: number, cap: number, min = 0): number {
  if (value === null || value === undefined) return Math.min(fallback, cap);
  if (!Number.isInteger(value) || value < min) throw badInput(`Argument "${name}" must be an integer ≥ ${min} (got ${value}).`, name);
  return Math.min(value, cap);
}

export function pageSize(value: number | null | undefined): number {
  if (value === null || value === undefined) return 50;
  if (!Number.isInteger(value) || value < 0) throw badInput(`Argument "first" must be an integer ≥ 0 (got ${value}).`, 'first');
  if (value > LIMITS.maxPageSize) throw badInput(`Argument "first" is at most ${LIMITS.maxPageSize} (got ${value}).`, 'first');
  return value;
}

export function idList(name: string, ids: readonly string[], min = 1, max: number = LIMITS.maxIds): string[] {
  const unique = [...new Set(ids.map((id) => id.trim()))];
  if (unique.some((id) => id === '')) throw badInput(`Argument "${name}" contains an empty id.`, name);
  if (unique.length < min) throw badInput(`Argument "${name}" needs at least ${min} id${min === 1 ? '' : 's'}.`, name);
  if (unique.length > max) throw badInput(`Argument "${name}" takes at most ${max} ids (got ${unique.length}).`, name);
  return unique;
}
