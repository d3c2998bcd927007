/**
 * Where each node sits in "world" pixels (the plane before pan and zoom): on the fitted world map when the
 * scenario has coordinates ('geo'), at its own x/y on a plain canvas otherwise ('plane'). Nodes with neither are
 * laid out on a circle (graphology-layout circular, in model order) around the middle of the others, so a new or
 * imported node is always visible and draggable. Also the inverse: a world pixel back to a NodePosition.
 * Assumptions: a scenario is 'geo' as soon as one node has both latDeg and lonDeg, and so is an empty one (the
 * world map, so the first node placed gets coordinates and links great-circle lengths); in 'geo' mode x/y are
 * ignored.
 */
import { UndirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import { fitGeoFrame, worldGeoFrame, type FitBox, type GeoFrame, type Point } from './projection.js';
import type { MapNode, NodePosition } from './types.js';
import { boundsOf } from './viewport.js';

/** Which plane the view draws in. */
export type LayoutMode = 'geo' | 'plane';

/** Node positions in world pixels and how they were placed. */
export interface WorldLayout {
  readonly mode: LayoutMode;
  readonly positions: ReadonlyMap<string, Point>;
  /** Nodes placed on the fallback circle (no usable position). */
  readonly circled: readonly string[];
}

/** Radius of the fallback circle when there is nothing else to size it by, world pixels. */
export const DEFAULT_CIRCLE_RADIUS = 160;

/** True when a node has both coordinates. */
export function hasCoordinates(node: MapNode): node is MapNode & { latDeg: number; lonDeg: number } {
  return Number.isFinite(node.latDeg) && Number.isFinite(node.lonDeg);
}

function hasPlanePosition(node: MapNode): node is MapNode & { x: number; y: number } {
  return Number.isFinite(node.x) && Number.isFinite(node.y);
}

/** 'geo' when any node has coordinates or there are no nodes, else 'plane'. */
export function layoutModeOf(nodes: readonly MapNode[]): LayoutMode {
  return nodes.length === 0 || nodes.some(hasCoordinates) ? 'geo' : 'plane';
}

/** Fits a geo frame to the nodes with coordinates; the whole globe when none has any. */
export function frameForNodes(nodes: readonly MapNode[], box: FitBox): GeoFrame {
  const points = nodes.filter(hasCoordinates);
  return points.length > 0 ? fitGeoFrame(points, box) : worldGeoFrame(box);
}

/**
 * Places every node. `frame` is required for 'geo' mode (from {@link frameForNodes}); in 'plane' mode it is
 * ignored.
 */
export function layoutNodes(nodes: readonly MapNode[], mode: LayoutMode, frame?: GeoFrame): WorldLayout {
  const positions = new Map<string, Point>();
  const circled: string[] = [];
  for (const node of nodes) {
    const point =
      mode === 'geo'
        ? hasCoordinates(node)
          ? frame?.project(node)
          : undefined
        : hasPlanePosition(node)
          ? { x: node.x, y: node.y }
          : undefined;
    if (point) positions.set(node.id, point);
    else circled.push(node.id);
  }
  if (circled.length > 0) placeOnCircle(circled, positions);
  return { mode, positions, circled };
}

/** Puts `ids` on a circle centred on the placed nodes (radius: a third of their extent, or the default). */
function placeOnCircle(ids: readonly string[], positions: Map<string, Point>): void {
  const bounds = boundsOf(positions.values());
  const centre = bounds
    ? { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2 }
    : { x: 0, y: 0 };
  const extent = bounds ? Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) : 0;
  const radius = ids.length === 1 && !bounds ? 0 : Math.max(extent / 3, DEFAULT_CIRCLE_RADIUS);
  const graph = new UndirectedGraph();
  for (const id of ids) graph.addNode(id);
  const mapping = circular(graph, { center: 0.5, scale: radius }); // center 0.5 means no offset: a circle about 0
  for (const id of ids) {
    const point = mapping[id]!;
    positions.set(id, { x: centre.x + point.x!, y: centre.y + point.y! });
  }
}

/**
 * The NodePosition of a world pixel: degrees in 'geo' mode (undefined off the globe), x/y in 'plane' mode.
 * Degrees are rounded to 1e-6 (about 0.1 m) and plane units to 1e-3 so files stay readable.
 */
export function positionAt(point: Point, mode: LayoutMode, frame?: GeoFrame): NodePosition | undefined {
  if (mode === 'plane') return { x: round(point.x, 1e3), y: round(point.y, 1e3) };
  const degrees = frame?.invert(point);
  return degrees ? { latDeg: round(degrees.latDeg, 1e6), lonDeg: round(degrees.lonDeg, 1e6) } : undefined;
}

function round(value: number, per: number): number {
  return Math.round(value * per) / per;
}
