/**
 * Region recogniser: provinces, cities, counties/districts (GB/T 2260) and
 * city clusters named in a sentence, longest name first. Short forms (十堰,
 * 仙桃) must stand as words; ones that could be several places or are also
 * everyday words resolve through the places the document names, or are left out.
 */
import { documentPlaceContext, resolveRegionName, type PlaceContext } from '../../gazetteer/context.ts';
import type { ClusterEntry, Gazetteer, RegionEntry } from '../../gazetteer/index.ts';
import { regionEnglishName, stemEnglish } from '../../gazetteer/names.ts';
import { wordStarts } from '../../gazetteer/segmenter.ts';
import { originalSurface } from '../../gazetteer/surface.ts';
import type { Mention, Recogniser, RecogniserContext, Sentence } from '../types.ts';

/** A cluster named after its places (南京都市圈, 郑州都市圈, 宁波都市圈): a place, up to four more characters, and a cluster word. */
const CLUSTER_TAIL = /^([\u4e00-\u9fff]{0,4}?)(城市群|都市圈|城市圈|经济圈|经济带)/;
const QUOTED_CLUSTER = /^[“"「]([\u4e00-\u9fff]{2,8})[”"」](城市群|都市圈|城市圈|经济圈|经济带)/;
/** Opening quotes before a quoted cluster name (“ " 「), compared as char codes: indexing text[i] allocates a string per character. */
const QUOTE_OPENER_CODES = [0x201c, 0x22, 0x300c];
/** 乐山大道, 武汉路: a place name inside a street name. */
const STREET_AFTER = /^(大道|路|大街|街|巷|大桥)/;
const NOT_IN_CLUSTER_NAME = /[的和与及或、等在]/;

export interface RegionHit {
  start: number;
  end: number;
  surface: string;
  region?: RegionEntry;
  cluster?: ClusterEntry | { name: string; nameEn: string; members: string[] };
}

/** Every region and cluster named in `text`, left to right, longest first at each position. */
export function findRegions(g: Gazetteer, text: string, ctx: PlaceContext): RegionHit[] {
  const hits: RegionHit[] = [];
  let starts: ReadonlySet<number> | null = null;
  let previous: RegionHit | null = null;
  for (let i = 0; i < text.length; ) {
    let matched: RegionHit | null = null;
    // “襄十随神”城市群: a cluster whose name is quoted before its cluster word.
    // (Tested only at an opening quote: slicing and matching at every position cost more than the rest of the scan.)
    const opener = text.charCodeAt(i);
    const quoted = opener === QUOTE_OPENER_CODES[0] || opener === QUOTE_OPENER_CODES[1] || opener === QUOTE_OPENER_CODES[2] ? QUOTED_CLUSTER.exec(text.slice(i, i + 16)) : null;
    const quotedCluster = quoted ? g.cluster(`${quoted[1]}${quoted[2]}`) : undefined;
    if (quoted && quotedCluster) {
      matched = { start: i, end: i + quoted[0].length, surface: quoted[0], cluster: quotedCluster };
      hits.push(matched);
      previous = matched;
      i = matched.end;
      continue;
    }
    const candidates = g.namesAt(text, i);
    for (let k = 0; k < candidates.length; k++) {
      const candidate = candidates[k]!;
      const end = i + candidate.surface.length;
      if (candidate.cluster) {
        // 中西部地区 is the middle and west together, not 西部地区: a direction right before a direction-named region joins it.
        if (/^[东西南北中]部/.test(candidate.surface) && /[东西南北中]$/.test(text.slice(Math.max(0, i - 1), i))) continue;
        matched = { start: i, end, surface: candidate.surface, cluster: candidate.cluster };
        break;
      }
      const name = candidate.name!;
      // A county's full name far from the document's provinces (南港区 inside 汉南港区) must also stand as a word.
      const distant =
        name.form === 'full' && ctx.provinces.size > 0 && name.regions.every((r) => r.level === 'county' && !ctx.provinces.has(r.provinceCode));
      if (name.needsWordBoundary || distant) {
        starts ??= wordStarts(text);
        if (!starts.has(i) || !starts.has(end)) continue;
      }
      if (STREET_AFTER.test(text.slice(end, end + 2))) continue;
      const preceding = previous && previous.end === i && previous.region ? previous.region : null;
      // 位于成都市南部: an everyday-word short form right after a place it does not lie in is a word (the south), not a county.
      if (preceding && name.form === 'short' && name.needsContext && !name.regions.some((r) => g.within(r.code, preceding.code))) continue;
      // 汉南港区, 汉南通航机场: a district of a province the text is not about, with no parent before it, is a misreading.
      // …but a district standing in a list or after a partner word (与青浦区、吴江区) is named as itself.
      const listed = i === 0 || /[、，,；;与和及同跟在至到]/.test(text[i - 1]!);
      if (distant && !preceding && !listed && name.regions.every((r) => r.name.endsWith('区'))) continue;
      // 汉南通航: a short form that starts inside another place name readable here is a misreading.
      if (name.form === 'short' && overlapsPlaceBefore(g, text, i, ctx)) continue;
      const region = resolveRegionName(g, name, ctx, preceding);
      if (!region) continue;
      matched = { start: i, end, surface: candidate.surface, region };
      const tail = CLUSTER_TAIL.exec(text.slice(end, end + 9));
      if (tail && !NOT_IN_CLUSTER_NAME.test(tail[1]!)) {
        const clusterEnd = end + tail[0].length;
        const surface = text.slice(i, clusterEnd);
        const known = g.cluster(surface);
        const kindEn = { 城市群: 'City Cluster', 都市圈: 'Metropolitan Area', 城市圈: 'Metropolitan Area', 经济圈: 'Economic Circle', 经济带: 'Economic Belt' }[tail[2]!]!;
        matched = {
          start: i,
          end: clusterEnd,
          surface,
          cluster: known ?? { name: surface, nameEn: `${stemEnglish(text.slice(i, end + tail[1]!.length))} ${kindEn}`, members: [region.code] },
        };
      }
      break;
    }
    if (matched) {
      hits.push(matched);
      previous = matched;
      i = matched.end;
    } else {
      i++;
    }
  }
  return hits;
}

function overlapsPlaceBefore(g: Gazetteer, text: string, i: number, ctx: PlaceContext): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    for (const candidate of g.namesAt(text, j)) {
      if (!candidate.name || j + candidate.surface.length <= i) continue;
      if (resolveRegionName(g, candidate.name, ctx) && (candidate.name.needsContext || candidate.name.form === 'full')) return true;
    }
  }
  return false;
}

export function createRegionRecogniser(g: Gazetteer): Recogniser {
  return {
    name: 'region',
    recognise(sentence: Sentence, context: RecogniserContext): Mention[] {
      const ctx = documentPlaceContext(g, context.document);
      return findRegions(g, sentence.simplified, ctx).map((hit): Mention => {
        const base = {
          label: 'Region' as const,
          surface: hit.surface,
          originalSurface: originalSurface(sentence, context, hit.start, hit.end),
          start: hit.start,
          end: hit.end,
          sentence: sentence.index,
        };
        if (hit.cluster) {
          const c = hit.cluster;
          const members = 'aliases' in c ? g.clusterMembers(c).map((r) => r.code) : c.members;
          const unquoted = hit.surface.replace(/[“”"「」]/g, '');
          const aliases = [...new Set([...aliasesOf(c.name, base), unquoted])].filter((a) => a !== c.name);
          return { ...base, canonical: c.name, aliases, nameEn: c.nameEn, properties: { level: 'cluster', members } };
        }
        const r = hit.region!;
        return {
          ...base,
          canonical: r.name,
          aliases: aliasesOf(r.name, base),
          nameEn: regionEnglishName(r),
          properties: { level: r.level, code: r.code, province: r.provinceName },
        };
      });
    },
  };
}

function aliasesOf(canonical: string, m: { surface: string; originalSurface: string }): string[] {
  return [...new Set([m.surface, m.originalSurface])].filter((a) => a !== canonical);
}
