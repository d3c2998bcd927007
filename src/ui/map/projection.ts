/**
 * The world-map projection of the network view: Natural Earth I (d3-geo geoNaturalEarth1), turned so its central
 * meridian runs through the middle of the nodes' longitudes (a transpacific network is not split at ±180°) and
 * fitted to the nodes' extent with a margin. Maps degrees to "world" pixels (before pan and zoom) and back.
 * Source: Šavrič, Patterson & Jenny, "The Natural Earth projection", Cartographic Perspectives 70 (2011); d3-geo.
 * Assumptions: the fitted extent is at least MIN_SPAN_DEG degrees wide and tall (a few km: a metro network fills
 * the view) and a lone node gets LONE_NODE_SPAN_DEG around it; with no nodes at all the whole globe is shown, so
 * the first node placed gets coordinates. Coastlines are clipped to a region around the box (see
 * DRAW_REGION_BOXES) so a tight fit does not draw the whole world at millions of pixels.
 */
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import { requireFinite, requirePositive } from '../../core/index.js';

/** Degrees on the globe. */
export interface LatLon {
  readonly latDeg: number;
  readonly lonDeg: number;
}

/** A point in pixels: x right, y down. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The box to fit into, in pixels. */
export interface FitBox {
  readonly width: number;
  readonly height: number;
  /** Empty margin on every side, pixels; default 48. */
  readonly margin?: number;
}

/** A fitted projection: degrees to world pixels and back. */
export interface GeoFrame {
  /** The underlying d3 projection (for drawing the coastlines with geoPath). */
  readonly projection: GeoProjection;
  /** World pixels of a point; undefined only for points the projection cannot show. */
  project(point: LatLon): Point | undefined;
  /** Degrees of a world pixel, longitudes normalised to [-180, 180]; undefined off the globe. */
  invert(point: Point): LatLon | undefined;
}

/** Smallest fitted extent of two or more distinct points, degrees (about 5.5 km of latitude). */
export const MIN_SPAN_DEG = 0.05;
/** Fitted extent around a lone node (or nodes all at one place), degrees. */
export const LONE_NODE_SPAN_DEG = 1;
/**
 * Coastlines are drawn in a region this many box sizes beyond each side of the box: enough for the farthest
 * zoom-out (MIN_ZOOM in viewport.ts, 1/20) around the fitted view.
 */
export const DRAW_REGION_BOXES = 10;

/** Longitudes shifted by 360° where that makes their span narrower (networks across the antimeridian). */
export function unwrapLongitudes(longitudes: readonly number[]): number[] {
  if (longitudes.length === 0) return [];
  const span = (values: readonly number[]) => Math.max(...values) - Math.min(...values);
  const shifted = longitudes.map((longitude) => (longitude < 0 ? longitude + 360 : longitude));
  return span(shifted) < span(longitudes) ? shifted : [...longitudes];
}

/** Wraps a longitude into [-180, 180]. */
export function normaliseLongitude(lonDeg: number): number {
  const wrapped = ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lonDeg > 0 ? 180 : wrapped;
}

/**
 * Fits the projection to `points` (all of them visible inside the box less its margin).
 * @param points - at least one point, latitudes in [-90, 90], longitudes finite.
 * @param box - width and height > 0 pixels.
 * @throws ParameterError naming `points`, `latDeg`, `lonDeg`, `width`, `height` or `margin`.
 */
export function fitGeoFrame(points: readonly LatLon[], box: FitBox): GeoFrame {
  requirePositive('width', box.width);
  requirePositive('height', box.height);
  const margin = Math.min(box.margin ?? 48, box.width / 4, box.height / 4);
  if (points.length === 0) requirePositive('points', 0);
  for (const point of points) {
    requireFinite('latDeg', point.latDeg);
    requireFinite('lonDeg', point.lonDeg);
  }
  const longitudes = unwrapLongitudes(points.map((point) => point.lonDeg));
  const latitudes = points.map((point) => Math.max(-89, Math.min(89, point.latDeg)));
  const lone =
    Math.min(...longitudes) === Math.max(...longitudes) && Math.min(...latitudes) === Math.max(...latitudes);
  const minimum = lone ? LONE_NODE_SPAN_DEG : MIN_SPAN_DEG;
  const [west, east] = padded(Math.min(...longitudes), Math.max(...longitudes), minimum);
  const [south, north] = padded(Math.min(...latitudes), Math.max(...latitudes), minimum);
  const centre = (west + east) / 2;
  // Corners and edge midpoints of the padded box, so the fit covers the whole box and not just the nodes.
  const outline: [number, number][] = [];
  for (const lon of [west, centre, east]) {
    for (const lat of [Math.max(south, -89), (south + north) / 2, Math.min(north, 89)])
      outline.push([lon, lat]);
  }
  const projection = geoNaturalEarth1()
    .rotate([-centre, 0])
    .fitExtent(insetBox(box, margin), { type: 'MultiPoint', coordinates: outline });
  return frameOf(projection, box);
}

/**
 * The whole globe fitted into the box (the view of a network without nodes).
 * @param box - width and height > 0 pixels.
 * @throws ParameterError naming `width`, `height`.
 */
export function worldGeoFrame(box: FitBox): GeoFrame {
  requirePositive('width', box.width);
  requirePositive('height', box.height);
  const margin = Math.min(box.margin ?? 48, box.width / 4, box.height / 4);
  return frameOf(geoNaturalEarth1().fitExtent(insetBox(box, margin), { type: 'Sphere' }), box);
}

function insetBox(box: FitBox, margin: number): [[number, number], [number, number]] {
  return [
    [margin, margin],
    [box.width - margin, box.height - margin],
  ];
}

function frameOf(projection: GeoProjection, box: FitBox): GeoFrame {
  // Only streams (the coastline paths) are clipped; projecting and inverting points ignores the clip extent.
  const reach = DRAW_REGION_BOXES;
  projection.clipExtent([
    [-reach * box.width, -reach * box.height],
    [(reach + 1) * box.width, (reach + 1) * box.height],
  ]);
  return {
    projection,
    project(point) {
      const result = projection([point.lonDeg, point.latDeg]);
      return result && Number.isFinite(result[0]) && Number.isFinite(result[1])
        ? { x: result[0], y: result[1] }
        : undefined;
    },
    invert(point) {
      const result = projection.invert?.([point.x, point.y]);
      if (!result || !Number.isFinite(result[0]) || !Number.isFinite(result[1])) return undefined;
      if (Math.abs(result[1]) > 90) return undefined;
      // Natural Earth's inverse converges off the globe too; a point is on it only if it projects back.
      const back = projection(result);
      if (!back || Math.hypot(back[0] - point.x, back[1] - point.y) > 1e-3) return undefined;
      return { latDeg: result[1], lonDeg: normaliseLongitude(result[0]) };
    },
  };
}

function padded(low: number, high: number, minimum: number): [number, number] {
  const span = Math.max(high - low, minimum);
  const middle = (low + high) / 2;
  return [middle - span / 2, middle + span / 2];
}
