/**
 * Layout choices. fcose for the force-directed views, tuned down as the
 * element count grows so big views finish in seconds without freezing the
 * tab (no animation, draft quality, fewer iterations); preset positions for
 * lineage and paths, whose geometry carries meaning.
 */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { Point } from './lineage.ts';

export interface ForceLayoutInput {
  elementCount: number;
  /** Keep existing positions and only place what is new. */
  incremental: boolean;
  /** Nodes fixed in place. */
  pinned: Array<{ nodeId: string; position: Point }>;
}

export function forceLayout({ elementCount, incremental, pinned }: ForceLayoutInput): LayoutOptions {
  const big = elementCount > 1500;
  return {
    name: 'fcose',
    quality: big ? 'draft' : 'default',
    randomize: !incremental,
    // Animating only helps follow what moved; a fresh picture appears at once.
    animate: incremental && elementCount < 400 ? 'end' : false,
    animationDuration: 300,
    fit: true,
    padding: 30,
    // Measuring every label costs more than the overlap it saves in big views.
    nodeDimensionsIncludeLabels: elementCount <= 300,
    packComponents: true,
    // fcose's spectral start is already close; past a few hundred elements extra spring iterations buy little.
    numIter: big ? 800 : elementCount > 300 ? 1000 : 2500,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => 70,
    nestingFactor: 0.6,
    gravity: 0.3,
    tile: true,
    fixedNodeConstraint: pinned.length ? pinned : undefined,
  } as unknown as LayoutOptions;
}

export function presetLayout(positions: ReadonlyMap<string, Point>): LayoutOptions {
  return {
    name: 'preset',
    fit: true,
    padding: 40,
    animate: false,
    positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
  } as LayoutOptions;
}
