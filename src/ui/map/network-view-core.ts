/**
 * The renderer-independent part of the network view: keeps the model, lays nodes out (geo or plane), owns the
 * viewport (SVG) or follows the renderer's camera (WebGL), builds the scene and hands it to the renderer at most
 * once per animation frame, and runs the gesture state machine (interactions.ts) on the renderer's pointer input.
 * Each render is timed with a performance measure named 'qnet-map-render' (the e2e suite reads it). While the
 * user pans or wheel-zooms the SVG view, the drawn items are only moved by a transient transform and redrawn
 * once at the end (a full redraw of 4,000 SVG items per frame is too slow for software rasterisers).
 * Assumptions: the view refits itself when the layout mode changes, when a wholly different network is loaded
 * (but not when the first node is placed on the empty world map: a new scenario keeps the whole world in view
 * until the user fits), and on resize until the user has panned or zoomed.
 */
import { InteractionController, type Hit } from './interactions.js';
import { frameForNodes, layoutModeOf, layoutNodes, positionAt, type LayoutMode } from './layout.js';
import { worldGeoFrame, type GeoFrame, type Point } from './projection.js';
import type { PointerSink, SceneRenderer } from './renderer-types.js';
import { buildScene } from './scene.js';
import type { EditMode, NetworkView, NetworkViewEvents, NetworkViewModel } from './types.js';
import {
  fitViewport,
  IDENTITY_VIEWPORT,
  toScreen,
  toWorld,
  zoomAt,
  panBy,
  type Viewport,
} from './viewport.js';

const EMPTY_MODEL: NetworkViewModel = { nodes: [], edges: [], routes: [], selection: null };
/** Name of the performance measure of each render. */
export const RENDER_MEASURE = 'qnet-map-render';
const MAX_MEASURES = 5000;
let measures = 0;
/** Quiet time after the last wheel event before the items are redrawn at the new zoom, ms. */
const WHEEL_SETTLE_MS = 150;
/** Size assumed before the container has been laid out, pixels. */
const FALLBACK_SIZE = { width: 960, height: 600 };

/** True when the two node lists have a node id in common. */
function sharesNode(before: NetworkViewModel['nodes'], after: NetworkViewModel['nodes']): boolean {
  if (before.length === 0) return false;
  const ids = new Set(before.map((node) => node.id));
  return after.some((node) => ids.has(node.id));
}

/** Builds a NetworkView around a renderer; `makeRenderer` receives the pointer sink the renderer reports to. */
export function createNetworkViewCore(
  events: NetworkViewEvents,
  makeRenderer: (sink: PointerSink) => SceneRenderer,
): NetworkView & { readonly sink: PointerSink; resized(): void } {
  let model = EMPTY_MODEL;
  let layoutMode: LayoutMode = 'plane';
  let frame: GeoFrame | undefined;
  let viewport: Viewport = IDENTITY_VIEWPORT;
  let world = new Map<string, Point>();
  let userMovedView = false;
  let fitPending = false;
  /** The view shows the whole globe (a new scenario) until the user fits or a network is opened. */
  let worldView = false;
  const previews = new Map<string, Point>();
  let link: { source: string | undefined; to: Point | undefined } = { source: undefined, to: undefined };
  let frameRequest: number | undefined;
  let pendingMove: Point | undefined;
  let destroyed = false;
  let rendering = false;
  /** Something besides a pointer move changed since the last draw. */
  let needsDraw = true;
  /** The viewport the items were last drawn with (a pan or zoom since is shown as a transient transform). */
  let drawnViewport: Viewport = IDENTITY_VIEWPORT;
  let panning = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let activeNode: string | undefined;

  const controller = new InteractionController({
    events,
    positionAt: (screen) => positionAt(toWorld(currentViewport(), screen), layoutMode, frame),
    nodeScreen: (id) => {
      const point = world.get(id);
      return point ? toScreen(currentViewport(), point) : undefined;
    },
    previewNode: (id, screen) => {
      if (screen) previews.set(id, screen);
      else previews.delete(id);
      invalidate();
    },
    pan: (dx, dy) => {
      if (renderer.space === 'world') return;
      userMovedView = true;
      panning = true;
      viewport = panBy(viewport, dx, dy);
      showTransient();
    },
    linkPreview: (source, to) => {
      link = { source, to };
      invalidate();
    },
  });

  const sink: PointerSink = {
    down(hit: Hit, screen: Point) {
      flushMove();
      controller.down(hit, screen);
    },
    move(screen: Point) {
      pendingMove = screen;
      schedule();
    },
    up(hit: Hit, screen: Point) {
      flushMove();
      controller.up(hit, screen);
      if (panning) {
        panning = false;
        invalidate(); // redraw the items at the new viewport once, at the end of the pan
      }
    },
    zoom(factor: number, anchor: Point) {
      userMovedView = true;
      viewport = zoomAt(viewport, factor, anchor);
      showTransient();
      // Wheel zooms come in bursts: redraw once the wheel has rested.
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = undefined;
        invalidate();
      }, WHEEL_SETTLE_MS);
    },
    key: (key: string, hit: Hit) => controller.key(key, hit),
    busy: () => controller.busy,
    cameraChanged() {
      userMovedView = true;
      invalidate();
    },
  };
  const renderer = makeRenderer(sink);

  function currentViewport(): Viewport {
    return renderer.readViewport() ?? viewport;
  }

  function flushMove(): void {
    if (pendingMove === undefined) return;
    const screen = pendingMove;
    pendingMove = undefined;
    controller.move(screen);
  }

  /** Shows the current viewport as a transform of what was drawn (cheap: no item is touched). */
  function showTransient(): void {
    const scale = viewport.scale / drawnViewport.scale;
    renderer.setTransient({
      scale,
      dx: viewport.offsetX - drawnViewport.offsetX * scale,
      dy: viewport.offsetY - drawnViewport.offsetY * scale,
    });
  }

  function invalidate(): void {
    needsDraw = true;
    schedule();
  }

  function schedule(): void {
    // Changes made while rendering (the shell's update from a drag move) are drawn by this same render.
    if (frameRequest !== undefined || destroyed || rendering) return;
    frameRequest = requestAnimationFrame(() => {
      frameRequest = undefined;
      render();
    });
  }

  function size(): { width: number; height: number } {
    const measured = renderer.size();
    return measured.width > 0 && measured.height > 0 ? measured : FALLBACK_SIZE;
  }

  function refit(): void {
    const box = size();
    layoutMode = layoutModeOf(model.nodes);
    if (model.nodes.length === 0) worldView = true;
    if (layoutMode === 'plane') worldView = false;
    // While the user places the first nodes on the world map, a resize keeps the world in view.
    frame =
      layoutMode === 'geo' ? (worldView ? worldGeoFrame(box) : frameForNodes(model.nodes, box)) : undefined;
    renderer.setBasemap(frame?.projection);
    const placed = layoutNodes(model.nodes, layoutMode, frame).positions;
    viewport = layoutMode === 'geo' ? IDENTITY_VIEWPORT : fitViewport(placed.values(), box.width, box.height);
    renderer.setViewport(viewport);
    userMovedView = false;
  }

  function render(): void {
    if (destroyed) return;
    const start = performance.now();
    rendering = true;
    try {
      flushMove();
      if (!needsDraw) return; // only a pan moved: the transient transform already shows it
      needsDraw = false;
      draw();
    } finally {
      rendering = false;
    }
    performance.measure?.(RENDER_MEASURE, { start, end: performance.now() });
    // User timing entries are never dropped by the browser: keep the last few thousand at most.
    if (++measures >= MAX_MEASURES) {
      performance.clearMeasures?.(RENDER_MEASURE);
      measures = 0;
    }
  }

  function draw(): void {
    if (controller.dragging !== activeNode) {
      activeNode = controller.dragging;
      const id = activeNode;
      const incident = id ? model.edges.filter((edge) => edge.source === id || edge.target === id) : [];
      renderer.setActive(
        id ? [id] : [],
        incident.map((edge) => edge.id),
      );
    }
    if (fitPending || layoutModeOf(model.nodes) !== layoutMode) {
      fitPending = false;
      refit();
    }
    const view = currentViewport();
    world = new Map(layoutNodes(model.nodes, layoutMode, frame).positions);
    for (const [id, screen] of previews) if (world.has(id)) world.set(id, toWorld(view, screen));
    const drawView = renderer.space === 'screen' ? view : IDENTITY_VIEWPORT;
    renderer.draw(buildScene(model, world, drawView));
    if (renderer.space === 'screen') {
      renderer.setViewport(view);
      drawnViewport = view;
      renderer.setTransient(undefined);
    }
    const from = link.source ? world.get(link.source) : undefined;
    renderer.linkPreview(link.source, from && toScreen(view, from), link.to);
  }

  return {
    renderer: renderer.kind,
    sink,
    update(next: NetworkViewModel) {
      // A wholly different network (no node id in common) is a newly opened file: show all of it. The first
      // node placed on an empty map is not: the view stays where the user clicked.
      const firstPlaced = model.nodes.length === 0 && next.nodes.length === 1;
      if (
        next.nodes.length > 0 &&
        next.nodes !== model.nodes &&
        !firstPlaced &&
        !next.nodes.some((node) => world.has(node.id)) &&
        // Several updates may come before the next draw (the shell selects a node it just added).
        !sharesNode(model.nodes, next.nodes)
      ) {
        fitPending = true;
        worldView = false;
      }
      // A new (empty) scenario shows the whole world again.
      if (next.nodes.length === 0 && model.nodes.length > 0) fitPending = true;
      model = next;
      invalidate();
    },
    setMode(mode: EditMode) {
      controller.setMode(mode);
      renderer.setMode(mode);
      invalidate();
    },
    fit() {
      fitPending = true;
      worldView = false;
      invalidate();
    },
    resized() {
      if (!userMovedView) fitPending = true;
      invalidate();
    },
    destroy() {
      destroyed = true;
      if (frameRequest !== undefined) cancelAnimationFrame(frameRequest);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      controller.cancel();
      renderer.destroy();
    },
  };
}
