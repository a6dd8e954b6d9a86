/**
 * Measures the place components and prints numbers (no assertions):
 *
 *   node --import tsx graph-seed/gazetteer/measure.ts [--from-name-alone] [--verbose]
 *
 * 1. gazetteer index build time and heap, jieba load time;
 * 2. region + zone recognition throughput over the seed corpus (real reading stages);
 * 3. the dev gold set through the whole pipeline with the zone recogniser and
 *    the LOCATED_IN / COOPERATES_WITH rules added, scored by graph-seed/eval
 *    (Zone, Region, LOCATED_IN, COOPERATES_WITH rows; --verbose lists misses).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadGoldSet } from '../eval/gold.ts';
import { rates, scorePassage, sumScores, type Counts, type PassageScore } from '../eval/score.ts';
import { loadSimplify } from '../eval/simplified.ts';
import { defaultComponents } from '../pipeline/components.ts';
import { extractSources } from '../pipeline/index.ts';
import { readDocuments } from '../pipeline/read.ts';
import { createRegionRecogniser } from '../pipeline/recognise/region.ts';
import { createZoneRecogniser } from '../pipeline/recognise/zone.ts';
import { createCooperatesWithRule } from '../pipeline/relate/cooperates-with.ts';
import { createLocatedInRule } from '../pipeline/relate/located-in.ts';
import { getGazetteer } from './index.ts';
import { wordStarts } from './segmenter.ts';

const args = new Set(process.argv.slice(2));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// 1. Index build.
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const g = getGazetteer();
const buildMs = performance.now() - t;
globalThis.gc?.();
const heap1 = process.memoryUsage().heapUsed;
t = performance.now();
wordStarts('十堰经济技术开发区');
const jiebaMs = performance.now() - t;
const rss1 = process.memoryUsage().rss;
console.log('gazetteer');
console.log(`  regions ${g.regions.size}, clusters ${g.clusters.length}, zone aliases ${g.zoneAliases.length}`);
console.log(`  index build ${buildMs.toFixed(0)} ms, heap +${mb(heap1 - heap0)}${globalThis.gc ? '' : ' (run with --expose-gc for a settled figure)'}`);
console.log(`  jieba dictionary load ${jiebaMs.toFixed(0)} ms; process RSS ${mb(rss0)} → ${mb(rss1)}`);

// 2. Recognition throughput on the seed corpus.
const corpus = new URL('../corpus/', import.meta.url);
const region = createRegionRecogniser(g);
const zone = createZoneRecogniser(g);
let sentences = 0;
let characters = 0;
let mentions = 0;
let recogniseMs = 0;
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
  for (const doc of readDocuments({ name: file, bytes: readFileSync(new URL(file, corpus)) })) {
    const context = { document: doc, subject: null };
    const start = performance.now();
    for (const s of doc.sentences) mentions += region.recognise(s, context).length + zone.recognise(s, context).length;
    recogniseMs += performance.now() - start;
    sentences += doc.sentences.length;
    characters += doc.sentences.reduce((n, s) => n + s.simplified.length, 0);
  }
}
console.log('recognition (region + zone, seed corpus, first pass includes per-document context)');
console.log(`  ${sentences} sentences, ${characters} characters, ${mentions} mentions in ${recogniseMs.toFixed(0)} ms (${((sentences / recogniseMs) * 1000).toFixed(0)} sentences/s)`);

// 3. Dev gold set through the pipeline.
const base = defaultComponents();
const mine = new Set(['region', 'zone', 'located-in', 'cooperates-with']);
const regionRecogniser = createRegionRecogniser(g);
const zoneRecogniser = createZoneRecogniser(g);
const components = {
  ...base,
  recognisers: [...base.recognisers.filter((r) => !mine.has(r.name)), regionRecogniser, zoneRecogniser],
  placeRecognisers: [...base.placeRecognisers.filter((r) => !mine.has(r.name)), regionRecogniser, zoneRecogniser],
  rules: [
    ...base.rules.filter((r) => !mine.has(r.name)),
    createLocatedInRule(g, { fromNameAlone: args.has('--from-name-alone') }),
    createCooperatesWithRule(g),
  ],
};
const simplify = await loadSimplify();
const passages = await loadGoldSet('dev', simplify);
const scores: PassageScore[] = [];
for (const passage of passages) {
  const result = await extractSources([{ name: `${passage.id}.txt`, bytes: Buffer.from(passage.text, 'utf8') }], { components });
  scores.push(scorePassage(passage, result.graph, simplify));
}
const total = sumScores(scores);
const row = (name: string, c: Counts) => {
  const r = rates(c);
  const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  return `  ${name.padEnd(16)} gold ${String(c.gold).padStart(3)}  predicted ${String(c.predicted).padStart(3)}  tp ${String(c.tp).padStart(3)}  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}`;
};
console.log(`dev gold set (${passages.length} passages, whole pipeline${args.has('--from-name-alone') ? ', LOCATED_IN from names alone' : ''})`);
console.log(row('Zone', total.entities.Zone));
console.log(row('Region', total.entities.Region));
console.log(row('LOCATED_IN', total.relations.LOCATED_IN));
console.log(row('COOPERATES_WITH', total.relations.COOPERATES_WITH));
if (args.has('--verbose')) {
  const relevant = (s: string) => /^(Zone|Region) |^(LOCATED_IN|COOPERATES_WITH)/.test(s);
  for (const s of scores) {
    const lines = [
      ...s.falseNegatives.entities.filter(relevant).map((x) => `FN ${x}`),
      ...s.falsePositives.entities.filter(relevant).map((x) => `FP ${x}`),
      ...s.falseNegatives.relations.filter(relevant).map((x) => `FN ${x}`),
      ...s.falsePositives.relations.filter(relevant).map((x) => `FP ${x}`),
    ];
    if (lines.length > 0) console.log(`  ${s.id}: ${lines.join(' | ')}`);
  }
}
