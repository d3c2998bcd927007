/**
 * One-way voyage of a carrier: route length (given, or great-circle distance x route factor), speed (m/s,
 * knots or km/h), sailing time = length / speed, plus time in port; or a sailing time given directly
 * (Devitt et al., Sci. Rep. 6, 36163 (2016) use 20 days Japan-US).
 *
 * Great-circle distance from network/graph/great-circle.ts (haversine on the IUGG mean-radius sphere,
 * within ~0.5 % of the ellipsoidal distance). The route factor (>= 1 in practice) accounts for coasts,
 * canals, roads and rails; it defaults to 1 because it is route-specific.
 */
import {
  ParameterError,
  kmPerHourToMetresPerSecond,
  knotsToMetresPerSecond,
  requireInRange,
  requireNonNegative,
  requirePositive,
  type Metres,
  type MetresPerSecond,
  type Seconds,
} from '../../core/index.js';
import { greatCircleDistance, type GeoPoint } from '../../physics/index.js';
import { carrierPreset, presetValue, type CarrierPreset, type CarrierPresetId } from './carriers.js';

/** Options of {@link voyage}. Give a sailing time, or a route (length or endpoints) and a speed. */
export interface VoyageOptions {
  /** Carrier preset supplying defaults for speed and port time. */
  readonly carrier?: CarrierPresetId;
  /** Sailing time, s (> 0); when given, route and speed are ignored. */
  readonly sailingTime?: Seconds;
  /** Speed, m/s (> 0). Give at most one of speed, speedKnots, speedKmPerHour. */
  readonly speed?: MetresPerSecond;
  /** Speed in knots (> 0). */
  readonly speedKnots?: number;
  /** Speed in km/h (> 0). */
  readonly speedKmPerHour?: number;
  /** Route length along the way, m (> 0). Give this or `greatCircle`. */
  readonly routeLength?: Metres;
  /** Endpoints; the route length is their great-circle distance x routeFactor. */
  readonly greatCircle?: { readonly from: GeoPoint; readonly to: GeoPoint };
  /** Route length / great-circle distance, > 0 (default 1); only used with `greatCircle`. */
  readonly routeFactor?: number;
  /** Time in port per one-way trip (both ends), s (>= 0); default from the carrier preset, else 0. */
  readonly portTime?: Seconds;
}

/** A one-way voyage. */
export interface Voyage {
  /** Route length, m, or null when the sailing time was given directly. */
  readonly routeLength: Metres | null;
  /** Speed, m/s, or null when the sailing time was given directly. */
  readonly speed: MetresPerSecond | null;
  /** Time under way, s. */
  readonly sailingTime: Seconds;
  /** Time in port (both ends), s. */
  readonly portTime: Seconds;
  /** sailingTime + portTime, s: the first-delivery latency. */
  readonly transitTime: Seconds;
}

/**
 * The one-way voyage time.
 * @throws ParameterError naming the missing or invalid option (`speed`, `routeLength`, `sailingTime`, ...).
 */
export function voyage(options: VoyageOptions): Voyage {
  const preset = options.carrier === undefined ? undefined : carrierPreset(options.carrier);
  const portTime = requireNonNegative('portTime', voyagePortTime(preset, options.portTime));
  if (options.sailingTime !== undefined) {
    const sailingTime = requirePositive('sailingTime', options.sailingTime);
    return { routeLength: null, speed: null, sailingTime, portTime, transitTime: sailingTime + portTime };
  }
  const speed = voyageSpeed(options, preset);
  const routeLength = voyageRouteLength(options);
  const sailingTime = routeLength / speed;
  return { routeLength, speed, sailingTime, portTime, transitTime: sailingTime + portTime };
}

function voyagePortTime(preset: CarrierPreset | undefined, portTime: Seconds | undefined): Seconds {
  return preset === undefined ? (portTime ?? 0) : presetValue(preset, 'portTime', portTime);
}

function voyageSpeed(options: VoyageOptions, preset: CarrierPreset | undefined): MetresPerSecond {
  const given = [
    options.speed === undefined ? undefined : requirePositive('speed', options.speed),
    options.speedKnots === undefined
      ? undefined
      : knotsToMetresPerSecond(requirePositive('speedKnots', options.speedKnots)),
    options.speedKmPerHour === undefined
      ? undefined
      : kmPerHourToMetresPerSecond(requirePositive('speedKmPerHour', options.speedKmPerHour)),
  ].filter((value): value is number => value !== undefined);
  if (given.length > 1) {
    throw new ParameterError('speed', 'give only one of speed, speedKnots and speedKmPerHour');
  }
  return presetValue(preset, 'speed', given[0]);
}

function voyageRouteLength(options: VoyageOptions): Metres {
  if (options.routeLength !== undefined && options.greatCircle !== undefined) {
    throw new ParameterError('routeLength', 'give either routeLength or greatCircle, not both');
  }
  if (options.routeLength !== undefined) return requirePositive('routeLength', options.routeLength);
  if (options.greatCircle === undefined) {
    throw new ParameterError('routeLength', 'is required (or give greatCircle endpoints, or sailingTime)');
  }
  const factor = requirePositive('routeFactor', options.routeFactor ?? 1);
  const { from, to } = options.greatCircle;
  requireInRange('greatCircle.from.latitude', from.latitude, -90, 90);
  requireInRange('greatCircle.from.longitude', from.longitude, -180, 180);
  requireInRange('greatCircle.to.latitude', to.latitude, -90, 90);
  requireInRange('greatCircle.to.longitude', to.longitude, -180, 180);
  const distance = greatCircleDistance(from, to);
  if (distance === 0) throw new ParameterError('greatCircle', 'the two endpoints coincide');
  return distance * factor;
}
