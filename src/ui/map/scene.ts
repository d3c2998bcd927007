/**
 * The scene of the network view: from the view model, node world positions and the viewport, flat descriptions
 * of every node, edge and route in screen pixels with their state (selected, on a route, bottleneck, failed).
 * Both renderers draw from it, and the keyed diff compares these descriptions, so only what changed is touched.
 * DOM-free. Assumptions: an edge whose end is missing from the model is not drawn; a route is drawn through
 * its node sequence; the first route that uses an edge gives it its colour.
 */
import type { Point } from './projection.js';
import { ALL_LABELS_UP_TO, EDGE_LABELS_UP_TO, routeStroke } from './styles.js';
import type { NetworkViewModel } from './types.js';
import { toScreen, type Viewport } from './viewport.js';

/** A node to draw (flat, for shallow comparison). */
export interface NodeItem {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly showLabel: boolean;
  readonly ariaLabel: string;
  readonly selected: boolean;
  readonly onRoute: boolean;
}

/** An edge to draw. */
export interface EdgeItem {
  readonly source: string;
  readonly target: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly kind: string;
  readonly lengthLabel: string;
  readonly showLabel: boolean;
  readonly ariaLabel: string;
  readonly selected: boolean;
  readonly bottleneck: boolean;
  /** Colour of the first route over this edge, '' when none. */
  readonly routeColour: string;
}

/** A route to draw. */
export interface RouteItem {
  /** SVG path data through the route's nodes. */
  readonly path: string;
  readonly colour: string;
  readonly ok: boolean;
  readonly selected: boolean;
}

/** Everything to draw, keyed by id. */
export interface Scene {
  readonly nodes: ReadonlyMap<string, NodeItem>;
  readonly edges: ReadonlyMap<string, EdgeItem>;
  readonly routes: ReadonlyMap<string, RouteItem>;
}

/** Rounds a screen coordinate to 0.1 px: invisible, and it keeps the diff from patching sub-pixel noise. */
function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Label of an edge length: whole km from 100 km, else 3 significant digits; '' when unknown. */
export function lengthLabel(lengthKm: number): string {
  if (!Number.isFinite(lengthKm) || lengthKm <= 0) return '';
  return `${lengthKm >= 100 ? Math.round(lengthKm) : Number(lengthKm.toPrecision(3))} km`;
}

/** Builds the scene. `world` holds every node's world position (layout.ts). */
export function buildScene(
  model: NetworkViewModel,
  world: ReadonlyMap<string, Point>,
  view: Viewport,
): Scene {
  const { selection } = model;
  const screen = new Map<string, Point>();
  for (const [id, point] of world) {
    const at = toScreen(view, point);
    screen.set(id, { x: px(at.x), y: px(at.y) });
  }
  const routeNodes = new Set<string>();
  const routeEnds = new Set<string>();
  const bottlenecks = new Set<string>();
  const edgeColour = new Map<string, string>();
  const routes = new Map<string, RouteItem>();
  model.routes.forEach((route, index) => {
    const colour = routeStroke(index, route.ok);
    for (const id of route.nodeIds) routeNodes.add(id);
    if (route.nodeIds.length > 0) {
      routeEnds.add(route.nodeIds[0]!);
      routeEnds.add(route.nodeIds[route.nodeIds.length - 1]!);
    }
    for (const id of route.edgeIds) if (!edgeColour.has(id)) edgeColour.set(id, colour);
    if (route.bottleneckEdgeId) bottlenecks.add(route.bottleneckEdgeId);
    const points = route.nodeIds.map((id) => screen.get(id)).filter((point) => point !== undefined);
    if (points.length < 2) return;
    routes.set(route.demandId, {
      path: points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(''),
      colour,
      ok: route.ok,
      selected: selection?.kind === 'demand' && selection.id === route.demandId,
    });
  });
  const allLabels = model.nodes.length <= ALL_LABELS_UP_TO || view.scale >= 4;
  const nodes = new Map<string, NodeItem>();
  for (const node of model.nodes) {
    const at = screen.get(node.id);
    if (!at) continue;
    const selected = selection?.kind === 'node' && selection.id === node.id;
    nodes.set(node.id, {
      x: at.x,
      y: at.y,
      label: node.label || node.id,
      showLabel: allLabels || selected || routeEnds.has(node.id),
      ariaLabel: `Node ${node.label || node.id}${node.platform ? `, platform ${node.platform}` : ''}`,
      selected,
      onRoute: routeNodes.has(node.id),
    });
  }
  const edgeLabels = model.edges.length <= EDGE_LABELS_UP_TO;
  const edges = new Map<string, EdgeItem>();
  for (const edge of model.edges) {
    const from = screen.get(edge.source);
    const to = screen.get(edge.target);
    if (!from || !to) continue;
    const bottleneck = bottlenecks.has(edge.id);
    const length = lengthLabel(edge.lengthKm);
    edges.set(edge.id, {
      source: edge.source,
      target: edge.target,
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      kind: edge.kind,
      lengthLabel: length,
      showLabel: edgeLabels && length !== '',
      ariaLabel: `${edge.kind} link ${edge.source} to ${edge.target}${length ? `, ${length}` : ''}${bottleneck ? ', bottleneck' : ''}`,
      selected: selection?.kind === 'edge' && selection.id === edge.id,
      bottleneck,
      routeColour: edgeColour.get(edge.id) ?? '',
    });
  }
  return { nodes, edges, routes };
}
