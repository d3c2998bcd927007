/**
 * The WebGL renderer of the network view: sigma 3 over a graphology graph, with the coastlines in an SVG layer
 * beneath that follows sigma's camera, and a visually hidden list of buttons (one per node) so keyboard and
 * screen-reader users can reach every node. Sigma pans and zooms itself; node drags and link gestures go through
 * the shared state machine (sigma's default camera drag is prevented while one runs).
 * Sigma 3 core has no dashed edges, so edge kinds differ by colour (styles.ts); routes colour their edges,
 * bottlenecks are thicker, the selection is highlighted.
 * Source: sigma.js 3 documentation, "drag nodes" example (downNode / moveBody / upNode, preventSigmaDefault).
 * Assumptions: graph coordinates are the screen pixels of the fitted view with y pointing up; the graph's
 * bounding box is pinned to the view box (setCustomBBox) so moving a node never rescales the others.
 */
import { MultiUndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { createBasemapLayer } from './basemap-layer.js';
import type { Hit } from './interactions.js';
import { KeyedItems } from './keyed-diff.js';
import type { Point } from './projection.js';
import type { PointerSink, SceneRenderer } from './renderer-types.js';
import type { EdgeItem, NodeItem, Scene } from './scene.js';
import { BOTTLENECK_COLOUR, SELECTION_COLOUR, edgeKindStyle } from './styles.js';
import { IDENTITY_VIEWPORT, toScreen, type Viewport } from './viewport.js';

/** Where sigma should put a world point: its screen point in the fitted view, y up. */
function graphPoint(base: Viewport, world: Point): Point {
  const screen = toScreen(base, world);
  return { x: screen.x, y: -screen.y };
}

/** Creates the sigma renderer inside `root` (the .qnet-map element). */
export function createSigmaRenderer(root: HTMLElement, sink: PointerSink): SceneRenderer {
  const doc = root.ownerDocument;
  const basemap = createBasemapLayer(doc);
  const stage = doc.createElement('div');
  stage.className = 'qnet-sigma';
  stage.setAttribute('role', 'img');
  stage.setAttribute(
    'aria-label',
    'Network map: nodes and links (use the node buttons to select with the keyboard)',
  );
  const list = doc.createElement('div');
  list.className = 'qnet-a11y-list';
  list.setAttribute('role', 'group');
  list.setAttribute('aria-label', 'Nodes');
  root.append(basemap.element, stage, list);

  const graph = new MultiUndirectedGraph({ allowSelfLoops: true });
  const readTheme = () => {
    const style = getComputedStyle(root);
    const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      text: variable('--qnet-map-text', '#223344'),
      node: variable('--qnet-map-node', '#1f4e79'),
      nodeOnRoute: variable('--qnet-map-node-route', '#0b6e4f'),
      edge: (kind: string) => {
        const kindStyle = edgeKindStyle(kind);
        return variable(kindStyle.variable, kindStyle.colour);
      },
    };
  };
  let theme = readTheme();
  const sigma = new Sigma(graph, stage, {
    allowInvalidContainer: true,
    stagePadding: 0,
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 1e9, // only forceLabel nodes get a label (scene.ts decides which)
    labelColor: { color: theme.text },
    labelSize: 12,
    zIndex: true,
  });
  let base: Viewport = IDENTITY_VIEWPORT;
  let lastScene: Scene | undefined;
  let drawnSize = { width: 0, height: 0 };

  let linkSource: string | undefined;

  const nodeAttributes = (id: string, item: NodeItem) => {
    const at = graphPoint(base, item);
    return {
      x: at.x,
      y: at.y,
      size: item.selected || id === linkSource ? 9 : 6,
      color: item.selected
        ? SELECTION_COLOUR
        : id === linkSource
          ? BOTTLENECK_COLOUR
          : item.onRoute
            ? theme.nodeOnRoute
            : theme.node,
      label: item.label,
      forceLabel: item.showLabel,
      highlighted: item.selected,
      zIndex: item.selected ? 2 : 1,
    };
  };
  const edgeAttributes = (item: EdgeItem) => ({
    size: item.selected ? 6 : item.bottleneck ? 5 : item.routeColour ? 4 : 2,
    color: item.selected
      ? SELECTION_COLOUR
      : item.bottleneck
        ? BOTTLENECK_COLOUR
        : item.routeColour || theme.edge(item.kind),
    zIndex: item.selected || item.bottleneck ? 2 : item.routeColour ? 1 : 0,
  });
  const replaceNode = (id: string) => {
    const item = lastScene?.nodes.get(id);
    if (item && graph.hasNode(id)) graph.mergeNodeAttributes(id, nodeAttributes(id, item));
  };

  const nodes = new KeyedItems<NodeItem, HTMLButtonElement>({
    create(id, item) {
      graph.addNode(id, nodeAttributes(id, item));
      const button = doc.createElement('button');
      button.type = 'button';
      button.dataset.testid = `node-button-${id}`;
      button.dataset.id = id;
      button.textContent = item.label;
      button.setAttribute('aria-label', item.ariaLabel);
      list.append(button);
      return button;
    },
    patch(button, item) {
      const id = button.dataset.id!;
      graph.mergeNodeAttributes(id, nodeAttributes(id, item));
      button.textContent = item.label;
      button.setAttribute('aria-label', item.ariaLabel);
      button.setAttribute('aria-pressed', String(item.selected));
    },
    remove(button, id) {
      graph.dropNode(id); // drops its edges too; the edge items are removed right after
      button.remove();
    },
  });
  const addEdge = (id: string, item: EdgeItem) =>
    graph.addEdgeWithKey(id, item.source, item.target, edgeAttributes(item));
  const edges = new KeyedItems<EdgeItem, string>({
    create(id, item) {
      addEdge(id, item);
      return id;
    },
    patch(id, item, previous) {
      if (graph.hasEdge(id) && item.source === previous?.source && item.target === previous.target) {
        graph.mergeEdgeAttributes(id, edgeAttributes(item));
      } else {
        if (graph.hasEdge(id)) graph.dropEdge(id);
        addEdge(id, item);
      }
    },
    remove(id) {
      if (graph.hasEdge(id)) graph.dropEdge(id);
    },
  });

  // The page switches themes on <html data-theme> (or class): recolour nodes, edges and labels.
  const themeObserver = new MutationObserver(() => {
    theme = readTheme();
    sigma.setSetting('labelColor', { color: theme.text });
    if (!lastScene) return;
    for (const id of lastScene.nodes.keys()) replaceNode(id);
    for (const [id, item] of lastScene.edges)
      if (graph.hasEdge(id)) graph.mergeEdgeAttributes(id, edgeAttributes(item));
  });
  themeObserver.observe(doc.documentElement, {
    attributes: true,
    attributeFilter: ['class', 'data-theme', 'style'],
  });

  const local = (coords: { x: number; y: number }): Point => ({ x: coords.x, y: coords.y });
  sigma.on('downNode', ({ node, event }) => {
    sink.down({ kind: 'node', id: node }, local(event));
    event.preventSigmaDefault();
  });
  sigma.on('downEdge', ({ edge, event }) => sink.down({ kind: 'edge', id: edge }, local(event)));
  sigma.on('downStage', ({ event }) => sink.down(null, local(event)));
  sigma.on('moveBody', ({ event }) => {
    sink.move(local(event));
    if (sink.busy()) {
      event.preventSigmaDefault();
      event.original.preventDefault();
    }
  });
  const up = (hit: Hit) => (payload: { event: { x: number; y: number } }) =>
    sink.up(hit, local(payload.event));
  sigma.on('upNode', ({ node, event }) => up({ kind: 'node', id: node })({ event }));
  sigma.on('upEdge', ({ edge, event }) => up({ kind: 'edge', id: edge })({ event }));
  sigma.on('upStage', ({ event }) => up(null)({ event }));
  // Sigma zooms on any two clicks within its double-click timeout, even on different items: edits click a
  // lot, so double-click zoom is off (the wheel zooms, as in the SVG view).
  const noZoom = ({ event }: { event: { preventSigmaDefault(): void } }) => event.preventSigmaDefault();
  sigma.on('doubleClickNode', noZoom);
  sigma.on('doubleClickEdge', noZoom);
  sigma.on('doubleClickStage', noZoom);
  sigma.getCamera().on('updated', () => {
    applyBasemapTransform();
    sink.cameraChanged();
  });
  const onKey = (event: KeyboardEvent) => {
    const id = (event.target as HTMLElement).dataset?.id;
    if (id && sink.key(event.key, { kind: 'node', id })) event.preventDefault();
  };
  list.addEventListener('keydown', onKey);

  function readViewport(): Viewport {
    const origin = sigma.graphToViewport(graphPoint(base, { x: 0, y: 0 }));
    const unit = sigma.graphToViewport(graphPoint(base, { x: 1, y: 0 }));
    return { scale: unit.x - origin.x, offsetX: origin.x, offsetY: origin.y };
  }
  function applyBasemapTransform(): void {
    basemap.setViewport(readViewport());
  }

  return {
    kind: 'webgl',
    space: 'world',
    size: () => ({ width: stage.clientWidth, height: stage.clientHeight }),
    setBasemap: (projection) => basemap.setProjection(projection),
    setViewport(view: Viewport) {
      base = view;
      sigma.resize();
      const { width, height } =
        stage.clientWidth > 0
          ? { width: stage.clientWidth, height: stage.clientHeight }
          : { width: 960, height: 600 };
      sigma.setCustomBBox({ x: [0, width], y: [-height, 0] });
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      if (lastScene) {
        // Every graph position depends on the base view: re-place all nodes.
        for (const id of lastScene.nodes.keys()) replaceNode(id);
      }
      sigma.refresh();
      applyBasemapTransform();
    },
    readViewport,
    setTransient() {
      // Sigma's camera pans and zooms the WebGL scene itself.
    },
    setActive() {
      // Sigma redraws the whole WebGL scene each frame anyway: nothing to separate.
    },
    draw(scene: Scene) {
      if (stage.clientWidth !== drawnSize.width || stage.clientHeight !== drawnSize.height) {
        drawnSize = { width: stage.clientWidth, height: stage.clientHeight };
        sigma.resize();
      }
      lastScene = scene;
      const nodeStats = nodes.reconcile(scene.nodes);
      const edgeStats = edges.reconcile(scene.edges);
      applyBasemapTransform();
      return {
        nodes: nodeStats,
        edges: edgeStats,
        routes: { created: 0, patched: 0, removed: 0, unchanged: 0 },
      };
    },
    linkPreview(source) {
      if (source === linkSource) return;
      const previous = linkSource;
      linkSource = source;
      if (previous) replaceNode(previous);
      if (source) replaceNode(source);
    },
    setMode(mode: string) {
      root.dataset.mode = mode;
    },
    destroy() {
      list.removeEventListener('keydown', onKey);
      themeObserver.disconnect();
      sigma.kill();
      root.replaceChildren();
    },
  };
}
