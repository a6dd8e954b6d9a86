/**
 * `npm run eval`: runs the pipeline on every gold passage as a standalone
 * document and prints precision / recall / F1 per label and relationship type.
 *
 *   npm run eval -- [--set dev|heldout|heldout2|probe|probe2|probe3|all] [--json] [--verbose]
 *                   [--min-entity-f1 x] [--min-relation-f1 y]
 *
 * A measurement: exits 0 unless thresholds are given and not met (exit 1) or
 * the input is bad (exit 2).
 */
import type { GraphData } from '../../shared/graph.ts';
import type { ExtractResult, SourceInput } from '../pipeline/types.ts';
import { GOLD_SETS, isGoldSetName, loadGoldSet, type GoldPassage, type GoldSetName } from './gold.ts';
import { formatTable, micro, rates, scorePassage, sumScores, type PassageScore, type Scores } from './score.ts';
import { loadSimplify } from './simplified.ts';

interface Options {
  sets: GoldSetName[];
  json: boolean;
  verbose: boolean;
  minEntityF1: number | null;
  minRelationF1: number | null;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { sets: ['dev'], json: false, verbose: false, minEntityF1: null, minRelationF1: null };
  const threshold = (flag: string, value: string | undefined) => {
    const x = Number(value);
    if (value === undefined || !Number.isFinite(x) || x < 0 || x > 1) throw new UsageError(`${flag} needs a number between 0 and 1, got ${value ?? 'nothing'}`);
    return x;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--set': {
        const set = value();
        if (isGoldSetName(set)) options.sets = [set];
        else if (set === 'all') options.sets = [...GOLD_SETS];
        else throw new UsageError(`--set must be dev, heldout, probe or all (or probe2, heldout2, probe3), got ${set ?? 'nothing'}`);
        break;
      }
      case '--json':
        options.json = true;
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--min-entity-f1':
        options.minEntityF1 = threshold(flag, value());
        break;
      case '--min-relation-f1':
        options.minRelationF1 = threshold(flag, value());
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}

type ExtractSources = (inputs: SourceInput[]) => Promise<ExtractResult>;

async function loadPipeline(): Promise<ExtractSources> {
  // Computed specifier: the pipeline entry point is written in parallel with the scorer.
  const specifier = new URL('../pipeline/index.ts', import.meta.url).href;
  const mod = (await import(specifier)) as { extractSources?: unknown };
  if (typeof mod.extractSources !== 'function') throw new Error('graph-seed/pipeline/index.ts does not export extractSources');
  return mod.extractSources as ExtractSources;
}

async function extractPassage(extract: ExtractSources, passage: GoldPassage): Promise<GraphData> {
  const result = await extract([{ name: `${passage.id}.txt`, bytes: Buffer.from(passage.text, 'utf8') }]);
  if (result.failures.length > 0) throw new Error(`pipeline failed on ${passage.id}: ${result.failures.map((f) => `${f.reason}: ${f.message}`).join('; ')}`);
  return result.graph;
}

function summary(total: Scores) {
  const e = micro(total.entities);
  const r = micro(total.relations);
  return { entities: { ...e, ...rates(e) }, relationships: { ...r, ...rates(r) } };
}

function verboseLines(s: PassageScore): string[] {
  const lines: string[] = [];
  const list = (what: string, items: string[]) => {
    for (const item of items) lines.push(`  ${what} ${item}`);
  };
  list('FN entity      ', s.falseNegatives.entities);
  list('FP entity      ', s.falsePositives.entities);
  list('FN relationship', s.falseNegatives.relations);
  list('FP relationship', s.falsePositives.relations);
  return lines.length > 0 ? [`${s.id}:`, ...lines] : [`${s.id}: exact`];
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`eval: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const simplify = await loadSimplify();
  const extract = await loadPipeline();
  const report: Record<string, unknown> = {};
  let worstEntityF1 = 1;
  let worstRelationF1 = 1;
  for (const set of options.sets) {
    const passages = await loadGoldSet(set, simplify);
    const scores: PassageScore[] = [];
    for (const passage of passages) scores.push(scorePassage(passage, await extractPassage(extract, passage), simplify));
    const total = sumScores(scores);
    const sum = summary(total);
    worstEntityF1 = Math.min(worstEntityF1, sum.entities.f1 ?? 0);
    worstRelationF1 = Math.min(worstRelationF1, sum.relationships.f1 ?? 0);
    if (options.json) report[set] = { passages: passages.length, ...sum, byLabel: total.entities, byType: total.relations, ...(options.verbose ? { perPassage: scores } : {}) };
    else {
      console.log(`\n${set} set: ${passages.length} passages`);
      if (options.verbose) for (const s of scores) console.log(verboseLines(s).join('\n'));
      console.log(formatTable(total));
    }
  }
  if (options.json) console.log(JSON.stringify(report, null, 2));

  const failures: string[] = [];
  if (options.minEntityF1 !== null && worstEntityF1 < options.minEntityF1) failures.push(`entity F1 ${worstEntityF1.toFixed(3)} < ${options.minEntityF1}`);
  if (options.minRelationF1 !== null && worstRelationF1 < options.minRelationF1) failures.push(`relationship F1 ${worstRelationF1.toFixed(3)} < ${options.minRelationF1}`);
  if (failures.length > 0) {
    console.error(`eval: below threshold: ${failures.join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
