/**
 * Length of a new fibre link drawn between two nodes: the great-circle distance between their coordinates
 * (haversine on the IUGG mean sphere, src/physics/earth-geometry.ts) times the route factor, because real
 * cables follow roads and coasts. The route factor is the scenario's `defaults.routeFactor`, or 1.0 when the
 * scenario says nothing (the parser's own default for lengths derived from coordinates).
 * Assumptions: lengths are rounded to 0.01 km (10 m), far below any planning-relevant difference.
 */
import { metresToKm } from '../../core/index.js';
import { greatCircleDistance } from '../../physics/index.js';
import type { DocumentNode, ScenarioDraft } from './draft-types.js';

/** Route factor used when a scenario has no `defaults.routeFactor`. */
export const DEFAULT_ROUTE_FACTOR = 1.0;

/** The route factor new links use: `defaults.routeFactor` when it is a number >= 1, else 1.0. */
export function routeFactorOf(document: ScenarioDraft): number {
  const value = document.defaults?.routeFactor;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : DEFAULT_ROUTE_FACTOR;
}

/** True when the node has numeric latitude and longitude. */
export function hasCoordinates(
  node: DocumentNode,
): node is DocumentNode & { latitude: number; longitude: number } {
  return typeof node.latitude === 'number' && typeof node.longitude === 'number';
}

/**
 * Great-circle distance x route factor between two nodes, km (rounded to 0.01 km), or undefined when either
 * node lacks coordinates or they coincide (the user must type a length then).
 */
export function suggestedLengthKm(
  from: DocumentNode,
  to: DocumentNode,
  routeFactor: number,
): number | undefined {
  if (!hasCoordinates(from) || !hasCoordinates(to)) return undefined;
  const metres = greatCircleDistance(
    { latitude: from.latitude, longitude: from.longitude },
    { latitude: to.latitude, longitude: to.longitude },
  );
  const km = Math.round(metresToKm(metres) * routeFactor * 100) / 100;
  return km > 0 ? km : undefined;
}
