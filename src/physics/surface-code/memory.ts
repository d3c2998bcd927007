/**
 * An error-corrected (surface-code) quantum memory holding a logical qubit for a storage time: cycle time,
 * the code distance needed for a target infidelity, the infidelity reached, the physical-qubit cost, and
 * the longest storage a given distance supports (the memory lifetime used for stockpiles).
 *
 * Model: one error-correction cycle takes k = `gatesPerCycle` gate times. k = 1 reproduces Devitt et al.,
 * Sci. Rep. 6, 36163 (2016), Table 1; a full syndrome round, whose eight steps are laid out in Fowler et
 * al., PRA 86, 032324 (2012), is closer to k = 8. cycles = storageTime / cycleTime; the logical error
 * accumulates linearly, cycles x p_L(d) (union bound, the paper's accounting), capped at 1.
 */
import {
  requireInRange,
  requireInteger,
  requireNonNegative,
  requirePositive,
  type Fidelity,
  type Probability,
  type Seconds,
} from '../../core/index.js';
import {
  DEFAULT_MAXIMUM_DISTANCE,
  DEFAULT_MINIMUM_DISTANCE,
  requiredCodeDistance,
  type CodeDistanceResult,
  type DistanceRounding,
} from './code-distance.js';
import {
  logicalErrorModel,
  logicalErrorPerCycleUnchecked,
  requireBelowThreshold,
  type LogicalErrorModelId,
} from './logical-error-models.js';
import { physicalQubitsPerLogical, type PatchLayout } from './patches.js';

/** Options of {@link surfaceCodeMemory}. */
export interface SurfaceCodeMemoryOptions {
  /** Logical error model (default 'devitt-2016'). */
  readonly errorModel?: LogicalErrorModelId;
  /** Physical error rate per operation, 0 <= p < threshold. */
  readonly physicalErrorRate: Probability;
  /** Duration of one physical gate, s (> 0). */
  readonly gateTime: Seconds;
  /** Gate times per error-correction cycle k, > 0 (default 1, the Devitt 2016 Table 1 assumption). */
  readonly gatesPerCycle?: number;
  /** How long the logical qubit must be stored, s (>= 0). */
  readonly storageTime: Seconds;
  /** Target logical infidelity over the storage time, 0 < target < 1 (default 1e-10, Devitt 2016). */
  readonly targetInfidelity?: Probability;
  /** Distance rounding rule (default 'odd-ceil'). */
  readonly rounding?: DistanceRounding;
  /** Patch layout for the qubit count (default 'unrotated', (2d - 1)^2). */
  readonly layout?: PatchLayout;
  /** Smallest code distance (default 3). */
  readonly minimumDistance?: number;
  /** Largest code distance before the target is unreachable (default 1000). */
  readonly maximumDistance?: number;
}

/** A sized surface-code memory. */
export interface SurfaceCodeMemory extends CodeDistanceResult {
  /** Duration of one error-correction cycle, s. */
  readonly cycleTime: Seconds;
  /** Error-correction cycles during the storage time. */
  readonly cycles: number;
  /** The storage time the memory was sized for, s. */
  readonly storageTime: Seconds;
  /** The target infidelity it was sized for. */
  readonly targetInfidelity: Probability;
  /** 1 - achievedInfidelity. */
  readonly fidelity: Fidelity;
  /** Physical qubits per logical qubit at the chosen distance and layout. */
  readonly physicalQubitsPerLogical: number;
  /** Patch layout used for the qubit count. */
  readonly layout: PatchLayout;
  /** Longest storage time, s, for which the chosen distance keeps the infidelity at or below the target. */
  readonly maxStorageTime: Seconds;
}

/** Default target infidelity, 1 - F = 1e-10 (Devitt et al. 2016, Table 1). */
export const DEFAULT_MEMORY_TARGET_INFIDELITY = 1e-10;

/**
 * Sizes a surface-code memory for a storage time and target infidelity.
 * @throws ParameterError naming the offending option (`gateTime`, `gatesPerCycle`, `storageTime`,
 *   `physicalErrorRate` at/above threshold, ...); UnreachableError when d would exceed `maximumDistance`.
 */
export function surfaceCodeMemory(options: SurfaceCodeMemoryOptions): SurfaceCodeMemory {
  requirePositive('gateTime', options.gateTime);
  const gatesPerCycle = requirePositive('gatesPerCycle', options.gatesPerCycle ?? 1);
  requireNonNegative('storageTime', options.storageTime);
  const cycleTime = options.gateTime * gatesPerCycle;
  const cycles = options.storageTime / cycleTime;
  const targetInfidelity = options.targetInfidelity ?? DEFAULT_MEMORY_TARGET_INFIDELITY;
  const layout = options.layout ?? 'unrotated';
  const distance = requiredCodeDistance({
    errorModel: options.errorModel ?? 'devitt-2016',
    physicalErrorRate: options.physicalErrorRate,
    cycles,
    targetInfidelity,
    rounding: options.rounding ?? 'odd-ceil',
    minimumDistance: options.minimumDistance ?? DEFAULT_MINIMUM_DISTANCE,
    maximumDistance: options.maximumDistance ?? DEFAULT_MAXIMUM_DISTANCE,
  });
  return {
    ...distance,
    cycleTime,
    cycles,
    storageTime: options.storageTime,
    targetInfidelity,
    fidelity: 1 - distance.achievedInfidelity,
    physicalQubitsPerLogical: physicalQubitsPerLogical(distance.codeDistance, layout),
    layout,
    maxStorageTime: lifetimeFromErrorPerCycle(distance.logicalErrorPerCycle, cycleTime, targetInfidelity),
  };
}

/** Options of {@link logicalMemoryLifetime} and {@link logicalStoredInfidelity}. */
export interface StoredLogicalQubitOptions {
  /** Logical error model (default 'devitt-2016'). */
  readonly errorModel?: LogicalErrorModelId;
  /** Physical error rate, 0 <= p < threshold. */
  readonly physicalErrorRate: Probability;
  /** Code distance, integer >= 1. */
  readonly codeDistance: number;
  /** Duration of one error-correction cycle, s (> 0). */
  readonly cycleTime: Seconds;
}

/**
 * Longest storage time, s, for which a distance-d memory keeps the accumulated logical error at or below
 * `targetInfidelity`: (target / p_L(d)) x cycleTime. +Infinity at p = 0.
 * @throws ParameterError for invalid inputs (target must be in (0, 1]).
 */
export function logicalMemoryLifetime(
  options: StoredLogicalQubitOptions & { readonly targetInfidelity: Probability },
): Seconds {
  const errorPerCycle = validatedErrorPerCycle(options);
  requirePositive('targetInfidelity', options.targetInfidelity);
  requireInRange('targetInfidelity', options.targetInfidelity, 0, 1);
  return lifetimeFromErrorPerCycle(errorPerCycle, options.cycleTime, options.targetInfidelity);
}

/**
 * Logical infidelity accumulated by a distance-d memory over `storageTime`: min(1, cycles x p_L(d)).
 * @throws ParameterError for invalid inputs.
 */
export function logicalStoredInfidelity(
  options: StoredLogicalQubitOptions & { readonly storageTime: Seconds },
): Probability {
  const errorPerCycle = validatedErrorPerCycle(options);
  requireNonNegative('storageTime', options.storageTime);
  return Math.min(1, (options.storageTime / options.cycleTime) * errorPerCycle);
}

function validatedErrorPerCycle(options: StoredLogicalQubitOptions): Probability {
  const model = logicalErrorModel(options.errorModel ?? 'devitt-2016');
  requireBelowThreshold(model, options.physicalErrorRate);
  requirePositive('cycleTime', options.cycleTime);
  return logicalErrorPerCycleUnchecked(
    model,
    options.physicalErrorRate,
    requireInteger('codeDistance', options.codeDistance, 1),
  );
}

function lifetimeFromErrorPerCycle(
  errorPerCycle: Probability,
  cycleTime: Seconds,
  target: Probability,
): Seconds {
  return errorPerCycle === 0 ? Number.POSITIVE_INFINITY : (target / errorPerCycle) * cycleTime;
}
