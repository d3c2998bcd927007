/**
 * The SVG renderer of the network view, in three stacked SVG layers: the coastlines (moved by the pan/zoom
 * transform), the network (routes, edges, nodes kept by key and patched only where they changed), and an
 * "active" layer on top holding the node being dragged and its edges. Each layer is its own compositing layer,
 * so a drag repaints only the few active elements instead of the whole network (measured: see the report).
 * Pointer, wheel and key events on the container are forwarded to the core as hits in screen pixels.
 */
import { createBasemapLayer } from './basemap-layer.js';
import type { Hit } from './interactions.js';
import { KeyedItems } from './keyed-diff.js';
import type { Point } from './projection.js';
import type { PointerSink, SceneRenderer } from './renderer-types.js';
import type { EdgeItem, NodeItem, RouteItem, Scene } from './scene.js';
import { edgeRenderer, nodeRenderer, routeRenderer, svgElement } from './svg-items.js';
import { wheelFactor } from './viewport.js';

/** Creates the SVG renderer inside `root` (the .qnet-map element), reporting input to `sink`. */
export function createSvgRenderer(root: HTMLElement, sink: PointerSink): SceneRenderer {
  const doc = root.ownerDocument;
  const basemap = createBasemapLayer(doc);
  const baseSvg = basemap.element;
  const mainSvg = svgElement(doc, 'svg', {
    class: 'qnet-svg-main',
    role: 'group',
    'aria-label': 'Network map: nodes and links',
  });
  const layers = {
    routes: svgElement(doc, 'g', { class: 'qnet-routes' }),
    edges: svgElement(doc, 'g', { class: 'qnet-edges' }),
    nodes: svgElement(doc, 'g', { class: 'qnet-nodes' }),
  };
  const rubberBand = svgElement(doc, 'line', { class: 'qnet-rubber-band', visibility: 'hidden' });
  mainSvg.append(layers.routes, layers.edges, layers.nodes, rubberBand);
  const activeSvg = svgElement(doc, 'svg', {
    class: 'qnet-svg-active',
    role: 'group',
    'aria-label': 'Moving',
  });
  const activeEdges = svgElement(doc, 'g', { class: 'qnet-edges' });
  const activeNodes = svgElement(doc, 'g', { class: 'qnet-nodes' });
  activeSvg.append(activeEdges, activeNodes);
  root.append(baseSvg, mainSvg, activeSvg);

  const nodes = new KeyedItems<NodeItem, SVGGElement>(nodeRenderer(doc, layers.nodes));
  const edges = new KeyedItems<EdgeItem, SVGGElement>(edgeRenderer(doc, layers.edges));
  const routes = new KeyedItems<RouteItem, SVGPathElement>(routeRenderer(doc, layers.routes));
  let linkSource: string | undefined;
  let active: { nodes: readonly string[]; edges: readonly string[] } = { nodes: [], edges: [] };
  let origin = { left: 0, top: 0 };

  const local = (event: MouseEvent): Point => ({
    x: event.clientX - origin.left,
    y: event.clientY - origin.top,
  });
  const measure = () => {
    const rect = root.getBoundingClientRect();
    origin = { left: rect.left, top: rect.top };
  };
  const hitOf = (target: Element | null): Hit => {
    const element = target?.closest('[data-hit]');
    const id = element?.getAttribute('data-id');
    const kind = element?.getAttribute('data-hit');
    return id && (kind === 'node' || kind === 'edge') ? { kind, id } : null;
  };
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    measure();
    root.setPointerCapture?.(event.pointerId);
    sink.down(hitOf(event.target as Element), local(event));
  };
  // A press on a node or edge must not focus it: its focus ring (the selection colour) would stay after the
  // gesture, e.g. on the source of a new link, once a key is pressed. The map itself takes the focus instead,
  // so Escape still reaches the gesture; keyboard users still Tab to items.
  const onMouseDown = (event: MouseEvent) => {
    if (event.button !== 0 || !(event.target as Element | null)?.closest('[data-hit]')) return;
    event.preventDefault();
    root.focus({ preventScroll: true });
  };
  const onMove = (event: PointerEvent) => sink.move(local(event));
  const onUp = (event: PointerEvent) => {
    if (event.button !== 0) return;
    root.releasePointerCapture?.(event.pointerId);
    // With pointer capture the event targets the container: find what is under the pointer.
    sink.up(hitOf(doc.elementFromPoint(event.clientX, event.clientY)), local(event));
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    measure();
    sink.zoom(wheelFactor(event.deltaY), local(event));
  };
  const onKey = (event: KeyboardEvent) => {
    if (sink.key(event.key, hitOf(event.target as Element))) event.preventDefault();
  };
  if (!root.hasAttribute('tabindex')) root.tabIndex = -1;
  root.addEventListener('pointerdown', onDown);
  root.addEventListener('mousedown', onMouseDown);
  root.addEventListener('pointermove', onMove);
  root.addEventListener('pointerup', onUp);
  root.addEventListener('wheel', onWheel, { passive: false });
  root.addEventListener('keydown', onKey);

  const move = (ids: readonly string[], items: KeyedItems<object, SVGGElement>, layer: SVGGElement) => {
    for (const id of ids) {
      const handle = items.handle(id);
      if (handle && handle.parentNode !== layer) layer.append(handle);
    }
  };

  return {
    kind: 'svg',
    space: 'screen',
    size: () => ({ width: root.clientWidth, height: root.clientHeight }),
    setBasemap: (projection) => basemap.setProjection(projection),
    setViewport: (view) => basemap.setViewport(view),
    readViewport: () => undefined,
    setTransient(transform) {
      // CSSOM transforms (not style attributes) keep a strict CSP happy; the compositor moves the layers.
      const value = transform
        ? `translate(${transform.dx}px, ${transform.dy}px) scale(${transform.scale})`
        : '';
      for (const layer of [baseSvg, mainSvg, activeSvg]) layer.style.transform = value;
    },
    setActive(nodeIds: readonly string[], edgeIds: readonly string[]) {
      move(active.nodes, nodes, layers.nodes);
      move(active.edges, edges, layers.edges);
      active = { nodes: nodeIds, edges: edgeIds };
      move(edgeIds, edges, activeEdges);
      move(nodeIds, nodes, activeNodes);
    },
    draw(scene: Scene) {
      return {
        routes: routes.reconcile(scene.routes),
        edges: edges.reconcile(scene.edges),
        nodes: nodes.reconcile(scene.nodes),
      };
    },
    linkPreview(source, from, to) {
      if (linkSource !== source) {
        if (linkSource) nodes.handle(linkSource)?.removeAttribute('data-link-source');
        if (source) nodes.handle(source)?.setAttribute('data-link-source', 'true');
        linkSource = source;
      }
      if (!from || !to) {
        rubberBand.setAttribute('visibility', 'hidden');
        return;
      }
      rubberBand.setAttribute('x1', String(from.x));
      rubberBand.setAttribute('y1', String(from.y));
      rubberBand.setAttribute('x2', String(to.x));
      rubberBand.setAttribute('y2', String(to.y));
      rubberBand.setAttribute('visibility', 'visible');
    },
    setMode(mode: string) {
      root.dataset.mode = mode;
    },
    destroy() {
      root.removeEventListener('pointerdown', onDown);
      root.removeEventListener('mousedown', onMouseDown);
      root.removeEventListener('pointermove', onMove);
      root.removeEventListener('pointerup', onUp);
      root.removeEventListener('wheel', onWheel);
      root.removeEventListener('keydown', onKey);
      nodes.clear();
      edges.clear();
      routes.clear();
      baseSvg.remove();
      mainSvg.remove();
      activeSvg.remove();
    },
  };
}
