/**
 * Time for one hop to hold a link, as a random variable, and the exact moments of the slowest of N identical
 * heralded hops.
 *
 * Heralded hop: attempts of duration tau succeed with probability p, so the time is T = N tau with N ~
 * Geometric(p) (physics.md §1): mean tau/p, variance tau^2 (1-p)/p^2 (exact). For heterogeneous hops the
 * models need T on a continuous clock. We write N = ceil(E / tau) with E ~ Exp(mu), mu = -ln(1-p)/tau (exact:
 * the staircase survival (1-p)^floor(t/tau) decays at rate mu), and replace the round-up T - E (between 0 and
 * tau) by its mean s = tau/p - 1/mu. So T ~ s + Exp(mu): a shifted exponential with the exact mean, a
 * variance 1/mu^2 that differs from the exact one by O(p) relative (p = 0.1: 90.08 tau^2 for 90 tau^2), and a
 * maximum error of one attempt duration in any time. p = 1 is capped at mu tau = 40 (e^-40 ~ 4e-18).
 * Delivered hop (ship, stockpile): Poisson arrivals at rate r, T ~ Exp(r) (s = 0), exact by assumption.
 *
 * Identical hops, exact discrete: with R_k the rounds until k missing links all exist, R_k = 1 + R_(k-J),
 * J ~ Binomial(k, p), R_0 = 0. First-step analysis gives for the mean E_k and second moment S_k
 *   E_k (1 - q^k) = 1 + sum_(j>=1) P_j E_(k-j),
 *   S_k (1 - q^k) = 1 + 2 sum_(j>=0) P_j E_(k-j) + sum_(j>=1) P_j S_(k-j),   P_j = C(k,j) p^j q^(k-j),
 * all terms positive (stable). E_N equals sum_k (-1)^(k+1) C(N,k)/(1-(1-p)^k) (physics.md §5; Bernardes,
 * Praxmeyer & van Loock, PRA 83, 012323 (2011)); the second-moment recursion is derived here the same way.
 */
import type { Probability, Seconds } from '../../core/index.js';

/** Largest decay per attempt, mu tau, used when p = 1 (a deterministic one-attempt hop). */
const MAX_DECAY_PER_ATTEMPT = 40;

/** A hop's time to hold a link: exact mean and variance plus the shifted-exponential model. */
export interface HopTiming {
  /** Exact mean time, s. */
  readonly mean: Seconds;
  /** Exact variance, s^2. */
  readonly variance: number;
  /** Shift s of the continuous model T ~ s + Exp(decayRate), s (0 <= s < attempt duration). */
  readonly shift: Seconds;
  /** Rate mu of the exponential part, 1/s. */
  readonly decayRate: number;
  /** Per-attempt success probability (1 for a delivered hop). */
  readonly successProbability: Probability;
  /** Attempt duration, s (0 for a delivered hop). */
  readonly attemptDuration: Seconds;
}

/** -ln(1-p) - p without cancellation for small p. */
function logSurvivalExcess(p: Probability): number {
  if (p < 1e-3) return p * p * (1 / 2 + p * (1 / 3 + p * (1 / 4 + p / 5)));
  return -Math.log1p(-p) - p;
}

/**
 * Timing of a heralded hop with success probability p in (0, 1] per attempt of duration tau > 0.
 * No input checks (the route was validated).
 */
export function geometricHopTiming(p: Probability, attemptDuration: Seconds): HopTiming {
  const exactLog = p === 1 ? Number.POSITIVE_INFINITY : -Math.log1p(-p);
  const decayPerAttempt = Math.min(exactLog, MAX_DECAY_PER_ATTEMPT);
  // s = tau (1/p - 1/L) = tau (L - p)/(p L), L = -ln(1-p).
  const excess = decayPerAttempt === exactLog ? logSurvivalExcess(p) : decayPerAttempt - p;
  return {
    mean: attemptDuration / p,
    variance: (attemptDuration * attemptDuration * (1 - p)) / (p * p),
    shift: (attemptDuration * excess) / (p * decayPerAttempt),
    decayRate: decayPerAttempt / attemptDuration,
    successProbability: p,
    attemptDuration,
  };
}

/** Timing of a delivered hop: exponential with rate r > 0. */
export function exponentialHopTiming(rate: number): HopTiming {
  return {
    mean: 1 / rate,
    variance: 1 / (rate * rate),
    shift: 0,
    decayRate: rate,
    successProbability: 1,
    attemptDuration: 0,
  };
}

/** P(T <= t) of the continuous model. */
export function cumulative(timing: HopTiming, time: Seconds): number {
  if (time <= timing.shift) return 0;
  return -Math.expm1(-timing.decayRate * (time - timing.shift));
}

/** Density of the continuous model at t. */
export function density(timing: HopTiming, time: Seconds): number {
  if (time < timing.shift) return 0;
  return timing.decayRate * Math.exp(-timing.decayRate * (time - timing.shift));
}

function sameWithin1e12(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** True when `timing` is heralded with the p and attempt duration of `first` (relative 1e-12). */
function heraldedLike(timing: HopTiming, first: HopTiming): boolean {
  return (
    timing.attemptDuration > 0 &&
    sameWithin1e12(timing.successProbability, first.successProbability) &&
    sameWithin1e12(timing.attemptDuration, first.attemptDuration)
  );
}

/** True when every timing is a heralded hop with the same p and attempt duration (relative 1e-12). */
export function allIdenticalHeralded(timings: readonly HopTiming[]): boolean {
  const first = timings[0]!;
  if (first.attemptDuration === 0) return false;
  // A plain loop: called for every hop pair of every route evaluation (issue 3).
  for (const timing of timings) if (!heraldedLike(timing, first)) return false;
  return true;
}

/** {@link allIdenticalHeralded} of the two timings [first, second], without building the array. */
export function identicalHeraldedPair(first: HopTiming, second: HopTiming): boolean {
  return first.attemptDuration !== 0 && heraldedLike(first, first) && heraldedLike(second, first);
}

/** Mean and second moment, in attempts, of the maximum of N iid Geometric(p) variables. */
export interface MaxMoments {
  readonly mean: number;
  readonly secondMoment: number;
}

/**
 * Exact mean and second moment (in attempts) of the number of rounds until N identical hops all hold a link
 * (the recursions of the file header). O(N^2). p in (0, 1], N >= 1.
 */
export function identicalMaxMoments(segments: number, p: Probability): MaxMoments {
  if (p === 1) return { mean: 1, secondMoment: 1 };
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const mean = new Float64Array(segments + 1);
  const second = new Float64Array(segments + 1);
  for (let missing = 1; missing <= segments; missing++) {
    const stay = Math.exp(missing * logQ);
    let logBinomial = missing * logQ;
    let meanTotal = 1;
    // The j = 0 term 2 q^k E_k of the second moment is added once E_k is known.
    let secondTotal = 1;
    let meanOfOthers = 0;
    for (let made = 1; made <= missing; made++) {
      logBinomial += Math.log((missing - made + 1) / made) + logP - logQ;
      const probability = Math.exp(logBinomial);
      meanTotal += probability * mean[missing - made]!;
      meanOfOthers += probability * mean[missing - made]!;
      secondTotal += probability * second[missing - made]!;
    }
    const meanK = meanTotal / -Math.expm1(missing * logQ);
    mean[missing] = meanK;
    second[missing] = (secondTotal + 2 * (stay * meanK + meanOfOthers)) / -Math.expm1(missing * logQ);
  }
  return { mean: mean[segments]!, secondMoment: second[segments]! };
}
