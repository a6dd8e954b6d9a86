/**
 * Cytoscape construction: extensions registered once, and the renderer
 * chosen: WebGL (Cytoscape ≥ 3.31) when the browser offers WebGL2, the
 * 2D canvas otherwise or when `?renderer=canvas` asks for it.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { cheapInitialStyle } from './initial-style.ts';
import { stylesheet } from './styles.ts';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export type RendererChoice = 'webgl' | 'canvas';
export type WebglSupport = 'hardware' | 'software' | 'none';

/** Whether WebGL2 exists, and whether it is a software fallback (SwiftShader, llvmpipe), which draws slower than 2D canvas. */
export function webglSupport(): WebglSupport {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

/** `?renderer=canvas|webgl` forces a renderer; otherwise WebGL when the GPU does it, canvas when not. */
export function chooseRenderer(requested: string | null, support: WebglSupport): RendererChoice {
  if (requested === 'canvas') return 'canvas';
  if (requested === 'webgl') return support === 'none' ? 'canvas' : 'webgl';
  return support === 'hardware' ? 'webgl' : 'canvas';
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
  const cy = cytoscape(options);
  cheapInitialStyle(cy);
  return cy;
}
