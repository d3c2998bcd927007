/**
 * createNetworkView: the network map of the app (issue #6). Picks the renderer (renderer-choice.ts), installs
 * the view's stylesheet, marks the container (`data-testid="network-view"`, class qnet-map) and wires resizes to
 * the shared core (network-view-core.ts).
 * Assumptions: the container is an empty element the view owns until destroy(); it is sized by the page.
 */
import { createNetworkViewCore } from './network-view-core.js';
import { chooseRenderer, probeWebgl } from './renderer-choice.js';
import { createSigmaRenderer } from './sigma-view.js';
import { installNetworkViewStyles } from './stylesheet.js';
import { createSvgRenderer } from './svg-view.js';
import type { NetworkView, NetworkViewEvents, NetworkViewOptions } from './types.js';

/**
 * Creates the network view inside `container`.
 * @param options.renderer - 'auto' (default): sigma on hardware WebGL, else SVG; 'webgl': sigma on any WebGL
 *   (falls back to SVG when none); 'svg': always SVG.
 */
export function createNetworkView(
  container: HTMLElement,
  events: NetworkViewEvents,
  options: NetworkViewOptions = {},
): NetworkView {
  const doc = container.ownerDocument;
  installNetworkViewStyles(doc);
  const kind = chooseRenderer(options.renderer ?? 'auto', options.renderer === 'svg' ? 'none' : probeWebgl());
  container.replaceChildren();
  container.classList.add('qnet-map');
  container.dataset.testid = 'network-view';
  container.dataset.renderer = kind;
  container.dataset.mode = 'select';
  const core = createNetworkViewCore(events, (sink) =>
    kind === 'webgl' ? createSigmaRenderer(container, sink) : createSvgRenderer(container, sink),
  );
  const observer =
    typeof ResizeObserver === 'function' ? new ResizeObserver(() => core.resized()) : undefined;
  observer?.observe(container);
  return {
    renderer: core.renderer,
    update: (model) => core.update(model),
    setMode: (mode) => core.setMode(mode),
    fit: () => core.fit(),
    destroy() {
      observer?.disconnect();
      core.destroy();
      container.classList.remove('qnet-map');
      delete container.dataset.renderer;
      delete container.dataset.mode;
    },
  };
}
