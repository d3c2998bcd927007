/**
 * Link, schedule and hardware assumptions of the end-to-end time model, validated and resolved once.
 *
 * Source: distributed-ml.md "What an honest end-to-end time must also include": teleportation uses one
 * Bell pair and two classical bits per qubit (Bennett et al., PRL 70, 1895 (1993)); amplitude encoding
 * needs O(N) gates in general (Plesch & Brukner, PRA 83, 032302 (2011): about 2^n CNOTs plus as many
 * rotations, hence 2 gates per amplitude by default) or O(log N) depth with a QRAM of O(N) qubits
 * (Giovannetti, Lloyd & Maccone, PRL 100, 160501 (2008)); a surface-code logical operation takes about
 * d code cycles (1 us per cycle on transmons, about 1 ms on ions; Fowler et al., PRA 86, 032324 (2012)).
 * Assumptions: the defaults below are stated, not measured; a non-Clifford gate costs far more than one
 * logical cycle (magic-state distillation; Babbush et al., PRX Quantum 2, 010103 (2021)), so set
 * logicalGateTime to the figure of the hardware being planned.
 */
import {
  ParameterError,
  didYouMean,
  requireInteger,
  requireNonNegative,
  requirePositive,
} from '../core/index.js';
import type { Hertz, Seconds } from '../core/index.js';

/** How a qubit crosses a hop: teleported with a Bell pair, or sent directly over a quantum channel. */
export type Transport = 'teleportation' | 'direct';
/** How the copies of one task are scheduled over the hops. */
export type CopySchedule = 'batched' | 'sequential' | 'pipelined';
/** How Alice's data reaches the quantum register of each copy. */
export type EncodingAssumption = 'state-preparation' | 'qram' | 'quantum-data';

const TRANSPORTS: readonly Transport[] = ['teleportation', 'direct'];
const SCHEDULES: readonly CopySchedule[] = ['batched', 'sequential', 'pipelined'];
const ENCODINGS: readonly EncodingAssumption[] = ['state-preparation', 'qram', 'quantum-data'];

/** Default hardware assumptions (see the file header for sources). */
export const TIME_DEFAULTS = {
  transport: 'teleportation' as Transport,
  schedule: 'batched' as CopySchedule,
  preSharedPairs: 0,
  encoding: 'state-preparation' as EncodingAssumption,
  statePreparationGatesPerAmplitude: 2,
  qramDepthPerQubit: 1,
  /** 25 surface-code cycles of 1 us (distance-25 lattice surgery on transmons). */
  logicalGateTime: 25e-6,
  parallelQpus: 1,
  /** 1 TFLOP/s: one server-class CPU; a GPU is about 1e14. */
  classicalFlopRate: 1e12,
} as const;

/** Link, schedule and hardware options of a time estimate. */
export interface TimeOptions {
  /** End-to-end Bell pairs per second (teleportation), or qubits per second for 'direct'; >= 0. */
  readonly ebitRate: Hertz;
  /** Classical link rate in bits per second (> 0); also the classical side's rate. */
  readonly classicalRate: Hertz;
  /** One-way latency of the link in seconds (>= 0), classical and quantum alike. */
  readonly latency: Seconds;
  /** Default 'teleportation' (qubit rate = min(ebitRate, classicalRate / 2)). */
  readonly transport?: Transport;
  /** Default 'batched' (all copies cross each hop together). */
  readonly schedule?: CopySchedule;
  /** Bell pairs stockpiled before the task (e.g. shipped); teleportation only; default 0. */
  readonly preSharedPairs?: number;
  /** Default 'state-preparation'. */
  readonly encoding?: EncodingAssumption;
  /** Logical gates per amplitude of a general state-preparation circuit; default 2. */
  readonly statePreparationGatesPerAmplitude?: number;
  /** QRAM query depth per address qubit (depth = this x n); default 1. */
  readonly qramDepthPerQubit?: number;
  /** Time of one logical gate in seconds; default 25e-6. */
  readonly logicalGateTime?: Seconds;
  /** Quantum processors working on copies in parallel (integer >= 1); default 1. */
  readonly parallelQpus?: number;
  /** Classical floating-point rate in FLOP/s (> 0); default 1e12. */
  readonly classicalFlopRate?: Hertz;
}

/** {@link TimeOptions} with every default filled in. */
export type ResolvedTimeOptions = Required<TimeOptions>;

function requireChoice<T extends string>(field: string, value: T, choices: readonly T[]): T {
  if (!choices.includes(value)) {
    const hint = didYouMean(String(value), choices);
    throw new ParameterError(field, `must be one of ${choices.join(', ')} (got ${String(value)})${hint}`);
  }
  return value;
}

/**
 * Validates the time options once.
 * @throws ParameterError naming the field (ebitRate >= 0, classicalRate > 0, latency >= 0, preSharedPairs >= 0
 *   and only with teleportation, positive hardware figures, parallelQpus integer >= 1, known choices).
 */
export function resolveTimeOptions(options: TimeOptions): ResolvedTimeOptions {
  const d = TIME_DEFAULTS;
  const transport = requireChoice('transport', options.transport ?? d.transport, TRANSPORTS);
  const preSharedPairs = requireNonNegative('preSharedPairs', options.preSharedPairs ?? d.preSharedPairs);
  if (transport === 'direct' && preSharedPairs > 0) {
    throw new ParameterError('preSharedPairs', "needs transport 'teleportation'");
  }
  return {
    ebitRate: requireNonNegative('ebitRate', options.ebitRate),
    classicalRate: requirePositive('classicalRate', options.classicalRate),
    latency: requireNonNegative('latency', options.latency),
    transport,
    schedule: requireChoice('schedule', options.schedule ?? d.schedule, SCHEDULES),
    preSharedPairs,
    encoding: requireChoice('encoding', options.encoding ?? d.encoding, ENCODINGS),
    statePreparationGatesPerAmplitude: requirePositive(
      'statePreparationGatesPerAmplitude',
      options.statePreparationGatesPerAmplitude ?? d.statePreparationGatesPerAmplitude,
    ),
    qramDepthPerQubit: requirePositive('qramDepthPerQubit', options.qramDepthPerQubit ?? d.qramDepthPerQubit),
    logicalGateTime: requirePositive('logicalGateTime', options.logicalGateTime ?? d.logicalGateTime),
    parallelQpus: requireInteger('parallelQpus', options.parallelQpus ?? d.parallelQpus, 1),
    classicalFlopRate: requirePositive('classicalFlopRate', options.classicalFlopRate ?? d.classicalFlopRate),
  };
}
