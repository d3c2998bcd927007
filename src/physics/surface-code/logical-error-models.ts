/**
 * Logical error per error-correction cycle of a surface-code memory, p_L(d) = A (p / p_th)^((d+1)/2),
 * the standard below-threshold scaling of a distance-d code (an error chain must span (d+1)/2 faults).
 *
 * Three published parameter sets:
 * - 'devitt-2016': A = 0.13, p_th = 1/61 (p_L = 0.13 (61 p)^((d+1)/2)), the model behind Table 1 of
 *   Devitt, Greentree, Stephens & Van Meter, "High-speed quantum networking by ship", Sci. Rep. 6, 36163
 *   (2016). RECONSTRUCTED: fitted to that table's own numbers (the paper's methods were not available to us);
 *   it reproduces every code distance of the table (shared/reference/sneakernet.md).
 * - 'fowler-2012': A = 0.03, p_th = 0.0057, Fowler, Mariantoni, Martinis & Cleland, PRA 86, 032324 (2012)
 *   (their fit p_L ~ 0.03 (p/p_th)^d_e, d_e = (d+1)/2, for the planar code under circuit-level noise).
 * - 'qualtran': A = 0.1, p_th = 0.01 (p_L = 0.1 (100 p)^((d+1)/2)), the rule of thumb used by Google's
 *   Qualtran resource estimator (qualtran.surface_code, `code_distance_from_budget`).
 *
 * Assumptions: p is the uniform circuit-level error per operation; one decoder round per cycle; the
 * formula is only meaningful strictly below threshold, so p >= p_th is rejected.
 */
import {
  ParameterError,
  didYouMean,
  requireInteger,
  requireNonNegative,
  type Probability,
} from '../../core/index.js';

/** Identifier of a logical error model. */
export type LogicalErrorModelId = 'devitt-2016' | 'fowler-2012' | 'qualtran';

/** A logical error model p_L(d) = prefactor (p / threshold)^((d+1)/2). */
export interface LogicalErrorModel {
  /** Identifier used in options and scenario files. */
  readonly id: LogicalErrorModelId;
  /** Prefactor A (dimensionless). */
  readonly prefactor: number;
  /** Threshold physical error rate p_th; the model requires p < p_th. */
  readonly threshold: Probability;
  /** Where the numbers come from. */
  readonly source: string;
}

/** The three built-in logical error models, keyed by id. */
export const LOGICAL_ERROR_MODELS: Readonly<Record<LogicalErrorModelId, LogicalErrorModel>> = {
  'devitt-2016': {
    id: 'devitt-2016',
    prefactor: 0.13,
    threshold: 1 / 61,
    source:
      'Devitt et al., Sci. Rep. 6, 36163 (2016), Table 1: p_L = 0.13 (61 p)^((d+1)/2), reconstructed from the ' +
      "table's numbers (not read from the paper's methods)",
  },
  'fowler-2012': {
    id: 'fowler-2012',
    prefactor: 0.03,
    threshold: 0.0057,
    source: 'Fowler et al., PRA 86, 032324 (2012): p_L = 0.03 (p / 0.0057)^((d+1)/2)',
  },
  qualtran: {
    id: 'qualtran',
    prefactor: 0.1,
    threshold: 0.01,
    source: 'Google Qualtran surface-code model: p_L = 0.1 (100 p)^((d+1)/2)',
  },
};

/**
 * Looks up a logical error model by id.
 * @throws ParameterError naming `errorModel` for an unknown id (with a did-you-mean hint).
 */
export function logicalErrorModel(id: string): LogicalErrorModel {
  const model = (LOGICAL_ERROR_MODELS as Record<string, LogicalErrorModel | undefined>)[id];
  if (!model) {
    const known = Object.keys(LOGICAL_ERROR_MODELS);
    throw new ParameterError(
      'errorModel',
      `unknown logical error model "${id}"${didYouMean(id, known)}; known: ${known.join(', ')}`,
    );
  }
  return model;
}

/**
 * Checks a physical error rate against a model's threshold.
 * @returns the rate unchanged when 0 <= p < threshold.
 * @throws ParameterError naming `physicalErrorRate` and the threshold when p >= threshold (or p < 0, NaN).
 */
export function requireBelowThreshold(model: LogicalErrorModel, physicalErrorRate: Probability): Probability {
  requireNonNegative('physicalErrorRate', physicalErrorRate);
  if (physicalErrorRate >= model.threshold) {
    throw new ParameterError(
      'physicalErrorRate',
      `must be below the ${model.id} threshold ${model.threshold.toPrecision(4)} (got ${physicalErrorRate}); ` +
        'at or above threshold a larger code makes the memory worse, not better',
    );
  }
  return physicalErrorRate;
}

/** Options of {@link logicalErrorPerCycle}. */
export interface LogicalErrorOptions {
  /** Logical error model id (default 'devitt-2016'). */
  readonly errorModel?: LogicalErrorModelId;
  /** Physical error rate per operation p, 0 <= p < threshold. */
  readonly physicalErrorRate: Probability;
  /** Code distance d, an integer >= 1. */
  readonly codeDistance: number;
}

/**
 * Logical error probability of one logical qubit per error-correction cycle, p_L(d) = A (p/p_th)^((d+1)/2).
 * Below threshold it falls geometrically with d; it is 0 at p = 0. Capped at 1 (only reachable for tiny d
 * with a large prefactor, where the fit has no meaning anyway).
 * @throws ParameterError for p outside [0, threshold) or a non-integer distance.
 */
export function logicalErrorPerCycle(options: LogicalErrorOptions): Probability {
  const model = logicalErrorModel(options.errorModel ?? 'devitt-2016');
  requireBelowThreshold(model, options.physicalErrorRate);
  requireInteger('codeDistance', options.codeDistance, 1);
  return logicalErrorPerCycleUnchecked(model, options.physicalErrorRate, options.codeDistance);
}

/** p_L(d) without validation, for callers that validated already (hot loops). */
export function logicalErrorPerCycleUnchecked(
  model: LogicalErrorModel,
  physicalErrorRate: Probability,
  codeDistance: number,
): Probability {
  const value = model.prefactor * Math.pow(physicalErrorRate / model.threshold, (codeDistance + 1) / 2);
  return Math.min(1, value);
}
