/**
 * Measures the industry recogniser:
 *  - precision/recall on the hand-checked sample (sample.json);
 *  - over the whole seed corpus, how many industry mentions map to the taxonomy.
 * Run: node --import tsx tests/graph-seed/industries/measure.ts [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSeed, readText, CORPUS } from './harness.ts';
import { createIndustryRecogniser } from '../../../graph-seed/pipeline/recognise/industry.ts';
import { loadTaxonomy } from '../../../graph-seed/taxonomy/index.ts';
import type { Mention, SegmentedDocument, Sentence } from '../../../graph-seed/pipeline/types.ts';
import { defaultComponents } from '../../../graph-seed/pipeline/components.ts';
import { dropOverlaps } from '../../../graph-seed/pipeline/resolve/overlap.ts';

interface SampleSentence {
  doc: string;
  index: number;
  text: string;
  gold: string[];
}

export interface SampleScore {
  sentences: number;
  gold: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  misses: string[];
  spurious: string[];
}

export type SampleFile = 'sample.json' | 'heldout.json' | 'final.json';

/**
 * sample.json: the dev sample (tuned on); heldout.json: measured, then used for
 * general fixes; final.json: measured once, never tuned on (seed sentences plus
 * passages invented in the style of other provinces, `invented`).
 */
export function loadSample(file: SampleFile = 'sample.json'): { sentences: SampleSentence[]; invented: Array<{ text: string; gold: string[] }> } {
  const data = JSON.parse(readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), 'utf8')) as {
    sentences: SampleSentence[];
    invented?: Array<{ text: string; gold: string[] }>;
  };
  return { sentences: data.sentences, invented: data.invented ?? [] };
}

/** A predicted mention matches a gold name by canonical name, any alias, or the taxonomy entry both map to. */
function matches(m: Mention, gold: string): boolean {
  const taxonomy = loadTaxonomy();
  if (m.canonical === gold || m.surface === gold || (m.aliases ?? []).includes(gold)) return true;
  const g = taxonomy.match(gold);
  return g !== null && g.name === m.canonical;
}

/**
 * Industry mentions of a sentence. With `pipeline`, as the orchestrator keeps
 * them: every default recogniser runs and the longest of overlapping mentions
 * wins (a zone named 武汉大健康产业园 hides 大健康).
 */
function recogniserFor(pipeline: boolean) {
  const industry = createIndustryRecogniser(loadTaxonomy());
  const all = pipeline ? defaultComponents().recognisers : [industry];
  return (sentence: Sentence, doc: SegmentedDocument): Mention[] => {
    const context = { document: doc, subject: null };
    const mentions = all.flatMap((r) => r.recognise(sentence, context));
    return (pipeline ? dropOverlaps(mentions) : mentions).filter((m) => m.label === 'Industry');
  };
}

export function scoreSample(pipeline = false, file: SampleFile = 'sample.json', part: 'seed' | 'invented' | 'all' = 'all'): SampleScore {
  const sample = loadSample(file);
  const recognise = recogniserFor(pipeline);
  const docs = new Map<string, ReturnType<typeof readSeed>[number]>();
  for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) for (const d of readSeed(f)) docs.set(d.document.id, d);
  // Each item: where it comes from, its gold, and the sentences it reads as.
  const items: Array<{ where: string; gold: string[]; doc: SegmentedDocument; sentences: Sentence[] }> = [];
  if (part !== 'invented') {
    for (const s of sample.sentences) {
      const doc = docs.get(s.doc)!;
      // Found by text: segmentation may renumber sentences as the reading stages improve.
      const sentence = doc.sentences.find((x) => x.simplified === s.text);
      if (!sentence) throw new Error(`sample sentence ${s.doc}#${s.index} is no longer a sentence of the segmenter's output: ${s.text}`);
      items.push({ where: `${s.doc}#${s.index}`, gold: s.gold, doc, sentences: [sentence] });
    }
  }
  if (part !== 'seed') {
    sample.invented.forEach((p, i) => {
      const [doc] = readText(p.text, `invented-${i}.txt`);
      items.push({ where: `invented#${i}`, gold: p.gold, doc: doc!, sentences: doc!.sentences });
    });
  }
  let gold = 0;
  let predicted = 0;
  let tp = 0;
  const misses: string[] = [];
  const spurious: string[] = [];
  for (const s of items) {
    // Entities per item: one per name, as the gold lists them.
    const found = [...new Map(s.sentences.flatMap((x) => recognise(x, s.doc)).map((m) => [m.canonical, m])).values()];
    gold += s.gold.length;
    predicted += found.length;
    const used = new Set<number>();
    for (const g of s.gold) {
      const i = found.findIndex((m, k) => !used.has(k) && matches(m, g));
      if (i >= 0) {
        used.add(i);
        tp++;
      } else misses.push(`${s.where} ${g}`);
    }
    found.forEach((m, k) => {
      if (!used.has(k)) spurious.push(`${s.where} ${m.canonical}(${m.surface})`);
    });
  }
  return { sentences: items.length, gold, predicted, tp, precision: tp / predicted, recall: tp / gold, misses, spurious };
}

/** Over the corpus: industry mentions, the share that map to the taxonomy, and the unmapped names. */
export function corpusMapping(pipeline = true): { mentions: number; mapped: number; share: number; unmapped: Map<string, number> } {
  const recognise = recogniserFor(pipeline);
  let mentions = 0;
  let mapped = 0;
  const unmapped = new Map<string, number>();
  for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) {
    for (const doc of readSeed(f)) {
      for (const s of doc.sentences) {
        for (const m of recognise(s, doc)) {
          mentions++;
          if (m.properties?.['unmapped'] === true) unmapped.set(m.canonical, (unmapped.get(m.canonical) ?? 0) + 1);
          else mapped++;
        }
      }
    }
  }
  return { mentions, mapped, share: mapped / mentions, unmapped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const taxonomy = loadTaxonomy();
  console.log(`taxonomy ${taxonomy.version}: ${taxonomy.size} entries`);
  const runs = [
    ['sample.json', 'all'],
    ['heldout.json', 'all'],
    ['final.json', 'seed'],
    ['final.json', 'invented'],
  ] as const;
  for (const [file, part] of runs) for (const pipeline of [false, true]) {
    const s = scoreSample(pipeline, file, part);
    console.log(`${file}${part === 'all' ? '' : ` (${part})`} ${pipeline ? 'after overlap resolution with all recognisers' : 'industry recogniser alone'}: ${s.sentences} items, gold ${s.gold}, predicted ${s.predicted}, tp ${s.tp}`);
    console.log(`  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}`);
    if (process.argv.includes('--verbose')) {
      console.log('  misses:', s.misses);
      console.log('  spurious:', s.spurious);
    }
  }
  const c = corpusMapping();
  console.log(`corpus: ${c.mentions} industry mentions, ${c.mapped} mapped to the taxonomy (${(c.share * 100).toFixed(1)}%), ${c.unmapped.size} distinct unmapped names`);
  if (process.argv.includes('--verbose')) console.log([...c.unmapped].sort((a, b) => b[1] - a[1]).map(([n, k]) => `${n}×${k}`).join(' '));
}
