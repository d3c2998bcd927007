/**
 * Every task of a distributed-ML workload (inference, one gradient step by each estimator, training over T
 * steps) compared over TWO links that may differ: a quantum route (its qubit rate and its latency per round)
 * and a classical link (its bit rate and latency), with the break-even qubit rate and the crossover dimension
 * of each task. `qnet ml` passes the same latency for both; a plan passes the route's own latency.
 *
 * Source: the cost and time model of distributed-ml.md (after Gilboa, Michaeli, Soudry & McClean,
 * arXiv 2310.07136): time = rounds x latency + Q / qubit_rate + compute on the quantum side, bits / rate +
 * rounds x latency + flops / flop rate on the classical side; training is T sequential gradient steps.
 * Assumptions:
 * - the break-even qubit rate r solves serial_qubits / r + latency + compute = classical total (the quantum
 *   latency and compute do not depend on r); it is evaluated with every pair generated on demand, so a
 *   stockpile of pre-shared pairs is ignored there (as in crossover.ts);
 * - the crossover search walks N = 2^k (k = 1..53) and reports the first power of two at which the quantum
 *   total is below the classical total, other settings unchanged; a later reversal is not excluded.
 */
import { ParameterError } from '../core/index.js';
import type { Bits, Hertz, Seconds } from '../core/index.js';
import { ceilLog2 } from './cost-model.js';
import { classicalTime, quantumTime, type QuantumTimeResult, type TimeBreakdown } from './end-to-end-time.js';
import { modelSupportsTask, protocolCost, type MlTask } from './protocol-cost.js';
import { trainingTime } from './task-time.js';
import { resolveTimeOptions, type ResolvedTimeOptions, type TimeOptions } from './time-options.js';
import { withDimension, type MlModel, type ResolvedWorkload } from './workload.js';

/** A task reported for a workload: the protocol tasks plus full training by T gradient steps. */
export type WorkloadTask =
  | 'inference'
  | 'gradient-naive'
  | 'gradient-shadow'
  | 'training-naive'
  | 'training-shadow'
  | 'training-last-layer';

/** Every workload task, in report order. */
export const WORKLOAD_TASKS: readonly WorkloadTask[] = [
  'inference',
  'gradient-naive',
  'gradient-shadow',
  'training-naive',
  'training-shadow',
  'training-last-layer',
];

/** A short human label of each task, for tables. */
export const WORKLOAD_TASK_LABELS: Readonly<Record<WorkloadTask, string>> = {
  inference: 'inference',
  'gradient-naive': 'gradient step (parameter shift)',
  'gradient-shadow': 'gradient step (shadow tomography)',
  'training-naive': 'training, T steps (parameter shift)',
  'training-shadow': 'training, T steps (shadow tomography)',
  'training-last-layer': 'last-layer training, T steps (one pool)',
};

/** Labels where the graph CNN's readout gradient differs from the deep unitary's estimators. */
const GRAPH_CNN_TASK_LABELS: Partial<Record<WorkloadTask, string>> = {
  'gradient-naive': 'readout gradient step (copies per derivative)',
  'gradient-shadow': 'readout gradient step (one pool)',
  'training-naive': 'readout training, T steps (copies per derivative)',
  'training-shadow': 'readout training, T steps (one pool)',
};

/** The label of a task for a model: the graph CNN's gradient estimators are not parameter shift or shadows. */
export function workloadTaskLabel(model: MlModel, task: WorkloadTask): string {
  return (model === 'graph-cnn' ? GRAPH_CNN_TASK_LABELS[task] : undefined) ?? WORKLOAD_TASK_LABELS[task];
}

/**
 * The tasks the model supports ({@link modelSupportsTask}): every task for the deep unitary, inference and the
 * readout gradients (and T steps of them) for the graph CNN, inference only for the linear classifier.
 */
export function tasksOfWorkload(workload: ResolvedWorkload): WorkloadTask[] {
  if (workload.model === 'linear-classifier') return ['inference'];
  const tasks: WorkloadTask[] = ['inference', 'gradient-naive', 'gradient-shadow'];
  if (workload.trainingSteps !== undefined) {
    tasks.push('training-naive', 'training-shadow');
    if (modelSupportsTask(workload.model, 'training-last-layer')) tasks.push('training-last-layer');
  }
  return tasks;
}

/** The links a workload is compared over; either may be absent (then only what does not need it is computed). */
export interface WorkloadLinks {
  /**
   * The quantum route: ebitRate (pairs/s; qubits/s with transport 'direct'), the classical channel that
   * carries teleportation's bits (classicalRate), the latency of one round, and the hardware assumptions.
   */
  readonly quantum?: TimeOptions | ResolvedTimeOptions;
  /** The classical link: classicalRate (bit/s), latency (s), classicalFlopRate; its ebitRate is ignored. */
  readonly classical?: TimeOptions | ResolvedTimeOptions;
}

/**
 * The qubit rate at which a task breaks even, or why no rate does; with the communication-only closed form
 * classical_rate x Q / C of distributed-ml.md (latency and compute ignored) beside it.
 */
export type TaskBreakEven = (
  | {
      readonly status: 'ok';
      /** Qubits per second at which the quantum total equals the classical total. */
      readonly qubitRate: Hertz;
      /** classical_rate / 2 of the quantum route's channel when teleporting, else null. */
      readonly teleportationLimit: Hertz | null;
      readonly reachableByTeleportation: boolean;
    }
  | { readonly status: 'unreachable'; readonly reason: string }
) & {
  /** classical_rate x qubits / bits: the rate at which communication alone breaks even, qubits/s. */
  readonly communicationOnlyRate: Hertz;
};

/** The smallest power-of-two dimension at which the quantum side of a task is faster. */
export type TaskCrossover =
  | {
      readonly status: 'found';
      /** N = 2^k. */
      readonly dimension: number;
      readonly quantumTime: Seconds;
      readonly classicalTime: Seconds;
    }
  | { readonly status: 'not-found'; readonly searchedUpTo: number; readonly reason: string };

/** One task of a workload over the two links. */
export interface WorkloadTaskResult {
  readonly task: WorkloadTask;
  /** Quantum copies consumed (all T steps for training). */
  readonly copies: number;
  /** Qubits sent (all T steps for training). */
  readonly qubits: number;
  /** Bits of the classical protocol (all T steps for training). */
  readonly bits: Bits;
  /** Quantum-side time, or null without a quantum link; 'no-quantum-route' when it delivers nothing. */
  readonly quantum: QuantumTimeResult | null;
  /** Classical-side time, or null without a classical link. */
  readonly classical: TimeBreakdown | null;
  /** Which side is faster; 'classical' also without a quantum route; null when a side is missing. */
  readonly faster: 'quantum' | 'classical' | 'equal' | null;
  /** classical total / quantum total, or null. */
  readonly quantumSpeedup: number | null;
  /** Null without a classical link. */
  readonly breakEven: TaskBreakEven | null;
  /** Null unless both links are given. */
  readonly crossover: TaskCrossover | null;
}

interface TaskSides {
  readonly copies: number;
  readonly qubits: number;
  readonly bits: number;
  readonly quantum: QuantumTimeResult;
  readonly classical: TimeBreakdown;
}

function gradientOf(task: 'training-naive' | 'training-shadow'): 'gradient-naive' | 'gradient-shadow' {
  return task === 'training-naive' ? 'gradient-naive' : 'gradient-shadow';
}

/** Copies, qubits and bits of a task (all T steps for the two full-training tasks). */
export function workloadTaskCost(
  workload: ResolvedWorkload,
  task: WorkloadTask,
): { copies: number; qubits: number; bits: Bits } {
  if (task === 'training-naive' || task === 'training-shadow') {
    const cost = protocolCost(workload, gradientOf(task));
    const steps = trainingSteps(workload);
    return { copies: steps * cost.copies, qubits: steps * cost.qubits, bits: steps * cost.bits };
  }
  const cost = protocolCost(workload, task as MlTask);
  return { copies: cost.copies, qubits: cost.qubits, bits: cost.bits };
}

function trainingSteps(workload: ResolvedWorkload): number {
  if (workload.trainingSteps === undefined) {
    throw new ParameterError('trainingSteps', 'is required for the training tasks');
  }
  return workload.trainingSteps;
}

function taskSides(
  workload: ResolvedWorkload,
  task: WorkloadTask,
  quantumOptions: ResolvedTimeOptions,
  classicalOptions: ResolvedTimeOptions,
): TaskSides {
  const counts = workloadTaskCost(workload, task);
  if (task === 'training-naive' || task === 'training-shadow') {
    return {
      ...counts,
      quantum: trainingTime(workload, gradientOf(task), quantumOptions).quantum,
      classical: trainingTime(workload, gradientOf(task), classicalOptions).classical.breakdown,
    };
  }
  const cost = protocolCost(workload, task as MlTask);
  return {
    ...counts,
    quantum: quantumTime(cost, quantumOptions),
    classical: classicalTime(cost, classicalOptions).breakdown,
  };
}

function breakEvenOf(
  workload: ResolvedWorkload,
  task: WorkloadTask,
  template: ResolvedTimeOptions,
  classicalOptions: ResolvedTimeOptions,
): TaskBreakEven {
  // At 1 qubit/s on demand, communication equals the serial qubits; latency and compute do not depend on the rate.
  const nominal = resolveTimeOptions({ ...template, transport: 'direct', ebitRate: 1, preSharedPairs: 0 });
  const sides = taskSides(workload, task, nominal, classicalOptions);
  if (sides.quantum.status !== 'ok') throw new Error('internal: nominal quantum rate gave no route');
  const { communication: serialQubits, latency, compute } = sides.quantum.breakdown;
  const fixed = latency + compute;
  const slack = sides.classical.total - fixed;
  const communicationOnlyRate = (classicalOptions.classicalRate * sides.qubits) / sides.bits;
  if (!(slack > 0)) {
    return {
      status: 'unreachable',
      communicationOnlyRate,
      reason: `quantum latency + compute (${fixed.toExponential(3)} s) alone reach the classical total (${sides.classical.total.toExponential(3)} s)`,
    };
  }
  const qubitRate = serialQubits / slack;
  const teleportationLimit = template.transport === 'teleportation' ? template.classicalRate / 2 : null;
  return {
    status: 'ok',
    communicationOnlyRate,
    qubitRate,
    teleportationLimit,
    reachableByTeleportation: teleportationLimit === null || qubitRate <= teleportationLimit,
  };
}

function crossoverOf(
  workload: ResolvedWorkload,
  task: WorkloadTask,
  quantumOptions: ResolvedTimeOptions,
  classicalOptions: ResolvedTimeOptions,
): TaskCrossover {
  const maxExponent = 53;
  // A graph with D features per node needs N >= D.
  for (let exponent = Math.max(1, ceilLog2(workload.graphFeatures)); exponent <= maxExponent; exponent++) {
    const sides = taskSides(withDimension(workload, 2 ** exponent), task, quantumOptions, classicalOptions);
    if (sides.quantum.status === 'ok' && sides.quantum.breakdown.total < sides.classical.total) {
      return {
        status: 'found',
        dimension: 2 ** exponent,
        quantumTime: sides.quantum.breakdown.total,
        classicalTime: sides.classical.total,
      };
    }
  }
  return {
    status: 'not-found',
    searchedUpTo: 2 ** maxExponent,
    reason: `the quantum side is not faster for any N = 2^k up to 2^${maxExponent} at these rates`,
  };
}

/**
 * Evaluates one task over the links: counts always; times with the links given; break-even with a classical
 * link; crossover with both.
 * @throws ParameterError for invalid link options, an unsupported (model, task) pair or missing trainingSteps.
 */
export function evaluateWorkloadTask(
  workload: ResolvedWorkload,
  task: WorkloadTask,
  links: WorkloadLinks,
): WorkloadTaskResult {
  const classicalOptions = links.classical ? resolveTimeOptions(links.classical) : undefined;
  const quantumOptions = links.quantum ? resolveTimeOptions(links.quantum) : undefined;
  const counts = workloadTaskCost(workload, task);
  // A side without its link is still computed (with the other link's options) and then discarded.
  const either = quantumOptions ?? classicalOptions;
  const sides = either
    ? taskSides(workload, task, quantumOptions ?? either, classicalOptions ?? either)
    : undefined;
  const quantum = quantumOptions && sides ? sides.quantum : null;
  const classical = classicalOptions && sides ? sides.classical : null;
  let faster: WorkloadTaskResult['faster'] = null;
  let quantumSpeedup: number | null = null;
  if (quantum && classical) {
    if (quantum.status !== 'ok') {
      faster = 'classical';
    } else {
      const q = quantum.breakdown.total;
      faster = q < classical.total ? 'quantum' : q > classical.total ? 'classical' : 'equal';
      quantumSpeedup = q > 0 ? classical.total / q : null;
    }
  }
  return {
    task,
    ...counts,
    quantum,
    classical,
    faster,
    quantumSpeedup,
    breakEven: classicalOptions
      ? breakEvenOf(workload, task, quantumOptions ?? classicalOptions, classicalOptions)
      : null,
    crossover:
      quantumOptions && classicalOptions
        ? crossoverOf(workload, task, quantumOptions, classicalOptions)
        : null,
  };
}

/** {@link evaluateWorkloadTask} for every task the workload supports ({@link tasksOfWorkload}). */
export function evaluateWorkloadTasks(
  workload: ResolvedWorkload,
  links: WorkloadLinks,
): WorkloadTaskResult[] {
  return tasksOfWorkload(workload).map((task) => evaluateWorkloadTask(workload, task, links));
}
