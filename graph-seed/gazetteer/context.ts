/**
 * Which provinces and cities a document is about, read from the places it
 * names unambiguously. Short forms that could be several places (朝阳, 新华,
 * 汉南) or everyday words (日照, 通道) are read as places only when the
 * document's own places make one reading plain.
 */
import type { SegmentedDocument } from '../pipeline/types.ts';
import type { Gazetteer, RegionEntry, RegionName } from './index.ts';

export interface PlaceContext {
  /** Province code → how often the document names a place in it. */
  provinces: Map<string, number>;
  /** City code → how often the document names it or a place in it. */
  cities: Map<string, number>;
}

export const EMPTY_CONTEXT: PlaceContext = { provinces: new Map(), cities: new Map() };

/** The single region an unambiguous name denotes: one entry, or one entry above the others' level (长沙 → 长沙市 over 长沙县). */
export function dominantRegion(regions: RegionEntry[]): RegionEntry | null {
  if (regions.length === 1) return regions[0]!;
  const rank = { province: 0, city: 1, county: 2 } as const;
  const sorted = [...regions].sort((a, b) => rank[a.level] - rank[b.level]);
  const [first, second] = sorted;
  if (first && second && rank[first.level] < rank[second.level]) return first;
  return null;
}

function cityOf(g: Gazetteer, r: RegionEntry): string | null {
  if (r.level === 'city') return r.code;
  if (r.level === 'county' && r.parent && g.region(r.parent)?.level === 'city') return r.parent;
  return null;
}

function add(map: Map<string, number>, key: string | null): void {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
}

/** A province or city counts as context when the document names it at least this share as often as its most named one. */
const CONTEXT_SHARE = 0.2;

function keepFrequent(map: Map<string, number>): Map<string, number> {
  const top = Math.max(0, ...map.values());
  return new Map([...map].filter(([, n]) => n >= top * CONTEXT_SHARE));
}

export function contextOfText(g: Gazetteer, texts: Iterable<string>): PlaceContext {
  const ctx: PlaceContext = { provinces: new Map(), cities: new Map() };
  for (const text of texts) {
    for (let i = 0; i < text.length; ) {
      let step = 1;
      const hits = g.namesAt(text, i);
      for (let k = 0; k < hits.length; k++) {
        const hit = hits[k]!;
        if (hit.cluster) break;
        const name = hit.name!;
        // Counted: full names and the short forms of provinces and cities (湖北, 武汉), which read the same anywhere;
        // not two-character full names (高县 in 提高县域) nor short forms that themselves need context.
        if (name.needsContext || name.needsParent || name.needsContextIfAny || (name.form === 'full' && name.needsWordBoundary)) continue;
        const region = dominantRegion(name.regions);
        if (!region) continue;
        // Districts and counties are the names most often misread inside other words (南港区 in 汉南港区): they add no context.
        if (region.level === 'county' && !region.name.endsWith('市')) {
          step = hit.surface.length;
          break;
        }
        add(ctx.provinces, region.provinceCode);
        add(ctx.cities, cityOf(g, region));
        step = hit.surface.length;
        break;
      }
      i += step;
    }
  }
  return { provinces: keepFrequent(ctx.provinces), cities: keepFrequent(ctx.cities) };
}

const cache = new WeakMap<SegmentedDocument, PlaceContext>();

export function documentPlaceContext(g: Gazetteer, doc: SegmentedDocument): PlaceContext {
  let ctx = cache.get(doc);
  if (!ctx) {
    ctx = contextOfText(g, [doc.metadata.title, ...doc.sentences.map((s) => s.simplified)]);
    cache.set(doc, ctx);
  }
  return ctx;
}

/**
 * The region a name denotes in this document, or null when the document does
 * not settle it. `preceding` is a region named just before (南京市鼓楼区):
 * a reading inside it wins outright.
 */
export function resolveRegionName(g: Gazetteer, name: RegionName, ctx: PlaceContext, preceding: RegionEntry | null = null): RegionEntry | null {
  if (name.needsParent && !preceding) return null;
  if (preceding) {
    const inside = name.regions.filter((r) => r.code !== preceding.code && g.within(r.code, preceding.code));
    if (inside.length === 1) return inside[0]!;
  }
  const inProvince = name.regions.filter((r) => ctx.provinces.has(r.provinceCode));
  if (inProvince.length >= 1) {
    if (inProvince.length === 1) return inProvince[0]!;
    const inCity = inProvince.filter((r) => {
      const city = cityOf(g, r);
      return city !== null && ctx.cities.has(city);
    });
    if (inCity.length === 1) return inCity[0]!;
    return dominantRegion(inCity.length > 0 ? inCity : inProvince);
  }
  if (name.needsContext || name.needsParent) return null;
  if (name.needsContextIfAny && ctx.provinces.size > 0) return null;
  return dominantRegion(name.regions);
}
