/**
 * Delivery schedule of a sneakernet service over a time horizon: which departures arrive by the horizon,
 * when, by which vehicle, and how many logical Bell pairs each brings.
 *
 * Model: departures at t_k = firstDeparture + k x departureInterval (k = 0, 1, ...), vehicles used in
 * rotation (vehicle k mod fleet size), arrival at t_k + transitTime; deliveries with arrival <= horizon
 * are listed. Each carries the same pairsPerVoyage (steady state; see link.ts for the bottleneck).
 */
import {
  ParameterError,
  requireInteger,
  requireNonNegative,
  requirePositive,
  type Hertz,
  type Seconds,
} from '../../core/index.js';
import { guardedFloor } from '../../physics/surface-code/index.js';

/** Default cap on the number of listed deliveries (keeps a mistyped horizon from exhausting memory). */
export const DEFAULT_MAX_DELIVERIES = 100_000;

/** Options of {@link deliverySchedule}. */
export interface ScheduleOptions {
  /** End of the period, s from time 0 (>= 0). */
  readonly horizon: Seconds;
  /** Time between departures, s (> 0). */
  readonly departureInterval: Seconds;
  /** One-way transit time (sailing + port), s (> 0). */
  readonly transitTime: Seconds;
  /** Logical pairs delivered per voyage (>= 0). */
  readonly pairsPerVoyage: number;
  /** Time of the first departure, s (>= 0, default 0). */
  readonly firstDeparture?: Seconds;
  /** Vehicles used in rotation, integer >= 1 (default 1). */
  readonly vehicles?: number;
  /** Largest number of deliveries listed, integer >= 1 (default 100,000). */
  readonly maxDeliveries?: number;
}

/** One delivery. */
export interface Delivery {
  /** Departure time, s. */
  readonly departure: Seconds;
  /** Arrival time, s. */
  readonly arrival: Seconds;
  /** Logical pairs delivered. */
  readonly pairs: number;
  /** Index of the vehicle (0-based). */
  readonly vehicle: number;
  /** Pairs delivered up to and including this one. */
  readonly cumulativePairs: number;
}

/** The schedule over the horizon. */
export interface DeliverySchedule {
  /** Deliveries in arrival order. */
  readonly deliveries: readonly Delivery[];
  /** Pairs delivered by the horizon. */
  readonly totalPairs: number;
  /** totalPairs / horizon, pairs/s (0 for a zero horizon): below the steady-state rate for short horizons. */
  readonly averageRate: Hertz;
}

/**
 * Lists the deliveries that arrive by the horizon.
 * @throws ParameterError naming the invalid option, or `horizon` when it would list more than
 *   `maxDeliveries` deliveries.
 */
export function deliverySchedule(options: ScheduleOptions): DeliverySchedule {
  const horizon = requireNonNegative('horizon', options.horizon);
  const interval = requirePositive('departureInterval', options.departureInterval);
  const transit = requirePositive('transitTime', options.transitTime);
  const pairs = requireNonNegative('pairsPerVoyage', options.pairsPerVoyage);
  const firstDeparture = requireNonNegative('firstDeparture', options.firstDeparture ?? 0);
  const vehicles = requireInteger('vehicles', options.vehicles ?? 1, 1);
  const maxDeliveries = requireInteger('maxDeliveries', options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES, 1);
  const lastArrivalSlack = horizon - firstDeparture - transit;
  const count = lastArrivalSlack < 0 ? 0 : guardedFloor(lastArrivalSlack / interval) + 1;
  if (count > maxDeliveries) {
    throw new ParameterError(
      'horizon',
      `would list ${count} deliveries, more than maxDeliveries = ${maxDeliveries}; shorten the horizon`,
    );
  }
  const deliveries: Delivery[] = [];
  for (let k = 0; k < count; k++) {
    const departure = firstDeparture + k * interval;
    deliveries.push({
      departure,
      arrival: departure + transit,
      pairs,
      vehicle: k % vehicles,
      cumulativePairs: (k + 1) * pairs,
    });
  }
  const totalPairs = count * pairs;
  return { deliveries, totalPairs, averageRate: horizon === 0 ? 0 : totalPairs / horizon };
}
