/**
 * Path analysis of one route (planner issue, item 2): end-to-end rate at a target fidelity over heterogeneous
 * hops, with latency, jitter, bottleneck, per-hop figures, methods and assumptions. Entry point of
 * src/network/path-analysis; see analyse-path.ts for the model overview.
 */
export { analysePath } from './analyse-path.js';
export {
  DEFAULT_PATH_MAX_ROUNDS,
  PURIFICATION_PLACEMENTS,
  SWAP_POLICIES,
  type DeliveredHop,
  type HeraldedHop,
  type HeraldedHopLink,
  type PathAnalysisOptions,
  type PathBottleneck,
  type PathPerformance,
  type PathPurificationOptions,
  type PathStatus,
  type PerHopPerformance,
  type PurificationPlacement,
  type Route,
  type RouteHop,
  type RouteNode,
  type SwapPolicy,
} from './path-types.js';
export { MAX_EXACT_DECAY_HOPS } from './parallel-decay.js';
export { PATH_ANALYSIS_REFERENCE_CASES } from './reference-cases.js';
