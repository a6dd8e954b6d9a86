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
