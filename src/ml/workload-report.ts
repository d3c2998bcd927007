/**
 * How one workload on one demand appears in a capacity report: the workload, its quantum route and classical link,
 * every task's costs and times on both sides, privacy and consumable-data figures. Defined here, where the figures
 * are computed; the report layer re-exports these types (it may import ml, ml may not import report).
 */
import type { WorkloadTask } from './workload-tasks.js';

/** A task of a workload, in report order (the tasks of workload-tasks.ts). */
export type WorkloadTaskKind = WorkloadTask;

/** A wall-clock time in seconds split into its parts; `totalS` = communicationS + computeS + latencyS. */
export interface WorkloadTimeReport {
  /** Qubits (or bits) over the link rate, in seconds. */
  communicationS: number;
  /** Local computation (quantum: encoding and gates on logical qubits; classical: flops), in seconds. */
  computeS: number;
  /** Rounds times the one-way latency, in seconds. */
  latencyS: number;
  /** Sum of the three, in seconds. */
  totalS: number;
}

/** One task of a workload: what it sends, how long it takes on each side, and where quantum starts to win. */
export interface WorkloadTaskReport {
  /** Which task (`training-*`: T sequential steps; `training-last-layer`: one pool of copies for T steps). */
  task: WorkloadTaskKind;
  /** Human label of the task. */
  label: string;
  /** Quantum copies consumed (each measured once). */
  copies: number;
  /** Qubits sent over the quantum route. */
  qubits: number;
  /** Bits of the classical protocol over the classical link. */
  bits: number;
  /** Time over the quantum route; absent when the demand has no quantum route. */
  quantumTime?: WorkloadTimeReport;
  /** Time over the classical link. */
  classicalTime: WorkloadTimeReport;
  /** The faster side (`classical` also when there is no quantum route). */
  faster: 'quantum' | 'classical' | 'equal';
  /** Classical total over quantum total (> 1: quantum faster); absent without a quantum route. */
  speedup?: number;
  /** classical rate x qubits / bits: the qubit rate at which communication alone breaks even, qubits/s. */
  communicationOnlyBreakEvenQubitsPerS: number;
  /** Qubits per second at which both sides take equally long; absent when no rate suffices (see the note). */
  breakEvenQubitsPerS?: number;
  /** Whether teleportation over the workload's classical link (at most rate / 2 qubits/s) can reach it. */
  breakEvenReachable?: boolean;
  /** The break-even rate in words, or why no rate breaks even. */
  breakEvenNote: string;
  /** Smallest power-of-two data dimension N at which the quantum side is faster, when one up to 2^53 is. */
  crossoverDimension?: number;
  /** The crossover in words, or why there is none. */
  crossoverNote: string;
}

/**
 * A distributed-ML workload on one demand (cost model of distributed-ml.md after Gilboa, Michaeli, Soudry &
 * McClean, arXiv 2310.07136): the model, the route and classical link it is compared over, every task, the
 * Holevo privacy cap, the consumable-data break-even and the constants assumed.
 */
export interface WorkloadReport {
  /** Demand that carries the workload. */
  demandKey: string;
  /** Workload key from the scenario. */
  workloadKey: string;
  /** Workload label from the scenario. */
  label?: string;
  /** Model family. */
  model: 'deep-unitary' | 'graph-cnn' | 'linear-classifier';
  /** Data dimension N. */
  dimension: number;
  /** Layers L. */
  layers: number;
  /** Parameters per unitary P. */
  paramsPerUnitary: number;
  /** Additive precision of each estimated expectation value, in (0, 1). */
  epsilon: number;
  /** Failure probability, in (0, 1). */
  delta: number;
  /** Bits per classical number b. */
  bitsPerNumber: number;
  /** Training steps T, when given. */
  trainingSteps?: number;
  /** `no-quantum-route`: the demand delivers no pairs, so only the classical side is timed. */
  status: 'ok' | 'no-quantum-route';
  /** Why there is no quantum route. */
  explanation?: string;
  /**
   * The demand's quantum route: delivered pairs/s, teleported qubits/s (min(pairs/s, classical rate / 2)), the
   * latency of one round in seconds (absent without a route), and whether the classical channel limits it;
   * with a carrier leg, its transit in seconds (paid once, ahead of the workload, not per round) and the pairs
   * stockpiled end to end when the whole route is shipped.
   */
  quantumRoute: {
    pairsPerS: number;
    qubitsPerS: number;
    roundLatencyS?: number;
    classicalLimited: boolean;
    carrierTransitS?: number;
    stockpiledPairs?: number;
  };
  /** The workload's classical link: rate in bit/s and one-way latency in seconds. */
  classicalLink: { rateBitsPerS: number; latencyS: number };
  /** One entry per task the model supports, in the order of {@link WorkloadTaskKind}. */
  tasks: WorkloadTaskReport[];
  /**
   * Holevo cap per inference: qubits exchanged, the most bits the receiver can learn (one per qubit), the data
   * size N b in bits, and the largest fraction of the data that can leak (in [0, 1]).
   */
  privacy: {
    qubitsPerInference: number;
    learnableBitsCap: number;
    dataBits: number;
    fractionOfDataCap: number;
  };
  /**
   * Consumable data (arXiv 2409.08495): the number of uses from which sending the data once classically needs
   * fewer bits, and is faster (absent when quantum stays faster or there is no route), with a note.
   */
  consumableData: { usesUntilFewerClassicalBits: number; usesUntilClassicalFaster?: number; note: string };
  /** Every constant and assumption behind the figures, one sentence each. */
  assumptions: string[];
}
