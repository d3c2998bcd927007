/**
 * Geometry on a spherical Earth: great-circle distance between coordinates and slant ranges from ground
 * stations to a satellite. The one implementation used by routing heuristics, scenario lengths derived from
 * coordinates, sneakernet voyages and satellite link budgets.
 *
 * Sources: central angle by the spherical case of Vincenty's formula (Survey Review 23, 88 (1975)), equal to the
 * haversine result (R. W. Sinnott, Sky & Telescope 68(2), 159 (1984)) and better conditioned near antipodes.
 * Radius: the IUGG mean Earth radius R1 = (2a + b)/3 = 6371.0088 km of the GRS80 ellipsoid
 * (H. Moritz, "Geodetic Reference System 1980", J. Geodesy 74, 128 (2000)). Slant ranges from the law of
 * cosines in the Earth-centre triangle.
 * Assumptions: spherical Earth, so distances differ from ellipsoidal (Vincenty) ones by up to about 0.5 %,
 * far below the uncertainty of real fibre routes (see the scenario's routeFactor).
 */
import {
  requireInRange,
  requireNonNegative,
  requirePositive,
  type Degrees,
  type Metres,
} from '../core/index.js';

/** IUGG mean Earth radius R1 in metres (6371.0088 km). */
export const EARTH_MEAN_RADIUS: Metres = 6_371_008.8;

/** A point on the Earth's surface in degrees. */
export interface GeoPoint {
  /** Latitude in degrees, in [-90, 90] (north positive). */
  readonly latitude: Degrees;
  /** Longitude in degrees, in [-180, 180] (east positive). */
  readonly longitude: Degrees;
}

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Degrees to radians. */
export function degreesToRadians(degrees: Degrees): number {
  return degrees * RADIANS_PER_DEGREE;
}

/**
 * Central angle in radians between two points given in radians (unchecked: callers validate), by the
 * spherical special case of Vincenty's formula (T. Vincenty, Survey Review 23, 88 (1975)):
 * atan2(sqrt((cos φ2 sin Δλ)^2 + (cos φ1 sin φ2 - sin φ1 cos φ2 cos Δλ)^2), sin φ1 sin φ2 + cos φ1 cos φ2 cos Δλ).
 * It equals the haversine result but stays accurate near antipodal points, where asin(sqrt(a)) loses about
 * a centimetre on the Earth and can break the triangle inequality.
 */
export function centralAngleRadians(
  latitudeA: number,
  longitudeA: number,
  latitudeB: number,
  longitudeB: number,
): number {
  const deltaLongitude = longitudeB - longitudeA;
  const cosLatitudeA = Math.cos(latitudeA);
  const cosLatitudeB = Math.cos(latitudeB);
  const sinLatitudeA = Math.sin(latitudeA);
  const sinLatitudeB = Math.sin(latitudeB);
  const y1 = cosLatitudeB * Math.sin(deltaLongitude);
  const y2 = cosLatitudeA * sinLatitudeB - sinLatitudeA * cosLatitudeB * Math.cos(deltaLongitude);
  const x = sinLatitudeA * sinLatitudeB + cosLatitudeA * cosLatitudeB * Math.cos(deltaLongitude);
  return Math.atan2(Math.hypot(y1, y2), x);
}

/**
 * Great-circle distance in metres between two points, on a sphere of radius `radius`
 * (default {@link EARTH_MEAN_RADIUS}). Symmetric, zero for identical points, at most pi * radius.
 * @param field prefix used in error messages (default 'point').
 * @throws ParameterError when a latitude is outside [-90, 90], a longitude outside [-180, 180],
 *   or the radius is not positive.
 */
export function greatCircleDistance(
  a: GeoPoint,
  b: GeoPoint,
  radius: Metres = EARTH_MEAN_RADIUS,
  field = 'point',
): Metres {
  requireInRange(`${field}A.latitude`, a.latitude, -90, 90);
  requireInRange(`${field}A.longitude`, a.longitude, -180, 180);
  requireInRange(`${field}B.latitude`, b.latitude, -90, 90);
  requireInRange(`${field}B.longitude`, b.longitude, -180, 180);
  requirePositive('radius', radius);
  const angle = centralAngleRadians(
    degreesToRadians(a.latitude),
    degreesToRadians(a.longitude),
    degreesToRadians(b.latitude),
    degreesToRadians(b.longitude),
  );
  return radius * angle;
}

/**
 * Central angle between two points, radians in [0, pi].
 * @throws ParameterError when a coordinate is out of range.
 */
export function centralAngle(from: GeoPoint, to: GeoPoint): number {
  return greatCircleDistance(from, to, 1, 'point');
}

/**
 * Distance from a ground station to a satellite at `altitude` whose sub-satellite point lies a central
 * angle `angle` (radians) away, m: s = sqrt(R^2 + (R + h)^2 - 2 R (R + h) cos(angle)).
 * Returns undefined when the satellite is below the station's horizon (cos(angle) < R / (R + h)).
 */
export function slantRangeAtCentralAngle(altitude: Metres, angle: number): Metres | undefined {
  requirePositive('altitude', altitude);
  requireNonNegative('angle', angle);
  const r = EARTH_MEAN_RADIUS;
  const orbit = r + altitude;
  if (Math.cos(angle) < r / orbit) return undefined;
  return Math.sqrt(r * r + orbit * orbit - 2 * r * orbit * Math.cos(angle));
}
