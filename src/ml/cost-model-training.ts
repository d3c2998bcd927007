/**
 * Communication cost of training the last layer for T steps from one pool of copies.
 *
 * Source: distributed-ml.md "Training over many steps", after Gilboa, Michaeli, Soudry & McClean,
 * arXiv 2310.07136 (the talk's claim of polylog(T) qubits), using online/threshold shadow tomography
 * (Aaronson 2017; Badescu & O'Donnell 2021) so that the gradient observables of all T steps are answered
 * from one pool of K_T copies sent over one hop.
 * Assumptions: c_ST and the epsilon exponent are the workload's (unknown in the literature, default 1 and 4);
 * classically Alice sends her N features once (N b bits) and Bob trains locally.
 */
import { ParameterError } from '../core/index.js';
import type { Bits } from '../core/index.js';
import { qubitsForDimension } from './cost-model.js';
import type { ResolvedWorkload } from './workload.js';

/** The caveat every report of {@link trainingCost} must show next to the numbers. */
export const TRAINING_CAVEAT =
  'Classically, Alice can send her features once (N x b bits) and Bob trains locally for as many steps as ' +
  'he likes, so the quantum gain in last-layer training is in N and in Bob never holding x, not in the ' +
  'number of steps T.';

/** Communication of T steps of last-layer training. */
export interface TrainingCost {
  /** Training steps T. */
  readonly steps: number;
  /** Qubits per copy n = ceil(log2 N). */
  readonly qubitsPerCopy: number;
  /** Copies K_T = ceil(c_ST log2(max(T P, 2))^2 log2 N ln(1/delta) / eps^k). */
  readonly copies: number;
  /** Qubits Q_train = K_T n (one hop). */
  readonly qubits: number;
  /** Classical bits C_train = N b (features sent once). */
  readonly bits: Bits;
  /** {@link TRAINING_CAVEAT}. */
  readonly caveat: string;
}

/**
 * Last-layer training cost over the workload's trainingSteps T.
 * @throws ParameterError('trainingSteps') when the workload has no trainingSteps.
 */
export function trainingCost(workload: ResolvedWorkload): TrainingCost {
  const steps = workload.trainingSteps;
  if (steps === undefined) throw new ParameterError('trainingSteps', 'is required for training costs');
  const w = workload;
  const qubitsPerCopy = qubitsForDimension(w.dimension);
  const logObservables = Math.log2(Math.max(steps * w.paramsPerUnitary, 2));
  const copies = Math.ceil(
    (w.shadowConstant * logObservables * logObservables * Math.log2(w.dimension) * Math.log(1 / w.delta)) /
      Math.pow(w.epsilon, w.shadowEpsilonExponent),
  );
  return {
    steps,
    qubitsPerCopy,
    copies,
    qubits: copies * qubitsPerCopy,
    bits: w.dimension * w.bitsPerNumber,
    caveat: TRAINING_CAVEAT,
  };
}
