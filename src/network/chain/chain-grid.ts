/**
 * Choice of the time grid for the repeater-chain recursion: how many time bins, and how many attempts per
 * bin, so that the neglected tail of the end-to-end waiting time stays below epsilon at bounded cost.
 *
 * Source: the recursion is Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020) (see nesting-level.ts); the
 * truncation rule (extend until the tail mass is below epsilon) is theirs, the extrapolation of the tail's
 * geometric decay to pick the next length is ours.
 * Assumptions: up to MAX_EXACT_BINS bins the grid is one attempt per bin (exact). Longer supports are
 * coarse-grained to blocks of b attempts (success 1 - (1-p)^b per block, decay exp(-b/T_coh) per block,
 * cut-off round(c/b) blocks): an approximation whose restarts wait for the end of their block. A cut-off
 * resolved by fewer than MIN_CUTOFF_STEPS blocks would make that approximation meaningless, so it is refused.
 */
import { ParameterError } from '../../core/index.js';
import type { ResolvedChainOptions } from './chain-options.js';
import { createFftPlan, nextPowerOfTwo } from './fft.js';
import {
  elementaryLevel,
  nextNestingLevel,
  truncatedMassOf,
  type LevelDistribution,
} from './nesting-level.js';

/** Largest number of time bins computed on the exact (one attempt per bin) grid. */
export const MAX_EXACT_BINS = 2 ** 19;
/** Fewest coarse steps a finite cut-off may span. */
export const MIN_CUTOFF_STEPS = 20;
const MIN_BINS = 64;
const PILOT_BINS = 2 ** 15;
const PILOT_GROWTH = 16;
const MAX_PASSES = 40;

/** A final-level distribution and the number of attempts per bin it was computed on. */
export interface ChainOnGrid {
  readonly level: LevelDistribution;
  readonly timeStep: number;
}

/**
 * Computes the chain on successively better grids until the tail beyond the grid is <= epsilon.
 * `attemptsGuess` is a first estimate of the support needed (in attempts).
 * @throws ParameterError naming cutoffAttempts when the support is so long that the cut-off cannot be
 * resolved.
 */
export function computeConvergedChain(options: ResolvedChainOptions, attemptsGuess: number): ChainOnGrid {
  const epsilon = options.truncationEpsilon;
  let needed: number | undefined;
  let exploreFrom = attemptsGuess;
  if (attemptsGuess <= MAX_EXACT_BINS) {
    const bins = Math.max(MIN_BINS, nextPowerOfTwo(attemptsGuess));
    const level = computeChain(options, 1, bins);
    if (truncatedMassOf(level.pmf) <= epsilon) return { level, timeStep: 1 };
    needed = binsNeeded(level.pmf, epsilon);
    exploreFrom = PILOT_GROWTH * bins;
  }
  needed ??= explore(options, exploreFrom);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const grid = gridFor(needed, options);
    const level = computeChain(options, grid.timeStep, grid.bins);
    if (truncatedMassOf(level.pmf) <= epsilon) return { level, timeStep: grid.timeStep };
    needed = Math.max(2 * grid.bins, binsNeeded(level.pmf, epsilon) ?? 8 * grid.bins) * grid.timeStep;
  }
  throw new Error('chainWaitingTime: truncation did not converge (please report the inputs)');
}

/**
 * Finds the time scale when it is unknown (first guess far too short because of cut-off restarts, or too
 * long for the exact grid): runs on supports of `attempts`, 16 times that, ..., on the exact grid while
 * that fits in MAX_EXACT_BINS bins and on PILOT_BINS coarse bins beyond, until most of the mass lies
 * inside; returns the attempts needed for the tail bound. Pilot steps never exceed the coarsest step that
 * still resolves the cut-off; if even MAX_EXACT_BINS such steps are too short, the cut-off is refused.
 */
function explore(options: ResolvedChainOptions, attempts: number): number {
  const coarsestStep = Number.isFinite(options.cutoffAttempts)
    ? Math.max(1, Math.floor(options.cutoffAttempts / MIN_CUTOFF_STEPS))
    : Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < MAX_PASSES; pass++, attempts *= PILOT_GROWTH) {
    const timeStep =
      attempts <= MAX_EXACT_BINS ? 1 : Math.min(coarsestStep, Math.ceil(attempts / PILOT_BINS));
    const bins = Math.max(MIN_BINS, nextPowerOfTwo(Math.ceil(attempts / timeStep)));
    if (bins > MAX_EXACT_BINS) throw unresolvableCutoff(options, timeStep * MAX_EXACT_BINS);
    const needed = binsNeeded(computeChain(options, timeStep, bins).pmf, options.truncationEpsilon);
    if (needed !== undefined) return needed * timeStep;
  }
  throw new Error('chainWaitingTime: no time scale found (please report the inputs)');
}

/** The finest grid covering `attempts`: exact if it fits in MAX_EXACT_BINS bins, else coarse-grained. */
function gridFor(attempts: number, options: ResolvedChainOptions): { timeStep: number; bins: number } {
  const wanted = Math.ceil(1.1 * attempts);
  if (wanted <= MAX_EXACT_BINS) return { timeStep: 1, bins: Math.max(MIN_BINS, nextPowerOfTwo(wanted)) };
  const timeStep = Math.ceil(wanted / MAX_EXACT_BINS);
  requireResolvableCutoff(options, timeStep);
  return { timeStep, bins: nextPowerOfTwo(Math.ceil(wanted / timeStep)) };
}

function requireResolvableCutoff(options: ResolvedChainOptions, timeStep: number): void {
  const cutoff = options.cutoffAttempts;
  if (timeStep > 1 && Number.isFinite(cutoff) && cutoff / timeStep < MIN_CUTOFF_STEPS) {
    throw unresolvableCutoff(options, MAX_EXACT_BINS * (timeStep - 1));
  }
}

function unresolvableCutoff(options: ResolvedChainOptions, attempts: number): ParameterError {
  return new ParameterError(
    'cutoffAttempts',
    `too short to resolve (got ${options.cutoffAttempts}): with it the waiting time spreads over more than ` +
      `${attempts} attempts, which must be grouped into at most ${MAX_EXACT_BINS} steps, and the cut-off ` +
      `would span fewer than ${MIN_CUTOFF_STEPS} steps; lengthen the cut-off or shorten the chain`,
  );
}

/** Runs the elementary level and n swap levels on a grid of `bins` steps of `timeStep` attempts. */
export function computeChain(
  options: ResolvedChainOptions,
  timeStep: number,
  bins: number,
): LevelDistribution {
  const pStep = timeStep === 1 ? options.pGen : -Math.expm1(timeStep * Math.log1p(-options.pGen));
  let level = elementaryLevel(pStep, options.werner0, bins);
  const parameters = {
    pSwap: options.pSwap,
    cutoffSteps: cutoffSteps(options.cutoffAttempts, timeStep),
    decayPerStep: Math.exp(-timeStep / options.coherenceAttempts),
    // Transforms are needed only for the restart series (p_s < 1 or a cut-off).
    plan:
      options.nestingLevels > 0 && (options.pSwap < 1 || Number.isFinite(options.cutoffAttempts))
        ? createFftPlan(2 * bins)
        : undefined,
  };
  for (let k = 0; k < options.nestingLevels; k++) level = nextNestingLevel(level, parameters);
  return level;
}

/** The cut-off in steps of `timeStep` attempts (rounded to the nearest step when coarse-grained). */
export function cutoffSteps(cutoffAttempts: number, timeStep: number): number {
  if (!Number.isFinite(cutoffAttempts)) return Number.POSITIVE_INFINITY;
  return timeStep === 1 ? cutoffAttempts : Math.round(cutoffAttempts / timeStep);
}

/**
 * Bins expected to bring the neglected tail below epsilon: where the CDF passes 1 - epsilon if it does,
 * otherwise an extrapolation of the geometric decay of the PMF's last eighth; undefined when more than half
 * the mass is still beyond the grid (no reliable decay rate yet).
 */
function binsNeeded(pmf: Float64Array, epsilon: number): number | undefined {
  const length = pmf.length;
  let cumulative = 0;
  for (let k = 0; k < length; k++) {
    cumulative += pmf[k]!;
    if (cumulative >= 1 - epsilon) return k + 1;
  }
  const tail = Math.max(0, 1 - cumulative);
  const span = Math.floor(length / 8);
  const last = pmf[length - 1]!;
  const earlier = pmf[length - 1 - span]!;
  if (tail > 0.5) return undefined;
  if (!(last > 0) || !(earlier > last)) return 8 * length;
  const logRatio = Math.log(last / earlier) / span;
  return Math.ceil(length + Math.log(epsilon / tail) / logRatio);
}
