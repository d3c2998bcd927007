/**
 * Waiting-time distribution and delivered fidelity of a nested (BDCZ) repeater chain over 2^n segments:
 * the public entry point of the chain model.
 *
 * Model and algorithm: Brand, Coopmans & Elkouss, "Efficient computation of the waiting time and fidelity
 * in quantum repeater chains", IEEE JSAC 38, 619 (2020), arXiv:1912.07688 (their deterministic, truncated
 * algorithm), with the memory cut-off of Li, Coopmans & Elkouss, arXiv:2005.06859. Each level is computed by
 * nesting-level.ts on truncated generating functions (FFT products and a Newton reciprocal), which is exact
 * up to round-off for every time below the truncation; the truncation is extended until the neglected tail
 * mass is below `truncationEpsilon`.
 * Assumptions: symmetric chain (identical segments), time in units of elementary attempts, instantaneous
 * swaps and classical communication, Werner states with depolarising memory decay, perfect swap operations.
 * When the distribution would need more than 2^19 attempts of support, time is coarse-grained to blocks of
 * b attempts (elementary success 1 - (1-p)^b per block, decay exp(-b/T_coh), cut-off round(c/b) blocks,
 * refused below 20 blocks):
 * restarts then wait for the end of their block, so the mean is biased high by up to about b attempts per
 * restart, and the result is labelled approximate.
 */
import { fidelityFromWernerParameter } from '../../physics/bell-diagonal.js';
import type { Fidelity } from '../../core/index.js';
import {
  resolveChainOptions,
  type ChainWaitingTimeOptions,
  type ResolvedChainOptions,
} from './chain-options.js';
import { sangouardMeanAttempts } from './closed-forms.js';
import { summariseDistribution, type ChainQuantile } from './distribution-summary.js';
import { computeConvergedChain, cutoffSteps } from './chain-grid.js';
import type { LevelDistribution } from './nesting-level.js';

/** Waiting time and delivered-pair quality of a nested repeater chain. */
export interface ChainWaitingTimeResult {
  readonly segments: number;
  /** n = log2(segments). */
  readonly nestingLevels: number;
  /** Mean number of attempts until the end-to-end pair is delivered. */
  readonly meanAttempts: number;
  /** Quantiles of the waiting time in attempts (default probabilities 0.5, 0.9, 0.99). */
  readonly quantiles: readonly ChainQuantile[];
  /** Attempts per PMF bin: 1 when exact, b > 1 when coarse-grained. */
  readonly timeStep: number;
  /** pmf[k] = Pr(T in bin k); with timeStep 1, pmf[t] = Pr(T = t attempts). Truncated (see truncatedMass). */
  readonly pmf: readonly number[];
  /** Mean Werner parameter of the pairs delivered in each bin (0 where the PMF is 0). */
  readonly wernerByTime: readonly number[];
  /** Probability of delivery times beyond the returned PMF: 1 - sum(pmf) <= truncationEpsilon. */
  readonly truncatedMass: number;
  /** The tail bound used (the requested one, tightened if a quantile level needed it). */
  readonly truncationEpsilon: number;
  /** Mean Werner parameter of the delivered pair. */
  readonly meanWerner: number;
  /** Mean fidelity of the delivered pair, (1 + 3 meanWerner)/4. */
  readonly meanFidelity: Fidelity;
  /** True when the distribution was computed on the exact attempt grid (timeStep 1). */
  readonly exact: boolean;
  /** How the figures were obtained: `exact: ...` or `approximate: ...`. */
  readonly method: string;
  /** Sangouard et al.'s approximate mean, for comparison. */
  readonly sangouard: { readonly meanAttempts: number; readonly method: string };
}

/**
 * Computes the waiting-time distribution (in attempts) and the mean delivered fidelity of a nested repeater
 * chain with elementary success pGen, swap success pSwap, Werner parameter werner0, memory coherence time
 * coherenceAttempts and cut-off cutoffAttempts (see {@link ChainWaitingTimeOptions} for ranges and defaults).
 * Runs in O(n L log L) for truncation length L; 16 segments at pGen 0.1, pSwap 0.5 take well under a second.
 * @throws ParameterError naming the offending option.
 */
export function chainWaitingTime(options: ChainWaitingTimeOptions): ChainWaitingTimeResult {
  const resolved = resolveChainOptions(options);
  const sangouardMean = sangouardMeanAttempts(resolved);
  // Sangouard's mean overestimates the exact one without cut-off, so a few tens of it usually cover the
  // tail in one pass; with a cut-off the grid search explores longer supports as needed.
  const attemptsGuess = Math.ceil(sangouardMean * (Math.log(1 / resolved.truncationEpsilon) + 3));
  const { level, timeStep } = computeConvergedChain(resolved, attemptsGuess);
  return buildResult(resolved, level, timeStep, sangouardMean);
}

function buildResult(
  options: ResolvedChainOptions,
  level: LevelDistribution,
  timeStep: number,
  sangouardMean: number,
): ChainWaitingTimeResult {
  const summary = summariseDistribution(level, timeStep, options.truncationEpsilon, options.quantileLevels);
  const exact = timeStep === 1;
  const cutoffText = Number.isFinite(options.cutoffAttempts)
    ? ` with the Li-Coopmans-Elkouss memory cut-off of ${options.cutoffAttempts} attempts`
    : '';
  const range = summary.pmf.length * timeStep;
  const roundedCutoff = cutoffSteps(options.cutoffAttempts, timeStep) * timeStep;
  const cutoffNote = cutoffText ? `; cut-off rounded to ${roundedCutoff} attempts` : '';
  const method = exact
    ? `exact: Brand-Coopmans-Elkouss generating-function recursion${cutoffText}, ` +
      `truncated after ${range} attempts (neglected probability ${summary.truncatedMass.toExponential(2)})`
    : `approximate: Brand-Coopmans-Elkouss recursion${cutoffText} on a coarse time grid of ` +
      `${timeStep} attempts per step (restarts wait for the end of their step: mean biased high by up ` +
      `to ~${timeStep} attempts per restart${cutoffNote})`;
  return {
    segments: options.segments,
    nestingLevels: options.nestingLevels,
    meanAttempts: summary.meanAttempts,
    quantiles: summary.quantiles,
    timeStep,
    pmf: summary.pmf,
    wernerByTime: summary.wernerByTime,
    truncatedMass: summary.truncatedMass,
    truncationEpsilon: options.truncationEpsilon,
    meanWerner: summary.meanWerner,
    meanFidelity: fidelityFromWernerParameter(summary.meanWerner),
    exact,
    method,
    sangouard: {
      meanAttempts: sangouardMean,
      method:
        'approximate: Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), (3/2)^n / (pGen pSwap^n); ' +
        'small pGen, no cut-off, overestimates for larger n',
    },
  };
}
