/**
 * Candidate lookup for search: an n-gram index (single characters and
 * bigrams of every search key). A node containing the query contains each
 * of its bigrams, so the posting list of the query's rarest bigram is a
 * superset of the matches; search-score.ts then decides and ranks.
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

export class SearchIndex {
  private readonly slots: Array<{ node: GraphNode; keys: MatchKeys } | null> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private dead = 0;

  add(node: GraphNode): void {
    this.remove(node.id);
    const slot = this.slots.length;
    this.slots.push({ node, keys: matchKeys(node) });
    this.slotOf.set(node.id, slot);
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
    this.dead++;
  }

  /** Nodes that may match (a superset of the matches), with their prepared match keys. */
  candidates(query: NormalisedQuery): Array<{ node: GraphNode; keys: MatchKeys }> {
    const slots = new Set<number>();
    for (const form of new Set([query.text, query.compact])) {
      const list = this.rarestPosting(form);
      if (list) for (const s of list) slots.add(s);
    }
    const out: Array<{ node: GraphNode; keys: MatchKeys }> = [];
    for (const s of slots) {
      const entry = this.slots[s];
      if (entry != null) out.push(entry);
    }
    return out;
  }

  private rarestPosting(form: string): number[] | null {
    if (form === '') return null;
    const keys = form.length === 1 ? [form] : Array.from({ length: form.length - 1 }, (_, i) => form.slice(i, i + 2));
    let best: number[] | null = null;
    for (const k of keys) {
      const list = this.postings.get(k);
      if (!list) return null; // a bigram nobody has: nothing can contain the query
      if (best === null || list.length < best.length) best = list;
    }
    return best;
  }
}
