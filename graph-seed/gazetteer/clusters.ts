/** City clusters and economic regions (clusters.yaml): Regions of level "cluster". */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ClusterEntry {
  name: string;
  nameEn: string;
  aliases: string[];
  /** Official names of member provinces/cities as written in the file. */
  members: string[];
}

const FILE = new URL('./clusters.yaml', import.meta.url);

export function loadClusters(path: URL | string = FILE): ClusterEntry[] {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${String(path)}: expected a list of clusters`);
  return raw.map((item: unknown, i) => {
    const e = item as Partial<ClusterEntry> | null;
    if (!e || typeof e.name !== 'string' || typeof e.nameEn !== 'string') {
      throw new Error(`${String(path)}: entry ${i} needs string "name" and "nameEn"`);
    }
    return { name: e.name, nameEn: e.nameEn, aliases: [...(e.aliases ?? [])], members: [...(e.members ?? [])] };
  });
}
