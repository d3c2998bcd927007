/**
 * DEJMPS recurrence purification of two Bell-diagonal pairs (Deutsch, Ekert, Jozsa, Macchiavello,
 * Popescu & Sanpera, PRL 77, 2818 (1996)), with noisy local operations (Duer & Briegel, Rep. Prog.
 * Phys. 70, 1381 (2007), §4.3; Duer, Briegel, Cirac & Zoller, PRA 59, 169 (1999)).
 *
 * Protocol: Alice rotates her qubits by exp(-i pi/4 X), Bob by exp(+i pi/4 X) (this exchanges the Psi-
 * and Phi- weights), both apply a CNOT from the kept (source) pair onto the sacrificed (target) pair,
 * measure the target in the Z basis and keep the source if their results agree. With weights (A, B, C, D)
 * = (Phi+, Psi-, Psi+, Phi-) and perfect operations (physics.md §4):
 *   N = (A1+B1)(A2+B2) + (C1+D1)(C2+D2),  A' = (A1A2 + B1B2)/N,  B' = (C1D2 + D1C2)/N,
 *   C' = (C1C2 + D1D2)/N,  D' = (A1B2 + B1A2)/N,  success probability N.
 * Noise model (local-operation-noise.ts): each party's CNOT depolarises its two qubits with reliability
 * p2, so the four-qubit input is p2^2 rho1 (x) rho2 + (1 - p2^2) (maximally mixed); the mixed part
 * contributes 1/8 to each unnormalised output weight. Each target measurement is wrong with probability
 * 1 - eta_m, so the parity is reported correctly with probability eta^2 + (1-eta)^2; when it is wrong,
 * pairs whose true parity differs are kept and contribute the cross terms below (derived in the Pauli
 * frame: the source keeps the bit error x1 and the phase error z1 xor z2). These expressions agree with
 * Duer's recurrence formulas for noisy DEJMPS (checked numerically to 1e-15) and with a state-vector
 * simulation of the circuit (test/physics/purification-dejmps.test.ts).
 * Assumption: the source is the pair that is kept; with measurement errors the map is not symmetric.
 */
import type { Fidelity, Probability } from '../core/index.js';
import type { BellDiagonal } from './bell-diagonal.js';
import { fromUnnormalisedWeights, requireBellDiagonal } from './bell-diagonal-checks.js';
import {
  parityReportedCorrectly,
  resolveLocalOperationNoise,
  type LocalOperationNoise,
  type ResolvedLocalOperationNoise,
} from './local-operation-noise.js';

/** Result of one purification step, conditioned on success. */
export interface PurificationOutcome {
  /** State of the kept pair after a successful step. */
  readonly state: BellDiagonal;
  /** Its fidelity with |Phi+>. */
  readonly fidelity: Fidelity;
  /** Probability that the step succeeds (both parties' results agree). */
  readonly successProbability: Probability;
}

/**
 * One DEJMPS step without input checks, for iterating models whose inputs are already valid states and
 * resolved noise. See {@link dejmpsRound}.
 */
export function dejmpsRoundUnchecked(
  source: BellDiagonal,
  target: BellDiagonal,
  noise: ResolvedLocalOperationNoise,
): PurificationOutcome {
  const { phiPlus: a1, psiMinus: b1, psiPlus: c1, phiMinus: d1 } = source;
  const { phiPlus: a2, psiMinus: b2, psiPlus: c2, phiMinus: d2 } = target;
  const right = noise.measurementFidelity === 1 ? 1 : parityReportedCorrectly(noise.measurementFidelity);
  const wrong = 1 - right;
  // Pairs with equal bit errors (kept when the parity is read correctly) ...
  let phiPlus = right * (a1 * a2 + b1 * b2);
  let psiMinus = right * (c1 * d2 + d1 * c2);
  let psiPlus = right * (c1 * c2 + d1 * d2);
  let phiMinus = right * (a1 * b2 + b1 * a2);
  // ... and pairs with different bit errors (kept when the parity is misread).
  if (wrong > 0) {
    phiPlus += wrong * (a1 * c2 + b1 * d2);
    psiMinus += wrong * (c1 * b2 + d1 * a2);
    psiPlus += wrong * (c1 * a2 + d1 * b2);
    phiMinus += wrong * (a1 * d2 + b1 * c2);
  }
  const intact = noise.twoQubitGateReliability * noise.twoQubitGateReliability;
  if (intact < 1) {
    const mixed = (1 - intact) / 8;
    phiPlus = intact * phiPlus + mixed;
    psiMinus = intact * psiMinus + mixed;
    psiPlus = intact * psiPlus + mixed;
    phiMinus = intact * phiMinus + mixed;
  }
  const successProbability = phiPlus + psiMinus + psiPlus + phiMinus;
  const state = fromUnnormalisedWeights(phiPlus, psiMinus, psiPlus, phiMinus);
  return { state, fidelity: state.phiPlus, successProbability: Math.min(1, successProbability) };
}

/**
 * One DEJMPS purification step on two Bell-diagonal pairs (they may differ).
 * @param source the pair that is kept. @param target the pair that is measured and consumed.
 * @param noise p2 and eta_m (default perfect).
 * @returns the kept pair's state given success, its fidelity and the success probability.
 * @throws ParameterError naming `source`, `target` or the noise field.
 */
export function dejmpsRound(
  source: BellDiagonal,
  target: BellDiagonal,
  noise: LocalOperationNoise = {},
): PurificationOutcome {
  return dejmpsRoundUnchecked(
    requireBellDiagonal('source', source),
    requireBellDiagonal('target', target),
    resolveLocalOperationNoise(noise),
  );
}
