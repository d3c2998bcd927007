/**
 * Entanglement swapping of Bell-diagonal pairs, with noisy gates and measurements.
 *
 * Perfect swap: write each pair as a Pauli error on |Phi+> (Phi+ = I, Psi+ = X, Psi- = Y, Phi- = Z).
 * A Bell measurement on the middle qubits followed by the Pauli correction leaves the outer qubits with
 * the product of the two errors, so the output weights are the group convolution of the input weights
 * (sums of products), e.g. Phi+' = A1 A2 + B1 B2 + C1 C2 + D1 D2 (Duer et al., PRA 59, 169 (1999), §III;
 * Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007), §3). For Werner inputs the Werner parameters multiply.
 * Noisy swap (same sources): the CNOT of the Bell measurement depolarises the two middle qubits with
 * reliability p2, which depolarises the output pair with reliability p2; each of the two measured bits is
 * wrong with probability 1 - eta_m, leaving a Pauli error (local-operation-noise.ts). For Werner inputs
 * this gives w_out = p2 (4 eta_m^2 - 1)/3 w1 w2 after twirling, the formula of Duer et al. 1999.
 * We keep the full Bell-diagonal output (no twirl), whose fidelity equals the twirled one.
 * Success probability of the Bell measurement is a parameter: 1/2 for linear optics without ancillas
 * (Calsamiglia & Luetkenhaus, Appl. Phys. B 72, 67 (2001)), 1 for gate-based swaps (ions, NV, atoms).
 */
import {
  ParameterError,
  requireInteger,
  requireProbability,
  type Fidelity,
  type Probability,
} from '../core/index.js';
import {
  fidelityFromWernerParameter,
  wernerParameterFromFidelity,
  type BellDiagonal,
} from './bell-diagonal.js';
import { requireBellDiagonal } from './bell-diagonal-checks.js';
import { applyPauliChannelUnchecked, depolarisingChannel, type PauliChannel } from './pauli-channels.js';
import {
  bellMeasurementErrorChannel,
  resolveLocalOperationNoise,
  type LocalOperationNoise,
  type ResolvedLocalOperationNoise,
} from './local-operation-noise.js';

/** How the Bell-state measurement of a swap is implemented. */
export type BellMeasurementKind = 'linear-optics' | 'gate-based';

/**
 * Success probability of a Bell-state measurement by implementation: linear optics without ancillas
 * distinguishes at most two of the four Bell states (1/2, Calsamiglia & Luetkenhaus 2001); a gate-based
 * measurement (CNOT, Hadamard, two readouts) is deterministic up to gate failure (1).
 */
export const BELL_MEASUREMENT_SUCCESS: Readonly<Record<BellMeasurementKind, Probability>> = {
  'linear-optics': 0.5,
  'gate-based': 1,
};

/**
 * Success probability of a Bell-state measurement of the given kind (see {@link BELL_MEASUREMENT_SUCCESS}).
 * @throws ParameterError naming `bellMeasurement` for an unknown kind.
 */
export function bellMeasurementSuccessProbability(kind: BellMeasurementKind): Probability {
  if (!Object.hasOwn(BELL_MEASUREMENT_SUCCESS, kind)) {
    throw new ParameterError(
      'bellMeasurement',
      `must be "linear-optics" or "gate-based" (got "${String(kind)}")`,
    );
  }
  return BELL_MEASUREMENT_SUCCESS[kind];
}

/** Options of a swap: local-operation noise plus the Bell measurement's success probability. */
export interface SwapOptions extends LocalOperationNoise {
  /**
   * Probability in [0, 1] that the Bell measurement succeeds (heralded); default 1 (gate-based).
   * Use {@link bellMeasurementSuccessProbability}('linear-optics') = 1/2 for linear optics.
   */
  readonly bellMeasurementSuccessProbability?: Probability;
}

/** Outcome of a swap, conditioned on the Bell measurement succeeding. */
export interface SwapResult {
  /** Bell-diagonal state of the outer pair after correction. */
  readonly state: BellDiagonal;
  /** Its fidelity with |Phi+>. */
  readonly fidelity: Fidelity;
  /** Probability that the swap (all Bell measurements) succeeded. */
  readonly successProbability: Probability;
}

/** Pauli channel whose probabilities are the weights of a Bell-diagonal state (I, X, Y, Z). */
function asPauliChannel(state: BellDiagonal): PauliChannel {
  return {
    identity: state.phiPlus,
    bitFlip: state.psiPlus,
    bitPhaseFlip: state.psiMinus,
    phaseFlip: state.phiMinus,
  };
}

/**
 * Exact composition of two Bell-diagonal states under a perfect Bell measurement (group convolution).
 * Commutative and associative. No input checks; see {@link swapBellDiagonal}.
 */
export function composeBellDiagonal(left: BellDiagonal, right: BellDiagonal): BellDiagonal {
  return applyPauliChannelUnchecked(left, asPauliChannel(right));
}

/** The noise a single noisy swap adds to its output pair (gate depolarising, then measurement errors). */
function swapNoise(state: BellDiagonal, p2: Probability, measurementFidelity: Probability): BellDiagonal {
  const depolarised = p2 === 1 ? state : applyPauliChannelUnchecked(state, depolarisingChannel(1 - p2));
  return measurementFidelity === 1
    ? depolarised
    : applyPauliChannelUnchecked(depolarised, bellMeasurementErrorChannel(measurementFidelity));
}

/**
 * Swaps two Bell-diagonal pairs sharing a middle node.
 * @param options p2 (default 1), eta_m (default 1), Bell-measurement success probability (default 1).
 * @returns the outer pair's state (conditioned on success) and the success probability.
 * @throws ParameterError naming the field for an invalid state or option.
 */
export function swapBellDiagonal(
  left: BellDiagonal,
  right: BellDiagonal,
  options: SwapOptions = {},
): SwapResult {
  return swapChain([left, right], options);
}

/**
 * The state after swapping `states` in order, the swap that joins states[k] using `nodes[k].noise` (k >= 1):
 * {@link swapBellDiagonal} applied along the chain, with the same operations in the same order
 * (renormalise both inputs, compose, depolarise unless p2 = 1, measurement errors unless eta_m = 1, each
 * clamped and normalised as fromUnnormalisedWeights does), kept in local numbers instead of one object per
 * step (path analysis swaps every hop of every route evaluation; issue 3). No input checks.
 */
export function swapChainUnchecked(
  states: readonly BellDiagonal[],
  nodes: readonly { readonly noise: ResolvedLocalOperationNoise }[],
): BellDiagonal {
  const first = states[0]!;
  if (states.length === 1) return first;
  // The running state's weights (Phi+, Psi-, Psi+, Phi-), one buffer per chain instead of objects per step.
  const weights = Float64Array.of(first.phiPlus, first.psiMinus, first.psiPlus, first.phiMinus);
  for (let k = 1; k < states.length; k++) {
    const next = states[k]!;
    const { twoQubitGateReliability: p2, measurementFidelity: eta } = nodes[k]!.noise;
    // renormalised(left), renormalised(right), as requireBellDiagonal does in swapBellDiagonal.
    const left = weights[0]! + weights[1]! + weights[2]! + weights[3]!;
    for (let w = 0; w < 4; w++) weights[w] = weights[w]! / left;
    const right = next.phiPlus + next.psiMinus + next.psiPlus + next.phiMinus;
    // The right state as a Pauli channel: I = Phi+, X = Psi+, Y = Psi-, Z = Phi-.
    applyChannelInPlace(
      weights,
      next.phiPlus / right,
      next.psiPlus / right,
      next.psiMinus / right,
      next.phiMinus / right,
    );
    if (p2 !== 1) {
      const each = (1 - p2) / 4;
      applyChannelInPlace(weights, 1 - 3 * each, each, each, each);
    }
    if (eta !== 1) {
      const wrong = 1 - eta;
      applyChannelInPlace(weights, eta * eta, eta * wrong, wrong * wrong, eta * wrong);
    }
  }
  return { phiPlus: weights[0]!, psiMinus: weights[1]!, psiPlus: weights[2]!, phiMinus: weights[3]! };
}

/**
 * applyPauliChannelUnchecked (pauli-channels.ts) on weights (Phi+, Psi-, Psi+, Phi-) in place, with the I, X, Y,
 * Z probabilities i, x, y, z, then the clamp and normalisation of fromUnnormalisedWeights.
 */
function applyChannelInPlace(weights: Float64Array, i: number, x: number, y: number, z: number): void {
  const a = weights[0]!;
  const b = weights[1]!;
  const c = weights[2]!;
  const d = weights[3]!;
  const na = Math.max(0, i * a + x * c + y * b + z * d);
  const nb = Math.max(0, i * b + x * d + y * a + z * c);
  const nc = Math.max(0, i * c + x * a + y * d + z * b);
  const nd = Math.max(0, i * d + x * b + y * c + z * a);
  const total = na + nb + nc + nd;
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new Error(`Bell-diagonal weights have no positive finite sum (${total})`);
  }
  weights[0] = na / total;
  weights[1] = nb / total;
  weights[2] = nc / total;
  weights[3] = nd / total;
}

/**
 * Swaps a chain of N >= 1 adjacent pairs into one end-to-end pair with N - 1 swaps. Because every
 * step is a Pauli channel and Pauli channels commute, the result does not depend on the order of the
 * swaps (nested or sequential). The success probability is p_s^(N-1).
 * @throws ParameterError naming `links[i]` or the option at fault.
 */
export function swapChain(links: readonly BellDiagonal[], options: SwapOptions = {}): SwapResult {
  if (!Array.isArray(links) || links.length === 0) {
    throw new ParameterError('links', 'must be a non-empty array of Bell-diagonal states');
  }
  const noise = resolveLocalOperationNoise(options);
  const swapSuccess = requireProbability(
    'bellMeasurementSuccessProbability',
    options.bellMeasurementSuccessProbability ?? 1,
  );
  const checked = links.map((link, index) => requireBellDiagonal(`links[${index}]`, link));
  let state = checked[0]!;
  for (const next of checked.slice(1)) {
    state = swapNoise(
      composeBellDiagonal(state, next),
      noise.twoQubitGateReliability,
      noise.measurementFidelity,
    );
  }
  const swaps = checked.length - 1;
  return { state, fidelity: state.phiPlus, successProbability: Math.pow(swapSuccess, swaps) };
}

/**
 * Closed form for Werner inputs (Duer et al., PRA 59, 169 (1999)): w_out = p2 (4 eta_m^2 - 1)/3 w1 w2,
 * with w = (4F - 1)/3. Returns the output fidelity F_out = (1 + 3 w_out)/4. Equals the fidelity of
 * {@link swapBellDiagonal} on Werner states.
 * @param options p2 and eta_m (default 1 each).
 */
export function swappedWernerFidelity(
  leftFidelity: Fidelity,
  rightFidelity: Fidelity,
  options: LocalOperationNoise = {},
): Fidelity {
  requireProbability('leftFidelity', leftFidelity);
  requireProbability('rightFidelity', rightFidelity);
  const { twoQubitGateReliability: p2, measurementFidelity: eta } = resolveLocalOperationNoise(options);
  const w =
    ((p2 * (4 * eta * eta - 1)) / 3) *
    wernerParameterFromFidelity(leftFidelity) *
    wernerParameterFromFidelity(rightFidelity);
  return fidelityFromWernerParameter(w);
}

/**
 * Fidelity after swapping N equal Werner links with perfect operations: w_out = w^N.
 * @param segments N >= 1 links.
 */
export function swappedChainWernerFidelity(linkFidelity: Fidelity, segments: number): Fidelity {
  requireProbability('linkFidelity', linkFidelity);
  requireInteger('segments', segments, 1);
  return fidelityFromWernerParameter(Math.pow(wernerParameterFromFidelity(linkFidelity), segments));
}
