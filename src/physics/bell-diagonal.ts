/**
 * Bell-diagonal two-qubit states, the state representation used throughout qnet-planner.
 *
 * A Bell-diagonal state is a mixture of the four Bell states with coefficients in the order of
 * physics.md: (A, B, C, D) = (Phi+, Psi-, Psi+, Phi-). The target state is |Phi+>, so the fidelity is A.
 * Werner states are the special case B = C = D = (1 - F)/3, with Werner parameter w = (4F - 1)/3
 * (Werner, PRA 40, 4277 (1989); Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007), §2).
 * Every noise channel used here (depolarising, dephasing, amplitude damping after twirling, Pauli errors,
 * swapping, purification) maps Bell-diagonal states to Bell-diagonal states, which is why this
 * four-number representation is exact for our models and far cheaper than density matrices.
 */
import { ParameterError, requireProbability, type Fidelity } from '../core/index.js';

/** Coefficients of a Bell-diagonal state; each in [0, 1], summing to 1. */
export interface BellDiagonal {
  /** Weight of |Phi+> (the target): the fidelity. */
  readonly phiPlus: number;
  /** Weight of |Psi->. */
  readonly psiMinus: number;
  /** Weight of |Psi+>. */
  readonly psiPlus: number;
  /** Weight of |Phi->. */
  readonly phiMinus: number;
}

/** Tolerance on the sum of coefficients before a state is rejected as unnormalised. */
const NORMALISATION_TOLERANCE = 1e-9;

/** The perfect Bell pair |Phi+>. */
export const PERFECT_PAIR: BellDiagonal = { phiPlus: 1, psiMinus: 0, psiPlus: 0, phiMinus: 0 };

/** The maximally mixed two-qubit state (fidelity 1/4). */
export const MAXIMALLY_MIXED: BellDiagonal = { phiPlus: 0.25, psiMinus: 0.25, psiPlus: 0.25, phiMinus: 0.25 };

/** True exactly when requireProbability accepts the value (a number in [0, 1]; NaN fails both). */
function isWeight(value: number): boolean {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

/**
 * Builds a Bell-diagonal state, checking each weight is in [0, 1] and the sum is 1 (within 1e-9),
 * then renormalising away rounding error.
 * @throws ParameterError naming `field` when the weights are invalid.
 */
export function bellDiagonal(
  phiPlus: number,
  psiMinus: number,
  psiPlus: number,
  phiMinus: number,
  field = 'state',
): BellDiagonal {
  // The field names are built only when a weight fails (this runs for every state of every route; issue 3).
  if (!(isWeight(phiPlus) && isWeight(psiMinus) && isWeight(psiPlus) && isWeight(phiMinus))) {
    requireProbability(`${field}.phiPlus`, phiPlus);
    requireProbability(`${field}.psiMinus`, psiMinus);
    requireProbability(`${field}.psiPlus`, psiPlus);
    requireProbability(`${field}.phiMinus`, phiMinus);
  }
  const total = phiPlus + psiMinus + psiPlus + phiMinus;
  if (Math.abs(total - 1) > NORMALISATION_TOLERANCE) {
    throw new ParameterError(field, `Bell-diagonal weights must sum to 1 (got ${total})`);
  }
  return {
    phiPlus: phiPlus / total,
    psiMinus: psiMinus / total,
    psiPlus: psiPlus / total,
    phiMinus: phiMinus / total,
  };
}

/** Fidelity with |Phi+> of a Bell-diagonal state (its Phi+ weight). */
export function fidelityOf(state: BellDiagonal): Fidelity {
  return state.phiPlus;
}

/** The Werner state of fidelity F: (F, (1-F)/3, (1-F)/3, (1-F)/3). Valid for F in [0, 1]. */
export function wernerState(fidelity: Fidelity): BellDiagonal {
  requireProbability('fidelity', fidelity);
  const other = (1 - fidelity) / 3;
  return { phiPlus: fidelity, psiMinus: other, psiPlus: other, phiMinus: other };
}

/** Werner parameter w = (4F - 1)/3 of a fidelity F (w in [-1/3, 1]). */
export function wernerParameterFromFidelity(fidelity: Fidelity): number {
  return (4 * fidelity - 1) / 3;
}

/** Fidelity F = (1 + 3w)/4 of a Werner parameter w. */
export function fidelityFromWernerParameter(wernerParameter: number): Fidelity {
  return (1 + 3 * wernerParameter) / 4;
}

/**
 * Twirls a Bell-diagonal state into the Werner state of the same fidelity (random bilateral rotations,
 * Bennett et al., PRL 76, 722 (1996)); used by BBPSSW between rounds.
 */
export function twirl(state: BellDiagonal): BellDiagonal {
  return wernerState(state.phiPlus);
}

/** Four coefficients as an array in physics.md order (A, B, C, D), for JSON output. */
export function bellDiagonalToArray(state: BellDiagonal): [number, number, number, number] {
  return [state.phiPlus, state.psiMinus, state.psiPlus, state.phiMinus];
}
