/**
 * Place mentions the relation rules need but overlap removal took away: the
 * region a zone's name begins with (十堰 inside 十堰经济技术开发区) and the
 * free-trade zone a 片区 belongs to. They are built from the gazetteer so
 * they resolve to the same nodes as any other mention of those places.
 */
import { nodeId } from '../../shared/graph.ts';
import type { ResolvedMention } from '../pipeline/types.ts';
import type { Gazetteer, RegionEntry } from './index.ts';
import { regionEnglishName, regionStem } from './names.ts';

/** The region a zone mention's name begins with, as a mention inside the zone's span. */
export function regionInside(g: Gazetteer, zone: ResolvedMention, region: RegionEntry): ResolvedMention {
  const short = regionStem(region.name);
  const at = [region.name, short].filter((n): n is string => !!n).map((n) => ({ n, i: zone.surface.indexOf(n) })).find((x) => x.i >= 0);
  const start = zone.start + (at?.i ?? 0);
  const surface = at?.n ?? zone.surface;
  const end = at ? start + surface.length : zone.end;
  const mention: ResolvedMention = {
    label: 'Region',
    canonical: region.name,
    surface,
    originalSurface: at && zone.originalSurface.length === zone.surface.length ? zone.originalSurface.slice(at.i, at.i + surface.length) : surface,
    start,
    end,
    sentence: zone.sentence,
    nameEn: regionEnglishName(region),
    properties: { level: region.level, code: region.code, province: region.provinceName },
    nodeId: g.regionNodeId(region),
  };
  if (surface !== region.name) mention.aliases = [surface];
  return mention;
}

/** The free-trade zone a 片区 belongs to, when the sentence does not name it separately. */
export function parentZoneOf(zone: ResolvedMention, canonical: string, regionCode: string | null): ResolvedMention {
  return {
    label: 'Zone',
    canonical,
    surface: zone.surface,
    originalSurface: zone.originalSurface,
    start: zone.start,
    end: zone.end,
    sentence: zone.sentence,
    properties: { kind: 'ftz', ...(regionCode ? { regionCode } : {}) },
    nodeId: nodeId('Zone', canonical),
  };
}
