/**
 * Input checks and safe construction for Bell-diagonal states (see bell-diagonal.ts), shared by the
 * channel, swapping, memory and purification models.
 *
 * Why a separate file: bell-diagonal.ts is owned by the lead; these helpers add (1) validation of a state
 * object a user passed in, naming the user's field, and (2) construction of a model's output state from
 * non-negative weights whose sum is 1 only up to rounding, without ever failing the [0, 1] check.
 * Assumptions: none beyond those of bell-diagonal.ts.
 */
import { ParameterError, requireProbability, type Fidelity } from '../core/index.js';
import { bellDiagonal, wernerState, type BellDiagonal } from './bell-diagonal.js';

/**
 * Checks that `state` is a Bell-diagonal state (each weight in [0, 1], sum 1 within 1e-9) and returns
 * it renormalised.
 * @throws ParameterError naming `field` (e.g. `state.phiPlus`) when it is not.
 */
export function requireBellDiagonal(field: string, state: BellDiagonal): BellDiagonal {
  if (state === null || typeof state !== 'object') {
    throw new ParameterError(field, 'must be a Bell-diagonal state {phiPlus, psiMinus, psiPlus, phiMinus}');
  }
  return bellDiagonal(state.phiPlus, state.psiMinus, state.psiPlus, state.phiMinus, field);
}

/**
 * A Bell-diagonal state given either as a state or as a fidelity, the latter meaning the Werner state of
 * that fidelity (the usual output of a twirled elementary link).
 * @throws ParameterError naming `field` when the state or fidelity is invalid.
 */
export function stateOrWerner(field: string, value: BellDiagonal | Fidelity): BellDiagonal {
  if (typeof value === 'number') return wernerState(requireProbability(field, value));
  return requireBellDiagonal(field, value);
}

/**
 * Builds a state from model-computed weights that are mathematically non-negative and sum to a positive
 * total: clamps rounding-level negatives to 0 and divides by the computed sum, so every weight is in
 * [0, 1] exactly and the state is normalised. Internal to the physics models, not for user input.
 */
export function fromUnnormalisedWeights(
  phiPlus: number,
  psiMinus: number,
  psiPlus: number,
  phiMinus: number,
): BellDiagonal {
  const a = Math.max(0, phiPlus);
  const b = Math.max(0, psiMinus);
  const c = Math.max(0, psiPlus);
  const d = Math.max(0, phiMinus);
  const total = a + b + c + d;
  if (!(total > 0) || !Number.isFinite(total)) {
    // Unreachable for valid inputs; a bug, not a user error.
    throw new Error(`Bell-diagonal weights have no positive finite sum (${total})`);
  }
  return { phiPlus: a / total, psiMinus: b / total, psiPlus: c / total, phiMinus: d / total };
}

/** Largest absolute difference between corresponding weights of two states (convergence tests). */
export function largestWeightChange(a: BellDiagonal, b: BellDiagonal): number {
  return Math.max(
    Math.abs(a.phiPlus - b.phiPlus),
    Math.abs(a.psiMinus - b.psiMinus),
    Math.abs(a.psiPlus - b.psiPlus),
    Math.abs(a.phiMinus - b.phiMinus),
  );
}
