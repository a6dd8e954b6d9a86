/**
 * Recognisers run independently, so their mentions overlap: 湖北省 inside
 * 湖北省人民政府, 武汉 inside 武汉经开区, everything inside a 《title》. A
 * reader takes the longest name, so the longest span wins; on equal spans
 * the more specific label does.
 */
import type { NodeLabel } from '../../../shared/graph.ts';
import type { Mention } from '../types.ts';

const LABEL_PRIORITY: Record<NodeLabel, number> = {
  Program: 0,
  Organization: 1,
  Company: 2,
  Zone: 3,
  Region: 4,
  Industry: 5,
  Document: 6,
};

export function dropOverlaps(mentions: Mention[]): Mention[] {
  // Most sentences hold no mention or one: nothing to rank.
  if (mentions.length === 0) return [];
  if (mentions.length === 1) return mentions[0]!.end > mentions[0]!.start ? [mentions[0]!] : [];
  const ranked = [...mentions].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      LABEL_PRIORITY[a.label] - LABEL_PRIORITY[b.label] ||
      a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (m.end <= m.start) continue;
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
