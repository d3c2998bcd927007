/**
 * Choice of the surface-code distance that keeps a logical qubit below a target infidelity for a given
 * number of error-correction cycles.
 *
 * Requirement (union bound, as in Devitt et al., Sci. Rep. 6, 36163 (2016)): cycles x p_L(d) <= target,
 * with p_L(d) = A (p/p_th)^((d+1)/2) (see logical-error-models.ts). Solved in closed form for real d:
 *   r* = ln(target / (cycles A)) / ln(p / p_th),   d* = 2 r* - 1.
 * Rounding rules (both after the floating-point guard of rounding.ts):
 * - 'odd-ceil' (default, the conventional choice): the smallest odd d meeting the requirement,
 *   d = 2 ceil(r*) - 1; with cycles = 1 this is Qualtran's `code_distance_from_budget`,
 *   d = 2 ceil(ln(10 budget)/ln(100 p)) - 1 (p = 1e-3, budget 1e-10 -> 17).
 * - 'devitt-2016': d = floor(d*), not forced odd; reproduces the (even and odd) distances of Devitt 2016
 *   Table 1. Flooring means the achieved infidelity can exceed the target by up to a factor
 *   (p_th/p)^(1/2); `meetsTarget` reports it.
 * The result is raised to `minimumDistance` (default 3, the smallest code that corrects an error), and a
 * target whose rounded distance exceeds `maximumDistance` (default 1000) is reported as unreachable.
 */
import {
  ParameterError,
  UnreachableError,
  requireInRange,
  requireInteger,
  requireNonNegative,
  type Probability,
} from '../../core/index.js';
import {
  logicalErrorModel,
  logicalErrorPerCycleUnchecked,
  requireBelowThreshold,
  type LogicalErrorModel,
  type LogicalErrorModelId,
} from './logical-error-models.js';
import { guardedCeil, guardedFloor } from './rounding.js';

/** How the real-valued distance d* is turned into an integer. */
export type DistanceRounding = 'odd-ceil' | 'devitt-2016';

/** The rounding rules, for validation and UIs. */
export const DISTANCE_ROUNDINGS: readonly DistanceRounding[] = ['odd-ceil', 'devitt-2016'];

/** Default upper limit on the code distance before a target is declared unreachable. */
export const DEFAULT_MAXIMUM_DISTANCE = 1000;

/** Default lower limit on the code distance. */
export const DEFAULT_MINIMUM_DISTANCE = 3;

/** Options of {@link requiredCodeDistance}. */
export interface CodeDistanceOptions {
  /** Logical error model (default 'devitt-2016'). */
  readonly errorModel?: LogicalErrorModelId;
  /** Physical error rate p, 0 <= p < the model's threshold. */
  readonly physicalErrorRate: Probability;
  /** Number of error-correction cycles the logical qubit must survive, >= 0 (need not be an integer). */
  readonly cycles: number;
  /** Target logical infidelity (error budget) over all cycles, 0 < target < 1. */
  readonly targetInfidelity: Probability;
  /** Rounding rule (default 'odd-ceil'). */
  readonly rounding?: DistanceRounding;
  /** Smallest distance returned, integer >= 1 (default 3); must be odd with 'odd-ceil'. */
  readonly minimumDistance?: number;
  /** Largest acceptable distance, integer >= minimumDistance (default 1000). */
  readonly maximumDistance?: number;
}

/** The chosen code distance and what it achieves. */
export interface CodeDistanceResult {
  /** Chosen code distance d (integer). */
  readonly codeDistance: number;
  /** Unrounded solution d* of cycles x p_L(d) = target (may be below 1, or -Infinity when p = 0). */
  readonly realDistance: number;
  /** Logical error per cycle at the chosen d. */
  readonly logicalErrorPerCycle: Probability;
  /** cycles x p_L(d), capped at 1: the accumulated logical error probability (union bound). */
  readonly achievedInfidelity: Probability;
  /** True when achievedInfidelity <= target x (1 + 1e-6) (false possible with 'devitt-2016' flooring). */
  readonly meetsTarget: boolean;
  /** The rounding rule used. */
  readonly rounding: DistanceRounding;
  /** The error model used. */
  readonly errorModel: LogicalErrorModelId;
}

/**
 * The code distance needed to keep `cycles x p_L(d) <= targetInfidelity`, in closed form.
 * @throws ParameterError for p at/above threshold (naming `physicalErrorRate` and the threshold), a target
 *   outside (0, 1), negative cycles, an unknown rounding rule or bad distance limits.
 * @throws UnreachableError when the rounded distance exceeds `maximumDistance` (message gives d, d*, p, threshold).
 */
export function requiredCodeDistance(options: CodeDistanceOptions): CodeDistanceResult {
  const model = logicalErrorModel(options.errorModel ?? 'devitt-2016');
  requireBelowThreshold(model, options.physicalErrorRate);
  requireNonNegative('cycles', options.cycles);
  requireOpenProbability('targetInfidelity', options.targetInfidelity);
  const rounding = options.rounding ?? 'odd-ceil';
  if (!DISTANCE_ROUNDINGS.includes(rounding)) {
    throw new ParameterError(
      'rounding',
      `must be one of ${DISTANCE_ROUNDINGS.join(', ')} (got "${String(rounding)}")`,
    );
  }
  const minimumDistance = requireInteger(
    'minimumDistance',
    options.minimumDistance ?? DEFAULT_MINIMUM_DISTANCE,
    1,
  );
  if (rounding === 'odd-ceil' && minimumDistance % 2 === 0) {
    throw new ParameterError(
      'minimumDistance',
      `must be odd with rounding 'odd-ceil' (got ${minimumDistance})`,
    );
  }
  const maximumDistance = requireInteger(
    'maximumDistance',
    options.maximumDistance ?? DEFAULT_MAXIMUM_DISTANCE,
    minimumDistance,
  );
  return solveCodeDistance(
    model,
    options.physicalErrorRate,
    options.cycles,
    options.targetInfidelity,
    rounding,
    minimumDistance,
    maximumDistance,
  );
}

/** Requires 0 < value < 1. */
function requireOpenProbability(field: string, value: number): number {
  requireInRange(field, value, 0, 1);
  if (value === 0 || value === 1)
    throw new ParameterError(field, `must be strictly between 0 and 1 (got ${value})`);
  return value;
}

/** The closed-form solution without input validation (inputs already checked by the caller). */
export function solveCodeDistance(
  model: LogicalErrorModel,
  physicalErrorRate: Probability,
  cycles: number,
  targetInfidelity: Probability,
  rounding: DistanceRounding,
  minimumDistance: number,
  maximumDistance: number,
): CodeDistanceResult {
  // ln(p/p_th) < 0 below threshold; with no cycles or p = 0 any distance works, so r* -> -Infinity.
  const halfDistance =
    cycles === 0 || physicalErrorRate === 0
      ? Number.NEGATIVE_INFINITY
      : Math.log(targetInfidelity / (cycles * model.prefactor)) /
        Math.log(physicalErrorRate / model.threshold);
  const realDistance = 2 * halfDistance - 1;
  const rounded = rounding === 'odd-ceil' ? 2 * guardedCeil(halfDistance) - 1 : guardedFloor(realDistance);
  const codeDistance = Math.max(minimumDistance, rounded);
  if (codeDistance > maximumDistance) {
    throw new UnreachableError(
      `no code distance up to ${maximumDistance} keeps ${formatCount(cycles)} error-correction cycles below ` +
        `infidelity ${targetInfidelity} with the ${model.id} model at physical error rate ${physicalErrorRate} ` +
        `(threshold ${model.threshold.toPrecision(4)}): it needs d = ${formatCount(codeDistance)} ` +
        `(real solution ${realDistance.toPrecision(6)})`,
    );
  }
  const logicalErrorPerCycle = logicalErrorPerCycleUnchecked(model, physicalErrorRate, codeDistance);
  const achievedInfidelity = Math.min(1, cycles * logicalErrorPerCycle);
  return {
    codeDistance,
    realDistance,
    logicalErrorPerCycle,
    achievedInfidelity,
    meetsTarget: achievedInfidelity <= targetInfidelity * (1 + 1e-6),
    rounding,
    errorModel: model.id,
  };
}

function formatCount(value: number): string {
  return value >= 1e5 ? value.toExponential(3) : String(value);
}
