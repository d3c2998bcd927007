/**
 * Expected waiting time, in attempts, until every elementary link of a repeater chain exists.
 *
 * Model (physics.md §5): each of N segments attempts link generation every round with success p and
 * keeps its link once made (no memory cutoff); swaps are deterministic and instantaneous, so the
 * end-to-end pair is ready when the last link is, T = max of N geometric variables:
 *   E[T] = sum_{k=1..N} (-1)^(k+1) C(N,k) / (1 - (1-p)^k)        (inclusion-exclusion)
 *        = sum_{t>=0} (1 - (1 - (1-p)^t)^N)                      (tail sum).
 * With deterministic swaps the nested (BDCZ) protocol has the same waiting time, because a link that has
 * been made is never lost. The alternating sum cancels catastrophically for large N (terms of size
 * C(N, N/2)), so the primary function uses the first-step recursion over the number of missing links,
 *   E_k (1 - q^k) = 1 + sum_{j=1..k-1} C(k,j) p^j q^(k-j) E_(k-j),  q = 1 - p,
 * whose terms are all positive (stable, O(N^2)). Sources: Bernardes, Praxmeyer & van Loock, PRA 83,
 * 012323 (2011); Shchukin, Schmidt & van Loock, PRA 100, 032322 (2019).
 * Two segments with probabilistic swaps (a failed swap regenerates both links): (3 - 2p)/(p(2-p) p_s).
 * Approximation for 2^n segments (Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), §II):
 *   (3/2)^n / (p p_s^n), good for small p, overestimating for larger n.
 * Times are in attempts; multiply by the attempt duration for seconds.
 */
import {
  ParameterError,
  requireInteger,
  requirePositive,
  requireProbability,
  type Probability,
} from '../core/index.js';

/** Largest N for which the alternating inclusion-exclusion sum is accepted (rounding grows like 2^N). */
export const INCLUSION_EXCLUSION_MAX_SEGMENTS = 30;

function requireLinkProbability(p: Probability): void {
  requireProbability('linkSuccessProbability', p);
  requirePositive('linkSuccessProbability', p);
}

/**
 * Expected attempts until all N segments hold a link (deterministic swaps), by the stable recursion.
 * Cost O(N^2); fine for N up to ~10^4.
 * @param segments N >= 1. @param linkSuccessProbability p in (0, 1].
 */
export function expectedAttemptsDeterministicSwaps(
  segments: number,
  linkSuccessProbability: Probability,
): number {
  requireInteger('segments', segments, 1);
  requireLinkProbability(linkSuccessProbability);
  if (linkSuccessProbability === 1) return 1;
  const logP = Math.log(linkSuccessProbability);
  const logQ = Math.log1p(-linkSuccessProbability);
  const expected = new Float64Array(segments + 1);
  for (let missing = 1; missing <= segments; missing++) {
    // log of the binomial probability that j of the `missing` links succeed this round, built up in j.
    let logBinomial = missing * logQ;
    let total = 1;
    for (let made = 1; made < missing; made++) {
      logBinomial += Math.log((missing - made + 1) / made) + logP - logQ;
      total += Math.exp(logBinomial) * expected[missing - made]!;
    }
    expected[missing] = total / -Math.expm1(missing * logQ);
  }
  return expected[segments]!;
}

/**
 * The same expectation by the alternating sum sum_k (-1)^(k+1) C(N,k) / (1 - (1-p)^k), kept as an
 * independent formula for checks; only for N <= {@link INCLUSION_EXCLUSION_MAX_SEGMENTS}.
 * @throws ParameterError naming `segments` when N is larger.
 */
export function expectedAttemptsInclusionExclusion(
  segments: number,
  linkSuccessProbability: Probability,
): number {
  requireInteger('segments', segments, 1);
  requireLinkProbability(linkSuccessProbability);
  if (segments > INCLUSION_EXCLUSION_MAX_SEGMENTS) {
    throw new ParameterError(
      'segments',
      `must be <= ${INCLUSION_EXCLUSION_MAX_SEGMENTS} for the alternating sum (got ${segments}); use expectedAttemptsDeterministicSwaps`,
    );
  }
  const logQ = Math.log1p(-linkSuccessProbability);
  let binomial = 1;
  let sum = 0;
  for (let k = 1; k <= segments; k++) {
    binomial = (binomial * (segments - k + 1)) / k;
    const sign = k % 2 === 1 ? 1 : -1;
    sum += (sign * binomial) / -Math.expm1(k * logQ);
  }
  return sum;
}

/**
 * Expected attempts to distribute a pair over two segments with one swap of success p_s, where a failed
 * swap loses both links: (3 - 2p) / (p (2 - p) p_s).
 * @param linkSuccessProbability p in (0, 1]. @param swapSuccessProbability p_s in (0, 1].
 */
export function expectedAttemptsTwoSegments(
  linkSuccessProbability: Probability,
  swapSuccessProbability: Probability,
): number {
  requireLinkProbability(linkSuccessProbability);
  requireProbability('swapSuccessProbability', swapSuccessProbability);
  requirePositive('swapSuccessProbability', swapSuccessProbability);
  const p = linkSuccessProbability;
  return (3 - 2 * p) / (p * (2 - p) * swapSuccessProbability);
}

/**
 * Sangouard et al.'s approximation of the expected attempts for 2^n segments: (3/2)^n / (p p_s^n).
 * Valid for p << 1; it overestimates for larger n (compare {@link expectedAttemptsDeterministicSwaps}).
 * @param nestingLevel n >= 0 (2^n segments).
 */
export function sangouardExpectedAttempts(
  nestingLevel: number,
  linkSuccessProbability: Probability,
  swapSuccessProbability: Probability,
): number {
  requireInteger('nestingLevel', nestingLevel, 0);
  requireLinkProbability(linkSuccessProbability);
  requireProbability('swapSuccessProbability', swapSuccessProbability);
  requirePositive('swapSuccessProbability', swapSuccessProbability);
  return (
    Math.pow(1.5, nestingLevel) / (linkSuccessProbability * Math.pow(swapSuccessProbability, nestingLevel))
  );
}
