/**
 * The search ranking of server/store/port.ts, in one place so both adapters
 * rank identically: an adapter only has to produce a superset of the
 * matching nodes (an index lookup) and hand them here.
 */
import type { GraphNode } from '../../shared/graph.ts';
import type { SearchHit } from './port.ts';

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;

export interface NormalisedQuery {
  /** Lower-cased, trimmed: compared with name and aliases. */
  text: string;
  /** `text` with all whitespace removed: compared with nameEn and pinyin (also space-free). */
  compact: string;
}

/** null when the query has nothing to search for. */
export function normaliseQuery(raw: string): NormalisedQuery | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  return { text, compact: compactForm(text) };
}

export function compactForm(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '');
}

type Field = SearchHit['matched'];

/** Exact / prefix / substring score for a field family (name vs. the others). */
function fieldScore(haystack: string, needle: string, primary: boolean): number {
  if (needle === '' || haystack === '') return 0;
  if (haystack === needle) return primary ? 100 : 90;
  if (haystack.startsWith(needle)) return primary ? 70 : 60;
  if (haystack.includes(needle)) return primary ? 50 : 40;
  return 0;
}

export interface NodeScore {
  score: number;
  matched: Field;
  matchedText: string;
}

/** A node's strings prepared for matching: lower-cased name and aliases, compact nameEn / pinyin. */
export interface MatchKeys {
  name: string;
  aliases: string[];
  nameEn: string | null;
  pinyin: string | null;
}

export function matchKeys(node: GraphNode): MatchKeys {
  return {
    name: node.name.toLowerCase(),
    aliases: node.aliases.map((a) => a.toLowerCase()),
    nameEn: node.nameEn ? compactForm(node.nameEn) : null,
    pinyin: node.pinyin ? compactForm(node.pinyin) : null,
  };
}

/**
 * The best match of `query` on `node`, or null. On equal scores the field
 * order name > alias > nameEn > pinyin decides, and among aliases the first
 * in the node's stored order.
 */
export function scoreNode(node: GraphNode, query: NormalisedQuery, keys: MatchKeys = matchKeys(node)): NodeScore | null {
  let score = fieldScore(keys.name, query.text, true);
  let matched: Field = 'name';
  let matchedText = node.name;
  if (score === 100) return { score, matched, matchedText };
  for (let i = 0; i < keys.aliases.length; i++) {
    const s = fieldScore(keys.aliases[i]!, query.text, false);
    if (s > score) {
      score = s;
      matched = 'alias';
      matchedText = node.aliases[i]!;
    }
  }
  if (keys.nameEn !== null) {
    const s = fieldScore(keys.nameEn, query.compact, false);
    if (s > score) {
      score = s;
      matched = 'nameEn';
      matchedText = node.nameEn!;
    }
  }
  if (keys.pinyin !== null) {
    const s = fieldScore(keys.pinyin, query.compact, false);
    if (s > score) {
      score = s;
      matched = 'pinyin';
      matchedText = node.pinyin!;
    }
  }
  return score > 0 ? { score, matched, matchedText } : null;
}

export interface ScoredCandidate extends NodeScore {
  node: GraphNode;
  degree: number;
}

/** Score desc, then degree desc, then shorter name, then id. */
export function compareHits(a: ScoredCandidate, b: ScoredCandidate): number {
  return (
    b.score - a.score ||
    b.degree - a.degree ||
    a.node.name.length - b.node.name.length ||
    (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0)
  );
}

export function clampSearchLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return SEARCH_DEFAULT_LIMIT;
  return Math.max(1, Math.min(SEARCH_MAX_LIMIT, Math.floor(limit)));
}

/**
 * Ranks scored candidates and cuts to the limit: the final step of every
 * adapter's search. Scores take few values, so only the best score groups
 * that can fill the limit are ranked, and `degreeOf` (when a candidate has no
 * degree yet) is only asked for those.
 */
export function rankHits(
  candidates: ReadonlyArray<NodeScore & { node: GraphNode; degree?: number }>,
  limit: number | undefined,
  degreeOf?: (id: string) => number,
): SearchHit[] {
  const max = clampSearchLimit(limit);
  const groups = new Map<number, Array<NodeScore & { node: GraphNode; degree?: number }>>();
  for (const c of candidates) {
    const g = groups.get(c.score);
    if (g) g.push(c);
    else groups.set(c.score, [c]);
  }
  const ranked: ScoredCandidate[] = [];
  for (const score of [...groups.keys()].sort((a, b) => b - a)) {
    if (ranked.length >= max) break;
    best(groups.get(score)!, max - ranked.length, degreeOf, ranked);
  }
  return ranked.map(({ node, score, matched, matchedText }) => ({ node, score, matched, matchedText }));
}

/**
 * Appends to `out` the first `k` of one score group in compareHits order.
 * A common prefix puts thousands of nodes in one group (1,700 for 武汉 at
 * 100× the seed) and only a few are wanted: a bounded insertion keeps the k
 * best seen so far, and a candidate is copied into a ScoredCandidate only
 * when it enters them; most are turned away on their degree alone.
 * compareHits ends on the unique id, so the result equals sort-then-slice.
 */
function best(
  items: ReadonlyArray<NodeScore & { node: GraphNode; degree?: number }>,
  k: number,
  degreeOf: ((id: string) => number) | undefined,
  out: ScoredCandidate[],
): void {
  const top: ScoredCandidate[] = [];
  for (const c of items) {
    const degree = c.degree ?? degreeOf?.(c.node.id) ?? 0;
    if (top.length === k) {
      const worst = top[k - 1]!;
      if (degree < worst.degree) continue;
      if (degree === worst.degree) {
        const byName = c.node.name.length - worst.node.name.length;
        if (byName > 0 || (byName === 0 && c.node.id > worst.node.id)) continue;
      }
    }
    const item: ScoredCandidate = { node: c.node, score: c.score, matched: c.matched, matchedText: c.matchedText, degree };
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && compareHits(item, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = item;
  }
  for (const t of top) out.push(t);
}

/**
 * Every string a query is matched against, lower-cased, with nameEn and pinyin
 * in compact form: `search` only ever matches a node when one of these
 * contains the query's text or compact form, so adapters can use them for
 * candidate lookup (the embedded n-gram index, the Neo4j text index).
 */
export function searchKeys(node: GraphNode): string[] {
  const keys = [node.name.toLowerCase(), ...node.aliases.map((a) => a.toLowerCase())];
  if (node.nameEn) keys.push(compactForm(node.nameEn));
  if (node.pinyin) keys.push(compactForm(node.pinyin));
  return keys;
}

/** The exact-name key findByName compares: lower-cased (Latin is case-insensitive), trimmed. */
export function nameKey(value: string): string {
  return value.trim().toLowerCase();
}

/** findByName's order among several exact matches: name before alias, then the search tie-breaks. */
export function compareNameMatches(
  a: { node: GraphNode; byName: boolean; degree: number },
  b: { node: GraphNode; byName: boolean; degree: number },
): number {
  return (
    Number(b.byName) - Number(a.byName) ||
    b.degree - a.degree ||
    a.node.name.length - b.node.name.length ||
    (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0)
  );
}
