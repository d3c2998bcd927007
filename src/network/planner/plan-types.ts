/**
 * Results of planning a scenario: per demand, the route, what it delivers alone and after sharing the network,
 * its bounds, effective qubit bandwidth, and the explanation when it delivers nothing.
 */
import type { Fidelity, Hertz, Seconds } from '../../core/index.js';
import type { AllocationResult } from '../allocation/index.js';
import type { PathPerformance } from '../path-analysis/index.js';
import type { Path } from '../routing/index.js';
import type { Demand } from '../scenario/index.js';
import type { EdgePhysics } from './edge-physics.js';
import type { ResolvedPlanOptions } from './plan-options.js';

/** Outcome class of a demand. */
export type DemandStatus = 'ok' | 'unreachable' | 'no-route' | 'no-rate';

/** One analysed candidate path of a demand. */
export interface CandidateRoute {
  readonly path: Path;
  readonly performance: PathPerformance;
}

/** Effective qubit bandwidth: delivered pairs turned into teleported qubits. */
export interface EffectiveBandwidth {
  /** End-to-end pairs per second at >= the target fidelity, Hz. */
  readonly pairsPerSecond: Hertz;
  /** Qubits per second by teleportation: min(pairs/s, classical rate / 2), Hz. */
  readonly qubitsPerSecond: Hertz;
  /** True when the classical channel, not the pairs, limits teleportation. */
  readonly classicalLimited: boolean;
  /** Classical rate assumed, bit/s. */
  readonly classicalRate: number;
}

/** The plan of one demand. */
export interface DemandPlan {
  readonly demand: Demand;
  readonly status: DemandStatus;
  /** Why the demand gets nothing (or a note); a plain sentence. */
  readonly explanation?: string;
  /** Best candidate (highest standalone delivered rate), when a route exists. */
  readonly best?: CandidateRoute;
  /** Every analysed candidate, best first. */
  readonly candidates: readonly CandidateRoute[];
  /** What the demand's candidates deliver if it had the network to itself, Hz. */
  readonly standaloneRate: Hertz;
  /** Rate after capacity allocation across demands (equals standaloneRate without allocation), Hz. */
  readonly allocatedRate: Hertz;
  readonly fidelity?: Fidelity;
  readonly latency?: Seconds;
  readonly jitter?: Seconds;
  /** Repeaterless bound of the route's weakest hop, ebit/s (physics.md §6). */
  readonly chainBound?: number;
  /** Min cut of per-edge capacity bounds between the demand's ends, ebit/s (Pirandola 2019). */
  readonly minCutBound?: number;
  readonly effectiveBandwidth?: EffectiveBandwidth;
}

/** A whole plan. */
export interface PlanResult {
  readonly options: ResolvedPlanOptions;
  readonly demands: readonly DemandPlan[];
  /** Per-edge physics (usable or with the reason it is not). */
  readonly edges: ReadonlyMap<string, EdgePhysics>;
  /** Allocation across demands, when a solver was given and at least one demand has a route. */
  readonly allocation?: AllocationResult;
  /** Every modelling assumption in force, one sentence each. */
  readonly assumptions: readonly string[];
  /** Which model produced which figure. */
  readonly methods: readonly string[];
}
