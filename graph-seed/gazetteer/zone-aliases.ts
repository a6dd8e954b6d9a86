/** Well-known zones whose official names cannot be derived by rule (zone-aliases.yaml). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ZONE_KINDS, type ZoneKind } from '../../shared/graph.ts';

/** A zone's approval level (Zone.properties.level). */
export type ZoneLevel = 'national' | 'provincial';
const ZONE_LEVELS: readonly ZoneLevel[] = ['national', 'provincial'];

export interface ZoneAlias {
  name: string;
  nameEn: string;
  kind: ZoneKind;
  /** Official name of the region the zone lies in. */
  region: string | null;
  aliases: string[];
  level?: ZoneLevel;
}

const FILE = new URL('./zone-aliases.yaml', import.meta.url);

export function loadZoneAliases(path: URL | string = FILE): ZoneAlias[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${String(path)}: expected a list of zones`);
  return raw.map((item: unknown, i) => {
    const e = item as Partial<ZoneAlias> | null;
    if (!e || typeof e.name !== 'string' || typeof e.nameEn !== 'string') {
      throw new Error(`${String(path)}: entry ${i} needs string "name" and "nameEn"`);
    }
    if (!ZONE_KINDS.includes(e.kind as ZoneKind)) throw new Error(`${String(path)}: entry ${e.name} has unknown kind ${String(e.kind)}`);
    if (e.level !== undefined && !ZONE_LEVELS.includes(e.level)) throw new Error(`${String(path)}: entry ${e.name} has unknown level ${String(e.level)}`);
    return {
      name: e.name,
      nameEn: e.nameEn,
      kind: e.kind as ZoneKind,
      region: e.region ?? null,
      aliases: [...(e.aliases ?? [])],
      ...(e.level ? { level: e.level } : {}),
    };
  });
}
