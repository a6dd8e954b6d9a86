/**
 * Per-document memos of results by text. The recognisers and rules read the
 * same sentence several times (the region and zone recognisers, the zone
 * pre-passes over the whole document, the industry recogniser and the
 * DEVELOPS rule, each stem they look at), so jieba tags, word starts,
 * industry lists and pinyin are computed once per document instead.
 *
 * The pipeline forgets them all when it starts the next document
 * (forgetDocumentResults, called by processDocument): memory stays bounded by
 * one document, and a corpus that repeats itself (the benchmark's N× copies,
 * a warm rebuild) is not made faster by results from earlier documents.
 * The capacity bounds a very long document too (the oldest entries leave first).
 */
const everyMemo: Array<DocumentMemo<unknown>> = [];

export class DocumentMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = 8192) {
    everyMemo.push(this as DocumentMemo<unknown>);
  }

  /** The remembered value for `key`, or `compute(key)` remembered now. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.entries.get(key);
    // A hit is not moved to the back: re-inserting on every hit cost more than the lookups it saved, and
    // within one document the capacity is rarely reached (oldest entries leave first when it is).
    if (hit !== undefined) return hit;
    const value = compute(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** The remembered value for `key`, if any, without computing it. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Drops every memo's results: the next document is read afresh. */
export function forgetDocumentResults(): void {
  for (const memo of everyMemo) memo.clear();
}
