/**
 * Communication cost of inference and gradient estimation for the deep-unitary model: qubits over a
 * quantum link against bits over a classical one.
 *
 * Source: Gilboa, Michaeli, Soudry & McClean, arXiv 2310.07136 (NeurIPS 2024), the setting of Fig. 2 and
 * its inference/gradient theorems; the explicit-constant cost model of distributed-ml.md. Copy counts:
 * Hoeffding (1963) for one expectation; a union bound over the P_tot derivatives for the parameter-shift
 * gradient; shadow tomography (Aaronson 2017; Badescu & O'Donnell 2021: O(log^2 m log d / eps^4) copies).
 * Assumptions: data amplitude-encoded into n = ceil(log2 N) qubits; the 2L unitaries sit on alternating
 * parties, so a forward pass crosses H = 2L - 1 hops; every measurement consumes its copy; classically,
 * each hop carries the N-dimensional activation at b bits per number (model-parallel pipeline).
 */
import { requireInteger, requirePositive } from '../core/index.js';
import type { Bits } from '../core/index.js';
import { requireOpenUnitInterval, type ResolvedWorkload } from './workload.js';

/** ceil(log2 k) for an integer k >= 1, exact up to 2^53 (0 for k = 1). */
export function ceilLog2(k: number): number {
  requireInteger('k', k, 1);
  let exponent = Math.ceil(Math.log2(k));
  // Math.log2 rounds: near 2^52 it can return m for 2^m + 1, so correct by exact powers of two.
  while (2 ** exponent < k) exponent++;
  while (exponent > 0 && 2 ** (exponent - 1) >= k) exponent--;
  return exponent;
}

/** Qubits n = ceil(log2 N) holding an amplitude-encoded vector of dimension N (N >= 2). */
export function qubitsForDimension(dimension: number): number {
  requireInteger('dimension', dimension, 2);
  return ceilLog2(dimension);
}

/** Hops H = 2L - 1 of one forward pass through L layers on alternating parties (L >= 1). */
export function hopsPerPass(layers: number): number {
  requireInteger('layers', layers, 1);
  return 2 * layers - 1;
}

/**
 * Copies S = ceil(c_H ln(2 m / delta) / eps^2) that estimate m expectations of observables bounded by 1
 * to +/- eps, all together with probability >= 1 - delta (Hoeffding with a union bound over m).
 */
export function hoeffdingCopies(
  epsilon: number,
  delta: number,
  hoeffdingConstant: number,
  estimates = 1,
): number {
  requireOpenUnitInterval('epsilon', epsilon);
  requireOpenUnitInterval('delta', delta);
  requirePositive('hoeffdingConstant', hoeffdingConstant);
  requireInteger('estimates', estimates, 1);
  return Math.ceil((hoeffdingConstant * Math.log((2 * estimates) / delta)) / (epsilon * epsilon));
}

/** Communication of one inference (one estimated expectation value F). */
export interface InferenceCost {
  /** Qubits per copy n = ceil(log2 N). */
  readonly qubitsPerCopy: number;
  /** Hops per forward pass H = 2L - 1. */
  readonly hops: number;
  /** Copies S_inf = ceil(c_H ln(2/delta) / eps^2). */
  readonly copies: number;
  /** Qubits Q_inf = S_inf H n. */
  readonly qubits: number;
  /** Classical bits C_inf = H N b. */
  readonly bits: Bits;
}

/** Inference cost of the deep-unitary model (distributed-ml.md: S_inf, Q_inf, C_inf). */
export function inferenceCost(workload: ResolvedWorkload): InferenceCost {
  const qubitsPerCopy = qubitsForDimension(workload.dimension);
  const hops = hopsPerPass(workload.layers);
  const copies = hoeffdingCopies(workload.epsilon, workload.delta, workload.hoeffdingConstant);
  return {
    qubitsPerCopy,
    hops,
    copies,
    qubits: copies * hops * qubitsPerCopy,
    bits: hops * workload.dimension * workload.bitsPerNumber,
  };
}

/** Communication of one full gradient (all P_tot derivatives) by three methods. */
export interface GradientCost {
  /** Trainable parameters P_tot = 2 L P. */
  readonly totalParameters: number;
  /** Copies per shifted circuit S_pair = ceil(c_H ln(2 P_tot / delta) / eps^2). */
  readonly copiesPerShift: number;
  /** Qubits of the parameter-shift gradient Q_naive = 2 P_tot S_pair H n. */
  readonly naiveQubits: number;
  /** Shadow-tomography copies per layer pair K (see {@link shadowTomographyCopies}). */
  readonly shadowCopies: number;
  /** Qubits of the shadow-tomography gradient Q_ST = 2L K 2H (n + 1) (one ancilla per copy). */
  readonly shadowQubits: number;
  /** Classical model-parallel backprop C_grad = 2 H N b (activations forward, gradients back). */
  readonly bits: Bits;
  /** Classical data-parallel all-reduce C_dp = 2 P_tot b (needs every party to hold the whole model). */
  readonly dataParallelBits: Bits;
}

/**
 * Shadow-tomography copies K = ceil(c_ST log2(max(P,2))^2 log2(2N) ln(2L/delta) / eps^k), k = 4 by default:
 * the P observables of one layer on a 2N-dimensional space (data plus one ancilla), for each of the L
 * layer pairs with the failure probability split over them.
 */
export function shadowTomographyCopies(workload: ResolvedWorkload): number {
  const w = workload;
  const logObservables = Math.log2(Math.max(w.paramsPerUnitary, 2));
  return Math.ceil(
    (w.shadowConstant *
      logObservables *
      logObservables *
      Math.log2(2 * w.dimension) *
      Math.log((2 * w.layers) / w.delta)) /
      Math.pow(w.epsilon, w.shadowEpsilonExponent),
  );
}

/** Gradient cost of the deep-unitary model (distributed-ml.md: P_tot, S_pair, Q_naive, K, Q_ST, C_grad, C_dp). */
export function gradientCost(workload: ResolvedWorkload): GradientCost {
  const { qubitsPerCopy, hops } = inferenceCost(workload);
  const totalParameters = 2 * workload.layers * workload.paramsPerUnitary;
  const copiesPerShift = hoeffdingCopies(
    workload.epsilon,
    workload.delta,
    workload.hoeffdingConstant,
    totalParameters,
  );
  const shadowCopies = shadowTomographyCopies(workload);
  return {
    totalParameters,
    copiesPerShift,
    naiveQubits: 2 * totalParameters * copiesPerShift * hops * qubitsPerCopy,
    shadowCopies,
    shadowQubits: 2 * workload.layers * shadowCopies * 2 * hops * (qubitsPerCopy + 1),
    bits: 2 * hops * workload.dimension * workload.bitsPerNumber,
    dataParallelBits: 2 * totalParameters * workload.bitsPerNumber,
  };
}
