/**
 * Offline coastlines for the world map: Natural Earth land at 1:110m from world-atlas (TopoJSON, bundled by vite
 * as JSON, no network), converted once to GeoJSON with topojson-client and drawn as one SVG path through the
 * view's fitted projection (d3-geo geoPath, which clips at the antimeridian of the turned projection).
 * Source: Natural Earth (public domain) via world-atlas 2.0.2; Bostock, topojson-client 3.
 * Assumptions: 1:110m is detailed enough at the zoom levels of a planning map (coastlines are context only).
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landTopology from 'world-atlas/land-110m.json' with { type: 'json' };

let land: Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon> | undefined;

/** The land masses as GeoJSON (converted on first use). */
export function landFeature(): Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon> {
  if (!land) {
    const topology = landTopology as unknown as Topology<{ land: GeometryCollection }>;
    land = feature(topology, topology.objects.land) as
      Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;
  }
  return land;
}

/** SVG path data of the land in the projection's world pixels ('' if nothing is visible). */
export function landPath(projection: GeoProjection): string {
  return geoPath(projection)(landFeature()) ?? '';
}

/** SVG path data of the outline of the globe (the sphere), for the sea colour behind the land. */
export function spherePath(projection: GeoProjection): string {
  return geoPath(projection)({ type: 'Sphere' }) ?? '';
}
