/**
 * A plan is about one place: 十堰经济技术开发区's plan says 本区 and means
 * 十堰经济技术开发区. The subject is the first place its title names; failing
 * that (a title like 开发区高质量发展实施方案), the place its opening
 * sentences name most, zones before regions.
 */
import type { Mention } from '../types.ts';
import { followsAsSubject } from '../recognise/zone.ts';

const OPENING_SENTENCES = 30;

function isPlace(m: Mention): boolean {
  return (m.label === 'Zone' || m.label === 'Region') && !m.anaphor && m.canonical !== '';
}

interface Counted {
  mention: Mention;
  count: number;
}

/** The zone opening the first sentence, or the last region of an address opening it (佛山市顺德区 → 顺德区) when a predicate follows. */
function openingPlace(mentions: Mention[], text: string): Mention | null {
  const places = mentions.filter(isPlace).sort((a, b) => a.start - b.start);
  const first = places[0];
  if (!first || first.start !== 0) return null;
  if (first.label === 'Zone') return first;
  let last = first;
  for (const m of places.slice(1)) {
    if (m.start !== last.end) break;
    if (m.label === 'Zone') return m;
    last = m;
  }
  return followsAsSubject(text, last.end) ? last : null;
}

function ranked(mentions: Mention[], label: 'Zone' | 'Region'): Counted[] {
  const counts = new Map<string, Counted>();
  for (const m of mentions) {
    if (m.label !== label || !isPlace(m)) continue;
    const entry = counts.get(m.canonical);
    if (entry) entry.count++;
    else counts.set(m.canonical, { mention: m, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/**
 * The zone recogniser decides whether anaphors like 本区 are live by the same
 * order (recognise/zone.ts documentSubjectKind), so the two must agree:
 * a zone in the title; else a zone that dominates the opening (named at
 * least twice, twice as often as any other); else a region in the title
 * (a province plan that lists its zones is about the province); else the
 * only zone the opening names; else a zone dominating the whole document;
 * else the region the document names most.
 *
 * @param titleMentions places recognised in the document title (before overlap removal)
 * @param sentenceMentions places recognised in each sentence (after overlap removal, so places inside
 *   《titles》 and organisation names do not count), in document order
 */
export function chooseSubject(titleMentions: Mention[], sentenceMentions: Mention[][], firstText = ''): Mention | null {
  const inTitle = titleMentions.filter(isPlace);
  const zone = inTitle.find((m) => m.label === 'Zone');
  if (zone) return zone;
  const opening = sentenceMentions.slice(0, OPENING_SENTENCES).flat();
  const zones = ranked(opening, 'Zone');
  const [best, second] = zones;
  if (best && best.count >= 2 && best.count >= 2 * (second?.count ?? 0)) return best.mention;
  const region = inTitle.find((m) => m.label === 'Region');
  if (region) return region;
  // 兰州新区是…，位于甘肃省兰州市 / 佛山市顺德区以家电为首位产业: an untitled passage is about the place it opens with
  // (recognise/zone.ts documentSubjectKind makes the same choice).
  const opener = openingPlace(sentenceMentions[0] ?? [], firstText);
  if (opener) return opener;
  if (best && zones.length === 1) return best.mention;
  // An untitled part of a compilation may name its zone only further down (我区 … 泉州台商投资区).
  const whole = sentenceMentions.flat();
  const [wholeBest, wholeSecond] = ranked(whole, 'Zone');
  if (wholeBest && wholeBest.count >= 2 && wholeBest.count >= 2 * (wholeSecond?.count ?? 0)) return wholeBest.mention;
  return ranked(whole, 'Region')[0]?.mention ?? null;
}
