/**
 * Noise of the local operations a repeater node performs on its qubits: two-qubit gates and
 * single-qubit measurements. Shared by entanglement swapping and purification.
 *
 * Model (Briegel, Duer, Cirac & Zoller, PRL 81, 5932 (1998); Duer et al., PRA 59, 169 (1999), §III;
 * Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007), §4.3):
 * - a two-qubit gate with reliability p2 acts as the ideal gate with probability p2 and otherwise
 *   replaces the two qubits it touches by the maximally mixed state (two-qubit depolarising);
 * - a single-qubit measurement with fidelity eta_m returns the correct result with probability eta_m and
 *   the flipped one otherwise.
 * Assumption: errors are independent between gates and measurements; single-qubit gate noise is folded
 * into these two numbers.
 */
import { requireInRange, requireProbability, type Probability } from '../core/index.js';
import type { PauliChannel } from './pauli-channels.js';

/** Noise of a node's local operations; omitted fields default to perfect (1). */
export interface LocalOperationNoise {
  /** Two-qubit gate reliability p2 in [0, 1] (1 = perfect gate). Default 1. */
  readonly twoQubitGateReliability?: Probability;
  /** Single-qubit measurement fidelity eta_m in [0.5, 1] (1 = perfect, 0.5 = random result). Default 1. */
  readonly measurementFidelity?: Probability;
}

/** {@link LocalOperationNoise} with defaults filled in and checked. */
export interface ResolvedLocalOperationNoise {
  /** Two-qubit gate reliability p2 in [0, 1]. */
  readonly twoQubitGateReliability: Probability;
  /** Single-qubit measurement fidelity eta_m in [0.5, 1]. */
  readonly measurementFidelity: Probability;
}

/** Perfect local operations: p2 = 1, eta_m = 1. */
export const PERFECT_LOCAL_OPERATIONS: ResolvedLocalOperationNoise = {
  twoQubitGateReliability: 1,
  measurementFidelity: 1,
};

/**
 * Fills in defaults (1) and checks ranges: p2 in [0, 1], eta_m in [0.5, 1] (below 1/2 a measurement
 * would be better read inverted, so such values are almost certainly a unit mistake).
 * @throws ParameterError naming `twoQubitGateReliability` or `measurementFidelity`.
 */
export function resolveLocalOperationNoise(noise: LocalOperationNoise = {}): ResolvedLocalOperationNoise {
  const twoQubitGateReliability = noise.twoQubitGateReliability ?? 1;
  const measurementFidelity = noise.measurementFidelity ?? 1;
  requireProbability('twoQubitGateReliability', twoQubitGateReliability);
  requireInRange('measurementFidelity', measurementFidelity, 0.5, 1);
  return { twoQubitGateReliability, measurementFidelity };
}

/**
 * The Pauli error left on the output pair of a Bell measurement whose two measured bits are each
 * wrong with probability 1 - eta_m: the phase bit selects the Z correction and the parity bit the X
 * correction, so a wrong phase bit leaves Z, a wrong parity bit X, both wrong Y (Duer et al. 1999, §III).
 * Probabilities: I eta^2, X eta(1-eta), Z eta(1-eta), Y (1-eta)^2.
 */
export function bellMeasurementErrorChannel(measurementFidelity: Probability): PauliChannel {
  requireInRange('measurementFidelity', measurementFidelity, 0.5, 1);
  const wrong = 1 - measurementFidelity;
  return {
    identity: measurementFidelity * measurementFidelity,
    bitFlip: measurementFidelity * wrong,
    bitPhaseFlip: wrong * wrong,
    phaseFlip: measurementFidelity * wrong,
  };
}

/**
 * Probability that two independent measurements with fidelity eta_m report the same parity as the true
 * one: eta^2 + (1 - eta)^2 (both right or both wrong). Used by purification, where Alice and Bob compare
 * their results (Duer & Briegel 2007, §4.3).
 */
export function parityReportedCorrectly(measurementFidelity: Probability): Probability {
  requireInRange('measurementFidelity', measurementFidelity, 0.5, 1);
  const wrong = 1 - measurementFidelity;
  return measurementFidelity * measurementFidelity + wrong * wrong;
}

/**
 * Converts a two-qubit gate's process (entanglement) fidelity into the reliability p2 of the depolarising
 * model above. The channel p2·U + (1 - p2)·(replace by I/4 ⊗ I/4) has process fidelity p2 + (1 - p2)/16, so
 * p2 = (16 F - 1)/15. Valid for F in [1/16, 1]; F = 1 gives p2 = 1.
 * Average gate fidelity F_avg relates by F = (5 F_avg - 1)/4 (Nielsen, Phys. Lett. A 303, 249 (2002)); pass the
 * process fidelity here.
 * @throws ParameterError naming `twoQubitGateFidelity` outside [1/16, 1].
 */
export function gateReliabilityFromProcessFidelity(twoQubitGateFidelity: Probability): Probability {
  requireInRange('twoQubitGateFidelity', twoQubitGateFidelity, 1 / 16, 1);
  return (16 * twoQubitGateFidelity - 1) / 15;
}
