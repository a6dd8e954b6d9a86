/**
 * Taiwan's current divisions (taiwan.yaml) added to the GB/T 2260 regions:
 * counties and cities under 台湾省 (ISO 3166-2:TW codes) and the townships
 * policy texts name as the site of a park (code: parent code + "/" + name).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RegionEntry } from './regions.ts';

const FILE = new URL('./taiwan.yaml', import.meta.url);
/** 台湾省 in GB/T 2260 (china-area-data). */
export const TAIWAN_PROVINCE_CODE = '710000';

interface Division {
  code: string;
  name: string;
  towns: string[];
}

function readDivisions(path: URL | string): Division[] {
  const raw = parse(readFileSync(path, 'utf8')) as { divisions?: unknown } | null;
  if (!raw || !Array.isArray(raw.divisions)) throw new Error(`${String(path)}: expected "divisions", a list of {code, name, towns}`);
  return raw.divisions.map((item: unknown, i) => {
    const d = item as Partial<Division> | null;
    if (!d || typeof d.code !== 'string' || typeof d.name !== 'string') throw new Error(`${String(path)}: division ${i} needs string "code" and "name"`);
    const towns = d.towns ?? [];
    if (!Array.isArray(towns) || towns.some((t) => typeof t !== 'string')) throw new Error(`${String(path)}: division ${d.name} "towns" must be a list of names`);
    return { code: d.code, name: d.name, towns };
  });
}

/** Adds the divisions to `regions` (in place); a listed GB city must already be there under the same name. */
export function addTaiwanDivisions(regions: Map<string, RegionEntry>, path: URL | string = FILE): void {
  const province = regions.get(TAIWAN_PROVINCE_CODE);
  if (!province) throw new Error(`${String(path)}: the regions hold no 台湾省 (${TAIWAN_PROVINCE_CODE}) to hang Taiwan's divisions on`);
  const inProvince = { provinceCode: province.code, provinceName: province.name };
  for (const d of readDivisions(path)) {
    let parent = regions.get(d.code);
    if (parent && parent.name !== d.name) throw new Error(`${String(path)}: ${d.code} is ${parent.name} in the regions, not ${d.name}`);
    if (!parent) {
      parent = { code: d.code, name: d.name, level: 'city', parent: province.code, ...inProvince };
      regions.set(d.code, parent);
    }
    for (const town of d.towns) {
      const code = `${d.code}/${town}`;
      regions.set(code, { code, name: town, level: 'county', parent: parent.code, ...inProvince });
    }
  }
}
