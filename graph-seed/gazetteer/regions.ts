/**
 * Administrative regions from the china-area-data package (GB/T 2260 codes as
 * published by the National Bureau of Statistics, 2019): provinces, cities and
 * counties/districts with their parent links, names made Simplified (the
 * package spells Hong Kong and Macao in Traditional), plus Taiwan's current
 * divisions (taiwan.ts).
 */
import { createRequire } from 'node:module';
import { toSimplified } from '../../shared/chinese.ts';
import type { RegionLevel } from '../../shared/graph.ts';
import { addTaiwanDivisions } from './taiwan.ts';

export interface RegionEntry {
  code: string;
  /** Official Simplified name: 湖北省, 十堰市, 汉南区, 仙桃市. */
  name: string;
  level: Extract<RegionLevel, 'province' | 'city' | 'county'>;
  /** Parent region code (a county's city, a city's province); null for provinces. */
  parent: string | null;
  /** Code and name of the province the region lies in (itself for a province). */
  provinceCode: string;
  provinceName: string;
}

type AreaData = Record<string, Record<string, string>>;

/** Placeholder rows that group counties but are not places: 市辖区, 省直辖县级行政区划, 县. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/**
 * Codes whose district digits are 7x are the statistics bureau's "functional
 * zones" (荆州经济技术开发区 421071, 河南驻马店经济开发区 411771): development
 * zones, not administrative regions, so they are left to the zone recogniser.
 */
function isFunctionalZoneCode(code: string): boolean {
  return code.length !== 6 || (code[4] === '7' && code.slice(0, 4) !== '0000');
}

function loadAreaData(): AreaData {
  const require = createRequire(import.meta.url);
  return require('china-area-data/data.json') as AreaData;
}

/** Every real region, keyed by code. */
export function loadRegions(data: AreaData = loadAreaData()): Map<string, RegionEntry> {
  const provinces = data['86'];
  if (!provinces) throw new Error('china-area-data: data.json has no "86" (country) entry; unexpected data shape');
  const regions = new Map<string, RegionEntry>();

  const add = (code: string, rawName: string, level: RegionEntry['level'], parent: string | null, province: RegionEntry | null) => {
    // Only Taiwan, Hong Kong and Macao rows are spelt in Traditional characters.
    const name = /^(71|81|82)/.test(code) ? toSimplified(rawName) : rawName;
    const entry: RegionEntry = {
      code,
      name,
      level,
      parent,
      provinceCode: province?.code ?? code,
      provinceName: province?.name ?? name,
    };
    regions.set(code, entry);
    return entry;
  };

  for (const [provinceCode, provinceName] of Object.entries(provinces)) {
    const province = add(provinceCode, provinceName, 'province', null, null);
    for (const [cityCode, cityName] of Object.entries(data[provinceCode] ?? {})) {
      if (isFunctionalZoneCode(cityCode)) continue;
      const counties = Object.entries(data[cityCode] ?? {});
      if (PLACEHOLDER.test(cityName)) {
        // Municipality districts and counties directly under a province hang off the province.
        for (const [countyCode, countyName] of counties) {
          if (!isFunctionalZoneCode(countyCode) && !PLACEHOLDER.test(countyName)) add(countyCode, countyName, 'county', provinceCode, province);
        }
        continue;
      }
      // Taiwan's, Hong Kong's and Macao's first-level children are cities or districts with no further level.
      const city = add(cityCode, cityName, counties.length > 0 || /市$/.test(cityName) ? 'city' : 'county', provinceCode, province);
      for (const [countyCode, countyName] of counties) {
        if (!isFunctionalZoneCode(countyCode) && !PLACEHOLDER.test(countyName)) add(countyCode, countyName, 'county', city.code, province);
      }
    }
  }
  // GB/T 2260 lists Taiwan as it was before the 2010/2014 mergers: its current divisions come from taiwan.yaml.
  addTaiwanDivisions(regions);
  return regions;
}
