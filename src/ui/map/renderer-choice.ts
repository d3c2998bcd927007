/**
 * Which renderer draws the network: sigma (WebGL) or the SVG view. Sigma needs WebGL (design.md); where the only
 * WebGL is a software rasteriser (SwiftShader, llvmpipe: headless Chromium with --disable-gpu, virtual machines)
 * the SVG view is lighter and fully accessible, so 'auto' picks SVG there; 'webgl' still forces sigma on any
 * WebGL context, so the WebGL path can be tested on such machines.
 * Assumptions: the renderer string comes from WEBGL_debug_renderer_info when the browser exposes it; a browser
 * that hides it is taken as hardware.
 */

/** What WebGL the page has. */
export type WebglSupport = 'hardware' | 'software' | 'none';

/** Renderer names of software rasterisers. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Classifies a WebGL renderer string (undefined: the browser does not say). */
export function classifyRenderer(rendererName: string | undefined): 'hardware' | 'software' {
  return rendererName !== undefined && SOFTWARE_RENDERERS.test(rendererName) ? 'software' : 'hardware';
}

/** The renderer to use for a requested option and the page's WebGL support. */
export function chooseRenderer(
  requested: 'auto' | 'webgl' | 'svg' | undefined,
  support: WebglSupport,
): 'webgl' | 'svg' {
  if (requested === 'svg' || support === 'none') return 'svg';
  if (requested === 'webgl') return 'webgl';
  return support === 'hardware' ? 'webgl' : 'svg';
}

/** Probes WebGL with a throw-away canvas (browser only). */
export function probeWebgl(): WebglSupport {
  try {
    const canvas = document.createElement('canvas');
    const context = (canvas.getContext('webgl2') ??
      canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!context) return 'none';
    const info = context.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : undefined;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return classifyRenderer(name);
  } catch {
    return 'none';
  }
}
