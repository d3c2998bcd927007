/**
 * Inputs and outputs of path analysis: one route (a sequence of hops between nodes) turned into an
 * end-to-end rate at a target fidelity, with latency, jitter, bottleneck and the method behind each number.
 *
 * The lead builds a {@link Route} from a scenario (the physics of each hop, e.g. fibre, free space or a
 * transducer, is already folded into its {@link HeraldedHopLink}); this folder only composes hops.
 * Models and sources are in the files that compute each part (see analyse-path.ts for the overview).
 */
import type { Fidelity, Hertz, Metres, Probability, Seconds } from '../../core/index.js';
import type { BellDiagonal } from '../../physics/bell-diagonal.js';
import type { LocalOperationNoise } from '../../physics/local-operation-noise.js';
import type { MemoryNoise } from '../../physics/memory-decoherence.js';
import type { PurificationProtocol } from '../../physics/purification-protocol.js';
import type { PurificationScheme } from '../../physics/purification-schedule.js';

/**
 * The parts of a physics `ElementaryLink` that path analysis uses; a full `ElementaryLink` (from
 * src/physics/elementary-link.ts) can be passed as is.
 */
export interface HeraldedHopLink {
  /** Success probability of one attempt, in [0, 1] (0 = the hop never delivers: status 'no-rate'). */
  readonly successProbability: Probability;
  /** Duration of one attempt including heralding, s (> 0). */
  readonly attemptDuration: Seconds;
  /**
   * Heralded pairs per second, Hz. Informational: the analysis uses successProbability / attemptDuration,
   * which equals it for every physics link model.
   */
  readonly rate: Hertz;
  /** Delivered Bell-diagonal state (Phi+ frame). */
  readonly state: BellDiagonal;
  /** Its fidelity (the Phi+ weight of `state`; informational). */
  readonly fidelity: Fidelity;
}

/** An elementary heralded link: attempts repeat until one succeeds (fibre, free space, transduced). */
export interface HeraldedHop {
  readonly kind: 'heralded';
  /** Key of the scenario edge, reported back in the results. */
  readonly edgeKey: string;
  /** Length of the hop, m (>= 0; informational, the link already accounts for it). */
  readonly length: Metres;
  /** The link model's result for this hop. */
  readonly link: HeraldedHopLink;
  /** One-way classical signalling time across the hop, s (>= 0). */
  readonly classicalDelay: Seconds;
}

/**
 * A hop that delivers ready pairs at a rate, with no attempt structure: a sneakernet ship leg or a
 * pre-shared stockpile. Its pairs arrive as a Poisson stream (continuous arrivals).
 */
export interface DeliveredHop {
  readonly kind: 'delivered';
  readonly edgeKey: string;
  /** Pairs delivered per second, Hz (>= 0; 0 gives status 'no-rate'). */
  readonly rate: Hertz;
  /** Fidelity of a delivered pair (taken as the Werner state of that fidelity), in [0, 1]. */
  readonly fidelity: Fidelity;
  /** Time from the request to the first pair being available (transit, loading), s (>= 0). */
  readonly latency: Seconds;
  /**
   * One-way classical signalling time between the hop's end nodes, s (>= 0). Default 0 (the hop then adds
   * nothing to the signalling of swap outcomes; its transit is counted in `latency`).
   */
  readonly classicalDelay?: Seconds;
  /**
   * Pairs one delivery brings at once (a ship's pairs per voyage), when the hop arrives in batches; what a
   * workload can hold as a stockpile (src/ml). Absent for a continuous source.
   */
  readonly pairsPerDelivery?: number;
}

/** One hop of a route, in order from source to target. */
export type RouteHop = HeraldedHop | DeliveredHop;

/** A node of the route (hops + 1 of them, source first). */
export interface RouteNode {
  /** Key of the scenario node, used in explanations. */
  readonly key: string;
  /** Decoherence of one stored qubit; undefined = no decoherence. */
  readonly memory?: MemoryNoise;
  /** Gate reliability and measurement fidelity of the node's swaps and purification; default perfect. */
  readonly localNoise?: LocalOperationNoise;
  /** Success probability of the node's Bell measurement, in [0, 1]; default 1 (gate-based). */
  readonly bellMeasurementSuccessProbability?: Probability;
  /** Number of memory qubits (integer >= 0); undefined = the node does not limit parallel chains. */
  readonly memoryCount?: number;
}

/** A route: hops in order and the nodes between them (nodes.length = hops.length + 1). */
export interface Route {
  readonly hops: readonly RouteHop[];
  readonly nodes: readonly RouteNode[];
}

/**
 * Order of the swaps. 'swap-asap': all hops generate in parallel and every node swaps as soon as both its
 * links exist. 'nested': BDCZ doubling, a node swaps when both halves of its range are complete.
 * 'sequential': hop i starts only after hop i-1 has its link (and the chain so far has been swapped).
 */
export type SwapPolicy = 'nested' | 'swap-asap' | 'sequential';

/** All swap policies, for validation. */
export const SWAP_POLICIES: readonly SwapPolicy[] = ['nested', 'swap-asap', 'sequential'];

/**
 * Where purification happens. 'end-to-end': on end-to-end pairs, with the end nodes' noise. 'per-link': on
 * each hop's pairs before swapping, with that hop's nodes' noise. 'auto' (default): whichever delivers more.
 */
export type PurificationPlacement = 'end-to-end' | 'per-link' | 'auto';

/** All placements, for validation. */
export const PURIFICATION_PLACEMENTS: readonly PurificationPlacement[] = ['end-to-end', 'per-link', 'auto'];

/** How to purify when the raw end-to-end fidelity is below the target. */
export interface PathPurificationOptions {
  /** Default 'dejmps'. */
  readonly protocol?: PurificationProtocol;
  /** Default 'recurrence'. */
  readonly scheme?: PurificationScheme;
  /** Default 'auto'. */
  readonly placement?: PurificationPlacement;
  /** Most rounds to try (integer >= 1); default {@link DEFAULT_PATH_MAX_ROUNDS}. */
  readonly maxRounds?: number;
}

/** Default bound on purification rounds for path analysis (2^16 raw pairs per pair is never practical). */
export const DEFAULT_PATH_MAX_ROUNDS = 16;

/** Options of {@link analysePath}. */
export interface PathAnalysisOptions {
  /** Fidelity the delivered pairs must reach, in [0, 1]. */
  readonly targetFidelity: Fidelity;
  /** Default 'swap-asap'. */
  readonly swapPolicy?: SwapPolicy;
  /** Purification settings; purification is used only when the raw fidelity is below the target. */
  readonly purification?: PathPurificationOptions;
  /** Memory cutoff, s (> 0, or Infinity for none; default none). */
  readonly cutoff?: Seconds;
  /** Extra classical processing latency per swap, s (>= 0); default 0. Adds to the latency only. */
  readonly classicalLatencyPerSwap?: Seconds;
}

/** Outcome class of an analysis. */
export type PathStatus = 'ok' | 'unreachable' | 'no-rate';

/** Figures of one hop. */
export interface PerHopPerformance {
  readonly edgeKey: string;
  readonly kind: RouteHop['kind'];
  /** Elementary pairs per second of the hop on its own, Hz. */
  readonly rate: Hertz;
  /** Fidelity of the hop's fresh link. */
  readonly fidelity: Fidelity;
  /** Attempt duration, s (0 for a delivered hop). */
  readonly attemptDuration: Seconds;
  /** Success probability per attempt (1 for a delivered hop). */
  readonly successProbability: Probability;
  /** Mean time to generate one link of this hop, s (1/rate; with per-link purification, per purified link). */
  readonly meanGenerationTime: Seconds;
  /** Mean time the hop's link waits in memory (average of its two qubits) before a swap or delivery, s. */
  readonly meanWaitingTime: Seconds;
  /**
   * Werner-parameter factor (in (0, 1], 1 = no decay) of the memory decoherence of this hop's two qubits
   * while waiting, evaluated at the mean waiting times (a diagnostic; the end-to-end state uses the exact
   * joint expectation where the methods list says so).
   */
  readonly decayFactor: number;
  /** Purification rounds applied to this hop's links (per-link placement), else 0. */
  readonly purificationRounds: number;
  /**
   * Elementary pairs this hop generates per delivered end-to-end pair (>= 1): purification at either
   * placement, failed swaps and cutoff restarts. The edge cost for capacity allocation.
   */
  readonly pairsPerDelivered: number;
}

/** The hop that limits the route, and why. */
export interface PathBottleneck {
  readonly hopIndex: number;
  readonly edgeKey: string;
  /** A sentence: lowest rate, fidelity that forces purification, or memory decoherence while waiting. */
  readonly reason: string;
}

/** Result of {@link analysePath}. Every number is finite; see `status` and `explanation`. */
export interface PathPerformance {
  readonly status: PathStatus;
  /** A plain sentence when status is not 'ok' (why), or a note on an 'ok' result; otherwise undefined. */
  readonly explanation?: string;
  /** End-to-end pairs/s at >= target fidelity after purification cost, Hz (0 unless status 'ok'). */
  readonly deliveredRate: Hertz;
  /** End-to-end pairs/s before purification, Hz (0 for 'no-rate'). */
  readonly rawRate: Hertz;
  /**
   * Mean fidelity of delivered pairs: the raw fidelity for 'unreachable'; for 'no-rate', the fidelity of the
   * fresh links swapped with the nodes' noise (no memory decay, since nothing is ever delivered).
   */
  readonly deliveredFidelity: Fidelity;
  /** Mean fidelity of raw end-to-end pairs, after swaps and memory decoherence (see deliveredFidelity). */
  readonly rawFidelity: Fidelity;
  /**
   * Mean time to the first delivered pair plus classical signalling of swap and purification outcomes and
   * the 'delivered' hops' latencies, s (0 for 'no-rate').
   */
  readonly latency: Seconds;
  /** Standard deviation of the waiting time for a delivered pair, s (0 for 'no-rate'). */
  readonly jitter: Seconds;
  /** Purification rounds used (end-to-end rounds, or the largest per-link rounds). */
  readonly purificationRounds: number;
  /** Where purification happened: 'none' when the raw pairs already meet the target. */
  readonly purificationPlacement: 'none' | 'end-to-end' | 'per-link';
  /**
   * Raw pairs consumed per delivered pair (>= 1): end-to-end pairs for end-to-end placement, the largest
   * per-hop elementary pairs per purified link for per-link placement, 1 without purification.
   */
  readonly pairsConsumedPerDelivered: number;
  /** Number of independent chains run in parallel (memory slots), >= 1 (0 for 'no-rate'). */
  readonly parallelChains: number;
  /** Mean waiting time for one raw end-to-end pair on one chain, s (0 for 'no-rate'). */
  readonly meanRawWaitingTime: Seconds;
  readonly bottleneck: PathBottleneck;
  readonly perHop: readonly PerHopPerformance[];
  /** How each number was obtained, each starting "exact: " or "approximation: ". */
  readonly methods: readonly string[];
  /** Modelling assumptions in force for this result. */
  readonly assumptions: readonly string[];
}
