/**
 * The gold sets are the judge of the extractor, so every file is checked for
 * annotation slips: shape, labels and types of ANNOTATION.md, relation ends
 * that are annotated entities with allowed labels, and names/aliases that the
 * passage really contains.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOLD_LABELS, GOLD_SETS, GOLD_TYPES, GoldFileError, goldProblems, loadGoldSet, type GoldPassage, type GoldSetName } from '../../../graph-seed/eval/gold.ts';
import { loadSimplify, type Simplify } from '../../../graph-seed/eval/simplified.ts';

const goldDir = new URL('../../gold/', import.meta.url);
const corpusDir = new URL('../../../graph-seed/corpus/', import.meta.url);
const HELD_OUT_NOTE = 'held-out: written for generalisation testing, not from the seeds';
const PROBE_NOTE = 'probe: written for generalisation work';
const PROBE2_NOTE = 'probe2: written for generalisation work';
const HELD_OUT2_NOTE = 'heldout2: written for generalisation testing, not from the seeds';
const PROBE3_NOTE = 'probe3: written for generalisation work';

function files(set: string): string[] {
  return readdirSync(new URL(`${set}/`, goldDir)).filter((f) => f.endsWith('.json')).sort();
}
function read(set: string, file: string): GoldPassage {
  return JSON.parse(readFileSync(new URL(`${set}/${file}`, goldDir), 'utf8')) as GoldPassage;
}
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ seed: f.slice(0, 3), text: readFileSync(new URL(f, corpusDir), 'utf8') }));

let simplify: Simplify;
beforeAll(async () => {
  simplify = await loadSimplify();
});

const MIN_PASSAGES: Record<GoldSetName, number> = { dev: 35, heldout: 12, probe: 20, probe2: 12, heldout2: 30, probe3: 40 };

describe.each([...GOLD_SETS])('%s gold set', (set) => {
  const names = files(set);

  it('has passages', () => {
    expect(names.length).toBeGreaterThanOrEqual(MIN_PASSAGES[set]);
  });

  it.each(names)('%s is well-formed', (file) => {
    const passage = read(set, file);
    expect(goldProblems(passage, simplify)).toEqual([]);
    expect(`${passage.id}.json`).toBe(file);
  });

  it('loads through loadGoldSet', async () => {
    const passages = await loadGoldSet(set, simplify);
    expect(passages.map((p) => `${p.id}.json`)).toEqual(names);
  });
});

describe('dev set', () => {
  const passages = files('dev').map((f) => read('dev', f));

  it.each(passages.map((p) => [p.id, p] as const))('%s is cut verbatim from its seed, 80–600 characters', (id, p) => {
    const seed = /^dev-(\d{3})-/.exec(id)?.[1];
    const doc = corpus.find((c) => c.seed === seed);
    expect(doc, `no seed ${seed}`).toBeDefined();
    expect(doc!.text.includes(p.text)).toBe(true);
    expect(p.text.length).toBeGreaterThanOrEqual(80);
    expect(p.text.length).toBeLessThanOrEqual(600);
  });

  it('covers every seed, each of the four parts of seed 002, every label and every relationship type', () => {
    const ids = passages.map((p) => p.id);
    for (const seed of corpus.map((c) => c.seed)) expect(ids.some((id) => id.startsWith(`dev-${seed}-`)), seed).toBe(true);
    for (const part of [1, 2, 3, 4]) expect(ids.some((id) => id.startsWith(`dev-002-p${part}-`)), `002 part ${part}`).toBe(true);
    const labels = new Set(passages.flatMap((p) => p.entities.map((e) => e.label)));
    const types = new Set(passages.flatMap((p) => p.relations.map((r) => r.type)));
    expect([...GOLD_LABELS].filter((l) => !labels.has(l))).toEqual([]);
    expect([...GOLD_TYPES].filter((t) => !types.has(t))).toEqual([]);
  });
});

describe('held-out set', () => {
  const passages = files('heldout').map((f) => read('heldout', f));

  it.each(passages.map((p) => [p.id, p] as const))('%s is marked held-out and is not taken from the seeds', (_id, p) => {
    expect(p.notes.startsWith(HELD_OUT_NOTE)).toBe(true);
    for (const doc of corpus) expect(doc.text.includes(p.text)).toBe(false);
  });

  it('includes passages in Traditional script', () => {
    expect(passages.some((p) => simplify(p.text) !== p.text && /[區發業]/.test(p.text))).toBe(true);
  });
});

describe.each([
  { set: 'probe', note: PROBE_NOTE, maxLength: 500, traditional: 1 },
  { set: 'probe2', note: PROBE2_NOTE, maxLength: 600, traditional: 12 },
  { set: 'heldout2', note: HELD_OUT2_NOTE, maxLength: 600, traditional: 8 },
  { set: 'probe3', note: PROBE3_NOTE, maxLength: 600, traditional: 12 },
])('$set set', ({ set, note, maxLength, traditional }) => {
  const passages = files(set).map((f) => read(set, f));

  it.each(passages.map((p) => [p.id, p] as const))(`%s is marked as a ${set} passage, 150–${maxLength} characters, not taken from the seeds`, (_id, p) => {
    expect(p.notes.startsWith(note)).toBe(true);
    expect(p.text.length).toBeGreaterThanOrEqual(150);
    expect(p.text.length).toBeLessThanOrEqual(maxLength);
    for (const doc of corpus) expect(doc.text.includes(p.text)).toBe(false);
  });

  it(`includes at least ${traditional} passage(s) in Traditional script`, () => {
    expect(passages.filter((p) => simplify(p.text) !== p.text && /[區發業]/.test(p.text)).length).toBeGreaterThanOrEqual(traditional);
  });
});

describe('goldProblems catches annotation slips', () => {
  const ok: GoldPassage = {
    id: 'x',
    text: '依托東風華神等企業大力發展新能源卡車,推動武汉经开区与仙桃市合作。',
    entities: [
      { label: 'Company', name: '东风华神', aliases: ['東風華神'] },
      { label: 'Industry', name: '新能源卡车', aliases: [] },
      { label: 'Zone', name: '武汉经开区', aliases: [] },
      { label: 'Region', name: '仙桃市', aliases: [] },
    ],
    relations: [
      { type: 'ACTIVE_IN', start: '东风华神', end: '新能源卡车' },
      { type: 'COOPERATES_WITH', start: '武汉经开区', end: '仙桃市' },
    ],
    notes: '',
  };
  const problems = (change: (p: GoldPassage) => void) => {
    const p = structuredClone(ok);
    change(p);
    return goldProblems(p, simplify);
  };

  it('accepts a correct file, finding Traditional forms through Simplified normalisation', () => {
    expect(goldProblems(ok, simplify)).toEqual([]);
  });
  it('rejects unknown labels and types', () => {
    expect(problems((p) => (p.entities[0]!.label = 'Enterprise' as never)).join()).toMatch(/label Enterprise/);
    expect(problems((p) => (p.relations[0]!.type = 'MENTIONS' as never)).join()).toMatch(/type MENTIONS/);
  });
  it('rejects relation ends that are not annotated entities, or have the wrong label', () => {
    expect(problems((p) => (p.relations[0]!.end = '新能源汽车')).join()).toMatch(/end 新能源汽车 is not an annotated entity/);
    expect(problems((p) => p.relations.push({ type: 'DEVELOPS', start: '东风华神', end: '新能源卡车' })).join()).toMatch(/DEVELOPS cannot start at a Company/);
  });
  it('rejects names and aliases that the passage does not contain', () => {
    expect(problems((p) => (p.entities[1]!.name = '新能源汽车')).join()).toMatch(/name 新能源汽车 does not appear/);
    expect(problems((p) => p.entities[2]!.aliases.push('武汉经济技术开发区')).join()).toMatch(/alias 武汉经济技术开发区 of 武汉经开区 does not appear/);
  });
  it('rejects Traditional canonical names, duplicates and extra keys', () => {
    expect(problems((p) => (p.entities[0]!.name = '東風華神')).join()).toMatch(/not Simplified/);
    expect(problems((p) => p.entities.push({ label: 'Region', name: '仙桃市', aliases: [] })).join()).toMatch(/annotated twice/);
    expect(problems((p) => p.relations.push({ type: 'COOPERATES_WITH', start: '仙桃市', end: '武汉经开区' })).join()).toMatch(/repeats/);
    expect(problems((p) => Object.assign(p, { source: 'seed' })).join()).toMatch(/keys must be exactly/);
  });
  it('makes loadGoldSet fail on a bad file, naming it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gold-'));
    mkdirSync(join(root, 'dev'));
    writeFileSync(join(root, 'dev', 'bad.json'), JSON.stringify({ ...ok, relations: [{ type: 'CITES', start: 'a', end: 'b' }] }));
    const loading = loadGoldSet('dev', simplify, pathToFileURL(`${root}/`));
    await expect(loading).rejects.toBeInstanceOf(GoldFileError);
    await expect(loadGoldSet('dev', simplify, pathToFileURL(`${root}/`))).rejects.toThrow(/bad\.json: .*start a is not an annotated entity/);
  });
});
