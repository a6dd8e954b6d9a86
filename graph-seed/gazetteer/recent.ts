/**
 * A bounded memo of the most recently used results, by key. The recognisers
 * segment the same sentence several times (the region and zone recognisers,
 * the zone pre-passes over the whole document, each stem they read), so jieba
 * results are remembered for a while instead of recomputed; the bound keeps a
 * 100× corpus from holding every sentence ever read.
 */
export class RecentResults<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** The remembered value for `key`, or `compute(key)` remembered now. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Move to the back: least recently used entries leave first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
