/**
 * Moments of the time until every hop of a set holds a link, M = max_i T_i, for independent hops.
 *
 * Exact identity for a non-negative variable: E[M] = int_0^inf P(M > t) dt, E[M^2] = int_0^inf 2t P(M > t) dt,
 * with P(M > t) = 1 - prod_i P(T_i <= t) for independent T_i. We evaluate it for the shifted-exponential hop
 * model of hop-timing.ts (an approximation of geometric attempts, exact for delivered hops) by composite
 * Gauss-Legendre quadrature (quadrature.ts). Below the largest shift P(M > t) = 1, which is integrated
 * exactly. 1 - prod is computed as -expm1(sum log1p(-e^(-mu (t - s)))) so the tail keeps full precision.
 * Identical heralded hops use the exact discrete moments instead (hop-timing.ts, identicalMaxMoments).
 */
import type { Seconds } from '../../core/index.js';
import { allIdenticalHeralded, identicalMaxMoments, type HopTiming } from './hop-timing.js';
import { compositeRule } from './quadrature.js';

/** Mean and second moment of a waiting time, with how they were obtained. */
export interface WaitingMoments {
  /** Mean, s. */
  readonly mean: Seconds;
  /** Second moment E[T^2], s^2. */
  readonly secondMoment: number;
  /** True when exact (identical heralded hops, or delivered hops only). */
  readonly exact: boolean;
}

/** Survival tails below this are neglected (relative to 1). */
const TAIL_DECAYS = 36;

/** Below this, log1p(-e) is -e - e^2/2 exactly (fdlibm `log1p`, which V8 uses, returns x - x*x*0.5 there). */
const LOG1P_SERIES_LIMIT = 2 ** -29;

/**
 * Math.log1p(-e) for e in [0, 1], with the call skipped in the tail where fdlibm's own small-argument branch
 * gives the value (about a quarter of the terms of a long route's quadrature; issue 3). Same bits.
 */
function log1pOfMinus(e: number): number {
  return e < LOG1P_SERIES_LIMIT ? -e - e * e * 0.5 : Math.log1p(-e);
}

/** Variance from moments, clamped at 0 against rounding. */
export function varianceOf(moments: { readonly mean: number; readonly secondMoment: number }): number {
  return Math.max(0, moments.secondMoment - moments.mean * moments.mean);
}

/**
 * Mean and second moment of max_i T_i over the given hops (see the file header for the method).
 * @param timings hop timings (validated, rates > 0); at least one.
 */
export function maxOfHops(timings: readonly HopTiming[]): WaitingMoments {
  if (timings.length === 1) {
    const only = timings[0]!;
    return { mean: only.mean, secondMoment: only.variance + only.mean * only.mean, exact: true };
  }
  if (allIdenticalHeralded(timings)) {
    const first = timings[0]!;
    const attempts = identicalMaxMoments(timings.length, first.successProbability);
    const tau = first.attemptDuration;
    return { mean: attempts.mean * tau, secondMoment: attempts.secondMoment * tau * tau, exact: true };
  }
  let start = 0;
  let slowest = 0;
  let fastest = Number.POSITIVE_INFINITY;
  for (const timing of timings) {
    start = Math.max(start, timing.shift);
    slowest = Math.max(slowest, 1 / timing.decayRate);
    fastest = Math.min(fastest, 1 / timing.decayRate);
  }
  const rule = compositeRule({
    start,
    end: start + (TAIL_DECAYS + Math.log(timings.length)) * slowest,
    finestScale: fastest,
  });
  const count = timings.length;
  const rates = new Float64Array(count);
  const shifts = new Float64Array(count);
  for (let hop = 0; hop < count; hop++) {
    rates[hop] = timings[hop]!.decayRate;
    shifts[hop] = timings[hop]!.shift;
  }
  let mean = start;
  let secondMoment = start * start;
  for (let i = 0; i < rule.points.length; i++) {
    const t = rule.points[i]!;
    let logAllReady = 0;
    for (let hop = 0; hop < count; hop++) {
      logAllReady += log1pOfMinus(Math.exp(-rates[hop]! * (t - shifts[hop]!)));
    }
    const survival = -Math.expm1(logAllReady);
    mean += rule.weights[i]! * survival;
    secondMoment += rule.weights[i]! * 2 * t * survival;
  }
  const exact = timings.every((timing) => timing.attemptDuration === 0);
  return { mean, secondMoment, exact };
}
