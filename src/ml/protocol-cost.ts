/**
 * One shape for every (model, task) pair, so the end-to-end time model, the crossover search and the
 * tables do not need to know which formula produced the numbers.
 *
 * Source: the cost formulas of distributed-ml.md (see cost-model.ts, cost-model-training.ts,
 * cost-model-variants.ts). Gate and flop counts are this planner's explicit assumptions (workload options
 * gatesPerParameter, classicalFlopsPerParameterAmplitude, backpropFlopFactor), not the paper's:
 * - quantum: each parameterised gate is one logical gate (x gatesPerParameter); encoding is counted
 *   separately by the time model because it depends on the encoding assumption;
 * - classical: applying one parameterised gate to an N-vector costs f N flops; a gradient costs
 *   backpropFlopFactor times a forward pass; a linear classifier costs 2N flops (a dot product).
 * Invariant: qubits = copies x hopsPerCopy x qubitsPerCopy.
 */
import { ParameterError } from '../core/index.js';
import type { Bits } from '../core/index.js';
import { gradientCost, inferenceCost } from './cost-model.js';
import { trainingCost } from './cost-model-training.js';
import { graphCnnCost, graphCnnGradientCost, linearClassifierCost } from './cost-model-variants.js';
import type { MlModel, ResolvedWorkload } from './workload.js';

/** What is computed over the link. */
export type MlTask = 'inference' | 'gradient-naive' | 'gradient-shadow' | 'training-last-layer';

/** Every task, for validation. */
export const ML_TASKS: readonly MlTask[] = [
  'inference',
  'gradient-naive',
  'gradient-shadow',
  'training-last-layer',
];

/** Communication, gate and flop counts of one task on one workload. */
export interface ProtocolCost {
  readonly model: MlModel;
  readonly task: MlTask;
  /** Data dimension N. */
  readonly dimension: number;
  /** Quantum copies consumed (each measured once). */
  readonly copies: number;
  /** Link crossings per copy. */
  readonly hopsPerCopy: number;
  /** Qubits carried per copy per hop. */
  readonly qubitsPerCopy: number;
  /** Total qubits sent: copies x hopsPerCopy x qubitsPerCopy. */
  readonly qubits: number;
  /** Logical gates per copy for the model's unitaries (encoding excluded). */
  readonly gatesPerCopy: number;
  /** Data encodings per copy (1, or 0 where the figure is a bound with no protocol behind it). */
  readonly encodingsPerCopy: number;
  /** Bits of the classical protocol. */
  readonly bits: Bits;
  /** Sequential message rounds of the classical protocol (each costs one latency). */
  readonly classicalRounds: number;
  /** Classical floating-point operations of the classical protocol. */
  readonly classicalFlops: number;
  /** How the figures were obtained, for reports. */
  readonly basis: string;
}

function unsupported(model: MlModel, task: MlTask): ParameterError {
  const why =
    model === 'linear-classifier'
      ? "the paper's margin bounds are for classification only"
      : "its one-pool formula is the deep unitary's";
  return new ParameterError('task', `${task} is not modelled for '${model}': ${why}`);
}

/** The tasks each model supports (the deep unitary: all). */
export function modelSupportsTask(model: MlModel, task: MlTask): boolean {
  if (model === 'deep-unitary' || task === 'inference') return true;
  return model === 'graph-cnn' && (task === 'gradient-naive' || task === 'gradient-shadow');
}

/** The task-dependent part of a {@link ProtocolCost}. */
type TaskCounts = Omit<ProtocolCost, 'model' | 'task' | 'dimension'>;

function graphCnnCounts(w: ResolvedWorkload, task: MlTask): TaskCounts {
  const c = graphCnnCost(w);
  const forwardFlops = w.classicalFlopsPerParameterAmplitude * w.dimension * w.paramsPerUnitary;
  if (task === 'gradient-naive' || task === 'gradient-shadow') {
    const g = graphCnnGradientCost(w);
    const naive = task === 'gradient-naive';
    const copies = naive ? g.naiveCopies : g.pooledCopies;
    return {
      copies,
      hopsPerCopy: c.hops,
      qubitsPerCopy: g.qubitsPerCopy,
      qubits: copies * c.hops * g.qubitsPerCopy,
      gatesPerCopy: w.gatesPerParameter * w.paramsPerUnitary,
      encodingsPerCopy: 1,
      bits: g.bits,
      classicalRounds: 1,
      classicalFlops: w.backpropFlopFactor * forwardFlops,
      basis: naive
        ? `graph CNN readout gradient, each of m = ${g.readoutParameters} derivatives from its own copies: m S_m copies vs N b bits`
        : `graph CNN readout gradient, one pool for all m = ${g.readoutParameters} commuting derivatives: S_m copies vs N b bits`,
    };
  }
  return {
    copies: c.copies,
    hopsPerCopy: c.hops,
    qubitsPerCopy: c.qubitsPerCopy,
    qubits: c.qubits,
    gatesPerCopy: w.gatesPerParameter * w.paramsPerUnitary,
    encodingsPerCopy: 1,
    bits: c.bits,
    classicalRounds: 1,
    classicalFlops: forwardFlops,
    basis: `graph CNN: quantum O(log N) protocol vs classical N b bits (lower bound ${c.classicalLowerBoundBits} bits)`,
  };
}

function linearClassifierCounts(w: ResolvedWorkload): TaskCounts {
  const c = linearClassifierCost(w);
  return {
    copies: 1,
    hopsPerCopy: 1,
    qubitsPerCopy: c.qubitsLowerBound,
    qubits: c.qubitsLowerBound,
    gatesPerCopy: 0,
    encodingsPerCopy: 0,
    bits: c.bitsUpperBound,
    classicalRounds: 1,
    classicalFlops: 2 * w.dimension,
    basis: 'linear classifier: quantum LOWER bound vs classical UPPER bound (no exponential advantage)',
  };
}

function deepUnitaryCounts(w: ResolvedWorkload, task: MlTask): TaskCounts {
  const flopsPerGatePass = w.classicalFlopsPerParameterAmplitude * w.dimension;
  if (task === 'training-last-layer') {
    const t = trainingCost(w);
    return {
      copies: t.copies,
      hopsPerCopy: 1,
      qubitsPerCopy: t.qubitsPerCopy,
      qubits: t.qubits,
      gatesPerCopy: w.gatesPerParameter * w.paramsPerUnitary,
      encodingsPerCopy: 1,
      bits: t.bits,
      classicalRounds: 1,
      classicalFlops: t.steps * w.backpropFlopFactor * flopsPerGatePass * w.paramsPerUnitary,
      basis: `last-layer training, T = ${t.steps}: Q_train = K_T n vs C_train = N b. ${t.caveat}`,
    };
  }
  const inference = inferenceCost(w);
  const totalParameters = 2 * w.layers * w.paramsPerUnitary;
  const passGates = w.gatesPerParameter * totalParameters;
  const forwardFlops = flopsPerGatePass * totalParameters;
  const n = inference.qubitsPerCopy;
  const h = inference.hops;
  if (task === 'inference') {
    return {
      copies: inference.copies,
      hopsPerCopy: h,
      qubitsPerCopy: n,
      qubits: inference.qubits,
      gatesPerCopy: passGates,
      encodingsPerCopy: 1,
      bits: inference.bits,
      classicalRounds: h,
      classicalFlops: forwardFlops,
      basis: 'deep unitary: Hoeffding copies S_inf, Q_inf = S_inf H n vs C_inf = H N b',
    };
  }
  const g = gradientCost(w);
  const naive = task === 'gradient-naive';
  return {
    copies: naive ? 2 * g.totalParameters * g.copiesPerShift : 2 * w.layers * g.shadowCopies,
    hopsPerCopy: naive ? h : 2 * h,
    qubitsPerCopy: naive ? n : n + 1,
    qubits: naive ? g.naiveQubits : g.shadowQubits,
    gatesPerCopy: naive ? passGates : 2 * passGates,
    encodingsPerCopy: 1,
    bits: g.bits,
    classicalRounds: 2 * h,
    classicalFlops: w.backpropFlopFactor * forwardFlops,
    basis: naive
      ? 'deep unitary: parameter shift, Q_naive = 2 P_tot S_pair H n vs C_grad = 2 H N b'
      : 'deep unitary: shadow tomography, Q_ST = 2L K 2H (n+1) vs C_grad = 2 H N b',
  };
}

/**
 * The protocol cost of `task` on `workload`. Graph-CNN workloads support inference and the two readout-gradient
 * tasks, linear-classifier workloads inference only ({@link modelSupportsTask}); 'training-last-layer' needs the
 * workload's trainingSteps.
 * @throws ParameterError('task') for an unknown or unsupported task; ParameterError('trainingSteps').
 */
export function protocolCost(workload: ResolvedWorkload, task: MlTask): ProtocolCost {
  if (!ML_TASKS.includes(task)) {
    throw new ParameterError('task', `must be one of ${ML_TASKS.join(', ')} (got ${String(task)})`);
  }
  const w = workload;
  if (!modelSupportsTask(w.model, task)) throw unsupported(w.model, task);
  const c =
    w.model === 'graph-cnn'
      ? graphCnnCounts(w, task)
      : w.model === 'linear-classifier'
        ? linearClassifierCounts(w)
        : deepUnitaryCounts(w, task);
  // Listed property by property: object spread here cost more than the whole cost model (measured).
  return {
    model: w.model,
    task,
    dimension: w.dimension,
    copies: c.copies,
    hopsPerCopy: c.hopsPerCopy,
    qubitsPerCopy: c.qubitsPerCopy,
    qubits: c.qubits,
    gatesPerCopy: c.gatesPerCopy,
    encodingsPerCopy: c.encodingsPerCopy,
    bits: c.bits,
    classicalRounds: c.classicalRounds,
    classicalFlops: c.classicalFlops,
    basis: c.basis,
  };
}
