/**
 * Memory cutoffs: a stored link is discarded once it has waited longer than the cutoff time, trading
 * more generation attempts for a better worst-case fidelity.
 *
 * Model: attempts of duration tau succeed independently with probability p, so the partner link needs a
 * geometric number N >= 1 of attempts. A cutoff t_c allows m = floor(t_c / tau) attempts of waiting.
 * - Partner arrives within the cutoff with probability P_m = 1 - (1 - p)^m.
 * - Two links generated in parallel (both ends attempt every round; the first one waits, is discarded
 *   after m failed rounds of its partner, and both then restart): the expected number of rounds to
 *   hold both links is E = (1 + 2(1-p) P_m) / (p (p + 2(1-p) P_m)), which gives (3 - 2p)/(p(2 - p))
 *   without a cutoff (physics.md §5) and 1/p^2 for m = 0.
 * - Werner decay of the stored link, w(t) = w0 e^(-t/T): mean factor over delivered pairs
 *   (p + 2(1-p) S_m) / (p + 2(1-p) P_m), S_m = sum_{k=1..m} p (1-p)^(k-1) b^k, b = e^(-tau/T).
 * These closed forms are derived here by first-step analysis of the two-link Markov chain (the same
 * chain as Li, Coopmans & Elkouss, "Efficient optimization of cut-offs in quantum repeater chains",
 * IEEE Trans. Quantum Eng. 2 (2021), specialised to one swap) and are tested against direct sums.
 * Assumptions: discrete rounds, heralding delay included in tau, the swap happens as soon as both links
 * exist, only the waiting link decays (the fresh one is used at once).
 */
import {
  requireNonNegative,
  requirePositive,
  requirePositiveOrInfinite,
  requireProbability,
  ParameterError,
  type Fidelity,
  type Probability,
  type Seconds,
} from '../core/index.js';
import { fidelityFromWernerParameter, wernerParameterFromFidelity } from './bell-diagonal.js';

/** Relative slack so that a cutoff of exactly k attempt durations counts as k despite rounding. */
const ROUNDING_SLACK = 1e-9;

/**
 * Number of attempts m = floor(cutoff / attemptDuration) a stored link may wait (Infinity for no cutoff).
 * @param cutoff >= 0 s, or Infinity. @param attemptDuration > 0 s.
 */
export function cutoffAttempts(cutoff: Seconds, attemptDuration: Seconds): number {
  if (cutoff !== Number.POSITIVE_INFINITY) requireNonNegative('cutoff', cutoff);
  requirePositive('attemptDuration', attemptDuration);
  if (cutoff === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  return Math.floor((cutoff / attemptDuration) * (1 + ROUNDING_SLACK));
}

function requireLinkProbability(p: Probability): void {
  requireProbability('linkSuccessProbability', p);
  requirePositive('linkSuccessProbability', p);
}

function requireAttemptCount(m: number): void {
  if (m !== Number.POSITIVE_INFINITY && !(Number.isInteger(m) && m >= 0)) {
    throw new ParameterError('cutoffAttempts', `must be an integer >= 0 or Infinity (got ${m})`);
  }
}

/** 1 - (1 - p)^m for p in (0, 1], m >= 0 or Infinity: expm1 keeps precision for small p m. */
function arrivalWithin(p: Probability, m: number): Probability {
  if (m === 0) return 0; // avoids 0 * -Infinity when p = 1
  return -Math.expm1(m * Math.log1p(-p));
}

/**
 * Probability 1 - (1 - p)^m that the partner link arrives within m attempts.
 * @param linkSuccessProbability p in (0, 1]. @param attempts m >= 0 (integer) or Infinity.
 */
export function partnerArrivalProbability(
  linkSuccessProbability: Probability,
  attempts: number,
): Probability {
  requireLinkProbability(linkSuccessProbability);
  requireAttemptCount(attempts);
  return arrivalWithin(linkSuccessProbability, attempts);
}

/** sum_{k=1..m} p (1-p)^(k-1) b^k = b p (1 - (b(1-p))^m) / (1 - b(1-p)), stable for b near 1, small p. */
function truncatedDecaySum(p: Probability, m: number, attemptDuration: Seconds, decayTime: Seconds): number {
  if (m === 0) return 0;
  const b = Math.exp(-attemptDuration / decayTime);
  const logRatio = -attemptDuration / decayTime + Math.log1p(-p);
  const head = m === Number.POSITIVE_INFINITY ? 1 : -Math.expm1(m * logRatio);
  return (b * p * head) / (-Math.expm1(-attemptDuration / decayTime) + b * p);
}

/** Inputs of the cutoff models. */
export interface CutoffOptions {
  /** Success probability p in (0, 1] of one link-generation attempt. */
  readonly linkSuccessProbability: Probability;
  /** Duration tau > 0 of one attempt including heralding, in seconds. */
  readonly attemptDuration: Seconds;
  /** Cutoff time >= 0 in seconds; Infinity for no cutoff. */
  readonly cutoff: Seconds;
  /** Fidelity of a freshly generated link (Werner), in [0, 1]. */
  readonly linkFidelity: Fidelity;
  /**
   * Time constant T > 0 (s, or Infinity) of the stored pair's Werner parameter, w(t) = w0 e^(-t/T).
   * If both qubits of the stored pair depolarise with time constant T_q each, pass T_q/2.
   */
  readonly pairDepolarisingTime: Seconds;
}

/** What a cutoff does to two links swapped into one (see the file header for the model). */
export interface TwoLinkCutoffResult {
  /** Waiting attempts allowed, m (Infinity without cutoff). */
  readonly cutoffAttempts: number;
  /** Probability that a waiting link's partner arrives within the cutoff, 1 - (1-p)^m. */
  readonly partnerArrivalProbability: Probability;
  /** Expected rounds until both links are held and swapped. */
  readonly expectedAttempts: number;
  /** The same without a cutoff, (3 - 2p)/(p(2 - p)). */
  readonly expectedAttemptsWithoutCutoff: number;
  /** Extra rounds the cutoff costs on average (>= 0). */
  readonly expectedExtraAttempts: number;
  /** Expected time to hold both links, in seconds. */
  readonly expectedTime: Seconds;
  /** Mean decay factor e^(-age/T) of the waiting link over delivered pairs. */
  readonly meanDecayFactor: number;
  /** Mean fidelity of the swapped pair (perfect swap of Werner links), over delivered pairs. */
  readonly meanSwappedFidelity: Fidelity;
  /** The same without a cutoff. */
  readonly meanSwappedFidelityWithoutCutoff: Fidelity;
}

function checkOptions(options: CutoffOptions): number {
  requireLinkProbability(options.linkSuccessProbability);
  requireProbability('linkFidelity', options.linkFidelity);
  requirePositiveOrInfinite('pairDepolarisingTime', options.pairDepolarisingTime);
  return cutoffAttempts(options.cutoff, options.attemptDuration);
}

/** Expected rounds and mean decay of the two-link chain for m allowed waiting attempts. */
function twoLinkFigures(options: CutoffOptions, m: number): { attempts: number; decay: number } {
  const p = options.linkSuccessProbability;
  const arrival = arrivalWithin(p, m);
  const oneFirst = 2 * (1 - p);
  const delivered = p + oneFirst * arrival;
  const decaySum = truncatedDecaySum(p, m, options.attemptDuration, options.pairDepolarisingTime);
  return {
    attempts: (1 + oneFirst * arrival) / (p * delivered),
    decay: (p + oneFirst * decaySum) / delivered,
  };
}

/**
 * Two elementary links generated in parallel and swapped at once, with a cutoff on the waiting link:
 * expected attempts (with and without cutoff), the extra attempts, and the mean fidelity of delivered pairs.
 * @throws ParameterError naming the invalid option.
 */
export function twoLinkCutoff(options: CutoffOptions): TwoLinkCutoffResult {
  const m = checkOptions(options);
  const withCutoff = twoLinkFigures(options, m);
  const without = twoLinkFigures(options, Number.POSITIVE_INFINITY);
  const w0 = wernerParameterFromFidelity(options.linkFidelity);
  return {
    cutoffAttempts: m,
    partnerArrivalProbability: partnerArrivalProbability(options.linkSuccessProbability, m),
    expectedAttempts: withCutoff.attempts,
    expectedAttemptsWithoutCutoff: without.attempts,
    expectedExtraAttempts: Math.max(0, withCutoff.attempts - without.attempts),
    expectedTime: withCutoff.attempts * options.attemptDuration,
    meanDecayFactor: withCutoff.decay,
    meanSwappedFidelity: fidelityFromWernerParameter(w0 * w0 * withCutoff.decay),
    meanSwappedFidelityWithoutCutoff: fidelityFromWernerParameter(w0 * w0 * without.decay),
  };
}

/** What a cutoff does to one stored link waiting for its partner (a single try, no restart). */
export interface StoredLinkCutoffResult {
  /** Waiting attempts allowed, m. */
  readonly cutoffAttempts: number;
  /** Probability 1 - (1-p)^m that the partner arrives in time. */
  readonly partnerArrivalProbability: Probability;
  /** Expected attempts spent on this try, E[min(N, m)] = P_m / p. */
  readonly expectedAttemptsPerTry: number;
  /** Mean decay factor E[b^N | N <= m] of the stored link when the partner arrives in time. */
  readonly meanDecayFactorGivenArrival: number;
  /** Mean fidelity of the stored link at the partner's arrival, 1/4 + (F0 - 1/4) x decay factor. */
  readonly meanFidelityGivenArrival: Fidelity;
}

/**
 * One stored link waiting for its partner under a cutoff (the building block of sequential schemes).
 * Requires cutoff >= attemptDuration (otherwise the partner can never arrive).
 * @throws ParameterError naming the invalid option.
 */
export function storedLinkCutoff(options: CutoffOptions): StoredLinkCutoffResult {
  const m = checkOptions(options);
  if (m === 0) {
    throw new ParameterError(
      'cutoff',
      `must be >= attemptDuration (${options.attemptDuration} s) (got ${options.cutoff})`,
    );
  }
  const p = options.linkSuccessProbability;
  const arrival = partnerArrivalProbability(p, m);
  const decay = truncatedDecaySum(p, m, options.attemptDuration, options.pairDepolarisingTime) / arrival;
  return {
    cutoffAttempts: m,
    partnerArrivalProbability: arrival,
    expectedAttemptsPerTry: arrival / p,
    meanDecayFactorGivenArrival: decay,
    meanFidelityGivenArrival: 0.25 + (options.linkFidelity - 0.25) * decay,
  };
}
