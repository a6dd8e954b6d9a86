/**
 * Precision and recall of the program, organization and company recognisers
 * and of the CITES / ISSUED_BY / APPLIES_TO / TARGETS / RESPONSIBLE_FOR /
 * ACTIVE_IN rules on sample-gold.json: 60 sentences drawn from the seeds
 * (deterministic sample: 8 with a cue word and 4 without per document) and 8
 * relation-dense passages, annotated by hand per ANNOTATION.md.
 *
 *   node --import tsx tests/graph-seed/programs/measure.ts [--verbose]
 *
 * Each passage is read on its own (no document program), with the project's
 * real region, zone and industry recognisers beside ours.
 */
import { readFileSync } from 'node:fs';
import { getGazetteer } from '../../../graph-seed/gazetteer/index.ts';
import { createIndustryRecogniser } from '../../../graph-seed/pipeline/recognise/industry.ts';
import { createRegionRecogniser } from '../../../graph-seed/pipeline/recognise/region.ts';
import { createZoneRecogniser } from '../../../graph-seed/pipeline/recognise/zone.ts';
import { activeInRule } from '../../../graph-seed/pipeline/relate/active-in.ts';
import { createAppliesToRule } from '../../../graph-seed/pipeline/relate/applies-to.ts';
import { citesRule } from '../../../graph-seed/pipeline/relate/cites.ts';
import { issuedByRule } from '../../../graph-seed/pipeline/relate/issued-by.ts';
import { responsibleForRule } from '../../../graph-seed/pipeline/relate/responsible-for.ts';
import { createTargetsRule } from '../../../graph-seed/pipeline/relate/targets.ts';
import type { ResolvedMention } from '../../../graph-seed/pipeline/types.ts';
import { loadTaxonomy } from '../../../graph-seed/taxonomy/index.ts';
import { OUR_RECOGNISERS, recogniseAll, relationContext, segment } from './fixture.ts';

interface Passage {
  id: string;
  text: string;
  sampled: boolean;
  entities: Array<{ label: string; name: string; aliases: string[] }>;
  relations: Array<{ type: string; start: string; end: string }>;
}

const LABELS = ['Program', 'Organization', 'Company'];
const TYPES = ['CITES', 'ISSUED_BY', 'APPLIES_TO', 'TARGETS', 'RESPONSIBLE_FOR', 'ACTIVE_IN'];
const verbose = process.argv.includes('--verbose');

const gazetteer = getGazetteer();
const places = [createRegionRecogniser(gazetteer), createZoneRecogniser(gazetteer)];
const industries = createIndustryRecogniser(loadTaxonomy());
const rules = [citesRule, issuedByRule, createAppliesToRule(places), createTargetsRule(industries), responsibleForRule, activeInRule];
const passages = JSON.parse(readFileSync(new URL('./sample-gold.json', import.meta.url), 'utf8')) as Passage[];

type Count = { tp: number; fp: number; fn: number };
const counts = new Map<string, Count>();
const count = (key: string) => counts.get(key) ?? (counts.set(key, { tp: 0, fp: 0, fn: 0 }), counts.get(key)!);

const forms = (m: ResolvedMention) => new Set([m.canonical, m.surface, ...(m.aliases ?? [])]);

for (const p of passages) {
  const scope = p.sampled ? 'sample' : 'targeted';
  const doc = segment(p.text);
  const bySentence = recogniseAll(doc, () => [], null, [...OUR_RECOGNISERS, ...places, industries]);
  const context = relationContext(doc, bySentence, null);
  const candidates = doc.sentences.flatMap((s) => rules.flatMap((rule) => rule.relate(s, bySentence.get(s.index) ?? [], context)));
  // the graph holds every relation end as a node, so organizations read inside a 《title》 count as found
  const mentions = [...bySentence.values()].flat().concat(candidates.flatMap((r) => [r.start, r.end]));
  // one-to-one: each gold entity takes the first unused mention of its label that has one of its names
  const nameOf = new Map<ResolvedMention, string>();
  for (const label of LABELS) {
    const predicted = mentions.filter((m) => m.label === label);
    const unique = [...new Map(predicted.map((m) => [m.canonical, m])).values()];
    const gold = p.entities.filter((e) => e.label === label);
    const used = new Set<ResolvedMention>();
    for (const g of gold) {
      const hit = unique.find((m) => !used.has(m) && [g.name, ...g.aliases].some((n) => forms(m).has(n)));
      for (const k of [`${scope} ${label}`, `all ${label}`]) count(k)[hit ? 'tp' : 'fn']++;
      if (hit) {
        used.add(hit);
        for (const m of predicted) if (m.canonical === hit.canonical) nameOf.set(m, g.name);
      } else if (verbose) console.log(`  FN ${p.id} ${label} ${g.name}`);
    }
    for (const m of unique) {
      if (used.has(m)) continue;
      for (const k of [`${scope} ${label}`, `all ${label}`]) count(k).fp++;
      if (verbose) console.log(`  FP ${p.id} ${label} ${m.canonical}`);
    }
  }
  const endName = (m: ResolvedMention) => nameOf.get(m) ?? m.canonical;
  const gold = new Set(p.relations.map((r) => `${r.type}|${r.start}|${r.end}`));
  // a relation end is named as the gold names it when any of its forms is the gold name or alias;
  // ends of other engineers' labels (industries, places) are compared on their surface forms too
  const goldEndNames = new Set(p.relations.flatMap((r) => [r.start, r.end]));
  const nameFor = (m: ResolvedMention) =>
    p.entities.find((e) => [e.name, ...e.aliases].some((n) => forms(m).has(n)))?.name ?? [...forms(m)].find((f) => goldEndNames.has(f)) ?? endName(m);
  const predicted = new Set(candidates.map((r) => `${r.type}|${nameFor(r.start)}|${nameFor(r.end)}`));
  for (const key of new Set([...predicted, ...gold])) {
    const type = key.split('|')[0]!;
    const outcome = predicted.has(key) && gold.has(key) ? 'tp' : predicted.has(key) ? 'fp' : 'fn';
    for (const k of [`${scope} ${type}`, `all ${type}`]) count(k)[outcome]++;
    if (verbose && outcome !== 'tp') console.log(`  ${outcome.toUpperCase()} ${p.id} ${key}`);
  }
}

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}`);
console.log(`passages: ${passages.filter((p) => p.sampled).length} sampled + ${passages.filter((p) => !p.sampled).length} targeted`);
console.log('scope     what              tp   fp   fn   precision recall');
for (const scope of ['sample', 'targeted', 'all']) {
  for (const what of [...LABELS, ...TYPES]) {
    const c = counts.get(`${scope} ${what}`);
    if (!c) continue;
    console.log(
      `${scope.padEnd(9)} ${what.padEnd(16)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${pct(c.tp, c.tp + c.fp)}%   ${pct(c.tp, c.tp + c.fn)}%`,
    );
  }
}
