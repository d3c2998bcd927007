/**
 * Options of the nested repeater-chain waiting-time model and their validation.
 *
 * Field names are the ones a CLI user types (`segments`, `pGen`, `pSwap`, ...); times are counted in
 * elementary-link attempts, the natural clock of the model (multiply by the attempt duration in seconds
 * to get SI time). Source of the model: Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020).
 * Assumptions: a symmetric chain (every segment has the same pGen), one cut-off for every level.
 */
import {
  ParameterError,
  requireInRange,
  requireInteger,
  requirePositive,
  requirePositiveOrInfinite,
  requireProbability,
  type Probability,
} from '../../core/index.js';

/** Inputs of {@link chainWaitingTime}. */
export interface ChainWaitingTimeOptions {
  /** Number of elementary segments 2^n (1, 2, 4, ...; at most 2^20). One segment is a single link. */
  readonly segments: number;
  /** Success probability of one elementary-link attempt, in (0, 1]. */
  readonly pGen: Probability;
  /** Success probability of one entanglement swap, in (0, 1]. */
  readonly pSwap: Probability;
  /** Werner parameter of a freshly generated elementary link, in [0, 1]. Default 1 (perfect pairs). */
  readonly werner0?: number;
  /**
   * Memory coherence time in attempts: a stored link's Werner parameter decays as
   * exp(-t / coherenceAttempts).
   * Positive, or Infinity (default) for perfect memories.
   */
  readonly coherenceAttempts?: number;
  /**
   * Memory cut-off in attempts (integer >= 0): a link that has waited this long for its partner is discarded
   * and both halves restart. Infinity (default) for no cut-off.
   */
  readonly cutoffAttempts?: number;
  /** Largest neglected tail probability of the waiting time, in [1e-12, 0.01]. Default 1e-9. */
  readonly truncationEpsilon?: number;
  /** Probabilities at which to report quantiles, each in (0, 1). Default [0.5, 0.9, 0.99]. */
  readonly quantileLevels?: readonly number[];
}

/** {@link ChainWaitingTimeOptions} with defaults filled in and every value checked. */
export interface ResolvedChainOptions {
  readonly segments: number;
  /** Number of nesting levels n = log2(segments). */
  readonly nestingLevels: number;
  readonly pGen: Probability;
  readonly pSwap: Probability;
  readonly werner0: number;
  readonly coherenceAttempts: number;
  readonly cutoffAttempts: number;
  /** The tail bound actually used: the requested one, tightened so every quantile level is resolved. */
  readonly truncationEpsilon: number;
  readonly quantileLevels: readonly number[];
}

/** Default tail bound of the truncated waiting-time distribution. */
export const DEFAULT_TRUNCATION_EPSILON = 1e-9;
/** Default quantile levels. */
export const DEFAULT_QUANTILE_LEVELS: readonly number[] = [0.5, 0.9, 0.99];
/** Largest accepted number of segments. */
export const MAX_SEGMENTS = 2 ** 20;
const SMALLEST_EPSILON = 1e-12;

/** The number of nesting levels of `segments`, validated as a power of two in [1, 2^20]. */
export function nestingLevelsOf(segments: number): number {
  requireInteger('segments', segments, 1);
  if ((segments & (segments - 1)) !== 0 || segments > MAX_SEGMENTS) {
    throw new ParameterError(
      'segments',
      `must be a power of two between 1 and ${MAX_SEGMENTS} (got ${segments})`,
    );
  }
  return Math.round(Math.log2(segments));
}

/** A probability that must also be strictly positive (a zero rate never delivers a pair). */
export function requireNonZeroProbability(field: string, value: number): number {
  requireProbability(field, value);
  return requirePositive(field, value);
}

/**
 * Validates the options and fills in defaults.
 * @throws ParameterError naming the offending option.
 */
export function resolveChainOptions(options: ChainWaitingTimeOptions): ResolvedChainOptions {
  const nestingLevels = nestingLevelsOf(options.segments);
  const pGen = requireNonZeroProbability('pGen', options.pGen);
  const pSwap = requireNonZeroProbability('pSwap', options.pSwap);
  const werner0 = requireProbability('werner0', options.werner0 ?? 1);
  const coherenceAttempts = requirePositiveOrInfinite(
    'coherenceAttempts',
    options.coherenceAttempts ?? Number.POSITIVE_INFINITY,
  );
  const cutoffAttempts = options.cutoffAttempts ?? Number.POSITIVE_INFINITY;
  if (cutoffAttempts !== Number.POSITIVE_INFINITY) requireInteger('cutoffAttempts', cutoffAttempts, 0);
  let truncationEpsilon = requireInRange(
    'truncationEpsilon',
    options.truncationEpsilon ?? DEFAULT_TRUNCATION_EPSILON,
    SMALLEST_EPSILON,
    0.01,
  );
  const quantileLevels = options.quantileLevels ?? DEFAULT_QUANTILE_LEVELS;
  quantileLevels.forEach((level, index) => {
    const field = `quantileLevels[${index}]`;
    requireInRange(field, level, 0, 1 - 2 * SMALLEST_EPSILON);
    requirePositive(field, level);
    // The neglected tail must be smaller than the probability above the highest quantile.
    truncationEpsilon = Math.min(truncationEpsilon, Math.max(SMALLEST_EPSILON, (1 - level) / 2));
  });
  return {
    segments: options.segments,
    nestingLevels,
    pGen,
    pSwap,
    werner0,
    coherenceAttempts,
    cutoffAttempts,
    truncationEpsilon,
    quantileLevels: [...quantileLevels],
  };
}
