/**
 * The industry taxonomy (industries.yaml): curated reference data that the
 * industry recogniser maps surface phrases onto and that assembly uses to hang
 * a mentioned industry under its chain (PART_OF edges to its ancestors).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { nodeId, relationshipId, type GraphNode, type GraphRelationship } from '../../shared/graph.ts';
import { toPinyin, toSimplified } from '../../shared/chinese.ts';
import { DocumentMemo } from '../gazetteer/document-memo.ts';
import { normaliseIndustryPhrase, conjunctionKey } from './normalise.ts';

export interface TaxonomyEntry {
  id: string;
  /** Canonical Simplified name; the Industry node is nodeId('Industry', name). */
  name: string;
  nameEn: string;
  synonyms: string[];
  /** GB/T 4754-2017 code, when aligned. */
  gbtCode: string | null;
  /** 战略性新兴产业分类(2018) code, when aligned. */
  seiCode: string | null;
  /** The node's `code` property: "SEI 5.1" when SEI-aligned, else the GB/T 4754 code. */
  code: string | null;
  /** Direct parents: the nesting parent first, then `partOf` extras. */
  parents: string[];
  /** Direct children (chain segments) in file order. */
  segments: string[];
  /** 0 for roots; otherwise 1 + the nesting parent's depth. */
  depth: number;
  /** For names that spell out several industries (光芯屏端网, 新能源和智能网联汽车): the parts a place developing the whole develops. */
  expandsTo: string[];
}

export class TaxonomyError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid industry taxonomy:\n  ${problems.join('\n  ')}`);
    this.name = 'TaxonomyError';
  }
}

interface RawEntry {
  id?: unknown;
  name?: unknown;
  en?: unknown;
  synonyms?: unknown;
  gbt?: unknown;
  sei?: unknown;
  partOf?: unknown;
  segments?: unknown;
  expandsTo?: unknown;
}

const SOURCE = 'taxonomy';

export class Taxonomy {
  readonly version: string;
  readonly sources: string[];
  private readonly entries = new Map<string, TaxonomyEntry>();
  private readonly byName = new Map<string, TaxonomyEntry>();
  /** Every surface (name, synonyms) → entry. */
  private readonly bySurface = new Map<string, TaxonomyEntry>();
  /** conjunctionKey(surface) → entry, so 汽车和零部件 finds 汽车及零部件. */
  private readonly byConjunctionKey = new Map<string, TaxonomyEntry>();
  /** match() results for the document being read (a phrase's Simplified form and peeled variants cost more than the look-ups). */
  private readonly matches = new DocumentMemo<TaxonomyEntry | null>(4096);

  constructor(text: string, file = 'industries.yaml') {
    const problems: string[] = [];
    let doc: unknown;
    try {
      doc = parse(text);
    } catch (err) {
      throw new TaxonomyError(file, [`not valid YAML: ${(err as Error).message}`]);
    }
    if (!doc || typeof doc !== 'object') throw new TaxonomyError(file, ['top level must be a mapping']);
    const top = doc as Record<string, unknown>;
    if (typeof top['version'] !== 'string' || !top['version']) problems.push('version must be a non-empty string');
    this.version = String(top['version'] ?? '');
    this.sources = Array.isArray(top['sources']) ? top['sources'].map(String) : [];
    if (!Array.isArray(top['industries'])) throw new TaxonomyError(file, [...problems, 'industries must be a list']);

    const extraParents: Array<[string, string]> = [];
    const expansions: Array<[TaxonomyEntry, string[]]> = [];
    const walk = (raw: unknown, parent: TaxonomyEntry | null, where: string) => {
      if (!raw || typeof raw !== 'object') return void problems.push(`${where}: entry must be a mapping`);
      const r = raw as RawEntry;
      const id = typeof r.id === 'string' ? r.id.trim() : '';
      const name = typeof r.name === 'string' ? r.name.trim() : '';
      const here = `${where} (${id || name || '?'})`;
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push(`${here}: id must be lower-case ASCII words joined by '-'`);
      if (!name) problems.push(`${here}: name is required`);
      if (this.entries.has(id)) problems.push(`${here}: duplicate id ${id}`);
      if (this.byName.has(name)) problems.push(`${here}: duplicate name ${name} (also ${this.byName.get(name)!.id})`);
      const synonyms = r.synonyms === undefined ? [] : r.synonyms;
      if (!Array.isArray(synonyms) || synonyms.some((s) => typeof s !== 'string' && typeof s !== 'number'))
        problems.push(`${here}: synonyms must be a list of strings`);
      const gbt = r.gbt === undefined || r.gbt === '' ? null : String(r.gbt);
      const sei = r.sei === undefined || r.sei === '' ? null : String(r.sei);
      if (gbt !== null && !/^[A-T](\d{2,4})?$/.test(gbt)) problems.push(`${here}: gbt ${gbt} is not a GB/T 4754 code`);
      if (sei !== null && !/^\d(\.\d){0,3}$/.test(sei)) problems.push(`${here}: sei ${sei} is not a SEI 2018 code`);
      const entry: TaxonomyEntry = {
        id,
        name,
        nameEn: typeof r.en === 'string' ? r.en : '',
        synonyms: Array.isArray(synonyms) ? [...new Set(synonyms.map(String).filter((s) => s !== name))] : [],
        gbtCode: gbt,
        seiCode: sei,
        code: sei ? `SEI ${sei}` : gbt,
        parents: parent ? [parent.id] : [],
        segments: [],
        depth: parent ? parent.depth + 1 : 0,
        expandsTo: [],
      };
      if (r.expandsTo !== undefined) {
        if (!Array.isArray(r.expandsTo)) problems.push(`${here}: expandsTo must be a list of ids`);
        else expansions.push([entry, r.expandsTo.map(String)]);
      }
      if (!entry.nameEn) problems.push(`${here}: en (English name) is required`);
      this.entries.set(id, entry);
      this.byName.set(name, entry);
      parent?.segments.push(id);
      if (r.partOf !== undefined) {
        if (!Array.isArray(r.partOf)) problems.push(`${here}: partOf must be a list of ids`);
        else for (const p of r.partOf) extraParents.push([id, String(p)]);
      }
      if (r.segments !== undefined) {
        if (!Array.isArray(r.segments)) problems.push(`${here}: segments must be a list`);
        else r.segments.forEach((s, i) => walk(s, entry, `${here}.segments[${i}]`));
      }
    };
    top['industries'].forEach((raw, i) => walk(raw, null, `industries[${i}]`));

    for (const [child, parent] of extraParents) {
      const p = this.entries.get(parent);
      if (!p) {
        problems.push(`${child}: partOf names unknown id ${parent}`);
        continue;
      }
      const c = this.entries.get(child)!;
      if (!c.parents.includes(parent)) c.parents.push(parent);
      if (!p.segments.includes(child)) p.segments.push(child);
    }
    for (const [entry, ids] of expansions) {
      for (const id of ids) {
        if (!this.entries.has(id)) problems.push(`${entry.id}: expandsTo names unknown id ${id}`);
        else entry.expandsTo.push(id);
      }
    }
    problems.push(...this.findCycles());

    for (const entry of this.entries.values()) {
      for (const surface of [entry.name, ...entry.synonyms]) {
        const other = this.bySurface.get(surface);
        if (other && other !== entry) problems.push(`surface ${surface} names both ${other.id} and ${entry.id}`);
        this.bySurface.set(surface, entry);
      }
    }
    if (problems.length) throw new TaxonomyError(file, problems);
    for (const [surface, entry] of this.bySurface) {
      const key = conjunctionKey(surface);
      if (!this.byConjunctionKey.has(key)) this.byConjunctionKey.set(key, entry);
    }
  }

  private findCycles(): string[] {
    const state = new Map<string, 'open' | 'done'>();
    const problems: string[] = [];
    const visit = (id: string, path: string[]) => {
      const s = state.get(id);
      if (s === 'done') return;
      if (s === 'open') return void problems.push(`PART_OF cycle: ${[...path, id].join(' → ')}`);
      state.set(id, 'open');
      for (const p of this.entries.get(id)?.parents ?? []) visit(p, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of this.entries.keys()) visit(id, []);
    return problems;
  }

  get size(): number {
    return this.entries.size;
  }

  all(): IterableIterator<TaxonomyEntry> {
    return this.entries.values();
  }

  /** Every (surface, entry) pair: names and synonyms, for dictionary matching. */
  surfaces(): IterableIterator<[string, TaxonomyEntry]> {
    return this.bySurface.entries();
  }

  entry(id: string): TaxonomyEntry | null {
    return this.entries.get(id) ?? null;
  }

  byCanonicalName(name: string): TaxonomyEntry | null {
    return this.byName.get(name) ?? null;
  }

  parents(id: string): TaxonomyEntry[] {
    return (this.entries.get(id)?.parents ?? []).map((p) => this.entries.get(p)!);
  }

  segments(id: string): TaxonomyEntry[] {
    return (this.entries.get(id)?.segments ?? []).map((s) => this.entries.get(s)!);
  }

  /** Every ancestor (transitively), nearest first, each once. */
  ancestors(id: string): TaxonomyEntry[] {
    const out: TaxonomyEntry[] = [];
    const seen = new Set<string>([id]);
    const queue = [...(this.entries.get(id)?.parents ?? [])];
    while (queue.length) {
      const p = queue.shift()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const e = this.entries.get(p)!;
      out.push(e);
      queue.push(...e.parents);
    }
    return out;
  }

  /**
   * The entry a phrase names: exact surface first, then the phrase with
   * Traditional characters converted, then normalised forms (trailing
   * 产业/产业集群/产业链/集群/行业/领域/板块/基地/制造 and scale prefixes such
   * as 千亿级 stripped; 及/和/与/、 treated alike).
   */
  match(phrase: string): TaxonomyEntry | null {
    return this.matches.get(phrase, (p) => this.matchUncached(p));
  }

  private matchUncached(phrase: string): TaxonomyEntry | null {
    const trimmed = phrase.trim();
    if (!trimmed) return null;
    const direct = this.lookup(trimmed);
    if (direct) return direct;
    const simplified = toSimplified(trimmed);
    if (simplified !== trimmed) {
      const s = this.lookup(simplified);
      if (s) return s;
    }
    for (const form of normaliseIndustryPhrase(simplified)) {
      const hit = this.lookup(form);
      if (hit) return hit;
    }
    return null;
  }

  private lookup(form: string): TaxonomyEntry | null {
    return this.bySurface.get(form) ?? this.byConjunctionKey.get(conjunctionKey(form)) ?? null;
  }

  /** The Industry node for an entry, as reference data. */
  node(entry: TaxonomyEntry): GraphNode {
    return {
      id: nodeId('Industry', entry.name),
      label: 'Industry',
      name: entry.name,
      aliases: [],
      nameEn: entry.nameEn,
      pinyin: toPinyin(entry.name),
      properties: {
        source: SOURCE,
        taxonomyId: entry.id,
        code: entry.code,
        gbtCode: entry.gbtCode,
        seiCode: entry.seiCode,
        depth: entry.depth,
        unmapped: false,
      },
      documents: [],
    };
  }

  partOf(child: TaxonomyEntry, parent: TaxonomyEntry): GraphRelationship {
    const start = nodeId('Industry', child.name);
    const end = nodeId('Industry', parent.name);
    return {
      id: relationshipId('PART_OF', start, end),
      type: 'PART_OF',
      start,
      end,
      properties: { source: SOURCE },
      evidence: [],
    };
  }

  /**
   * Reference ancestors of an Industry node (by node id) and the PART_OF edges
   * from the node up through every ancestor. Unknown or unmapped nodes have none.
   */
  ancestry(id: string): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
    const prefix = nodeId('Industry', '');
    if (!id.startsWith(prefix)) return { nodes: [], relationships: [] };
    const self = this.byName.get(id.slice(prefix.length));
    if (!self) return { nodes: [], relationships: [] };
    const ancestors = this.ancestors(self.id);
    const relationships: GraphRelationship[] = [];
    for (const e of [self, ...ancestors]) for (const p of this.parents(e.id)) relationships.push(this.partOf(e, p));
    return { nodes: ancestors.map((e) => this.node(e)), relationships };
  }

  /** The whole taxonomy as reference nodes. */
  allNodes(): GraphNode[] {
    return [...this.entries.values()].map((e) => this.node(e));
  }

  /** Every taxonomy PART_OF edge. */
  allRelationships(): GraphRelationship[] {
    const out: GraphRelationship[] = [];
    for (const e of this.entries.values()) for (const p of this.parents(e.id)) out.push(this.partOf(e, p));
    return out;
  }
}


export const TAXONOMY_FILE = fileURLToPath(new URL('./industries.yaml', import.meta.url));

let singleton: Taxonomy | null = null;

/** The project taxonomy, parsed once per process. */
export function loadTaxonomy(): Taxonomy {
  singleton ??= new Taxonomy(readFileSync(TAXONOMY_FILE, 'utf8'), TAXONOMY_FILE);
  return singleton;
}
