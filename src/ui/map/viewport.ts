/**
 * Pan and zoom of the network view as a uniform scale plus translation: screen = world x scale + offset.
 * Pure values and functions, so the view can batch changes and tests can check round trips.
 * Assumptions: zoom is clamped to [MIN_ZOOM, MAX_ZOOM] relative to the fitted world; no rotation.
 */
import type { Point } from './projection.js';

/** A pan/zoom state: screen = world * scale + (offsetX, offsetY). */
export interface Viewport {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** No pan, no zoom. */
export const IDENTITY_VIEWPORT: Viewport = { scale: 1, offsetX: 0, offsetY: 0 };
/** Zoom limits relative to the fitted world. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 400;

/** Screen pixels of a world point. */
export function toScreen(view: Viewport, point: Point): Point {
  return { x: point.x * view.scale + view.offsetX, y: point.y * view.scale + view.offsetY };
}

/** World pixels of a screen point. */
export function toWorld(view: Viewport, point: Point): Point {
  return { x: (point.x - view.offsetX) / view.scale, y: (point.y - view.offsetY) / view.scale };
}

/** Moves the view by a screen distance. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { scale: view.scale, offsetX: view.offsetX + dx, offsetY: view.offsetY + dy };
}

/** Zooms by `factor` keeping the screen point `anchor` fixed (the point under the mouse wheel). */
export function zoomAt(view: Viewport, factor: number, anchor: Point): Viewport {
  const scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.scale * factor));
  const world = toWorld(view, anchor);
  return { scale, offsetX: anchor.x - world.x * scale, offsetY: anchor.y - world.y * scale };
}

/** Zoom factor of one wheel event (deltaY in pixels; negative zooms in). */
export function wheelFactor(deltaY: number): number {
  return Math.exp(-Math.max(-500, Math.min(500, deltaY)) * 0.0015);
}

/** Axis-aligned bounds of points, or undefined for none. */
export function boundsOf(
  points: Iterable<Point>,
): { minX: number; minY: number; maxX: number; maxY: number } | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of points) {
    minX = Math.min(minX, point.x);
    minY = Math.min(minY, point.y);
    maxX = Math.max(maxX, point.x);
    maxY = Math.max(maxY, point.y);
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : undefined;
}

/**
 * The viewport showing all `points` inside a width x height screen with `margin` pixels around them (centred;
 * a single point or coincident points are centred at scale 1).
 */
export function fitViewport(points: Iterable<Point>, width: number, height: number, margin = 48): Viewport {
  const bounds = boundsOf(points);
  if (!bounds || width <= 0 || height <= 0) return IDENTITY_VIEWPORT;
  const spanX = bounds.maxX - bounds.minX;
  const spanY = bounds.maxY - bounds.minY;
  const usableWidth = Math.max(width - 2 * margin, 1);
  const usableHeight = Math.max(height - 2 * margin, 1);
  const candidates = [
    spanX > 0 ? usableWidth / spanX : Infinity,
    spanY > 0 ? usableHeight / spanY : Infinity,
  ];
  const fitted = Math.min(...candidates);
  const scale = Number.isFinite(fitted) ? Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fitted)) : 1;
  const centreX = (bounds.minX + bounds.maxX) / 2;
  const centreY = (bounds.minY + bounds.maxY) / 2;
  return { scale, offsetX: width / 2 - centreX * scale, offsetY: height / 2 - centreY * scale };
}
