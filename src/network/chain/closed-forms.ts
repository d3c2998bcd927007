/**
 * Closed-form mean waiting times (in attempts) and mean Werner parameters of repeater chains, used beside the
 * exact distribution as cross-checks and quick estimates.
 *
 * Sources and validity:
 * - Deterministic swaps (p_s = 1, no cut-off), N segments: the nested protocol that swaps as soon as both
 *   halves exist delivers when the last of the N independent links is ready, so T = max of N iid
 *   Geometric(p) and E[T] = sum_{k=1..N} (-1)^(k+1) C(N,k) / (1 - (1-p)^k) (physics.md §5; the same value
 *   as parallel generation with deterministic swaps; Shchukin, Schmidt & van Loock, PRA 100, 032322 (2019)).
 * - Two segments, any p_s: E[T] = E[max(T_A, T_B)] / p_s = (3 - 2p) / (p (2 - p) p_s).
 * - Sangouard approximation: E[T] ~ (3/2)^n / (p p_s^n) for 2^n segments (Sangouard et al., Rev. Mod.
 *   Phys. 83, 33 (2011), with the attempt as time unit); valid for small p, overestimates as n grows.
 * - Two segments, mean Werner parameter with memory decay beta = exp(-1/T_coh) per attempt and optional
 *   cut-off c: E[W] = w0^2 E[beta^D | D <= c], D = |T_A - T_B|, Pr(D = 0) = p/(2-p),
 *   Pr(D = d) = 2 p (1-p)^d / (2-p) for d >= 1 (computed; Brand et al. 2020 model).
 */
import {
  requireInteger,
  requirePositiveOrInfinite,
  requireProbability,
  type Probability,
} from '../../core/index.js';
import {
  expectedAttemptsInclusionExclusion,
  expectedAttemptsTwoSegments,
  sangouardExpectedAttempts,
} from '../../physics/index.js';
import { nestingLevelsOf, requireNonZeroProbability } from './chain-options.js';

/** Up to this many segments the alternating binomial sum keeps ~12 significant digits. */
const ALTERNATING_SUM_LIMIT = 16;

/**
 * Mean waiting time in attempts of a chain of `segments` links (any integer >= 1) with deterministic swaps:
 * E[max of N iid Geometric(pGen)]. Exact. For N <= 16 the alternating binomial sum is used; above, the
 * cancellation-free series sum_{t>=0} (1 - (1 - (1-p)^t)^N), whose cost grows as log(N)/p terms.
 * @throws ParameterError for segments < 1 or pGen outside (0, 1].
 */
export function deterministicSwapMeanAttempts(options: {
  readonly segments: number;
  readonly pGen: Probability;
}): number {
  const segments = requireInteger('segments', options.segments, 1);
  const pGen = requireNonZeroProbability('pGen', options.pGen);
  if (pGen === 1) return 1;
  const logFailure = Math.log1p(-pGen);
  if (segments <= ALTERNATING_SUM_LIMIT) return expectedAttemptsInclusionExclusion(segments, pGen);
  let sum = 0;
  for (let t = 0; ; t++) {
    // Pr(max > t) = 1 - (1 - (1-p)^t)^N, evaluated without cancellation.
    const allReady = segments * Math.log1p(-Math.exp(t * logFailure));
    const term = t === 0 ? 1 : -Math.expm1(allReady);
    sum += term;
    if (term < 1e-17 * sum) return sum;
  }
}

/**
 * Exact mean waiting time in attempts of a two-segment chain (one swap, no cut-off):
 * (3 - 2 pGen) / (pGen (2 - pGen) pSwap).
 * @throws ParameterError for probabilities outside (0, 1].
 */
export function twoSegmentMeanAttempts(options: {
  readonly pGen: Probability;
  readonly pSwap: Probability;
}): number {
  // Checked here under the names a chain user types; the formula is the physics layer's.
  const pGen = requireNonZeroProbability('pGen', options.pGen);
  const pSwap = requireNonZeroProbability('pSwap', options.pSwap);
  return expectedAttemptsTwoSegments(pGen, pSwap);
}

/**
 * Sangouard et al.'s approximate mean waiting time in attempts, (3/2)^n / (pGen pSwap^n) for 2^n segments.
 * Approximate: assumes pGen << 1 and no cut-off; it overestimates the exact value, more so as n grows.
 * @throws ParameterError for segments not a power of two or probabilities outside (0, 1].
 */
export function sangouardMeanAttempts(options: {
  readonly segments: number;
  readonly pGen: Probability;
  readonly pSwap: Probability;
}): number {
  const levels = nestingLevelsOf(options.segments);
  const pGen = requireNonZeroProbability('pGen', options.pGen);
  const pSwap = requireNonZeroProbability('pSwap', options.pSwap);
  return sangouardExpectedAttempts(levels, pGen, pSwap);
}

/**
 * Exact mean Werner parameter of the pair delivered by a two-segment chain with perfect swaps, memory
 * coherence time `coherenceAttempts` (default Infinity) and optional cut-off `cutoffAttempts` (default none).
 * Independent of pSwap: only the successful attempt's links are delivered.
 * @throws ParameterError for pGen outside (0, 1], werner0 outside [0, 1], bad coherence time or cut-off.
 */
export function twoSegmentMeanWerner(options: {
  readonly pGen: Probability;
  readonly werner0?: number;
  readonly coherenceAttempts?: number;
  readonly cutoffAttempts?: number;
}): number {
  const pGen = requireNonZeroProbability('pGen', options.pGen);
  const werner0 = requireProbability('werner0', options.werner0 ?? 1);
  const coherence = requirePositiveOrInfinite('coherenceAttempts', options.coherenceAttempts ?? Infinity);
  const cutoff = options.cutoffAttempts ?? Number.POSITIVE_INFINITY;
  if (cutoff !== Number.POSITIVE_INFINITY) requireInteger('cutoffAttempts', cutoff, 0);
  const failure = 1 - pGen;
  const decay = Math.exp(-1 / coherence);
  // sum_{d=0..c} Pr(D = d) x^d up to the common factor p/(2-p), for x = beta (weighted) and x = 1 (mass).
  const partial = (x: number): number => {
    const ratio = x * failure;
    if (ratio === 0) return 1;
    const geometric = Number.isFinite(cutoff)
      ? (ratio * -Math.expm1(cutoff * Math.log(ratio))) / (1 - ratio)
      : ratio / (1 - ratio);
    return 1 + 2 * geometric;
  };
  return (werner0 * werner0 * partial(decay)) / partial(1);
}
