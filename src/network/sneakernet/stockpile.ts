/**
 * Stockpiles: logical Bell pairs shipped ahead and consumed later at the destination, limited by the
 * lifetime of the error-corrected memory.
 *
 * Model: a distance-d memory with logical error p_L(d) per cycle keeps the accumulated error at or below
 * the target for T_max = (target / p_L(d)) x cycleTime (union bound, as in physics/surface-code/memory.ts).
 * Pairs already stored for `storedTime` (loading wait + transit) have a remaining shelf life
 * T_max - storedTime. Consumed at `consumptionRate` pairs/s from arrival, at most rate x shelf life of the
 * delivered pairs are used within their target infidelity; the rest expire (they are still entangled, just
 * below the target fidelity).
 */
import {
  requireNonNegative,
  requirePositiveOrInfinite,
  type Hertz,
  type Probability,
  type Seconds,
} from '../../core/index.js';
import { logicalMemoryLifetime, type LogicalErrorModelId } from '../../physics/surface-code/index.js';

/** Options of {@link stockpile}. */
export interface StockpileOptions {
  /** Logical error model (default 'devitt-2016'). */
  readonly errorModel?: LogicalErrorModelId;
  /** Physical error rate, 0 <= p < threshold. */
  readonly physicalErrorRate: Probability;
  /** Code distance of the memory, integer >= 1. */
  readonly codeDistance: number;
  /** Error-correction cycle time, s (> 0). */
  readonly cycleTime: Seconds;
  /** Target infidelity at consumption, in (0, 1]. */
  readonly targetInfidelity: Probability;
  /** Time the pairs have already been stored on arrival (loading wait + transit), s (>= 0, default 0). */
  readonly storedTime?: Seconds;
  /** Pairs delivered into the stockpile (>= 0). */
  readonly pairs: number;
  /** Consumption rate at the destination, pairs/s (> 0, may be Infinity). */
  readonly consumptionRate: Hertz;
}

/** What a stockpile can deliver. */
export interface Stockpile {
  /** Longest total storage time within the target infidelity, s (Infinity at p = 0). */
  readonly maxStorageTime: Seconds;
  /** Remaining shelf life on arrival, max(0, maxStorageTime - storedTime), s. */
  readonly shelfLife: Seconds;
  /** Time to consume the whole stockpile at the consumption rate, s. */
  readonly timeToConsume: Seconds;
  /** Pairs consumed within the target infidelity. */
  readonly usablePairs: number;
  /** Pairs that outlive their shelf life before being consumed. */
  readonly expiredPairs: number;
}

/**
 * Shelf life and usable share of a stockpile of shipped pairs.
 * @throws ParameterError naming the invalid option.
 */
export function stockpile(options: StockpileOptions): Stockpile {
  const maxStorageTime = logicalMemoryLifetime({
    errorModel: options.errorModel ?? 'devitt-2016',
    physicalErrorRate: options.physicalErrorRate,
    codeDistance: options.codeDistance,
    cycleTime: options.cycleTime,
    targetInfidelity: options.targetInfidelity,
  });
  const storedTime = requireNonNegative('storedTime', options.storedTime ?? 0);
  const pairs = requireNonNegative('pairs', options.pairs);
  const rate = requirePositiveOrInfinite('consumptionRate', options.consumptionRate);
  const shelfLife = Math.max(0, maxStorageTime - storedTime);
  const timeToConsume = rate === Number.POSITIVE_INFINITY ? 0 : pairs / rate;
  // No shelf life left means nothing is usable, even for an instantaneous consumer (avoids Infinity x 0).
  const consumable = shelfLife === 0 ? 0 : rate * shelfLife;
  const usablePairs = Math.min(pairs, Math.floor(consumable));
  return { maxStorageTime, shelfLife, timeToConsume, usablePairs, expiredPairs: pairs - usablePairs };
}
