/**
 * A fleet of carriers shuttling memory sticks: departure interval, vehicles needed, steady-state
 * throughput and first-delivery latency.
 *
 * Model: departures are evenly spaced every `departureInterval`; each vehicle needs a round trip
 * (transit out + return) before it can depart again, so a schedule needs
 * ceil(roundTrip / departureInterval) vehicles. Steady-state throughput = pairs per voyage /
 * departureInterval (capacity x containers per vehicle / interval); first-delivery latency = transit time
 * (sailing + port time). Devitt et al., Sci. Rep. 6, 36163 (2016) count one ship-load per voyage time
 * (B = C x 10,000 / 20 days), i.e. departureInterval = transit time.
 * Given only a vehicle count, departures are spread evenly over the round trip; given nothing, a single
 * vehicle departs once per round trip.
 */
import {
  UnreachableError,
  requireInteger,
  requireNonNegative,
  requirePositive,
  type Seconds,
} from '../../core/index.js';
import { guardedCeil } from '../../physics/surface-code/index.js';

/** Options of {@link fleetPlan}. */
export interface FleetOptions {
  /** One-way transit time (sailing + port), s (> 0). */
  readonly transitTime: Seconds;
  /** Return trip time, s (>= 0; default = transitTime, i.e. same route back). */
  readonly returnTime?: Seconds;
  /** Number of vehicles, integer >= 1. */
  readonly vehicles?: number;
  /** Time between departures, s (> 0). */
  readonly departureInterval?: Seconds;
}

/** A fleet schedule. */
export interface FleetPlan {
  /** Time between departures, s. */
  readonly departureInterval: Seconds;
  /** Vehicles in service (the given count, or the minimum the interval needs). */
  readonly vehicles: number;
  /** Minimum vehicles the interval needs, ceil(roundTripTime / departureInterval). */
  readonly vehiclesRequired: number;
  /** transit + return, s. */
  readonly roundTripTime: Seconds;
  /** Time from departure to first delivery, s (the transit time). */
  readonly firstDeliveryLatency: Seconds;
}

/**
 * Plans departures for a single vehicle or a fleet.
 * @throws ParameterError naming `transitTime`, `returnTime`, `vehicles` or `departureInterval`.
 * @throws UnreachableError when the given vehicles cannot keep the given interval.
 */
export function fleetPlan(options: FleetOptions): FleetPlan {
  const transitTime = requirePositive('transitTime', options.transitTime);
  const roundTripTime = transitTime + requireNonNegative('returnTime', options.returnTime ?? transitTime);
  const vehicles =
    options.vehicles === undefined ? undefined : requireInteger('vehicles', options.vehicles, 1);
  let departureInterval: Seconds;
  if (options.departureInterval !== undefined) {
    departureInterval = requirePositive('departureInterval', options.departureInterval);
  } else {
    departureInterval = roundTripTime / (vehicles ?? 1);
  }
  const vehiclesRequired = Math.max(1, guardedCeil(roundTripTime / departureInterval));
  if (vehicles !== undefined && vehicles < vehiclesRequired) {
    throw new UnreachableError(
      `${vehicles} vehicle(s) cannot depart every ${departureInterval} s on a ${roundTripTime} s round trip: ` +
        `that needs at least ${vehiclesRequired}`,
    );
  }
  return {
    departureInterval,
    vehicles: vehicles ?? vehiclesRequired,
    vehiclesRequired,
    roundTripTime,
    firstDeliveryLatency: transitTime,
  };
}
