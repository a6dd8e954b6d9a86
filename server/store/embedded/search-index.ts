/**
 * Candidate lookup for search: an n-gram index (single characters and
 * bigrams of every search key). A node containing the query contains each
 * of its bigrams, so the posting list of the query's rarest bigram is a
 * superset of the matches; search-score.ts then decides and ranks.
 *
 * A second structure serves the upper score tiers: every match key in
 * sorted order (name and aliases apart from the compact nameEn / pinyin, as
 * scoreNode compares them with different forms of the query), so the nodes
 * with a key starting with the query (every node scoring 60 or more) are one
 * binary search away. When they alone fill the limit, search never scores
 * the often thousands of substring matches below them.
 *
 * Nodes live in numbered slots; removing a node frees its slot (postings
 * keep the dead slot and lookups skip it), so updates stay O(keys).
 */
import type { GraphNode } from '../../../shared/graph.ts';
import { matchKeys, scoreNode, searchKeys, type MatchKeys, type NodeScore, type NormalisedQuery } from '../search-score.ts';

function grams(value: string, out: Set<string>): void {
  for (let i = 0; i < value.length; i++) {
    out.add(value[i]!);
    if (i + 1 < value.length) out.add(value.slice(i, i + 2));
  }
}

/**
 * Keys in code-unit order, so all keys with a given prefix are adjacent.
 * Additions wait in `pending` and are merged in on the next lookup: a bulk
 * build sorts once, and a document write costs one linear merge.
 */
class SortedKeys {
  private sorted: Array<{ key: string; slot: number }> = [];
  private pending: Array<{ key: string; slot: number }> = [];

  add(key: string, slot: number): void {
    if (key !== '') this.pending.push({ key, slot });
  }

  /** The keys starting with `prefix`: entries[from, to), in key order; the exact key, if present, first. */
  startingWith(prefix: string): { entries: ReadonlyArray<{ key: string; slot: number }>; from: number; to: number } {
    this.settle();
    const sorted = this.sorted;
    const firstNotBelow = (bound: string, from: number) => {
      let lo = from;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]!.key < bound) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = firstNotBelow(prefix, 0);
    // Every key starting with `prefix` sorts below prefix + U+FFFF (a noncharacter no name holds).
    let to = firstNotBelow(prefix + '\uffff', from);
    while (to < sorted.length && sorted[to]!.key.startsWith(prefix)) to++;
    return { entries: sorted, from, to };
  }

  private settle(): void {
    if (this.pending.length === 0) return;
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    const add = this.pending.sort(byKey);
    this.pending = [];
    if (this.sorted.length === 0) {
      this.sorted = add;
      return;
    }
    const merged: Array<{ key: string; slot: number }> = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length && j < add.length) merged.push(byKey(this.sorted[i]!, add[j]!) <= 0 ? this.sorted[i++]! : add[j++]!);
    while (i < this.sorted.length) merged.push(this.sorted[i++]!);
    while (j < add.length) merged.push(add[j++]!);
    this.sorted = merged;
  }
}

export class SearchIndex {
  private readonly slots: Array<{ node: GraphNode; keys: MatchKeys } | null> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  /** Lower-cased names (compared with the query text). */
  private readonly nameKeys = new SortedKeys();
  /** Lower-cased aliases (compared with the query text). */
  private readonly aliasKeys = new SortedKeys();
  /** Compact nameEn and pinyin (compared with the query's compact form). */
  private readonly compactKeys = new SortedKeys();
  /**
   * Each slot's place in compareHits' tie-break order (degree desc, shorter
   * name, id), over all live nodes; dead slots rank last. Built on the first
   * ranked search after any change to nodes or degrees (see ranksChanged).
   */
  private rankOfSlot: Int32Array | null = null;

  add(node: GraphNode): void {
    this.remove(node.id);
    const slot = this.slots.length;
    const match = matchKeys(node);
    this.slots.push({ node, keys: match });
    this.slotOf.set(node.id, slot);
    this.rankOfSlot = null;
    this.nameKeys.add(match.name, slot);
    for (const key of match.aliases) this.aliasKeys.add(key, slot);
    for (const key of [match.nameEn, match.pinyin]) if (key !== null) this.compactKeys.add(key, slot);
    const keys = new Set<string>();
    for (const key of searchKeys(node)) grams(key, keys);
    for (const g of keys) {
      const list = this.postings.get(g);
      if (list) list.push(slot);
      else this.postings.set(g, [slot]);
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slots[slot] = null;
    this.slotOf.delete(id);
    this.rankOfSlot = null;
  }

  /** Degrees (a tie-break of the ranking) may have changed: ranks are rebuilt when next needed. */
  ranksChanged(): void {
    this.rankOfSlot = null;
  }

  /** Nodes that may match (a superset of the matches), with their prepared match keys. */
  candidates(query: NormalisedQuery): Array<{ node: GraphNode; keys: MatchKeys }> {
    const forms = query.text === query.compact ? [query.text] : [query.text, query.compact];
    const lists = forms.map((form) => this.posting(form)).filter((l) => l.length > 0);
    const slots = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())];
    const out: Array<{ node: GraphNode; keys: MatchKeys }> = [];
    for (const s of slots) {
      const entry = this.slots[s];
      if (entry != null) out.push(entry);
    }
    return out;
  }

  /**
   * The first `limit` nodes in search order among those scoring 60 or more
   * (exact and prefix matches), without scoring every prefix match: null when
   * fewer than `limit` nodes score that high, and the substring tiers must be
   * ranked too. The tiers follow scoreNode: 100 / 90 for an exact name / other
   * key (few: scored one by one), then 70 for every other node whose name
   * starts with the query, then 60 for every other node with an alias, nameEn
   * or pinyin starting with it. Within a tier every node has the same score,
   * so compareHits reduces to the precomputed tie-break rank, and a bounded
   * scan over each tier's key range keeps the best `limit`.
   */
  topPrefixHits(
    query: NormalisedQuery,
    limit: number,
    labels: ReadonlySet<string> | null,
    degreeOf: (id: string) => number,
  ): Array<NodeScore & { node: GraphNode }> | null {
    const rank = this.ranks(degreeOf);
    const names = this.nameKeys.startingWith(query.text);
    const aliases = this.aliasKeys.startingWith(query.text);
    const compact = this.compactKeys.startingWith(query.compact);
    const wanted = (slot: number) => {
      const entry = this.slots[slot];
      return entry != null && (labels === null || labels.has(entry.node.label)) ? entry : null;
    };

    // Exact keys sit at the start of each range.
    const exact = new Map<number, NodeScore & { node: GraphNode }>();
    const scoreExact = (range: ReturnType<SortedKeys['startingWith']>, key: string) => {
      for (let i = range.from; i < range.to && range.entries[i]!.key === key; i++) {
        const slot = range.entries[i]!.slot;
        const entry = exact.has(slot) ? null : wanted(slot);
        const hit = entry && scoreNode(entry.node, query, entry.keys);
        if (entry && hit) exact.set(slot, { node: entry.node, score: hit.score, matched: hit.matched, matchedText: hit.matchedText });
      }
    };
    scoreExact(names, query.text);
    scoreExact(aliases, query.text);
    scoreExact(compact, query.compact);
    const out = [...exact.entries()]
      .sort(([a, x], [b, y]) => y.score - x.score || rank[a]! - rank[b]!)
      .slice(0, limit)
      .map(([, hit]) => hit);

    /** Up to `k` slots of the ranges, best rank first, passing `admit`. */
    const bestOf = (ranges: Array<ReturnType<SortedKeys['startingWith']>>, k: number, admit: (slot: number) => boolean): number[] => {
      const top: number[] = [];
      const seen = new Set<number>();
      for (const { entries, from, to } of ranges) {
        for (let i = from; i < to; i++) {
          const slot = entries[i]!.slot;
          const r = rank[slot]!;
          if (top.length === k && r >= rank[top[k - 1]!]!) continue;
          if (exact.has(slot) || seen.has(slot) || !admit(slot)) continue;
          seen.add(slot);
          let j = top.length < k ? top.length : k - 1;
          while (j > 0 && rank[top[j - 1]!]! > r) {
            top[j] = top[j - 1]!;
            j--;
          }
          top[j] = slot;
        }
      }
      return top;
    };
    const scored = (slot: number) => {
      const entry = this.slots[slot]!;
      const hit = scoreNode(entry.node, query, entry.keys)!;
      return { node: entry.node, score: hit.score, matched: hit.matched, matchedText: hit.matchedText };
    };
    if (out.length < limit) {
      for (const slot of bestOf([names], limit - out.length, (s) => wanted(s) !== null)) out.push(scored(slot));
    }
    if (out.length < limit) {
      const otherPrefix = (s: number) => {
        const entry = wanted(s);
        return entry !== null && !entry.keys.name.startsWith(query.text);
      };
      for (const slot of bestOf([aliases, compact], limit - out.length, otherPrefix)) out.push(scored(slot));
    }
    return out.length >= limit ? out : null;
  }

  private ranks(degreeOf: (id: string) => number): Int32Array {
    if (this.rankOfSlot) return this.rankOfSlot;
    const live: Array<{ slot: number; degree: number; name: string; id: string }> = [];
    this.slots.forEach((entry, slot) => {
      if (entry) live.push({ slot, degree: degreeOf(entry.node.id), name: entry.node.name, id: entry.node.id });
    });
    // compareHits without the score.
    live.sort((a, b) => b.degree - a.degree || a.name.length - b.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rank = new Int32Array(this.slots.length).fill(0x7fffffff);
    live.forEach((l, i) => (rank[l.slot] = i));
    return (this.rankOfSlot = rank);
  }

  /** Slots holding every gram of `form` could contain it: the two rarest grams' postings, intersected. */
  private posting(form: string): number[] {
    if (form === '') return [];
    const keys = form.length === 1 ? [form] : Array.from({ length: form.length - 1 }, (_, i) => form.slice(i, i + 2));
    const lists: number[][] = [];
    for (const k of new Set(keys)) {
      const list = this.postings.get(k);
      if (!list) return []; // a gram nobody has: nothing can contain the query
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    if (lists.length === 1) return lists[0]!;
    // Postings are in ascending slot order (slots only grow), so a merge intersects them.
    const [a, b] = [lists[0]!, lists[1]!];
    const out: number[] = [];
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i]! < b[j]!) i++;
      else if (a[i]! > b[j]!) j++;
      else {
        out.push(a[i]!);
        i++;
        j++;
      }
    }
    return out;
  }
}
