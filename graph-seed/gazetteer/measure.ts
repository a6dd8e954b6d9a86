/**
 * Measures the place components and prints numbers (no assertions):
 *
 *   node --import tsx graph-seed/gazetteer/measure.ts [--from-name-alone] [--verbose]
 *
 * 1. gazetteer index build time and heap, jieba load time;
 * 2. region + zone recognition throughput over the seed corpus (real reading stages);
 * 3. a hand-checked sample of 60 seed sentences (measure-sample.json): the
 *    recognisers alone, overlaps between their own mentions dropped;
 * 4. the dev gold set through the whole pipeline with the zone recogniser and
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
import { dropOverlaps } from '../pipeline/resolve/overlap.ts';
import type { SegmentedDocument } from '../pipeline/types.ts';
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

// 3. The hand-checked sample: recognisers alone.
interface SampleSentence {
  id: string;
  file: string;
  text: string;
  zones: string[];
  regions: string[];
}
const sample = JSON.parse(readFileSync(new URL('./measure-sample.json', import.meta.url), 'utf8')) as { sentences: SampleSentence[] };
const docsByFile = new Map<string, SegmentedDocument[]>();
const sampleCounts = { Zone: { gold: 0, predicted: 0, tp: 0 }, Region: { gold: 0, predicted: 0, tp: 0 } };
const sampleMisses: string[] = [];
for (const item of sample.sentences) {
  if (!docsByFile.has(item.file)) docsByFile.set(item.file, readDocuments({ name: item.file, bytes: readFileSync(new URL(item.file, corpus)) }));
  const probe = item.text.slice(0, 12);
  let found = false;
  for (const doc of docsByFile.get(item.file)!) {
    const sentence = doc.sentences.find((s) => s.simplified.includes(probe));
    if (!sentence) continue;
    found = true;
    const from = sentence.simplified.indexOf(probe);
    const to = from + item.text.length;
    const context = { document: doc, subject: null };
    const predicted = dropOverlaps([...region.recognise(sentence, context), ...zone.recognise(sentence, context)]).filter(
      (m) => !m.anaphor && m.start >= from && m.end <= to,
    );
    for (const label of ['Zone', 'Region'] as const) {
      const gold = label === 'Zone' ? item.zones : item.regions;
      const mine = [...new Map(predicted.filter((m) => m.label === label).map((m) => [m.canonical, m])).values()];
      const c = sampleCounts[label];
      c.gold += gold.length;
      c.predicted += mine.length;
      for (const name of gold) {
        const hit = mine.find((m) => m.canonical === name || (m.aliases ?? []).includes(name));
        if (hit) c.tp++;
        else sampleMisses.push(`${item.id} FN ${label} ${name}`);
      }
      for (const m of mine) if (!gold.some((name) => m.canonical === name || (m.aliases ?? []).includes(name))) sampleMisses.push(`${item.id} FP ${label} ${m.canonical}`);
    }
    break;
  }
  if (!found) sampleMisses.push(`${item.id} sentence not found (segmentation changed?)`);
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const row = (name: string, c: Counts) => {
  const r = rates(c);
  return `  ${name.padEnd(16)} gold ${String(c.gold).padStart(3)}  predicted ${String(c.predicted).padStart(3)}  tp ${String(c.tp).padStart(3)}  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}`;
};
console.log(`hand-checked sample (${sample.sentences.length} seed sentences, recognisers alone)`);
console.log(row('Zone', sampleCounts.Zone));
console.log(row('Region', sampleCounts.Region));
if (args.has('--verbose')) for (const line of sampleMisses) console.log(`  ${line}`);

// 3b. Passages from other provinces, each read as its own document.
interface UnseenPassage {
  id: string;
  text: string;
  zones: string[];
  regions: string[];
}
const unseen = JSON.parse(readFileSync(new URL('./measure-unseen.json', import.meta.url), 'utf8')) as { passages: UnseenPassage[] };
const unseenCounts = { Zone: { gold: 0, predicted: 0, tp: 0 }, Region: { gold: 0, predicted: 0, tp: 0 } };
const unseenMisses: string[] = [];
for (const item of unseen.passages) {
  const predicted = readDocuments({ name: `${item.id}.txt`, bytes: Buffer.from(item.text, 'utf8') }).flatMap((doc) =>
    doc.sentences.flatMap((s) => {
      const context = { document: doc, subject: null };
      return dropOverlaps([...region.recognise(s, context), ...zone.recognise(s, context)]).filter((m) => !m.anaphor);
    }),
  );
  for (const label of ['Zone', 'Region'] as const) {
    const gold = label === 'Zone' ? item.zones : item.regions;
    const mine = [...new Map(predicted.filter((m) => m.label === label).map((m) => [m.canonical, m])).values()];
    const c = unseenCounts[label];
    c.gold += gold.length;
    c.predicted += mine.length;
    for (const name of gold) {
      if (mine.some((m) => m.canonical === name || (m.aliases ?? []).includes(name))) c.tp++;
      else unseenMisses.push(`${item.id} FN ${label} ${name}`);
    }
    for (const m of mine) if (!gold.some((name) => m.canonical === name || (m.aliases ?? []).includes(name))) unseenMisses.push(`${item.id} FP ${label} ${m.canonical} (${m.surface})`);
  }
}
console.log(`other provinces (${unseen.passages.length} passages written for this measure, both scripts, recognisers alone)`);
console.log(row('Zone', unseenCounts.Zone));
console.log(row('Region', unseenCounts.Region));
if (args.has('--verbose')) for (const line of unseenMisses) console.log(`  ${line}`);

// 4. Dev gold set through the pipeline.
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
