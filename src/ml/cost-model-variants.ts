/**
 * Communication cost of the two other model families of the paper: a graph CNN with quadratic activation
 * (exponential advantage) and a linear classifier with margin gamma (no exponential advantage).
 *
 * Source: Gilboa, Michaeli, Soudry & McClean, arXiv 2310.07136 (NeurIPS 2024): the graph model
 * phi(X) = tr[P(sigma(A X W1)) W2] with sigma(z) = z^2 needs O(log N) qubits against Omega(sqrt N) bits; for
 * linear classification with margin gamma, Omega(sqrt(N / max(1, ceil(gamma N)))) qubits against
 * O(min(N, 1/gamma^2)) bits. distributed-ml.md.
 * Assumptions (the theorems' constants are unknown, so each is an explicit workload option):
 * - graph CNN: Alice holds the features X (V nodes x D features, N = V D), amplitude-encoded into
 *   ceil(log2 V) + ceil(log2 D) qubits and sent over one hop; Bob applies A (x) W1 as a unitary (a block
 *   encoding that succeeds with probability p would multiply the copies by 1/p) and measures a diagonal
 *   observable, so the quadratic activation is Born's rule |amplitude|^2 on a single copy. Copies follow
 *   Hoeffding for one expectation. Classically Alice sends X (N b bits); the lower bound
 *   c_g sqrt(N) bits (c_g default 1) is reported beside it.
 * - graph-CNN gradient (this planner's derivation, not a theorem of the paper): only the readout W2 is
 *   trained. phi is linear in W2, so dphi/dW2_k = z_k, the pooled probability of feature outcome k: a
 *   probability of a computational-basis outcome, measurable on the same copies as inference. With m = D
 *   readout weights and a union bound, every z_k to +/- eps with probability 1 - delta needs
 *   S_m = ceil(c_H ln(2 m / delta) / eps^2) copies per estimate. 'naive' estimates each derivative from its own
 *   copies (m S_m); 'pooled' uses one pool for all (S_m), which the commuting (diagonal) observables allow,
 *   so shadow tomography is not needed. Gradients through W1 (inside the block encoding) are not modelled.
 *   Classically Alice sends X once (N b bits) and Bob computes the gradient locally.
 * - linear classifier: the quantum figure is a LOWER bound and the classical one an UPPER bound, each with
 *   constant 1 by default, so bits / qubits is the most the quantum side could gain. The paper's bounds are
 *   for classification only, so no gradient step is modelled for it.
 */
import { ParameterError } from '../core/index.js';
import type { Bits } from '../core/index.js';
import { ceilLog2, hoeffdingCopies } from './cost-model.js';
import type { ResolvedWorkload } from './workload.js';

/** Communication of one graph-CNN inference. */
export interface GraphCnnCost {
  /** Graph nodes V = ceil(N / D). */
  readonly graphNodes: number;
  /** Features per node D. */
  readonly graphFeatures: number;
  /** Qubits per copy ceil(log2 V) + ceil(log2 D). */
  readonly qubitsPerCopy: number;
  /** Hops per copy (Alice to Bob): 1. */
  readonly hops: number;
  /** Copies S = ceil(c_H ln(2/delta) / eps^2). */
  readonly copies: number;
  /** Qubits S x hops x qubits per copy. */
  readonly qubits: number;
  /** Bits of the standard classical protocol: Alice sends X, N b bits. */
  readonly bits: Bits;
  /** Classical lower bound ceil(c_g sqrt(N)) bits: no classical protocol can use fewer (up to c_g). */
  readonly classicalLowerBoundBits: Bits;
}

/** Graph-CNN inference cost for the workload (its dimension N = V D and graphFeatures D). */
export function graphCnnCost(workload: ResolvedWorkload): GraphCnnCost {
  const graphFeatures = workload.graphFeatures;
  const graphNodes = Math.ceil(workload.dimension / graphFeatures);
  const qubitsPerCopy = Math.max(1, ceilLog2(graphNodes) + ceilLog2(graphFeatures));
  const hops = 1;
  const copies = hoeffdingCopies(workload.epsilon, workload.delta, workload.hoeffdingConstant);
  return {
    graphNodes,
    graphFeatures,
    qubitsPerCopy,
    hops,
    copies,
    qubits: copies * hops * qubitsPerCopy,
    bits: workload.dimension * workload.bitsPerNumber,
    classicalLowerBoundBits: ceilOfBound(workload.graphClassicalConstant * Math.sqrt(workload.dimension)),
  };
}

/** Communication of one graph-CNN gradient step (readout weights W2 only). */
export interface GraphCnnGradientCost {
  /** Readout weights m = D (one per feature outcome). */
  readonly readoutParameters: number;
  /** Copies per estimate S_m = ceil(c_H ln(2 m / delta) / eps^2) (union bound over the m derivatives). */
  readonly copiesPerEstimate: number;
  /** Copies when each derivative has its own copies: m S_m. */
  readonly naiveCopies: number;
  /** Copies when one pool serves every derivative (commuting diagonal observables): S_m. */
  readonly pooledCopies: number;
  /** Qubits per copy, as for inference. */
  readonly qubitsPerCopy: number;
  /** Bits of the classical protocol: Alice sends X once, N b bits. */
  readonly bits: Bits;
}

/** Graph-CNN readout-gradient cost for the workload (see the header for the derivation). */
export function graphCnnGradientCost(workload: ResolvedWorkload): GraphCnnGradientCost {
  const inference = graphCnnCost(workload);
  const readoutParameters = inference.graphFeatures;
  const copiesPerEstimate = hoeffdingCopies(
    workload.epsilon,
    workload.delta,
    workload.hoeffdingConstant,
    readoutParameters,
  );
  return {
    readoutParameters,
    copiesPerEstimate,
    naiveCopies: readoutParameters * copiesPerEstimate,
    pooledCopies: copiesPerEstimate,
    qubitsPerCopy: inference.qubitsPerCopy,
    bits: inference.bits,
  };
}

/** ceil that ignores float noise just above an integer (1 / 0.01^2 must give 10000, not 10001). */
function ceilOfBound(value: number): number {
  return Math.ceil(value * (1 - 1e-12));
}

/** Communication bounds of linear classification with margin gamma. */
export interface LinearClassifierCost {
  /** Margin gamma. */
  readonly margin: number;
  /** Quantum lower bound ceil(c_q sqrt(N / max(1, ceil(gamma N)))) qubits. */
  readonly qubitsLowerBound: number;
  /** Classical upper bound ceil(c_c min(N, 1/gamma^2)) bits. */
  readonly bitsUpperBound: Bits;
  /** bitsUpperBound / qubitsLowerBound: the largest gain the quantum side could have (polynomial, not exponential). */
  readonly maximumAdvantage: number;
}

/**
 * Linear-classifier bounds. Requires a 'linear-classifier' workload (which carries the margin).
 * @throws ParameterError('margin') when the workload has no margin.
 */
export function linearClassifierCost(workload: ResolvedWorkload): LinearClassifierCost {
  const margin = workload.margin;
  if (margin === undefined) {
    throw new ParameterError('margin', "is required (use model 'linear-classifier')");
  }
  const n = workload.dimension;
  const qubitsLowerBound = ceilOfBound(
    workload.marginQuantumConstant * Math.sqrt(n / Math.max(1, ceilOfBound(margin * n))),
  );
  const bitsUpperBound = ceilOfBound(workload.marginClassicalConstant * Math.min(n, 1 / (margin * margin)));
  return { margin, qubitsLowerBound, bitsUpperBound, maximumAdvantage: bitsUpperBound / qubitsLowerBound };
}
