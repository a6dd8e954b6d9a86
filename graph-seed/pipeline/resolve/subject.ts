/**
 * A plan is about one place: 十堰经济技术开发区's plan says 本区 and means
 * 十堰经济技术开发区. The subject is the first place its title names; failing
 * that (a title like 开发区高质量发展实施方案), the place its opening
 * sentences name most, zones before regions.
 */
import type { Mention } from '../types.ts';

const OPENING_SENTENCES = 30;

function isPlace(m: Mention): boolean {
  return (m.label === 'Zone' || m.label === 'Region') && !m.anaphor && m.canonical !== '';
}

function mostFrequent(mentions: Mention[], label: 'Zone' | 'Region'): Mention | null {
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (const m of mentions) {
    if (m.label !== label || !isPlace(m)) continue;
    const entry = counts.get(m.canonical);
    if (entry) entry.count++;
    else counts.set(m.canonical, { mention: m, count: 1 });
  }
  let best: { mention: Mention; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best && best.count >= 2 ? best.mention : best && counts.size === 1 ? best.mention : null;
}

/**
 * @param titleMentions places recognised in the document title (before overlap removal)
 * @param openingMentions places recognised in the document's sentences (before overlap removal), in order
 */
export function chooseSubject(titleMentions: Mention[], openingMentions: Mention[][]): Mention | null {
  const inTitle = titleMentions.filter(isPlace);
  const zone = inTitle.find((m) => m.label === 'Zone');
  if (zone) return zone;
  const opening = openingMentions.slice(0, OPENING_SENTENCES).flat();
  const frequentZone = mostFrequent(opening, 'Zone');
  if (frequentZone) return frequentZone;
  const region = inTitle.find((m) => m.label === 'Region');
  if (region) return region;
  return mostFrequent(opening, 'Region');
}
