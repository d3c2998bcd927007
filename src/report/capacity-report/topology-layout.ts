/**
 * Where to draw each node of a network in a width x height box (pixels, y down). With coordinates for every
 * node: an equirectangular projection (x = longitude·cos(φ0), y = -latitude, φ0 the middle latitude of the
 * bounding box) scaled uniformly to fit the box — adequate for the regional networks planners draw: the
 * east-west scale is off by cos(φ)/cos(φ0), about ±3 % at the edges of a box 3° tall at 52° N. A network spanning the
 * antimeridian is drawn with longitudes shifted by 360° when that makes it narrower. Without coordinates for
 * every node: a deterministic circle in the given node order (first node at the top, clockwise).
 * Source: Snyder, "Map Projections — A Working Manual", USGS PP 1395 (1987), ch. 12 (equidistant cylindrical).
 */
import { requireNonNegative, requirePositive } from '../../core/index.js';

/** The part of a node the layout reads. */
export interface LayoutNode {
  readonly key: string;
  /** Degrees north, in [-90, 90]. */
  readonly latitude?: number;
  /** Degrees east, in [-180, 180]. */
  readonly longitude?: number;
}

/** The box to fit the drawing in, in pixels. */
export interface LayoutBox {
  readonly width: number;
  readonly height: number;
  /** Empty margin on every side; default 40. */
  readonly padding?: number;
}

/** A point in the drawing, pixels from the top-left corner. */
export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

/** Node positions and which layout produced them. */
export interface TopologyLayout {
  readonly positions: ReadonlyMap<string, LayoutPoint>;
  readonly method: 'equirectangular' | 'circular';
}

const DEGREE = Math.PI / 180;

/** Longitudes, shifted across the antimeridian when that narrows their span. */
function unwrappedLongitudes(longitudes: readonly number[]): number[] {
  const span = (values: readonly number[]): number => Math.max(...values) - Math.min(...values);
  const shifted = longitudes.map((longitude) => (longitude < 0 ? longitude + 360 : longitude));
  return span(shifted) < span(longitudes) ? shifted : [...longitudes];
}

function fit(raw: readonly LayoutPoint[], box: Required<LayoutBox>): LayoutPoint[] {
  const xs = raw.map((point) => point.x);
  const ys = raw.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerWidth = Math.max(box.width - 2 * box.padding, 0);
  const innerHeight = Math.max(box.height - 2 * box.padding, 0);
  const scaleX = maxX > minX ? innerWidth / (maxX - minX) : Number.POSITIVE_INFINITY;
  const scaleY = maxY > minY ? innerHeight / (maxY - minY) : Number.POSITIVE_INFINITY;
  const scale = Math.min(scaleX, scaleY);
  const usable = Number.isFinite(scale) ? scale : 0; // all nodes coincide: draw them at the centre
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  return raw.map((point) => ({
    x: box.width / 2 + (point.x - centreX) * usable,
    y: box.height / 2 + (point.y - centreY) * usable,
  }));
}

function circle(count: number, box: Required<LayoutBox>): LayoutPoint[] {
  const radius = Math.max(Math.min(box.width, box.height) / 2 - box.padding, 0);
  if (count === 1) return [{ x: box.width / 2, y: box.height / 2 }];
  return Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    return { x: box.width / 2 + radius * Math.cos(angle), y: box.height / 2 + radius * Math.sin(angle) };
  });
}

/**
 * Positions every node inside the box.
 * @param nodes - nodes in a stable order (the circular layout follows it).
 * @param box - width and height > 0 pixels; padding >= 0 (default 40).
 * @throws ParameterError for a non-positive width or height or a negative padding.
 */
export function layoutTopology(nodes: readonly LayoutNode[], box: LayoutBox): TopologyLayout {
  requirePositive('width', box.width);
  requirePositive('height', box.height);
  const full: Required<LayoutBox> = { ...box, padding: requireNonNegative('padding', box.padding ?? 40) };
  const geographic =
    nodes.length > 0 && nodes.every((node) => node.latitude !== undefined && node.longitude !== undefined);
  let points: LayoutPoint[];
  if (geographic) {
    const latitudes = nodes.map((node) => node.latitude!);
    const longitudes = unwrappedLongitudes(nodes.map((node) => node.longitude!));
    const middleLatitude = (Math.min(...latitudes) + Math.max(...latitudes)) / 2;
    const stretch = Math.cos(middleLatitude * DEGREE);
    points = fit(
      nodes.map((_, index) => ({ x: longitudes[index]! * stretch, y: -latitudes[index]! })),
      full,
    );
  } else {
    points = circle(nodes.length, full);
  }
  const positions = new Map<string, LayoutPoint>();
  nodes.forEach((node, index) => positions.set(node.key, points[index]!));
  return { positions, method: geographic ? 'equirectangular' : 'circular' };
}
