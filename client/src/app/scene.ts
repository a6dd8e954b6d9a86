/**
 * From view state to what the canvas should hold: fetches (and caches) the
 * data each part of the state needs — the mode's base picture, entities put
 * on the canvas by search, neighbourhoods of expanded nodes, server-side
 * filter sets — and assembles elements plus the layout that suits them.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphQLClient } from '../api/client.ts';
import * as q from '../api/queries.ts';
import type { ApiLineage, ApiPath, ApiProgramDetail, ApiSubgraph } from '../api/types.ts';
import { assemble, mergeLayers, type Layer } from '../graph/elements.ts';
import { overviewLayer } from '../graph/overview.ts';
import { compareLayer } from '../graph/compare.ts';
import { lineageLayer, lineagePositions, type Point } from '../graph/lineage.ts';
import { pathLayer, pathPositions } from '../graph/path.ts';
import type { ViewState } from '../state/view-state.ts';

export interface Scene {
  elements: ElementDefinition[];
  /** Preset positions (lineage, path); absent = force layout. */
  positions: Map<string, Point> | null;
  truncated: boolean;
  /** Mode-specific results for the side panels. */
  compare?: Awaited<ReturnType<typeof q.sharedChains>> & { matrix?: q.ApiChainMatrix };
  lineage?: { lineage: ApiLineage | null; program: ApiProgramDetail | null };
  paths?: ApiPath[];
}

export class SceneSource {
  private overview: Promise<Layer> | null = null;
  private neighbours = new Map<string, Promise<ApiSubgraph>>();
  private entities = new Map<string, Promise<ApiSubgraph>>();
  private compares = new Map<string, Promise<NonNullable<Scene['compare']> & { layer: Layer }>>();
  private lineages = new Map<string, Promise<NonNullable<Scene['lineage']>>>();
  private pathsCache = new Map<string, Promise<ApiPath[]>>();
  private allowedSets = new Map<string, Promise<Set<string>>>();

  constructor(private readonly client: GraphQLClient) {}

  /** Drops cached answers (after a failure, so a retry asks again). */
  forget(): void {
    this.overview = null;
    this.neighbours.clear();
    this.entities.clear();
    this.compares.clear();
    this.lineages.clear();
    this.pathsCache.clear();
    this.allowedSets.clear();
  }

  private cached<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    let p = map.get(key);
    if (!p) {
      p = load();
      map.set(key, p);
      // Failed answers are not kept: the next render retries.
      p.catch(() => map.delete(key));
    }
    return p;
  }

  overviewLayer(): Promise<Layer> {
    if (!this.overview) {
      const p = q.overviewSubgraph(this.client).then(overviewLayer);
      this.overview = p;
      p.catch(() => (this.overview = null));
    }
    return this.overview;
  }

  neighbourhoodOf(id: string): Promise<ApiSubgraph> {
    return this.cached(this.neighbours, id, () => q.neighbourhood(this.client, { ids: [id], depth: 1, limit: 200 }));
  }

  entity(id: string): Promise<ApiSubgraph> {
    return this.cached(this.entities, id, async () => ({ nodes: await q.entitiesById(this.client, [id]), relationships: [], truncated: false }));
  }

  compare(places: string[]) {
    return this.cached(this.compares, places.join('\n'), async () => {
      const [result, develops, matrix] = await Promise.all([q.sharedChains(this.client, places), q.developsOf(this.client, places), q.chainMatrix(this.client, places)]);
      return { ...result, matrix, layer: compareLayer(result, develops) };
    });
  }

  lineage(program: string) {
    return this.cached(this.lineages, program, () => q.lineage(this.client, program));
  }

  paths(from: string, to: string) {
    return this.cached(this.pathsCache, `${from}\n${to}`, () => q.paths(this.client, from, to));
  }

  private allowed(state: ViewState): Promise<Set<string> | null> {
    const { document, province } = state.filters;
    if (!document && !province) return Promise.resolve(null);
    const load = (filter: Record<string, unknown>) => this.cached(this.allowedSets, JSON.stringify(filter), () => q.entityIds(this.client, filter));
    return (async () => {
      const sets: Set<string>[] = [];
      if (document) sets.push(await load({ document }));
      if (province) sets.push(await load({ province }));
      const [first, ...rest] = sets;
      return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
    })();
  }

  async build(state: ViewState): Promise<Scene> {
    const layers: Layer[] = [];
    let positions: Map<string, Point> | null = null;
    const scene: Partial<Scene> = {};
    const keep = new Set<string>([...state.focus]);

    switch (state.mode) {
      case 'overview':
        layers.push(await this.overviewLayer());
        break;
      case 'compare':
        if (state.compare.length >= 2) {
          const c = await this.compare(state.compare);
          scene.compare = c;
          layers.push(c.layer);
        }
        for (const id of state.compare) keep.add(id);
        if (state.compare.length < 2) for (const id of state.compare) layers.push(await this.entity(id));
        break;
      case 'lineage':
        if (state.program) {
          const l = await this.lineage(state.program);
          scene.lineage = l;
          layers.push(lineageLayer(l.lineage, l.program));
          positions = lineagePositions(l.lineage, l.program);
          keep.add(state.program);
        }
        break;
      case 'path':
        if (state.path) {
          const p = await this.paths(state.path.from, state.path.to);
          scene.paths = p;
          layers.push(pathLayer(p, state.path.from, state.path.to));
          positions = pathPositions(p);
          keep.add(state.path.from).add(state.path.to);
          if (p.length === 0) {
            layers.push(await this.entity(state.path.from), await this.entity(state.path.to));
          }
        }
        break;
      case 'focus':
        break;
    }

    const present = new Set(layers.flatMap((l) => l.nodes.map((n) => n.id)));
    const [focusLayers, expandedLayers, allowed] = await Promise.all([
      Promise.all(state.focus.filter((id) => !present.has(id)).map((id) => this.entity(id))),
      Promise.all(state.expanded.map((id) => this.neighbourhoodOf(id))),
      this.allowed(state),
    ]);
    layers.push(...focusLayers, ...expandedLayers);
    const merged = mergeLayers(layers);
    const elements = assemble(merged, {
      lang: state.lang,
      filters: state.filters,
      hidden: new Set(state.hidden),
      allowed,
      keep,
      expanded: new Set(state.expanded),
      pinned: new Set(state.pinned),
    });
    return { ...scene, elements, positions, truncated: merged.truncated };
  }
}
