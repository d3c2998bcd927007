/**
 * Consumable data: how many uses of Alice's data it takes before sending it once classically is cheaper
 * than sending fresh quantum copies for every use.
 *
 * Source: Gilboa, Jain & McClean, "Consumable Data via Quantum Communication", arXiv 2409.08495: quantum
 * copies are destroyed by use and cannot be cloned, so the data owner keeps control and pays per use;
 * classical data, once sent, can be reused forever. distributed-ml.md.
 * Assumptions: each use is one inference; the classical "send once" protocol ships the N b bits of x in
 * one message (one latency), after which each use costs only the receiver's local flops.
 */
import type { Seconds } from '../core/index.js';
import { classicalTime, quantumTime } from './end-to-end-time.js';
import { protocolCost } from './protocol-cost.js';
import { resolveTimeOptions, type ResolvedTimeOptions, type TimeOptions } from './time-options.js';
import type { ResolvedWorkload } from './workload.js';

/** When classical send-once becomes faster, by wall-clock time. */
export type ConsumableTimeBreakEven =
  | { readonly status: 'classical-faster-from'; readonly uses: number }
  | { readonly status: 'quantum-always-faster' }
  | { readonly status: 'no-quantum-route'; readonly reason: string };

/** Break-even number of uses, by communication and by time. */
export interface ConsumableDataBreakEven {
  /** Qubits sent per use (one inference). */
  readonly qubitsPerUse: number;
  /** Bits to send the data once, N b. */
  readonly bitsOnce: number;
  /** Smallest number of uses k with k x qubitsPerUse > bitsOnce: floor(bitsOnce / qubitsPerUse) + 1. */
  readonly usesUntilFewerClassicalBits: number;
  /** Quantum wall-clock per use, seconds (null without a quantum route). */
  readonly quantumTimePerUse: Seconds | null;
  /** Classical one-off transfer: N b / classicalRate + one latency, seconds. */
  readonly classicalTimeOnce: Seconds;
  /** Classical local compute per use, seconds. */
  readonly classicalTimePerUse: Seconds;
  /** Smallest k with k t_q > t_once + k t_local, or why there is none. */
  readonly byTime: ConsumableTimeBreakEven;
}

/**
 * Uses of the data at which the classical send-once protocol overtakes per-use quantum copies.
 * @throws ParameterError for invalid options or a workload without inference.
 */
export function consumableDataBreakEven(
  workload: ResolvedWorkload,
  options: TimeOptions | ResolvedTimeOptions,
): ConsumableDataBreakEven {
  const timeOptions = resolveTimeOptions(options);
  const cost = protocolCost(workload, 'inference');
  const bitsOnce = workload.dimension * workload.bitsPerNumber;
  const classicalTimeOnce = bitsOnce / timeOptions.classicalRate + timeOptions.latency;
  const classicalTimePerUse = classicalTime(cost, timeOptions).breakdown.compute;
  const quantum = quantumTime(cost, timeOptions);
  const base = {
    qubitsPerUse: cost.qubits,
    bitsOnce,
    usesUntilFewerClassicalBits: Math.floor(bitsOnce / cost.qubits) + 1,
    classicalTimeOnce,
    classicalTimePerUse,
  };
  if (quantum.status !== 'ok') {
    return {
      ...base,
      quantumTimePerUse: null,
      byTime: { status: 'no-quantum-route', reason: quantum.reason },
    };
  }
  const perUse = quantum.breakdown.total;
  const margin = perUse - classicalTimePerUse;
  const byTime: ConsumableTimeBreakEven =
    margin > 0
      ? { status: 'classical-faster-from', uses: Math.floor(classicalTimeOnce / margin) + 1 }
      : { status: 'quantum-always-faster' };
  return { ...base, quantumTimePerUse: perUse, byTime };
}
