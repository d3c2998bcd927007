/**
 * Options of a plan, validated and resolved once at the boundary into a fully typed object (every default
 * visible here and recorded in the capacity report).
 */
import {
  ParameterError,
  didYouMean,
  requireInteger,
  requirePositive,
  type Seconds,
} from '../../core/index.js';
import type { AllocationObjective } from '../allocation/index.js';
import {
  PURIFICATION_PLACEMENTS,
  SWAP_POLICIES,
  type PathPurificationOptions,
  type PurificationPlacement,
  type SwapPolicy,
} from '../path-analysis/index.js';
import type { RoutingMetric } from '../routing/index.js';

/** Routing metrics a plan may use. */
export const PLAN_METRICS: readonly RoutingMetric[] = ['rate', 'fidelity', 'length', 'hops'];
/** Allocation objectives a plan may use. */
export const PLAN_OBJECTIVES: readonly AllocationObjective[] = ['max-total', 'max-min'];

/** What a user may set; everything optional. */
export interface PlanOptions {
  /** Routing metric; default 'rate' (maximise the product of per-hop success). */
  readonly metric?: RoutingMetric;
  /** Candidate paths per demand (Yen's k shortest); default 1. */
  readonly candidatePaths?: number;
  /** Swap policy; default 'swap-asap'. */
  readonly swapPolicy?: SwapPolicy;
  /** Purification protocol/scheme/placement; default DEJMPS recurrence, placement 'auto'. */
  readonly purification?: PathPurificationOptions;
  /** Memory cutoff, s; default none. */
  readonly cutoff?: Seconds;
  /** Capacity allocation objective across demands; default 'max-total'. */
  readonly objective?: AllocationObjective;
  /**
   * Classical channel rate available for teleportation, bit/s (two bits per teleported qubit); default 1e10
   * (10 Gbit/s). A demand's workload, when it has one, sets its own.
   */
  readonly classicalRate?: number;
  /**
   * Compute each demand's network-level bound, the min cut of per-edge PLOB capacities (one max-flow per distinct
   * demand pair); default true. Large what-if sweeps may skip it: it is a bound, no other figure depends on it.
   */
  readonly minCutBounds?: boolean;
}

/** {@link PlanOptions} with every default filled in and checked. */
export interface ResolvedPlanOptions {
  readonly metric: RoutingMetric;
  readonly candidatePaths: number;
  readonly swapPolicy: SwapPolicy;
  readonly purification: Required<Pick<PathPurificationOptions, 'protocol' | 'scheme' | 'placement'>>;
  readonly cutoff?: Seconds;
  readonly objective: AllocationObjective;
  readonly classicalRate: number;
  readonly minCutBounds: boolean;
}

/** Default classical rate for teleportation, bit/s. */
export const DEFAULT_CLASSICAL_RATE = 1e10;

/** Validates and fills in defaults. @throws ParameterError naming the option. */
export function resolvePlanOptions(options: PlanOptions = {}): ResolvedPlanOptions {
  const metric = oneOf('metric', options.metric ?? 'rate', PLAN_METRICS);
  const swapPolicy = oneOf('swapPolicy', options.swapPolicy ?? 'swap-asap', SWAP_POLICIES);
  const objective = oneOf('objective', options.objective ?? 'max-total', PLAN_OBJECTIVES);
  const placement: PurificationPlacement = oneOf(
    'purification.placement',
    options.purification?.placement ?? 'auto',
    PURIFICATION_PLACEMENTS,
  );
  const protocol = oneOf('purification.protocol', options.purification?.protocol ?? 'dejmps', [
    'dejmps',
    'bbpssw',
  ] as const);
  const scheme = oneOf('purification.scheme', options.purification?.scheme ?? 'recurrence', [
    'recurrence',
    'pumping',
  ] as const);
  return {
    metric,
    candidatePaths: requireInteger('candidatePaths', options.candidatePaths ?? 1, 1),
    swapPolicy,
    purification: { protocol, scheme, placement },
    ...(options.cutoff === undefined ? {} : { cutoff: requirePositive('cutoff', options.cutoff) }),
    objective,
    classicalRate: requirePositive('classicalRate', options.classicalRate ?? DEFAULT_CLASSICAL_RATE),
    minCutBounds: options.minCutBounds ?? true,
  };
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ParameterError(
    field,
    `must be one of ${allowed.join(', ')} (got "${value}")${didYouMean(value, allowed)}`,
  );
}
