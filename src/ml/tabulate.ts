/**
 * Tables for charts: quantum and classical time against the data dimension N, and communication against
 * the precision eps.
 *
 * Source: the cost and time models of distributed-ml.md (cost-model.ts, end-to-end-time.ts).
 * Assumptions: points are taken at N = 2^k; a point without a quantum route carries a null quantum time
 * and its status, never Infinity, so charts can leave a gap.
 */
import { ParameterError, requireInRange, requireInteger } from '../core/index.js';
import type { Seconds } from '../core/index.js';
import { gradientCost, inferenceCost } from './cost-model.js';
import { classicalTime, quantumTime, type QuantumTimeResult } from './end-to-end-time.js';
import { protocolCost, type MlTask } from './protocol-cost.js';
import { resolveTimeOptions, type ResolvedTimeOptions, type TimeOptions } from './time-options.js';
import {
  requireOpenUnitInterval,
  resolveWorkload,
  withDimension,
  type ResolvedWorkload,
} from './workload.js';

/** One point of time against N. */
export interface TimePoint {
  readonly dimension: number;
  readonly qubits: number;
  readonly bits: number;
  readonly quantumStatus: QuantumTimeResult['status'];
  /** Quantum total, communication, compute and latency in seconds; null without a quantum route. */
  readonly quantumTotal: Seconds | null;
  readonly quantumCommunication: Seconds | null;
  readonly quantumCompute: Seconds | null;
  readonly quantumLatency: Seconds | null;
  readonly classicalTotal: Seconds;
  readonly classicalCommunication: Seconds;
  readonly classicalCompute: Seconds;
  readonly classicalLatency: Seconds;
}

/**
 * Time against N = 2^k for k = fromExponent..toExponent (integers, 1 <= from <= to <= 53).
 * @throws ParameterError for invalid exponents, options or (model, task).
 */
export function timeVersusDimension(
  workload: ResolvedWorkload,
  task: MlTask,
  timeOptions: TimeOptions | ResolvedTimeOptions,
  fromExponent = 1,
  toExponent = 30,
): TimePoint[] {
  const options = resolveTimeOptions(timeOptions);
  requireInRange('fromExponent', requireInteger('fromExponent', fromExponent, 1), 1, 53);
  requireInRange('toExponent', requireInteger('toExponent', toExponent, fromExponent), 1, 53);
  const points: TimePoint[] = [];
  for (let exponent = fromExponent; exponent <= toExponent; exponent++) {
    const cost = protocolCost(withDimension(workload, 2 ** exponent), task);
    const quantum = quantumTime(cost, options);
    const classical = classicalTime(cost, options).breakdown;
    const q = quantum.status === 'ok' ? quantum.breakdown : undefined;
    points.push({
      dimension: cost.dimension,
      qubits: cost.qubits,
      bits: cost.bits,
      quantumStatus: quantum.status,
      quantumTotal: q?.total ?? null,
      quantumCommunication: q?.communication ?? null,
      quantumCompute: q?.compute ?? null,
      quantumLatency: q?.latency ?? null,
      classicalTotal: classical.total,
      classicalCommunication: classical.communication,
      classicalCompute: classical.compute,
      classicalLatency: classical.latency,
    });
  }
  return points;
}

/** One point of communication against eps (deep-unitary model). */
export interface EpsilonPoint {
  readonly epsilon: number;
  readonly inferenceQubits: number;
  readonly naiveGradientQubits: number;
  readonly shadowGradientQubits: number;
  readonly inferenceBits: number;
  readonly gradientBits: number;
}

/**
 * Inference and gradient communication at each eps in `epsilons` (each in (0, 1)), other settings as in
 * the workload. Classical bits do not depend on eps; they are repeated for charting.
 * @throws ParameterError('epsilon') for a value outside (0, 1); ParameterError('model') unless 'deep-unitary'.
 */
export function communicationVersusEpsilon(
  workload: ResolvedWorkload,
  epsilons: readonly number[],
): EpsilonPoint[] {
  if (workload.model !== 'deep-unitary') {
    throw new ParameterError(
      'model',
      `communication against eps is tabulated for 'deep-unitary' (got '${workload.model}')`,
    );
  }
  return epsilons.map((epsilon) => {
    requireOpenUnitInterval('epsilon', epsilon);
    const w = resolveWorkload({ ...workload, epsilon });
    const inference = inferenceCost(w);
    const gradient = gradientCost(w);
    return {
      epsilon,
      inferenceQubits: inference.qubits,
      naiveGradientQubits: gradient.naiveQubits,
      shadowGradientQubits: gradient.shadowQubits,
      inferenceBits: inference.bits,
      gradientBits: gradient.bits,
    };
  });
}
