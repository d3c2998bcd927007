/**
 * BBPSSW recurrence purification (Bennett, Brassard, Popescu, Schumacher, Smolin & Wootters, PRL 76,
 * 722 (1996)) on Werner pairs, twirling back to a Werner state after every step.
 *
 * Two Werner pairs of fidelity F: a bilateral CNOT, a Z measurement of the target pair, keep the source
 * if the results agree, then twirl (random bilateral rotations) the kept pair back to Werner form:
 *   p = F^2 + 2F(1-F)/3 + 5((1-F)/3)^2,   F' = (F^2 + ((1-F)/3)^2) / p   (physics.md §4).
 * F = 1/2 is a fixed point; F > 1/2 increases. On Werner inputs the bilateral CNOT step equals the
 * DEJMPS step (the DEJMPS rotation only exchanges two equal weights), so the noisy version reuses the
 * DEJMPS kernel with the same noise model and twirls the output. Non-Werner inputs are twirled first
 * (that is what BBPSSW does, and why DEJMPS is better on them).
 */
import { requireProbability, type Fidelity, type Probability } from '../core/index.js';
import { twirl, wernerState, type BellDiagonal } from './bell-diagonal.js';
import { requireBellDiagonal } from './bell-diagonal-checks.js';
import {
  resolveLocalOperationNoise,
  type LocalOperationNoise,
  type ResolvedLocalOperationNoise,
} from './local-operation-noise.js';
import { dejmpsRoundUnchecked, type PurificationOutcome } from './purification-dejmps.js';

/**
 * Closed-form BBPSSW step on two Werner pairs of fidelity F with perfect operations.
 * @param fidelity F in [0, 1].
 * @returns F' and the success probability p.
 */
export function bbpsswWernerRound(fidelity: Fidelity): {
  fidelity: Fidelity;
  successProbability: Probability;
} {
  requireProbability('fidelity', fidelity);
  const other = (1 - fidelity) / 3;
  const successProbability = fidelity * fidelity + 2 * fidelity * other + 5 * other * other;
  return { fidelity: (fidelity * fidelity + other * other) / successProbability, successProbability };
}

/** One BBPSSW step without input checks; see {@link bbpsswRound}. */
export function bbpsswRoundUnchecked(
  source: BellDiagonal,
  target: BellDiagonal,
  noise: ResolvedLocalOperationNoise,
): PurificationOutcome {
  const outcome = dejmpsRoundUnchecked(twirl(source), twirl(target), noise);
  const state = wernerState(outcome.fidelity);
  return { state, fidelity: state.phiPlus, successProbability: outcome.successProbability };
}

/**
 * One BBPSSW step: twirl both inputs to Werner states, bilateral CNOT, compare, twirl the kept pair.
 * The inputs may have different fidelities.
 * @param source the kept pair. @param target the measured pair. @param noise p2 and eta_m (default perfect).
 * @throws ParameterError naming `source`, `target` or the noise field.
 */
export function bbpsswRound(
  source: BellDiagonal,
  target: BellDiagonal,
  noise: LocalOperationNoise = {},
): PurificationOutcome {
  return bbpsswRoundUnchecked(
    requireBellDiagonal('source', source),
    requireBellDiagonal('target', target),
    resolveLocalOperationNoise(noise),
  );
}
