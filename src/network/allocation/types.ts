/**
 * Inputs and outputs of capacity allocation: how the entanglement-generation capacity of the links and the
 * quantum memory of the nodes is shared among end-to-end demands, each routed over a few candidate paths.
 *
 * Model (docs/decisions/0003-allocation-lp.md): a multi-commodity flow LP with fixed candidate paths
 * (path-flow formulation, as in Bertsekas & Gallager, "Data Networks", §5.4). The variable of a path is the
 * rate of end-to-end pairs it delivers (pairs/s). Delivering one end-to-end pair consumes `pairCosts[i] >= 1`
 * elementary pairs on the path's i-th edge (purification and failed swaps), and holds `memoryCosts[j]`
 * qubit-seconds of memory at its j-th node. By Little's law a rate x held for q qubit-seconds per pair
 * occupies x q qubits on average, so a node with `memoryLimit` qubits imposes sum(x q) <= memoryLimit.
 * Assumptions: rates are long-run averages (no burstiness or queueing delay); edge capacity is shared
 * by all paths crossing the edge, whichever direction they use it in; costs do not depend on the rate.
 */
import type { Hertz } from '../../core/index.js';

/** One candidate path of a demand: a simple path from one end of the demand to the other. */
export interface AllocationPath {
  /** Keys of the edges along the path, in order (at least one). Each must be an edge of the problem. */
  readonly edges: readonly string[];
  /** Keys of the nodes along the path, in order, both ends included: exactly `edges.length + 1` keys. */
  readonly nodes: readonly string[];
  /**
   * Elementary pairs consumed on `edges[i]` per delivered end-to-end pair (>= 1: purification rounds and
   * failed swaps multiply it). Same length as `edges`. Default: 1 on every edge (no purification, ideal swaps).
   */
  readonly pairCosts?: readonly number[];
  /**
   * Memory held at `nodes[j]` per delivered end-to-end pair, in qubit-seconds (>= 0): qubits used times the
   * time they wait for the rest of the path, e.g. 2 qubits x holding time at a repeater. Same length as
   * `nodes`. Required when the path crosses a node with a `memoryLimit`; ignored otherwise.
   */
  readonly memoryCosts?: readonly number[];
}

/** A request for end-to-end pairs between two nodes. */
export interface AllocationDemand {
  /** Unique name of the demand, reported back unchanged (any characters). */
  readonly key: string;
  /** Candidate paths (e.g. the k shortest). May be empty: the demand then gets 0 and an explanation. */
  readonly paths: readonly AllocationPath[];
  /**
   * Rate wanted, pairs/s (> 0). Caps the allocation. For 'max-min', all demands or none must give it:
   * with it the fair share is a fraction of the (weighted) request; without it, a rate per unit weight.
   * Default: uncapped.
   */
  readonly requestedRate?: Hertz;
  /** Rate that must be delivered, pairs/s (>= 0, <= requestedRate). The LP is infeasible if it cannot be. Default 0. */
  readonly minimumRate?: Hertz;
  /** Priority (> 0): objective coefficient in 'max-total', share multiplier in 'max-min'. Default 1. */
  readonly weight?: number;
}

/** A link that generates elementary pairs. */
export interface AllocationEdge {
  /** Unique key (any characters). */
  readonly key: string;
  /** Elementary pairs per second the link can generate, >= 0 and <= 1e15 (0 = link down). */
  readonly capacity: Hertz;
}

/** A node; list only nodes with a memory budget (unlisted nodes are unconstrained). */
export interface AllocationNode {
  /** Unique key (any characters). */
  readonly key: string;
  /** Qubits of memory available to allocated traffic (>= 0). Default: unlimited. */
  readonly memoryLimit?: number;
}

/**
 * 'max-total': maximise the (weighted) sum of delivered rates, each capped by its request.
 * 'max-min': maximise the smallest (weighted) share t with rate_d >= t * weight_d * requestedRate_d, then, when
 * `lexicographic` is on, maximise the weighted total with every share held at t.
 */
export type AllocationObjective = 'max-total' | 'max-min';

/** A whole allocation problem. */
export interface AllocationProblem {
  readonly demands: readonly AllocationDemand[];
  readonly edges: readonly AllocationEdge[];
  /** Nodes with memory budgets. Default: none. */
  readonly nodes?: readonly AllocationNode[];
}

/** Options of {@link allocateCapacity}. */
export interface AllocationOptions {
  /** Default 'max-total'. */
  readonly objective?: AllocationObjective;
  /** For 'max-min': run the second, total-maximising stage with the fair share fixed. Default true. */
  readonly lexicographic?: boolean;
}

/** A constraint of the LP that a result can point at. */
export interface ConstraintRef {
  /** 'edge': pair-generation capacity of a link; 'node': memory budget of a node. */
  readonly kind: 'edge' | 'node';
  /** The edge or node key. */
  readonly key: string;
}

/** How much of one capacity or memory budget the allocation uses. */
export interface ConstraintUsage extends ConstraintRef {
  /** Elementary pairs/s (edge) or qubits (node) used by the allocation. */
  readonly used: number;
  /** The capacity (pairs/s) or memory limit (qubits). */
  readonly limit: number;
  /** used / limit, in [0, 1]. */
  readonly utilisation: number;
  /** True when the constraint is saturated (utilisation >= 1 - 1e-6): more of it could raise some rate. */
  readonly binding: boolean;
  /**
   * HiGHS dual value (shadow price) of the constraint in the last LP solved: objective gained per extra unit
   * of capacity (pairs/s) or memory (qubit). 0 for slack constraints; may also be 0 for a saturated but
   * degenerate one. Its units follow the stage's objective (see {@link AllocationResult.dualsFrom}).
   */
  readonly shadowPrice: number;
}

/** The rate given to one candidate path. */
export interface PathAllocation {
  /** Index of the path in the demand's `paths`. */
  readonly pathIndex: number;
  /** End-to-end pairs/s delivered over this path. */
  readonly rate: Hertz;
}

/** The allocation of one demand. */
export interface DemandAllocation {
  readonly key: string;
  /** End-to-end pairs/s delivered (sum over paths). */
  readonly rate: Hertz;
  /** The request, when given. */
  readonly requestedRate?: Hertz;
  /** rate / requestedRate in [0, 1], when a request was given. */
  readonly satisfaction?: number;
  /** One entry per candidate path, in input order (unusable paths get rate 0). */
  readonly paths: readonly PathAllocation[];
  /** Saturated constraints on this demand's usable paths, when it got less than it asked for. */
  readonly limitedBy: readonly ConstraintRef[];
  /** Why the demand got nothing or less than it asked for, in words (empty when fully served). */
  readonly explanations: readonly string[];
}

/**
 * 'optimal': solved. 'infeasible': the minimum rates cannot all be met. 'unbounded': a rate could grow
 * without limit (cannot happen with finite capacities; reported rather than hidden). 'empty': no demand has
 * a usable path, nothing to solve. 'solver-failed': HiGHS stopped without an answer (limit, numerical error).
 */
export type AllocationStatus = 'optimal' | 'infeasible' | 'unbounded' | 'empty' | 'solver-failed';

/** Result of {@link allocateCapacity}. Rates are 0 unless `status` is 'optimal'. */
export interface AllocationResult {
  readonly status: AllocationStatus;
  /** One sentence saying what happened, for the user. */
  readonly message: string;
  readonly objective: AllocationObjective;
  /** Sum of delivered rates, pairs/s. */
  readonly totalRate: Hertz;
  /**
   * 'max-min' only: the fair share t reached. A fraction of each weighted request when requests are given,
   * otherwise a rate (pairs/s) per unit weight.
   */
  readonly fairShare?: number;
  /** One entry per demand, in input order. */
  readonly demands: readonly DemandAllocation[];
  /** Every edge capacity and node memory budget that some usable path touches. */
  readonly constraints: readonly ConstraintUsage[];
  /** Which LP the shadow prices come from: the only stage, or the second stage of a lexicographic max-min. */
  readonly dualsFrom: 'max-total' | 'max-min-share' | 'max-min-total';
  /** Size of the LP solved (last stage): path-flow variables and constraint rows. */
  readonly lpSize: { readonly variables: number; readonly rows: number };
}
