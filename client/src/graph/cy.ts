/**
 * Cytoscape construction: extensions registered once, and the renderer
 * chosen: WebGL (Cytoscape ≥ 3.31) when the browser offers WebGL2, the
 * 2D canvas otherwise or when `?renderer=canvas` asks for it.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { stylesheet } from './styles.ts';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export type RendererChoice = 'webgl' | 'canvas';

export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export function chooseRenderer(requested: string | null, available: boolean): RendererChoice {
  if (requested === 'canvas') return 'canvas';
  return available ? 'webgl' : 'canvas';
}

export function createCy(container: HTMLElement, renderer: RendererChoice): Core {
  register();
  const options: cytoscape.CytoscapeOptions & { renderer: { name: string } } = {
    container,
    style: stylesheet(),
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: true,
    // Cytoscape reads rendering hints from the top level as well as from `renderer`.
    renderer: { name: 'canvas' },
    webgl: renderer === 'webgl',
    // Large views: skip edge/label detail while the view moves.
    hideEdgesOnViewport: false,
    textureOnViewport: false,
  };
  return cytoscape(options);
}
