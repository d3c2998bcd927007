/**
 * Distances an edge derives from its nodes: the great-circle distance between the endpoints' coordinates,
 * and the geometry of free-space links (direct, or via a satellite above the stations).
 * Sources: geo.ts (haversine on the IUGG mean sphere; slant range by the law of cosines).
 * Assumptions: a satellite without a given elevation sits above the midpoint of the two stations, so both
 * arms have the same slant range (the most favourable pass).
 */
import type { z } from 'zod';
import { kmToMetres, metresToKm, type ValidationIssue } from '../../core/index.js';
import type { freeSpaceEdgeSchema } from './edge-schema.js';
import {
  centralAngle,
  greatCircleDistance,
  satelliteSlantRange,
  slantRangeAtCentralAngle,
  type GeoPoint as GeoPosition,
} from '../../physics/index.js';
import type { FreeSpacePath } from './scenario-types.js';

/** A free-space edge as written in the file. */
type FreeSpaceEdgeDocument = z.infer<typeof freeSpaceEdgeSchema>;

/** The endpoint keys of an edge. */
interface EdgeEndpointKeys {
  readonly source: string;
  readonly target: string;
}

/** What geometry needs to know: node positions by key (undefined for nodes without coordinates). */
export interface EdgeGeometryContext {
  readonly positions: ReadonlyMap<string, GeoPosition | undefined>;
}

/** Why the great-circle distance of an edge is not available, or the distance in metres. */
export function coordinateDistance(
  edge: EdgeEndpointKeys,
  context: EdgeGeometryContext,
): { distance: number } | { why: string } {
  const from = context.positions.get(edge.source);
  const to = context.positions.get(edge.target);
  const without = [from ? undefined : edge.source, to ? undefined : edge.target].filter(
    (key) => key !== undefined,
  );
  if (without.length === 1) return { why: `node ${JSON.stringify(without[0])} has no latitude/longitude` };
  if (without.length === 2)
    return {
      why: `nodes ${JSON.stringify(without[0])} and ${JSON.stringify(without[1])} have no latitude/longitude`,
    };
  const distance = greatCircleDistance(from!, to!);
  if (distance === 0)
    return {
      why: `nodes ${JSON.stringify(edge.source)} and ${JSON.stringify(edge.target)} have the same coordinates`,
    };
  return { distance };
}

/**
 * Geometry of a free-space edge: a direct line of sight (given, or the great circle between the nodes) or
 * a satellite seen from both endpoints (at a given elevation, or above the midpoint of the two stations).
 * @returns the geometry, or undefined when an issue was recorded.
 */
export function freeSpacePath(
  edge: FreeSpaceEdgeDocument,
  path: string,
  context: EdgeGeometryContext,
  issues: ValidationIssue[],
): FreeSpacePath | undefined {
  const satellite = edge.satellite;
  if (satellite === undefined) {
    if (edge.distanceKm !== undefined)
      return { kind: 'direct', distance: kmToMetres(edge.distanceKm), distanceFrom: 'distanceKm' };
    const derived = coordinateDistance(edge, context);
    if ('why' in derived) {
      issues.push({ path: `${path}.distanceKm`, message: `is required because ${derived.why}` });
      return undefined;
    }
    return { kind: 'direct', distance: derived.distance, distanceFrom: 'coordinates' };
  }
  if (edge.distanceKm !== undefined) {
    issues.push({
      path: `${path}.distanceKm`,
      message: 'not allowed together with "satellite" (the slant ranges come from the satellite geometry)',
    });
    return undefined;
  }
  const altitude = kmToMetres(satellite.altitudeKm);
  if (!Number.isFinite(altitude)) {
    issues.push({
      path: `${path}.satellite.altitudeKm`,
      message: 'too large to represent in SI units; use a smaller value',
    });
    return undefined;
  }
  if (satellite.elevationDeg !== undefined) {
    const range = satelliteSlantRange(altitude, satellite.elevationDeg);
    return {
      kind: 'satellite',
      altitude,
      elevation: satellite.elevationDeg,
      slantRangeSource: range,
      slantRangeTarget: range,
      slantRangeFrom: 'elevationDeg',
    };
  }
  const from = context.positions.get(edge.source);
  const to = context.positions.get(edge.target);
  if (!from || !to) {
    const derived = coordinateDistance(edge, context);
    const why = 'why' in derived ? derived.why : 'the endpoints have no coordinates';
    issues.push({ path: `${path}.satellite.elevationDeg`, message: `is required because ${why}` });
    return undefined;
  }
  const range = slantRangeAtCentralAngle(altitude, centralAngle(from, to) / 2);
  if (range === undefined) {
    const separationKm = metresToKm(greatCircleDistance(from, to)).toFixed(0);
    issues.push({
      path: `${path}.satellite.altitudeKm`,
      message: `a satellite at ${satellite.altitudeKm} km above the midpoint is below the horizon of stations ${separationKm} km apart; raise the altitude or give elevationDeg`,
    });
    return undefined;
  }
  return {
    kind: 'satellite',
    altitude,
    slantRangeSource: range,
    slantRangeTarget: range,
    slantRangeFrom: 'coordinates',
  };
}
