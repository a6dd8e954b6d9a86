/**
 * The region gazetteer: GB/T 2260 regions (china-area-data) and city clusters
 * (clusters.yaml), indexed by full and short names, plus well-known zone names
 * (zone-aliases.yaml). Built once per process on first use (getGazetteer()).
 */
import { createRequire } from 'node:module';
import type { GraphNode, GraphRelationship } from '../../shared/graph.ts';
import { nodeId, relationshipId } from '../../shared/graph.ts';
import { loadClusters, type ClusterEntry } from './clusters.ts';
import { regionEnglishName, regionStem, toPinyin } from './names.ts';
import { loadRegions, type RegionEntry } from './regions.ts';
import { loadFtzAreas, type FtzArea } from './ftz-areas.ts';
import { loadZoneAliases, type ZoneAlias } from './zone-aliases.ts';

export type { ClusterEntry, FtzArea, RegionEntry, ZoneAlias };

/** How a surface form names a region. */
export type NameForm = 'full' | 'short';

export interface RegionName {
  surface: string;
  form: NameForm;
  /** Every region the surface can denote; more than one means context must decide. */
  regions: RegionEntry[];
  /** True when the surface is a county's or district's short form or a city's name that is also an everyday word (日照, 来宾): only read as a place when the document is about that province. */
  needsContext: boolean;
  /** True when the surface is an everyday word first (新兴, 公安, 振兴, 城区): read as a place only right after its parent (广东新兴, 荆州公安). */
  needsParent: boolean;
  /** True when the surface must stand as a word of its own (short forms, two-character names like 高县 inside 提高县域). */
  needsWordBoundary: boolean;
  /** A county-level city's bare name (仙桃): read anywhere in a text that names no province, but only in its own province otherwise (海伦堡 in a Henan plan). */
  needsContextIfAny?: boolean;
}

/**
 * Place short forms that are also everyday words or famous non-place names
 * (日照 "sunshine", 来宾 "guest", 阿里 Alibaba, 中山 Sun Yat-sen, 中原 the
 * Central Plains). Counties and districts whose short form is a frequent
 * jieba word (振兴, 光明, 红旗) are found automatically; this list holds the
 * cities and the county-level cities the frequency test would miss.
 */
const COMMON_WORD_STEMS = new Set(
  '日照 来宾 阿里 安康 大同 长治 白银 中山 平凉 清远 大理 玉树 吉安 和田 白山 黄山 文山 普洱 海东 海北 海西 三明 东方 合作 中原 老城 新建 安居 开发 高新 东湖 中西 东风 城关 城中 市中 新华 新城 和平 朝阳 青山 白云 江城 江海 金山 滨湖 鼓楼 普陀 宝山 南山 西湖 江北 永定 龙华 沙河 河东 河西 桥东 桥西 向阳 前进 胜利 复兴 振兴 太平 团结 光明 红旗 长安 安宁 开平 当阳 凭祥 资源 比如 南部 公安 通道 武功 延长 共和 友谊 富民 惠民 同心 互助 万年 大方 方正 清水 温泉 凤凰 石门 会同 长子 平定 富裕 桃源 光泽 中方 平和 建平 新民 灯塔 兴业 清流 天长 进贤 高台 民和 民权 民乐 永和 大名 三门 三台'.split(' '),
);

/** A region or cluster name found at a position (namesAt). */
export interface NameHit {
  surface: string;
  name?: RegionName;
  cluster?: ClusterEntry;
}

/** What namesAt returns at most positions (shared: callers only read it). */
const NO_NAMES: NameHit[] = Object.freeze([]) as unknown as NameHit[];

interface NameTrieNode {
  /** By UTF-16 code unit: charCodeAt allocates nothing, unlike text[i] for a Chinese character. */
  next: Map<number, NameTrieNode>;
  /** What the path to this node names, cluster first. */
  hits: NameHit[];
  /** What namesAt returns when its walk ends here: the hits of every prefix of the path, longest first (frozen, shared). */
  prefixHits: NameHit[];
}

/** Short forms of districts/counties that jieba knows as an ordinary word at least this often are everyday words first. */
const COMMON_WORD_FREQUENCY = 500;

/** Words jieba's dictionary lists with a frequency, for the short forms in `wanted` that are not tagged as place names. */
function everydayWords(wanted: Set<string>): Set<string> {
  const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const found = new Set<string>();
  for (const line of new TextDecoder().decode(dict).split('\n')) {
    const sp = line.indexOf(' ');
    const word = line.slice(0, sp);
    if (!wanted.has(word)) continue;
    const [, freq, tag] = line.split(' ');
    if (tag !== 'ns' && Number(freq) >= COMMON_WORD_FREQUENCY) found.add(word);
  }
  return found;
}

/** Full names that are also generic words (城区 "urban area", 市中区 "city centre"). */
const GENERIC_FULL_NAMES = /^(城区|郊区|矿区|东区|西区|南区|北区|中区|市中区|城中区|城东区|城西区|城南区|城北区|市南区|市北区|新市区|新城区|老城区|中西区)$/;

export class Gazetteer {
  readonly regions: ReadonlyMap<string, RegionEntry>;
  readonly clusters: readonly ClusterEntry[];
  readonly zoneAliases: readonly ZoneAlias[];
  private readonly names = new Map<string, RegionName>();
  private readonly clusterNames = new Map<string, ClusterEntry>();
  private readonly zoneAliasNames = new Map<string, ZoneAlias>();
  private readonly aliasSurfacesLongestFirst: string[];
  private readonly ftzAreaNames = new Map<string, FtzArea>();
  /** Longest region/cluster name, bounding the scan window. */
  readonly maxNameLength: number;
  /**
   * Region and cluster names as a character trie: namesAt walks it from a
   * position and stops at the first character no name continues with, instead
   * of slicing and hashing every candidate length (the recognisers call it at
   * every position of every sentence).
   */
  private readonly trie: NameTrieNode = { next: new Map(), hits: [], prefixHits: NO_NAMES };

  constructor(regions: Map<string, RegionEntry>, clusters: ClusterEntry[], zoneAliases: ZoneAlias[], ftzAreas: FtzArea[] = []) {
    this.regions = regions;
    this.clusters = clusters;
    this.zoneAliases = zoneAliases;
    const shortForms = new Map<string, RegionEntry[]>();
    for (const region of regions.values()) {
      const full = this.names.get(region.name);
      if (full) full.regions.push(region);
      else {
        const generic = GENERIC_FULL_NAMES.test(region.name);
        const short = region.name.length <= 2;
        this.names.set(region.name, { surface: region.name, form: 'full', regions: [region], needsContext: short, needsParent: generic, needsWordBoundary: short });
      }
      const stem = regionStem(region.name);
      // 新竹 stays 新竹市 (GB/T 2260) rather than turning ambiguous with 新竹县 (taiwan.yaml, loaded last): a Taiwan county's bare name
      // is its own only when no other region has it.
      if (stem && !(region.code.startsWith('TW-') && shortForms.has(stem))) shortForms.set(stem, [...(shortForms.get(stem) ?? []), region]);
    }
    // A county-level city's bare name (仙桃, 大冶, 昆山) is distinctive enough to read anywhere when it names one place;
    // districts' and counties' bare names (汉南, 竹山) need the document's province.
    const lowerOnly = (entries: RegionEntry[]) =>
      entries.every((r) => r.level === 'county') && !(entries.length === 1 && entries[0]!.name.endsWith('市'));
    const everyday = everydayWords(
      new Set([...shortForms].filter(([, entries]) => entries.every((r) => r.level === 'county' && !r.name.endsWith('市'))).map(([stem]) => stem)),
    );
    for (const [stem, entries] of shortForms) {
      const common = COMMON_WORD_STEMS.has(stem) || everyday.has(stem);
      // A county whose bare name is an everyday word reads as itself only in its own province (新建区文化馆 is a new district's hall).
      if (common) for (const r of entries) if (r.level === 'county') this.names.get(r.name)!.needsContext = true;
      if (this.names.has(stem)) continue; // a full name (e.g. a county named like another's stem) wins
      const countyCity = entries.every((r) => r.level === 'county');
      this.names.set(stem, {
        surface: stem,
        form: 'short',
        regions: entries,
        needsContext: common || lowerOnly(entries),
        needsParent: common && lowerOnly(entries),
        needsWordBoundary: true,
        needsContextIfAny: countyCity && !lowerOnly(entries),
      });
    }
    // An autonomous prefecture is written by its place name and 州 (红河州, 恩施州, 黔东南州): distinctive, read anywhere.
    for (const region of regions.values()) {
      if (!region.name.endsWith('自治州')) continue;
      const stem = regionStem(region.name);
      const surface = stem ? `${stem}州` : null;
      if (!surface || this.names.has(surface)) continue;
      this.names.set(surface, { surface, form: 'short', regions: [region], needsContext: false, needsParent: false, needsWordBoundary: false });
    }
    for (const cluster of clusters) {
      for (const name of [cluster.name, ...cluster.aliases]) this.clusterNames.set(name, cluster);
    }
    for (const zone of zoneAliases) {
      for (const name of [zone.name, ...zone.aliases]) this.zoneAliasNames.set(name, zone);
    }
    for (const area of ftzAreas) {
      this.ftzAreaNames.set(area.name, area);
      for (const alias of area.aliases) this.ftzAreaNames.set(alias, area);
      // 南沙新区片区 for 广州南沙新区片区: the name without the city it begins with, when enough is left to be distinctive.
      for (const n of [3, 2]) {
        const rest = area.name.slice(n);
        if (this.names.has(area.name.slice(0, n)) && rest.length >= 5 && !this.ftzAreaNames.has(rest)) {
          this.ftzAreaNames.set(rest, area);
          break;
        }
      }
    }
    // Longest first, so 河北雄安新区 is read whole before 雄安新区.
    this.aliasSurfacesLongestFirst = [...this.zoneAliasNames.keys()].sort((a, b) => b.length - a.length);
    this.maxNameLength = Math.max(...[...this.names.keys(), ...this.clusterNames.keys()].map((n) => n.length));
    // Each trie node holds what its surface names, cluster before region, as namesAt returns them.
    for (const surface of new Set([...this.names.keys(), ...this.clusterNames.keys()])) {
      let node = this.trie;
      for (let k = 0; k < surface.length; k++) {
        const ch = surface.charCodeAt(k);
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map(), hits: [], prefixHits: NO_NAMES }));
        node = child;
      }
      const cluster = this.clusterNames.get(surface);
      if (cluster) node.hits.push({ surface, cluster });
      const name = this.names.get(surface);
      if (name) node.hits.push({ surface, name });
    }
    // Every walk that ends at a node met the same prefixes: their hits are listed once, here, instead of per call.
    const fill = (node: NameTrieNode, above: NameHit[]): void => {
      const here = node.hits.length > 0 ? [...node.hits, ...above] : above;
      node.prefixHits = here.length === 0 ? NO_NAMES : Object.freeze(here.map((h) => Object.freeze({ ...h }))) as NameHit[];
      for (const child of node.next.values()) fill(child, here);
    };
    for (const child of this.trie.next.values()) fill(child, []);
  }

  region(code: string): RegionEntry | undefined {
    return this.regions.get(code);
  }

  /** The region(s) a surface names (full official name or a short form). */
  lookup(surface: string): RegionName | undefined {
    return this.names.get(surface);
  }

  /** Regions with exactly this official name. */
  byFullName(name: string): RegionEntry[] {
    const n = this.names.get(name);
    return n?.form === 'full' ? n.regions : [];
  }

  cluster(surface: string): ClusterEntry | undefined {
    return this.clusterNames.get(surface);
  }

  zoneAlias(surface: string): ZoneAlias | undefined {
    return this.zoneAliasNames.get(surface);
  }

  /** The free-trade zone 片区 of this name (南宁片区 → 广西), from ftz-areas.yaml. */
  ftzArea(name: string): FtzArea | undefined {
    return this.ftzAreaNames.get(name);
  }

  /** Every surface of zone-aliases.yaml (official names and nicknames). */
  zoneAliasSurfaces(): string[] {
    return this.aliasSurfacesLongestFirst;
  }

  /** Cluster and region surfaces starting at `i`, longest first. */
  namesAt(text: string, i: number): NameHit[] {
    let node = this.trie.next.get(text.charCodeAt(i));
    if (!node) return NO_NAMES;
    for (let j = i + 1; j < text.length; j++) {
      const child: NameTrieNode | undefined = node.next.get(text.charCodeAt(j));
      if (!child) break;
      node = child;
    }
    return node.prefixHits;
  }

  /** True when `ancestor` is `code` itself or one of its parents. */
  within(code: string, ancestor: string): boolean {
    for (let c: string | null = code; c; c = this.regions.get(c)?.parent ?? null) if (c === ancestor) return true;
    return false;
  }

  regionNodeId(region: RegionEntry): string {
    return nodeId('Region', region.code);
  }

  /** The reference node for a gazetteer region (no documents; source "gazetteer"). */
  regionNode(region: RegionEntry): GraphNode {
    return {
      id: this.regionNodeId(region),
      label: 'Region',
      name: region.name,
      aliases: [],
      nameEn: regionEnglishName(region),
      pinyin: toPinyin(region.name),
      properties: { level: region.level, code: region.code, province: region.provinceName, source: 'gazetteer' },
      documents: [],
    };
  }

  clusterNodeId(cluster: ClusterEntry): string {
    return nodeId('Region', cluster.name);
  }

  /** Member regions of a cluster that the gazetteer knows. */
  clusterMembers(cluster: ClusterEntry): RegionEntry[] {
    return cluster.members.flatMap((m) => this.byFullName(m).slice(0, 1));
  }

  /**
   * Parent regions of a region node (`region:<code>`) up to its province, as
   * reference nodes, and the PART_OF edges from the node up the chain.
   * Any other node id (clusters, zones, industries) has no gazetteer ancestry.
   */
  ancestry(id: string): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
    const nodes: GraphNode[] = [];
    const relationships: GraphRelationship[] = [];
    const match = /^region:(\d{6})$/.exec(id);
    let region = match ? this.regions.get(match[1]!) : undefined;
    while (region?.parent) {
      const parent = this.regions.get(region.parent);
      if (!parent) break;
      nodes.push(this.regionNode(parent));
      const start = this.regionNodeId(region);
      const end = this.regionNodeId(parent);
      relationships.push({ id: relationshipId('PART_OF', start, end), type: 'PART_OF', start, end, properties: { source: 'gazetteer' }, evidence: [] });
      region = parent;
    }
    return { nodes, relationships };
  }
}

export interface GazetteerStats {
  buildMs: number;
  regions: number;
  names: number;
  clusters: number;
}

let instance: Gazetteer | null = null;
let stats: GazetteerStats | null = null;

/** The process-wide gazetteer, built on first use. */
export function getGazetteer(): Gazetteer {
  if (!instance) {
    const t0 = performance.now();
    instance = new Gazetteer(loadRegions(), loadClusters(), loadZoneAliases(), loadFtzAreas());
    stats = { buildMs: performance.now() - t0, regions: instance.regions.size, names: 0, clusters: instance.clusters.length };
  }
  return instance;
}

/** How long the singleton took to build (for the benchmark script); null before first use. */
export function gazetteerStats(): GazetteerStats | null {
  return stats;
}
