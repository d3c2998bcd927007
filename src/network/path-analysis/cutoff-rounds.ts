/**
 * Memory cutoff on a route whose hops generate in parallel, as a sequence of rounds (restart-all model).
 *
 * Model (an approximation, stated): all hops start a round together; the round succeeds when every hop holds
 * a link and the oldest link is at most the cutoff c old, i.e. when the spread M - T_min <= c; otherwise the
 * oldest link is discarded at T_min + c and the whole chain restarts. The round therefore lasts
 * R = min(M, T_min + c). Real protocols keep the younger links after a discard, so this model is
 * conservative for rates; with two hops it is exact, because the hop still generating is memoryless
 * (cutoff.ts, Li, Coopmans & Elkouss, IEEE TQE 2 (2021), specialised to one swap). With hop times from
 * hop-timing.ts, independence gives the one-dimensional integrals
 *   P(success) = sum_k int f_k(t) prod_(j != k) [F_j(t + c) - F_j(t)] dt,
 *   P(R > t)   = prod_j (1 - F_j(t - c)) - prod_j (F_j(t) - F_j(t - c)),
 *   E[R] = int P(R > t) dt,  E[R^2] = int 2t P(R > t) dt,
 * evaluated by composite Gauss-Legendre quadrature with breakpoints at every s_j and s_j +- c.
 */
import type { Probability, Seconds } from '../../core/index.js';
import { cumulative, density, type HopTiming } from './hop-timing.js';
import { compositeRule } from './quadrature.js';

const TAIL_DECAYS = 40;

/** Figures of one round under the restart-all cutoff model. */
export interface CutoffRounds {
  /** Probability that a round ends with every link within the cutoff. */
  readonly successProbability: Probability;
  /** Mean duration of a round, s. */
  readonly meanRound: Seconds;
  /** Second moment of a round's duration, s^2. */
  readonly secondMomentRound: number;
}

function fastestScale(timings: readonly HopTiming[]): number {
  return Math.min(...timings.map((timing) => 1 / timing.decayRate));
}

/** Probability that all hops finish within `cutoff` of the first (the spread is at most the cutoff). */
export function spreadWithinProbability(timings: readonly HopTiming[], cutoff: Seconds): Probability {
  const finest = fastestScale(timings) / 2;
  let total = 0;
  timings.forEach((first, k) => {
    const others = timings.filter((_, j) => j !== k);
    const rule = compositeRule({
      start: first.shift,
      end: first.shift + TAIL_DECAYS / first.decayRate,
      finestScale: finest,
      breakpoints: others.flatMap((timing) => [timing.shift, timing.shift - cutoff]),
    });
    for (let i = 0; i < rule.points.length; i++) {
      const t = rule.points[i]!;
      let product = density(first, t);
      for (const timing of others) {
        product *= cumulative(timing, t + cutoff) - cumulative(timing, t);
        if (product === 0) break;
      }
      total += rule.weights[i]! * product;
    }
  });
  return Math.min(1, Math.max(0, total));
}

/**
 * Success probability and duration moments of a restart-all round with cutoff c (> 0, finite).
 * @param timings at least two hops.
 */
export function restartAllCutoffRounds(timings: readonly HopTiming[], cutoff: Seconds): CutoffRounds {
  const shifts = timings.map((timing) => timing.shift);
  const largestShift = Math.max(...shifts);
  const totalRate = timings.reduce((sum, timing) => sum + timing.decayRate, 0);
  const slowest = Math.max(...timings.map((timing) => 1 / timing.decayRate));
  const end = Math.min(
    cutoff + largestShift + TAIL_DECAYS / totalRate,
    largestShift + (TAIL_DECAYS + Math.log(timings.length)) * slowest,
  );
  const rule = compositeRule({
    start: 0,
    end,
    finestScale: fastestScale(timings) / 2,
    breakpoints: shifts.flatMap((shift) => [shift, shift + cutoff]),
  });
  let meanRound = 0;
  let secondMomentRound = 0;
  for (let i = 0; i < rule.points.length; i++) {
    const t = rule.points[i]!;
    let noneExpired = 1;
    let allInWindow = 1;
    for (const timing of timings) {
      const earlier = cumulative(timing, t - cutoff);
      noneExpired *= 1 - earlier;
      allInWindow *= cumulative(timing, t) - earlier;
    }
    const survival = Math.max(0, noneExpired - allInWindow);
    meanRound += rule.weights[i]! * survival;
    secondMomentRound += rule.weights[i]! * 2 * t * survival;
  }
  return { successProbability: spreadWithinProbability(timings, cutoff), meanRound, secondMomentRound };
}
