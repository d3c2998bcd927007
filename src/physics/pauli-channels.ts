/**
 * Single-qubit Pauli channels acting on one qubit of a Bell-diagonal pair, and two-qubit depolarising
 * noise on a whole pair.
 *
 * A Pauli error on either qubit of a Bell pair permutes the Bell states (up to a global phase):
 *   X: Phi+ <-> Psi+, Psi- <-> Phi-;   Z: Phi+ <-> Phi-, Psi+ <-> Psi-;   Y = iXZ: Phi+ <-> Psi-, Psi+ <-> Phi-.
 * A Pauli channel (a probabilistic mixture of I, X, Y, Z) therefore maps Bell-diagonal states to
 * Bell-diagonal states exactly, by mixing these permutations (Nielsen & Chuang, §8.3; Duer & Briegel,
 * Rep. Prog. Phys. 70, 1381 (2007), §2). Because Bell-diagonal weights are indexed by the Pauli group
 * modulo phases, channels compose by convolution and commute, which swapping.ts relies on.
 * Assumption: the channel acts identically on whichever qubit of the pair it is applied to (true for
 * Bell-diagonal states, whose permutations do not depend on the side).
 */
import { ParameterError, requireProbability, type Probability } from '../core/index.js';
import type { BellDiagonal } from './bell-diagonal.js';
import { fromUnnormalisedWeights, requireBellDiagonal } from './bell-diagonal-checks.js';

/** Probabilities of the four Pauli operators of a single-qubit Pauli channel; they sum to 1. */
export interface PauliChannel {
  /** Probability of no error (identity). */
  readonly identity: Probability;
  /** Probability of a bit flip X. */
  readonly bitFlip: Probability;
  /** Probability of a combined bit and phase flip Y. */
  readonly bitPhaseFlip: Probability;
  /** Probability of a phase flip Z. */
  readonly phaseFlip: Probability;
}

/** The channel that does nothing. */
export const IDENTITY_CHANNEL: PauliChannel = { identity: 1, bitFlip: 0, bitPhaseFlip: 0, phaseFlip: 0 };

/** Tolerance on the total error probability of a Pauli channel before it is rejected. */
const TOTAL_TOLERANCE = 1e-12;

/**
 * A Pauli channel from its three error probabilities; the identity gets the rest.
 * Valid for each probability in [0, 1] with bitFlip + bitPhaseFlip + phaseFlip <= 1.
 * @throws ParameterError naming the field when a probability is out of range or the total exceeds 1.
 */
export function pauliChannel(
  bitFlip: Probability,
  bitPhaseFlip: Probability,
  phaseFlip: Probability,
): PauliChannel {
  requireProbability('bitFlip', bitFlip);
  requireProbability('bitPhaseFlip', bitPhaseFlip);
  requireProbability('phaseFlip', phaseFlip);
  const errors = bitFlip + bitPhaseFlip + phaseFlip;
  if (errors > 1 + TOTAL_TOLERANCE) {
    throw new ParameterError('pauliChannel', `error probabilities must sum to at most 1 (got ${errors})`);
  }
  return { identity: Math.max(0, 1 - errors), bitFlip, bitPhaseFlip, phaseFlip };
}

/**
 * Single-qubit depolarising channel rho -> (1 - p) rho + p I/2, i.e. X, Y, Z each with probability p/4.
 * On a Bell-diagonal pair it mixes the state with the maximally mixed state: w -> (1 - p) w + p/4.
 * @param probability p in [0, 1]: probability that the qubit is replaced by the maximally mixed state.
 */
export function depolarisingChannel(probability: Probability): PauliChannel {
  requireProbability('depolarisingProbability', probability);
  const each = probability / 4;
  return { identity: 1 - 3 * each, bitFlip: each, bitPhaseFlip: each, phaseFlip: each };
}

/**
 * Dephasing channel rho -> (1 - p) rho + p Z rho Z.
 * @param probability p in [0, 1]: phase-flip probability (p = 1/2 destroys all coherence).
 */
export function dephasingChannel(probability: Probability): PauliChannel {
  requireProbability('dephasingProbability', probability);
  return { identity: 1 - probability, bitFlip: 0, bitPhaseFlip: 0, phaseFlip: probability };
}

/**
 * Bit-flip channel rho -> (1 - p) rho + p X rho X.
 * @param probability p in [0, 1]: bit-flip probability.
 */
export function bitFlipChannel(probability: Probability): PauliChannel {
  requireProbability('bitFlipProbability', probability);
  return { identity: 1 - probability, bitFlip: probability, bitPhaseFlip: 0, phaseFlip: 0 };
}

/** Same as {@link applyPauliChannel} without input checks, for callers that built both arguments. */
export function applyPauliChannelUnchecked(state: BellDiagonal, channel: PauliChannel): BellDiagonal {
  const { phiPlus: a, psiMinus: b, psiPlus: c, phiMinus: d } = state;
  const { identity: i, bitFlip: x, bitPhaseFlip: y, phaseFlip: z } = channel;
  return fromUnnormalisedWeights(
    i * a + x * c + y * b + z * d,
    i * b + x * d + y * a + z * c,
    i * c + x * a + y * d + z * b,
    i * d + x * b + y * c + z * a,
  );
}

/**
 * Applies a single-qubit Pauli channel to one qubit of a Bell-diagonal pair (exact).
 * @throws ParameterError when the state or the channel is invalid.
 */
export function applyPauliChannel(state: BellDiagonal, channel: PauliChannel): BellDiagonal {
  const checked = requireBellDiagonal('state', state);
  const checkedChannel = pauliChannel(channel.bitFlip, channel.bitPhaseFlip, channel.phaseFlip);
  return applyPauliChannelUnchecked(checked, checkedChannel);
}

/**
 * Two-qubit depolarising noise on the pair: rho -> r rho + (1 - r) I/4, the model of an imperfect
 * two-qubit operation with reliability r (Briegel et al., PRL 81, 5932 (1998); Duer et al., PRA 59, 169
 * (1999)). On Bell-diagonal states it is the same map as single-qubit depolarising with p = 1 - r.
 * @param reliability r in [0, 1]; 1 means no noise.
 */
export function depolarisePair(state: BellDiagonal, reliability: Probability): BellDiagonal {
  const checked = requireBellDiagonal('state', state);
  requireProbability('twoQubitGateReliability', reliability);
  return applyPauliChannelUnchecked(checked, depolarisingChannel(1 - reliability));
}
