/** The pilot free trade zones and their 片区 (ftz-areas.yaml), so a 片区 named without its zone is still read as part of it. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface FtzArea {
  /** The 片区's name as approved (广州南沙新区片区). */
  name: string;
  /** The province short name of its free-trade zone (广东 → 中国（广东）自由贸易试验区). */
  province: string;
  /** Short forms plans use (南沙片区). */
  aliases: string[];
}

const FILE = new URL('./ftz-areas.yaml', import.meta.url);

export function loadFtzAreas(path: URL | string = FILE): FtzArea[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${String(path)}: expected a map of province → list of 片区`);
  const out: FtzArea[] = [];
  const seen = new Map<string, string>();
  for (const [province, areas] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(areas)) throw new Error(`${String(path)}: ${province} needs a list of 片区`);
    for (const item of areas) {
      const entry = typeof item === 'string' ? { name: item, aliases: [] } : (item as { name?: unknown; aliases?: unknown });
      const aliases = Array.isArray(entry.aliases) ? entry.aliases : [];
      for (const name of [entry.name, ...aliases]) {
        if (typeof name !== 'string' || !name.endsWith('片区')) throw new Error(`${String(path)}: ${province} lists ${JSON.stringify(name)}, which is not a 片区 name`);
        if (seen.has(name)) throw new Error(`${String(path)}: ${name} is listed under both ${seen.get(name)} and ${province}`);
        seen.set(name, province);
      }
      out.push({ name: entry.name as string, province, aliases: aliases as string[] });
    }
  }
  return out;
}
