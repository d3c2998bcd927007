/**
 * Limits of purification with noisy local operations: the fidelity that recurrence or pumping converges
 * to, found by iterating the protocol map to its fixed point.
 *
 * With perfect operations recurrence purification drives F > 1/2 to 1, while pumping (purifying one
 * kept pair with fresh pairs of fixed quality) converges to a fixed point below 1. With two-qubit gate
 * reliability p2 < 1 or measurement fidelity eta_m < 1 both are capped below 1, and below a threshold
 * noise purification cannot help at all (Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007), §4.3 and §6;
 * Briegel, Duer, Cirac & Zoller, PRL 81, 5932 (1998)). The noise model is the one of
 * local-operation-noise.ts, applied as in purification-dejmps.ts.
 * Recurrence limit: the attracting fixed point reached from a perfect pair (the highest fidelity any
 * input can approach, for the usual monotone maps). Pumping limit: the fixed point reached from the
 * fresh pair itself, which depends on the fresh pair.
 */
import { requireProbability, UnreachableError, type Fidelity } from '../core/index.js';
import { PERFECT_PAIR, type BellDiagonal } from './bell-diagonal.js';
import { largestWeightChange, stateOrWerner } from './bell-diagonal-checks.js';
import { resolveLocalOperationNoise, type LocalOperationNoise } from './local-operation-noise.js';
import {
  DEFAULT_PURIFICATION_PROTOCOL,
  purificationRoundUnchecked,
  requirePurificationProtocol,
  type PurificationProtocol,
} from './purification-protocol.js';

/** Iteration stops when no weight changes by more than this. */
export const FIXED_POINT_TOLERANCE = 1e-14;
/** Safety bound on the number of iterations (convergence is geometric, typically < 1000 steps). */
export const FIXED_POINT_MAX_ITERATIONS = 100_000;

/** Protocol and noise for the limit computations. */
export interface PurificationLimitOptions {
  /** Protocol; default 'dejmps'. */
  readonly protocol?: PurificationProtocol;
  /** Local-operation noise p2, eta_m; default perfect. */
  readonly noise?: LocalOperationNoise;
}

/** A fixed point of a purification iteration. */
export interface PurificationLimit {
  /** The fixed-point state. */
  readonly state: BellDiagonal;
  /** Its fidelity: the maximum reachable fidelity of the scheme. */
  readonly fidelity: Fidelity;
  /** Iterations used. */
  readonly iterations: number;
}

function iterateToFixedPoint(
  start: BellDiagonal,
  step: (state: BellDiagonal) => BellDiagonal,
): PurificationLimit {
  let state = start;
  for (let iteration = 1; iteration <= FIXED_POINT_MAX_ITERATIONS; iteration++) {
    const next = step(state);
    if (largestWeightChange(next, state) <= FIXED_POINT_TOLERANCE) {
      return { state: next, fidelity: next.phiPlus, iterations: iteration };
    }
    state = next;
  }
  return { state, fidelity: state.phiPlus, iterations: FIXED_POINT_MAX_ITERATIONS };
}

/**
 * Maximum fidelity reachable by recurrence purification (purifying equal pairs round after round):
 * the fixed point of the map rho -> purify(rho, rho) reached from a perfect pair. 1 with perfect
 * operations.
 * @throws ParameterError naming `protocol` or the noise field.
 */
export function recurrenceFidelityLimit(options: PurificationLimitOptions = {}): PurificationLimit {
  const protocol = requirePurificationProtocol('protocol', options.protocol ?? DEFAULT_PURIFICATION_PROTOCOL);
  const noise = resolveLocalOperationNoise(options.noise);
  return iterateToFixedPoint(
    PERFECT_PAIR,
    (state) => purificationRoundUnchecked(protocol, state, state, noise).state,
  );
}

/**
 * Fidelity that entanglement pumping converges to: the fixed point of rho -> purify(rho, fresh)
 * starting from rho = fresh. Below 1 even with perfect operations.
 * @param freshState the pair used in every step (a number means the Werner state of that fidelity).
 * @throws ParameterError naming `freshState`, `protocol` or the noise field.
 */
export function pumpingFidelityLimit(
  freshState: BellDiagonal | Fidelity,
  options: PurificationLimitOptions = {},
): PurificationLimit {
  const fresh = stateOrWerner('freshState', freshState);
  const protocol = requirePurificationProtocol('protocol', options.protocol ?? DEFAULT_PURIFICATION_PROTOCOL);
  const noise = resolveLocalOperationNoise(options.noise);
  return iterateToFixedPoint(
    fresh,
    (state) => purificationRoundUnchecked(protocol, state, fresh, noise).state,
  );
}

/**
 * The error for a target fidelity above what a scheme can reach, naming the target and the cap.
 * @param scheme words for the scheme, e.g. `recurrence purification (dejmps, p2=0.99, eta_m=0.99)`.
 */
export function unreachableFidelityError(
  targetFidelity: Fidelity,
  cap: Fidelity,
  scheme: string,
): UnreachableError {
  return new UnreachableError(
    `targetFidelity ${targetFidelity} is unreachable by ${scheme}: the maximum reachable fidelity is ${cap.toPrecision(6)}`,
  );
}

/**
 * Throws when `targetFidelity` exceeds the recurrence limit for the given protocol and noise.
 * @throws UnreachableError naming the target and the cap.
 */
export function requireReachableByRecurrence(
  targetFidelity: Fidelity,
  options: PurificationLimitOptions = {},
): void {
  requireProbability('targetFidelity', targetFidelity);
  const limit = recurrenceFidelityLimit(options);
  if (targetFidelity > limit.fidelity) {
    throw unreachableFidelityError(targetFidelity, limit.fidelity, describeScheme('recurrence', options));
  }
}

/** Words for a scheme with its protocol and noise, for error messages. */
export function describeScheme(scheme: 'recurrence' | 'pumping', options: PurificationLimitOptions): string {
  const noise = resolveLocalOperationNoise(options.noise);
  return (
    `${scheme} purification (${options.protocol ?? DEFAULT_PURIFICATION_PROTOCOL}, ` +
    `p2=${noise.twoQubitGateReliability}, eta_m=${noise.measurementFidelity})`
  );
}
