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
import { matchKeys, searchKeys, type MatchKeys, type NormalisedQuery } from '../search-score.ts';

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

  /** Adds to `out` the slots of every key starting with `prefix` (dead slots included: the caller skips them). */
  slotsStartingWith(prefix: string, out: Set<number>): void {
    this.settle();
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.key < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.key.startsWith(prefix); i++) out.add(sorted[i]!.slot);
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
  /** Lower-cased names and aliases (compared with the query text). */
  private readonly textKeys = new SortedKeys();
  /** Compact nameEn and pinyin (compared with the query's compact form). */
  private readonly compactKeys = new SortedKeys();

  add(node: GraphNode): void {
    this.remove(node.id);
    const slot = this.slots.length;
    const match = matchKeys(node);
    this.slots.push({ node, keys: match });
    this.slotOf.set(node.id, slot);
    for (const key of [match.name, ...match.aliases]) this.textKeys.add(key, slot);
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
   * Nodes with a name or alias starting with the query text, or a nameEn or
   * pinyin starting with its compact form: exactly the nodes scoreNode gives
   * 60 or more (exact 90–100, prefix 60–70).
   */
  prefixCandidates(query: NormalisedQuery): Array<{ node: GraphNode; keys: MatchKeys }> {
    const slots = new Set<number>();
    this.textKeys.slotsStartingWith(query.text, slots);
    this.compactKeys.slotsStartingWith(query.compact, slots);
    const out: Array<{ node: GraphNode; keys: MatchKeys }> = [];
    for (const s of slots) {
      const entry = this.slots[s];
      if (entry != null) out.push(entry);
    }
    return out;
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
