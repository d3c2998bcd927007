/**
 * Loading and unloading memory sticks: at the origin each logical qubit is filled with one half of a
 * logical Bell pair (the other half stays in a local network or memory), at the destination it is drained
 * by swapping it into the local network. Both run at the rate of local entanglement generation.
 *
 * Model: a local link filling (or draining) at `rate` logical pairs per second for a `window` of time per
 * voyage moves at most rate x window pairs per voyage; the window defaults to the departure interval
 * (sticks wait in the yard and are filled continuously between departures). The pairs carried per voyage
 * are min(shipping capacity, loading bound, unloading bound); the smallest term is the bottleneck.
 * Filling N pairs takes N / rate: shared/reference/sneakernet.md's example, 1e14 logical qubits over a
 * 1 GHz local link, takes 1e5 s ~ 1.16 days. The first-filled pair waits that long before departure and the
 * last-drained one that long after arrival, so both add to the storage time the memory must survive.
 */
import {
  requireNonNegative,
  requirePositive,
  requirePositiveOrInfinite,
  type Hertz,
  type Seconds,
} from '../../core/index.js';
import { guardedFloor } from '../../physics/surface-code/index.js';

/** A local entanglement link that fills or drains memory sticks. */
export interface LocalLinkOptions {
  /** Logical Bell pairs loaded (or unloaded) per second, > 0 (may be Infinity: instantaneous). */
  readonly rate: Hertz;
  /** Time per voyage the link works on this voyage's sticks, s (> 0); default the departure interval. */
  readonly window?: Seconds;
}

/** Which stage limits the pairs carried per voyage. */
export type SneakernetBottleneck = 'shipping' | 'loading' | 'unloading';

/** Pairs per voyage a local link can move, and the window it assumed. */
export interface LocalLinkBound {
  /** floor(rate x window) (Infinity for an instantaneous link). */
  readonly pairsPerVoyage: number;
  /** The window used, s. */
  readonly window: Seconds;
  /** The rate used, pairs/s. */
  readonly rate: Hertz;
}

/**
 * Upper bound on pairs per voyage set by a local link; an absent link is instantaneous (no bound).
 * @throws ParameterError naming `${field}.rate` or `${field}.window`.
 */
export function localLinkBound(
  link: LocalLinkOptions | undefined,
  defaultWindow: Seconds,
  field: 'loading' | 'unloading',
): LocalLinkBound {
  if (link === undefined) {
    return {
      pairsPerVoyage: Number.POSITIVE_INFINITY,
      window: defaultWindow,
      rate: Number.POSITIVE_INFINITY,
    };
  }
  const rate = requirePositiveOrInfinite(`${field}.rate`, link.rate);
  const window = requirePositive(`${field}.window`, link.window ?? defaultWindow);
  // Whole pairs only: a partly filled logical qubit carries nothing.
  return { pairsPerVoyage: guardedFloor(rate * window), window, rate };
}

/**
 * Time to fill (or drain) `pairs` logical pairs at `rate` pairs/s, s; 0 for an instantaneous link.
 * @throws ParameterError naming `pairs` or `rate`.
 */
export function loadingTime(pairs: number, rate: Hertz): Seconds {
  requireNonNegative('pairs', pairs);
  requirePositiveOrInfinite('rate', rate);
  return rate === Number.POSITIVE_INFINITY ? 0 : pairs / rate;
}

/** Pairs per voyage and the limiting stage. */
export interface VoyageLoad {
  /** Pairs actually carried per voyage. */
  readonly pairsPerVoyage: number;
  /** The limiting stage (ties go to shipping, then loading). */
  readonly bottleneck: SneakernetBottleneck;
}

/** min(shipping, loading, unloading) pairs per voyage, with the bottleneck named. */
export function voyageLoad(shippingPairs: number, loadingPairs: number, unloadingPairs: number): VoyageLoad {
  if (shippingPairs <= loadingPairs && shippingPairs <= unloadingPairs) {
    return { pairsPerVoyage: shippingPairs, bottleneck: 'shipping' };
  }
  if (loadingPairs <= unloadingPairs) return { pairsPerVoyage: loadingPairs, bottleneck: 'loading' };
  return { pairsPerVoyage: unloadingPairs, bottleneck: 'unloading' };
}
