/**
 * Where the quantum protocol starts to win: the smallest data dimension N at which quantum time is below
 * classical time, and the qubit rate needed at a given N.
 *
 * Source: distributed-ml.md: break-even qubit rate = classical_rate x Q / C (communication only); with
 * latency and compute, quantum total = Q_serial / r + latency + compute equals the classical total at
 * r = Q_serial / (T_classical - latency - compute).
 * Assumptions: the search walks powers of two N = 2^k, k = 1..maxExponent, and reports the first where the
 * quantum side is faster; the integer refinement bisects between 2^(k-1) and 2^k, which finds A crossing
 * there (the times are step functions of ceil(log2 N), so a second crossing inside the interval is not
 * excluded). The break-even rate ignores any stockpile of pre-shared pairs (it is the generation rate
 * needed when every pair is made on demand).
 */
import { requireInRange, requireInteger } from '../core/index.js';
import type { Seconds } from '../core/index.js';
import {
  classicalTime,
  quantumTime,
  quantumCompute,
  quantumRounds,
  serialQubits,
} from './end-to-end-time.js';
import { ceilLog2 } from './cost-model.js';
import { protocolCost, type MlTask } from './protocol-cost.js';
import { resolveTimeOptions, type ResolvedTimeOptions, type TimeOptions } from './time-options.js';
import { withDimension, type ResolvedWorkload } from './workload.js';

/** Search options of {@link crossoverDimension}. */
export interface CrossoverOptions {
  /** Task compared; default 'inference'. */
  readonly task?: MlTask;
  /** Largest exponent k searched (N up to 2^k), integer 1..53; default 53. */
  readonly maxExponent?: number;
  /** Refine to the smallest integer N by bisection; default false (powers of two only). */
  readonly integer?: boolean;
}

/** Outcome of a crossover search. */
export type CrossoverResult =
  | {
      readonly status: 'found';
      /** Smallest N found where quantum is faster (a power of two unless `integer`). */
      readonly dimension: number;
      /** The first power of two where quantum is faster. */
      readonly powerOfTwoDimension: number;
      readonly quantumTime: Seconds;
      readonly classicalTime: Seconds;
    }
  | { readonly status: 'not-found'; readonly searchedUpTo: number; readonly reason: string };

function quantumTotalIfFaster(workload: ResolvedWorkload, task: MlTask, options: ResolvedTimeOptions) {
  const cost = protocolCost(workload, task);
  const quantum = quantumTime(cost, options);
  const classical = classicalTime(cost, options).breakdown.total;
  if (quantum.status !== 'ok' || !(quantum.breakdown.total < classical)) return undefined;
  return { quantum: quantum.breakdown.total, classical };
}

/**
 * Smallest N (power of two, or any integer with `integer: true`) at which the quantum side is faster.
 * @throws ParameterError for invalid options (maxExponent integer 1..53, task, time options).
 */
export function crossoverDimension(
  workload: ResolvedWorkload,
  timeOptions: TimeOptions | ResolvedTimeOptions,
  search: CrossoverOptions = {},
): CrossoverResult {
  const options = resolveTimeOptions(timeOptions);
  const task = search.task ?? 'inference';
  const maxExponent = requireInteger('maxExponent', search.maxExponent ?? 53, 1);
  requireInRange('maxExponent', maxExponent, 1, 53);
  // A graph with D features per node needs N >= D.
  const firstExponent = Math.max(1, ceilLog2(workload.graphFeatures));
  for (let exponent = firstExponent; exponent <= maxExponent; exponent++) {
    const power = 2 ** exponent;
    const hit = quantumTotalIfFaster(withDimension(workload, power), task, options);
    if (!hit) continue;
    if (!search.integer || exponent === firstExponent) {
      return {
        status: 'found',
        dimension: power,
        powerOfTwoDimension: power,
        quantumTime: hit.quantum,
        classicalTime: hit.classical,
      };
    }
    let slower = power / 2;
    let faster = power;
    let best = hit;
    while (faster - slower > 1) {
      const middle = Math.floor((slower + faster) / 2);
      const probe = quantumTotalIfFaster(withDimension(workload, middle), task, options);
      if (probe) {
        faster = middle;
        best = probe;
      } else {
        slower = middle;
      }
    }
    return {
      status: 'found',
      dimension: faster,
      powerOfTwoDimension: power,
      quantumTime: best.quantum,
      classicalTime: best.classical,
    };
  }
  return {
    status: 'not-found',
    searchedUpTo: 2 ** maxExponent,
    reason: `the quantum side is not faster for any N = 2^k up to 2^${maxExponent} at these rates`,
  };
}

/** Qubit rate at which the quantum side breaks even with the classical side. */
export type BreakEvenRate =
  | {
      readonly status: 'ok';
      /** Qubits per second at which quantum total = classical total (latency and compute included). */
      readonly qubitRate: number;
      /** The communication-only closed form classical_rate x Q / C. */
      readonly communicationOnlyRate: number;
      /** Teleportation cannot exceed classical_rate / 2 qubits per second over this classical link. */
      readonly teleportationLimit: number;
      readonly reachableByTeleportation: boolean;
    }
  | {
      readonly status: 'unreachable';
      readonly reason: string;
      readonly communicationOnlyRate: number;
    };

/**
 * The qubit rate the quantum link needs to match the classical link on `task` at the workload's N.
 * @throws ParameterError for invalid options or an unsupported (model, task) pair.
 */
export function breakEvenQubitRate(
  workload: ResolvedWorkload,
  task: MlTask,
  timeOptions: TimeOptions | ResolvedTimeOptions,
): BreakEvenRate {
  const options = resolveTimeOptions(timeOptions);
  const cost = protocolCost(workload, task);
  const communicationOnlyRate = (options.classicalRate * cost.qubits) / cost.bits;
  const classicalTotal = classicalTime(cost, options).breakdown.total;
  const fixed = quantumRounds(cost, options) * options.latency + quantumCompute(cost, options).compute;
  const slack = classicalTotal - fixed;
  if (!(slack > 0)) {
    return {
      status: 'unreachable',
      reason: `quantum latency + compute (${fixed.toExponential(3)} s) already exceed the classical total (${classicalTotal.toExponential(3)} s)`,
      communicationOnlyRate,
    };
  }
  const qubitRate = serialQubits(cost, options) / slack;
  const teleportationLimit = options.classicalRate / 2;
  return {
    status: 'ok',
    qubitRate,
    communicationOnlyRate,
    teleportationLimit,
    reachableByTeleportation: qubitRate <= teleportationLimit,
  };
}
