/**
 * End-to-end wall-clock time of a distributed-ML task over a quantum link and over a classical link,
 * each split into communication + compute + latency so the user sees which part dominates.
 *
 * Source: distributed-ml.md: time = H x latency + Q / qubit_rate for batched copies (S x H x latency for
 * sequential copies); teleportation needs one Bell pair and two classical bits per qubit, so
 * qubit_rate = min(ebit_rate, classical_rate / 2), and each teleportation round waits one classical
 * latency; pre-shared pairs remove the generation wait but not the latency. Local compute follows
 * "t_compute ~ copies x (encoding + layer gates) x logical gate time / parallel QPUs".
 * Assumptions:
 * - a stockpile of M pre-shared pairs serves the first M qubits at the teleportation limit classical_rate / 2;
 * - 'pipelined' copies stream through the hops, each hop on its own link at the full rate (a chain of
 *   parties, or each direction of a full-duplex link): communication (S + H - 1) n / rate, H latencies;
 *   the stockpile is then shared in proportion;
 * - gates of one copy run one after another (no circuit parallelism), copies spread over the QPUs;
 * - the quantum side's classical post-processing is neglected; the classical side runs at classicalFlopRate.
 */
import { requireInteger } from '../core/index.js';
import type { Seconds } from '../core/index.js';
import type { ProtocolCost } from './protocol-cost.js';
import type { ResolvedTimeOptions } from './time-options.js';

/** A time split into its three parts; total = communication + compute + latency. */
export interface TimeBreakdown {
  /** Transmission time (qubits or bits over the link rate), seconds. */
  readonly communication: Seconds;
  /** Local computation time, seconds. */
  readonly compute: Seconds;
  /** Waiting for messages in flight (rounds x one-way latency), seconds. */
  readonly latency: Seconds;
  /** Sum of the three, seconds. */
  readonly total: Seconds;
}

/** Quantum-side time when a route exists. */
export interface QuantumTime {
  readonly status: 'ok';
  readonly breakdown: TimeBreakdown;
  /** Qubits per second the link sustains after generation (min(ebitRate, classicalRate / 2) for teleportation). */
  readonly qubitRate: number;
  /** Qubits served from the pre-shared stockpile. */
  readonly qubitsFromStockpile: number;
  /** Latency rounds: H (batched, pipelined) or S x H (sequential). */
  readonly rounds: number;
  /** Logical qubits held at once: S n (batched), n (sequential), in flight per hop (pipelined). */
  readonly memoryQubits: number;
  /** Extra QRAM qubits (N) under the 'qram' encoding, else 0. */
  readonly qramQubits: number;
  /** Part of compute spent encoding the data, seconds. */
  readonly encodingTime: Seconds;
}

/** No quantum route: the link delivers no qubits and no stockpile covers the task. */
export interface NoQuantumRoute {
  readonly status: 'no-quantum-route';
  readonly reason: string;
}

/** Outcome of a quantum time estimate. */
export type QuantumTimeResult = QuantumTime | NoQuantumRoute;

/** Classical-side time. */
export interface ClassicalTime {
  readonly breakdown: TimeBreakdown;
  readonly bits: number;
  readonly flops: number;
}

/** Builds a breakdown from its three parts. */
export function breakdown(communication: Seconds, compute: Seconds, latency: Seconds): TimeBreakdown {
  return { communication, compute, latency, total: communication + compute + latency };
}

/** Qubits per second after generation: min(ebitRate, classicalRate / 2) when teleporting. */
export function effectiveQubitRate(options: ResolvedTimeOptions): number {
  return options.transport === 'teleportation'
    ? Math.min(options.ebitRate, options.classicalRate / 2)
    : options.ebitRate;
}

/** Qubits whose transmission is on the critical path: Q, or (S + H - 1) n when pipelined. */
export function serialQubits(cost: ProtocolCost, options: ResolvedTimeOptions): number {
  if (options.schedule !== 'pipelined') return cost.qubits;
  return Math.min(cost.qubits, (cost.copies + cost.hopsPerCopy - 1) * cost.qubitsPerCopy);
}

/** Latency rounds of the quantum side: one per hop, per copy when sequential. */
export function quantumRounds(cost: ProtocolCost, options: ResolvedTimeOptions): number {
  return options.schedule === 'sequential' ? cost.copies * cost.hopsPerCopy : cost.hopsPerCopy;
}

/** Local quantum compute: copies x (encoding + layer gates) x gate time / QPUs, and its encoding part. */
export function quantumCompute(
  cost: ProtocolCost,
  options: ResolvedTimeOptions,
): { compute: Seconds; encodingTime: Seconds } {
  let encodingSteps = 0;
  if (options.encoding === 'state-preparation') {
    encodingSteps = options.statePreparationGatesPerAmplitude * cost.dimension;
  } else if (options.encoding === 'qram') {
    encodingSteps = options.qramDepthPerQubit * cost.qubitsPerCopy;
  }
  const perCopy = options.logicalGateTime / options.parallelQpus;
  const encodingTime = cost.copies * cost.encodingsPerCopy * encodingSteps * perCopy;
  return { compute: encodingTime + cost.copies * cost.gatesPerCopy * perCopy, encodingTime };
}

/**
 * Quantum-side time of a task repeated `repetitions` times one after another (default 1; training steps),
 * sharing one stockpile; or 'no-quantum-route' when the link delivers nothing the task needs.
 */
export function quantumTime(
  cost: ProtocolCost,
  options: ResolvedTimeOptions,
  repetitions = 1,
): QuantumTimeResult {
  requireInteger('repetitions', repetitions, 1);
  const qubitRate = effectiveQubitRate(options);
  const stockpileRate = options.classicalRate / 2;
  const totalQubits = repetitions * cost.qubits;
  const qubitsFromStockpile =
    options.transport === 'teleportation' ? Math.min(totalQubits, options.preSharedPairs) : 0;
  const generated = totalQubits - qubitsFromStockpile;
  if (generated > 0 && !(qubitRate > 0)) {
    return {
      status: 'no-quantum-route',
      reason:
        options.preSharedPairs > 0
          ? `the link generates no qubits and the stockpile of ${options.preSharedPairs} pairs covers ${qubitsFromStockpile} of ${totalQubits} qubits`
          : 'the link delivers no qubits (qubit rate 0)',
    };
  }
  const fullTime = qubitsFromStockpile / stockpileRate + (generated > 0 ? generated / qubitRate : 0);
  const communication = fullTime * (serialQubits(cost, options) / cost.qubits);
  const rounds = repetitions * quantumRounds(cost, options);
  const perRepetition = quantumCompute(cost, options);
  const compute = repetitions * perRepetition.compute;
  const encodingTime = repetitions * perRepetition.encodingTime;
  let memoryQubits = cost.copies * cost.qubitsPerCopy;
  if (options.schedule === 'sequential') memoryQubits = cost.qubitsPerCopy;
  if (options.schedule === 'pipelined') {
    // In flight per hop: a copy being processed plus the halves of pairs waiting one latency for their bits.
    const inFlight = cost.qubitsPerCopy + Math.ceil(qubitRate * options.latency);
    memoryQubits = cost.hopsPerCopy * Math.min(memoryQubits, inFlight);
  }
  return {
    status: 'ok',
    breakdown: breakdown(communication, compute, rounds * options.latency),
    qubitRate,
    qubitsFromStockpile,
    rounds,
    memoryQubits,
    qramQubits: options.encoding === 'qram' ? cost.dimension : 0,
    encodingTime,
  };
}

/** Classical-side time: bits / classicalRate + rounds x latency + flops / classicalFlopRate, x repetitions. */
export function classicalTime(
  cost: ProtocolCost,
  options: ResolvedTimeOptions,
  repetitions = 1,
): ClassicalTime {
  requireInteger('repetitions', repetitions, 1);
  const bits = repetitions * cost.bits;
  const flops = repetitions * cost.classicalFlops;
  return {
    breakdown: breakdown(
      bits / options.classicalRate,
      flops / options.classicalFlopRate,
      repetitions * cost.classicalRounds * options.latency,
    ),
    bits,
    flops,
  };
}

/** Quantum and classical time of the same task, and which is faster. */
export interface TimeComparison {
  readonly cost: ProtocolCost;
  readonly quantum: QuantumTimeResult;
  readonly classical: ClassicalTime;
  /** 'classical' also when there is no quantum route. */
  readonly faster: 'quantum' | 'classical' | 'equal';
  /** classical total / quantum total, or null without a quantum route. */
  readonly quantumSpeedup: number | null;
}

/** Decides which side is faster. */
export function compareResults(
  cost: ProtocolCost,
  quantum: QuantumTimeResult,
  classical: ClassicalTime,
): TimeComparison {
  if (quantum.status !== 'ok') return { cost, quantum, classical, faster: 'classical', quantumSpeedup: null };
  const q = quantum.breakdown.total;
  const c = classical.breakdown.total;
  const faster = q < c ? 'quantum' : q > c ? 'classical' : 'equal';
  return { cost, quantum, classical, faster, quantumSpeedup: q > 0 ? c / q : null };
}
