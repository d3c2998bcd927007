/**
 * Offline coastlines for the world map: Natural Earth land from world-atlas (TopoJSON, bundled by vite as JSON,
 * no network), converted once to GeoJSON with topojson-client and drawn as one SVG path through the view's
 * fitted projection (d3-geo geoPath, which clips at the antimeridian of the turned projection). The 1:110m land
 * is bundled with the page; the 1:50m land (about 0.5 MB) is loaded on demand, for views tight enough that
 * 1:110m puts a metro network's cities in the sea or shows no coast at all.
 * Source: Natural Earth (public domain) via world-atlas 2.0.2; Bostock, topojson-client 3.
 * Assumptions: 1:50m is detailed enough down to the smallest fitted extent (MIN_SPAN_DEG in projection.ts,
 * a few km); coastlines are context only.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landTopology from 'world-atlas/land-110m.json' with { type: 'json' };

/** Land masses as GeoJSON. */
export type Land = Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;

/** Coastline detail: Natural Earth scale 1:110m (bundled) or 1:50m (loaded on demand). */
export type LandDetail = '110m' | '50m';

let coarse: Land | undefined;
let detailed: Land | undefined;
let detailedLoad: Promise<Land> | undefined;

function toLand(topologyJson: unknown): Land {
  const topology = topologyJson as Topology<{ land: GeometryCollection }>;
  return feature(topology, topology.objects.land) as Land;
}

/** The 1:110m land masses as GeoJSON (converted on first use). */
export function landFeature(): Land {
  coarse ??= toLand(landTopology);
  return coarse;
}

/** The 1:50m land once {@link loadDetailedLand} has finished, else undefined. */
export function detailedLandFeature(): Land | undefined {
  return detailed;
}

/** Loads the 1:50m land (once; a separate chunk in the page build). */
export function loadDetailedLand(): Promise<Land> {
  detailedLoad ??= import('world-atlas/land-50m.json', { with: { type: 'json' } }).then((module) => {
    detailed = toLand((module as { default: unknown }).default);
    return detailed;
  });
  return detailedLoad;
}

/**
 * Pixels per degree of longitude at the centre of a projection above which 1:50m land is drawn: about 25 degrees
 * across a 1,000-pixel view, where 1:110m's 100 km straight coast segments start to show.
 */
export const DETAILED_LAND_PIXELS_PER_DEGREE = 40;

/** The land detail a projection's zoom calls for. */
export function landDetailFor(projection: GeoProjection): LandDetail {
  const centre = projection.invert?.(projection.translate());
  if (!centre) return '110m';
  const a = projection([centre[0] - 0.5, centre[1]]);
  const b = projection([centre[0] + 0.5, centre[1]]);
  const perDegree = a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 0;
  return perDegree > DETAILED_LAND_PIXELS_PER_DEGREE ? '50m' : '110m';
}

/** SVG path data of `land` (default: the 1:110m land) in the projection's world pixels ('' if nothing is visible). */
export function landPath(projection: GeoProjection, land: Land = landFeature()): string {
  return geoPath(projection)(land) ?? '';
}

/** SVG path data of the outline of the globe (the sphere), for the sea colour behind the land. */
export function spherePath(projection: GeoProjection): string {
  return geoPath(projection)({ type: 'Sphere' }) ?? '';
}
