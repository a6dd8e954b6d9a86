/**
 * Scoring the extractor against a gold passage: pure functions from a gold
 * passage and the graph the pipeline built from that passage to counts of
 * gold, predicted and true-positive entities and relationships.
 *
 * Matching rules (tests/gold/README.md):
 * - predicted entities are nodes some document mentions (documents non-empty);
 *   reference-only taxonomy/gazetteer ancestors and Document nodes are not
 *   predictions;
 * - a gold and a predicted entity of the same label match when their names
 *   are equal after Simplified normalisation, or one's name is among the
 *   other's aliases; each entity matches at most one on the other side;
 * - relationships of the annotated types are compared with their ends mapped
 *   through the entity matching; COOPERATES_WITH is symmetric;
 * - edges derived from the taxonomy rather than stated (properties.via: a
 *   chain named by its parts, 光芯屏端网 → its five segments) are inferences
 *   outside the annotation and are not predictions.
 */
import type { GraphData } from '../../shared/graph.ts';
import { GOLD_LABELS, GOLD_TYPES, relationKey, type GoldLabel, type GoldPassage, type GoldType } from './gold.ts';

export type Simplify = (text: string) => string;

export interface PredictedEntity {
  id: string;
  label: GoldLabel;
  name: string;
  aliases: string[];
}

export interface Counts {
  gold: number;
  predicted: number;
  tp: number;
}

export interface Scores {
  entities: Record<GoldLabel, Counts>;
  relations: Record<GoldType, Counts>;
}

export interface PassageScore extends Scores {
  id: string;
  /** Readable misses and spurious items, for --verbose. */
  falseNegatives: { entities: string[]; relations: string[] };
  falsePositives: { entities: string[]; relations: string[] };
}

/**
 * Name normalisation for comparison: Simplified, full-width ASCII folded,
 * whitespace, quotation marks and title brackets removed, so 《“十四五”规划》,
 * "十四五"规划 and 十四五规划 compare equal while every character of the name counts.
 */
export function normaliseName(name: string, simplify: Simplify): string {
  return simplify(name)
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s"'“”‘’「」『』《》〈〉<>]/g, '');
}

/** Nodes the pipeline found in the text: labelled like gold entities and mentioned by at least one document. */
export function predictedEntities(graph: GraphData): PredictedEntity[] {
  return graph.nodes
    .filter((n) => (GOLD_LABELS as readonly string[]).includes(n.label) && n.documents.length > 0)
    .map((n) => ({ id: n.id, label: n.label as GoldLabel, name: n.name, aliases: n.aliases }));
}

/**
 * One-to-one matching of gold entities (by name) to predicted entities (by
 * id), label by label: exact name matches first, then a maximum matching over
 * name-in-aliases compatibility, so one stray alias cannot steal a partner
 * that has no other candidate.
 */
export function matchEntities(
  gold: GoldPassage['entities'],
  predicted: PredictedEntity[],
  simplify: Simplify,
): Map<string, string> {
  const goldToPredicted = new Map<string, string>();
  for (const label of GOLD_LABELS) {
    const g = gold.filter((e) => e.label === label);
    const p = predicted.filter((e) => e.label === label);
    const gName = g.map((e) => normaliseName(e.name, simplify));
    const gAliases = g.map((e) => new Set(e.aliases.map((a) => normaliseName(a, simplify))));
    const pName = p.map((e) => normaliseName(e.name, simplify));
    const pAliases = p.map((e) => new Set(e.aliases.map((a) => normaliseName(a, simplify))));

    const goldTaken = new Array<boolean>(g.length).fill(false);
    const predOwner = new Array<number>(p.length).fill(-1);
    // Exact names first.
    for (let i = 0; i < g.length; i++) {
      const j = pName.findIndex((n, k) => predOwner[k] === -1 && n === gName[i]);
      if (j >= 0) {
        goldTaken[i] = true;
        predOwner[j] = i;
      }
    }
    // Then aliases, by augmenting paths (Kuhn's algorithm) over what is left.
    const compatible = (i: number, j: number) => pAliases[j]!.has(gName[i]!) || gAliases[i]!.has(pName[j]!);
    const exactPairs = new Set(predOwner.map((owner, j) => (owner >= 0 ? j : -1)).filter((j) => j >= 0));
    const tryAssign = (i: number, visited: Set<number>): boolean => {
      for (let j = 0; j < p.length; j++) {
        if (exactPairs.has(j) || visited.has(j) || !compatible(i, j)) continue;
        visited.add(j);
        if (predOwner[j] === -1 || tryAssign(predOwner[j]!, visited)) {
          predOwner[j] = i;
          return true;
        }
      }
      return false;
    };
    for (let i = 0; i < g.length; i++) if (!goldTaken[i]) tryAssign(i, new Set());
    predOwner.forEach((owner, j) => {
      if (owner >= 0) goldToPredicted.set(g[owner]!.name, p[j]!.id);
    });
  }
  return goldToPredicted;
}

function emptyScores(): Scores {
  const counts = () => ({ gold: 0, predicted: 0, tp: 0 });
  return {
    entities: Object.fromEntries(GOLD_LABELS.map((l) => [l, counts()])) as Record<GoldLabel, Counts>,
    relations: Object.fromEntries(GOLD_TYPES.map((t) => [t, counts()])) as Record<GoldType, Counts>,
  };
}

/** Scores the graph built from one passage against that passage's gold annotation. */
export function scorePassage(passage: GoldPassage, graph: GraphData, simplify: Simplify): PassageScore {
  const scores = emptyScores();
  const predicted = predictedEntities(graph);
  const matching = matchEntities(passage.entities, predicted, simplify);
  const matchedPredicted = new Map([...matching].map(([goldName, id]) => [id, goldName]));
  const falseNegatives = { entities: [] as string[], relations: [] as string[] };
  const falsePositives = { entities: [] as string[], relations: [] as string[] };

  for (const e of passage.entities) {
    scores.entities[e.label].gold++;
    if (matching.has(e.name)) scores.entities[e.label].tp++;
    else falseNegatives.entities.push(`${e.label} ${e.name}`);
  }
  for (const p of predicted) {
    scores.entities[p.label].predicted++;
    if (!matchedPredicted.has(p.id)) falsePositives.entities.push(`${p.label} ${p.name}`);
  }

  // Relationship ends: a matched node stands for its gold name; any other node keeps a mark no gold name carries.
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const unmatched = '\u0000';
  const endName = (id: string) => matchedPredicted.get(id) ?? `${unmatched}${nodes.get(id)?.name ?? id}`;
  const predictedKeys = new Map<string, GoldType>();
  for (const r of graph.relationships) {
    if (!(GOLD_TYPES as readonly string[]).includes(r.type)) continue;
    if (typeof r.properties['via'] === 'string') continue;
    predictedKeys.set(relationKey(r.type, endName(r.start), endName(r.end)), r.type as GoldType);
  }
  const goldKeys = new Map<string, GoldType>();
  for (const r of passage.relations) goldKeys.set(relationKey(r.type, r.start, r.end), r.type);

  const readable = (key: string) => key.replaceAll(unmatched, '?').replace(':', ' ');
  for (const [key, type] of goldKeys) {
    scores.relations[type].gold++;
    if (predictedKeys.has(key)) scores.relations[type].tp++;
    else falseNegatives.relations.push(readable(key));
  }
  for (const [key, type] of predictedKeys) {
    scores.relations[type].predicted++;
    if (!goldKeys.has(key)) falsePositives.relations.push(readable(key));
  }
  return { id: passage.id, ...scores, falseNegatives, falsePositives };
}

/** Sums counts over passages. */
export function sumScores(scores: Scores[]): Scores {
  const total = emptyScores();
  for (const s of scores) {
    for (const l of GOLD_LABELS) addCounts(total.entities[l], s.entities[l]);
    for (const t of GOLD_TYPES) addCounts(total.relations[t], s.relations[t]);
  }
  return total;
}

function addCounts(into: Counts, c: Counts): void {
  into.gold += c.gold;
  into.predicted += c.predicted;
  into.tp += c.tp;
}

/** Micro total: counts pooled across labels (or types). */
export function micro(byKey: Record<string, Counts>): Counts {
  const total = { gold: 0, predicted: 0, tp: 0 };
  for (const c of Object.values(byKey)) addCounts(total, c);
  return total;
}

export interface Rates {
  /** null when nothing was predicted. */
  precision: number | null;
  /** null when nothing is in the gold. */
  recall: number | null;
  /** null when there is neither gold nor prediction (nothing to measure). */
  f1: number | null;
}

export function rates(c: Counts): Rates {
  const precision = c.predicted > 0 ? c.tp / c.predicted : null;
  const recall = c.gold > 0 ? c.tp / c.gold : null;
  if (c.gold === 0 && c.predicted === 0) return { precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** The report table: one row per label and per type, then micro totals. */
export function formatTable(total: Scores): string {
  const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  const row = (name: string, c: Counts) => {
    const r = rates(c);
    return [name.padEnd(22), String(c.gold).padStart(6), String(c.predicted).padStart(6), String(c.tp).padStart(6), fmt(r.precision).padStart(7), fmt(r.recall).padStart(7), fmt(r.f1).padStart(7)].join(' ');
  };
  const header = ['', 'gold', 'pred', 'TP', 'P', 'R', 'F1'].map((h, i) => (i === 0 ? h.padEnd(22) : h.padStart(i <= 3 ? 6 : 7))).join(' ');
  const rule = '-'.repeat(header.length);
  const lines = [header, rule];
  for (const l of GOLD_LABELS) lines.push(row(l, total.entities[l]));
  lines.push(row('entities (micro)', micro(total.entities)), rule);
  for (const t of GOLD_TYPES) lines.push(row(t, total.relations[t]));
  lines.push(row('relationships (micro)', micro(total.relations)));
  return lines.join('\n');
}
