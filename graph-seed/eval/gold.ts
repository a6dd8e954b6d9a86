/**
 * The gold sets (tests/gold/<set>/*.json): passages annotated by hand per
 * tests/gold/ANNOTATION.md. This module knows their shape and checks that a
 * file is well-formed, so an annotation slip is caught before it is used as
 * the judge of the extractor.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NodeLabel, RelationshipType } from '../../shared/graph.ts';
import { traditionalCharacters } from './simplified.ts';

/** Labels a gold file may use (Document nodes are bookkeeping, never annotated). */
export const GOLD_LABELS = ['Zone', 'Region', 'Industry', 'Company', 'Program', 'Organization'] as const satisfies readonly NodeLabel[];
export type GoldLabel = (typeof GOLD_LABELS)[number];

/** Relationship types a gold file may use (PART_OF comes from reference data, MENTIONS is bookkeeping). */
export const GOLD_TYPES = [
  'DEVELOPS',
  'LOCATED_IN',
  'ACTIVE_IN',
  'CITES',
  'ISSUED_BY',
  'APPLIES_TO',
  'TARGETS',
  'COOPERATES_WITH',
  'RESPONSIBLE_FOR',
] as const satisfies readonly RelationshipType[];
export type GoldType = (typeof GOLD_TYPES)[number];

/** Which labels may stand at each end of a relationship (ANNOTATION.md, "Relationships"). */
export const ENDPOINTS: Record<GoldType, { start: readonly GoldLabel[]; end: readonly GoldLabel[] }> = {
  DEVELOPS: { start: ['Zone', 'Region'], end: ['Industry'] },
  LOCATED_IN: { start: ['Zone', 'Company'], end: ['Zone', 'Region'] },
  ACTIVE_IN: { start: ['Company'], end: ['Industry'] },
  CITES: { start: ['Program'], end: ['Program'] },
  ISSUED_BY: { start: ['Program'], end: ['Organization'] },
  APPLIES_TO: { start: ['Program'], end: ['Zone', 'Region'] },
  TARGETS: { start: ['Program'], end: ['Industry'] },
  COOPERATES_WITH: { start: ['Zone', 'Region'], end: ['Zone', 'Region'] },
  RESPONSIBLE_FOR: { start: ['Organization'], end: ['Program'] },
};

export interface GoldEntity {
  label: GoldLabel;
  /** Canonical Simplified name. */
  name: string;
  /** Other surface forms the passage uses (Traditional forms, short names, 文号). */
  aliases: string[];
}

export interface GoldRelation {
  type: GoldType;
  /** Canonical names of annotated entities. */
  start: string;
  end: string;
}

export interface GoldPassage {
  id: string;
  text: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  notes: string;
}

/**
 * dev: cut from the seeds; heldout, heldout2: never tuned on; probe, probe2,
 * probe3: written for generalisation work (may be tuned on; the first
 * measurements of probe2 and probe3 were taken before any tuning on them).
 */
export type GoldSetName = 'dev' | 'heldout' | 'probe' | 'probe2' | 'heldout2' | 'probe3';
export const GOLD_SETS: readonly GoldSetName[] = ['dev', 'heldout', 'probe', 'probe2', 'heldout2', 'probe3'];

export function isGoldSetName(s: string | undefined): s is GoldSetName {
  return (GOLD_SETS as readonly (string | undefined)[]).includes(s);
}

const KEYS = ['id', 'text', 'entities', 'relations', 'notes'];

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * Every problem with one parsed gold file, as readable sentences; empty when
 * it is well-formed. `simplify` converts Traditional to Simplified so names
 * can be found in a Traditional passage.
 */
export function goldProblems(raw: unknown, simplify: (s: string) => string): string[] {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['not a JSON object'];
  const obj = raw as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  if (keys.join(',') !== [...KEYS].sort().join(',')) problems.push(`keys must be exactly ${KEYS.join(', ')}; found ${keys.join(', ')}`);
  if (typeof obj['id'] !== 'string' || obj['id'] === '') problems.push('id must be a non-empty string');
  if (typeof obj['text'] !== 'string' || obj['text'] === '') problems.push('text must be a non-empty string');
  if (typeof obj['notes'] !== 'string') problems.push('notes must be a string');
  const text = typeof obj['text'] === 'string' ? obj['text'] : '';
  // Quotation marks and title brackets are not part of the comparison (the scorer ignores them too).
  const bare = (s: string) => s.replace(/[\s"'“”‘’「」『』《》〈〉<>]/g, '');
  const plainText = bare(text);
  const simplifiedText = bare(simplify(text));
  const appears = (s: string) => bare(s) !== '' && (plainText.includes(bare(s)) || simplifiedText.includes(bare(simplify(s))));

  const byName = new Map<string, GoldLabel>();
  if (!Array.isArray(obj['entities'])) problems.push('entities must be an array');
  else {
    obj['entities'].forEach((e: unknown, i) => {
      const where = `entities[${i}]`;
      if (typeof e !== 'object' || e === null) return void problems.push(`${where} is not an object`);
      const ent = e as Record<string, unknown>;
      if (Object.keys(ent).sort().join(',') !== 'aliases,label,name') problems.push(`${where} keys must be exactly label, name, aliases`);
      const label = ent['label'];
      if (!GOLD_LABELS.includes(label as GoldLabel)) problems.push(`${where} has label ${String(label)}, not one of ${GOLD_LABELS.join(', ')}`);
      const name = ent['name'];
      if (typeof name !== 'string' || name === '') return void problems.push(`${where} has no name`);
      const traditional = traditionalCharacters(name);
      if (traditional.length > 0) problems.push(`${where} name ${name} is not Simplified (${traditional.join('')})`);
      if (byName.has(name)) problems.push(`${where} name ${name} is annotated twice`);
      byName.set(name, label as GoldLabel);
      if (!appears(name)) problems.push(`${where} name ${name} does not appear in the text`);
      if (!isStringArray(ent['aliases'])) return void problems.push(`${where} aliases must be an array of strings`);
      for (const alias of ent['aliases']) {
        if (alias === name) problems.push(`${where} alias ${alias} repeats the name`);
        if (!appears(alias)) problems.push(`${where} alias ${alias} of ${name} does not appear in the text`);
      }
    });
  }

  if (!Array.isArray(obj['relations'])) problems.push('relations must be an array');
  else {
    const seen = new Set<string>();
    obj['relations'].forEach((r: unknown, i) => {
      const where = `relations[${i}]`;
      if (typeof r !== 'object' || r === null) return void problems.push(`${where} is not an object`);
      const rel = r as Record<string, unknown>;
      if (Object.keys(rel).sort().join(',') !== 'end,start,type') problems.push(`${where} keys must be exactly type, start, end`);
      const type = rel['type'] as GoldType;
      if (!GOLD_TYPES.includes(type)) return void problems.push(`${where} has type ${String(type)}, not one of ${GOLD_TYPES.join(', ')}`);
      const start = rel['start'];
      const end = rel['end'];
      if (typeof start !== 'string' || typeof end !== 'string') return void problems.push(`${where} start and end must be strings`);
      if (start === end) problems.push(`${where} ${type} links ${start} to itself`);
      const startLabel = byName.get(start);
      const endLabel = byName.get(end);
      if (!startLabel) problems.push(`${where} start ${start} is not an annotated entity name`);
      else if (!ENDPOINTS[type].start.includes(startLabel)) problems.push(`${where} ${type} cannot start at a ${startLabel} (${start})`);
      if (!endLabel) problems.push(`${where} end ${end} is not an annotated entity name`);
      else if (!ENDPOINTS[type].end.includes(endLabel)) problems.push(`${where} ${type} cannot end at a ${endLabel} (${end})`);
      const key = relationKey(type, start, end);
      if (seen.has(key)) problems.push(`${where} repeats ${key}`);
      seen.add(key);
    });
  }
  return problems;
}

/** One key per fact: COOPERATES_WITH is symmetric, so its ends are put in order. */
export function relationKey(type: string, start: string, end: string): string {
  if (type === 'COOPERATES_WITH' && end < start) [start, end] = [end, start];
  return `${type}:${start}->${end}`;
}

export class GoldFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'GoldFileError';
  }
}

/** The directory holding the gold sets, relative to this module. */
export const GOLD_ROOT = new URL('../../tests/gold/', import.meta.url);

/** Reads and checks every passage of a set, in file-name order; throws GoldFileError on the first bad file. */
export async function loadGoldSet(set: GoldSetName, simplify: (s: string) => string, root: URL = GOLD_ROOT): Promise<GoldPassage[]> {
  const dir = new URL(`${set}/`, root);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const passages: GoldPassage[] = [];
  for (const file of files) {
    const path = join(dir.pathname, file);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (err) {
      throw new GoldFileError(path, [`invalid JSON: ${(err as Error).message}`]);
    }
    const problems = goldProblems(raw, simplify);
    if (problems.length > 0) throw new GoldFileError(path, problems);
    passages.push(raw as GoldPassage);
  }
  return passages;
}
