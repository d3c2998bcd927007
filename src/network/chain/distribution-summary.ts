/**
 * Summaries of a truncated waiting-time distribution on a grid of `timeStep` attempts per bin: mean,
 * quantiles, mean Werner parameter, the Werner parameter conditional on the delivery time, and the
 * shortest prefix of the PMF that keeps the neglected tail below epsilon.
 *
 * Source: definitions only (Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020): W(t) is the mean
 * Werner parameter of the pairs delivered at time t).
 * Assumptions: bin k holds attempts ((k-1) b, k b]; with b = 1 the grid is the exact attempt count.
 * When b > 1 the mean places each bin's mass at its midpoint k b - (b - 1)/2 and quantiles are reported
 * at the upper end k b of their bin (conservative).
 */
import type { LevelDistribution } from './nesting-level.js';

/** The quantile of the waiting time at one probability. */
export interface ChainQuantile {
  /** Probability q in (0, 1). */
  readonly probability: number;
  /** Smallest number of attempts t with Pr(T <= t) >= q (upper end of its bin when coarse-grained). */
  readonly attempts: number;
}

/** Summary statistics of a truncated delivery-time distribution. */
export interface DistributionSummary {
  /** Mean waiting time in attempts, sum of t Pr(T = t) over the computed range (a lower bound; see below). */
  readonly meanAttempts: number;
  readonly quantiles: readonly ChainQuantile[];
  /** PMF per bin, cut to the shortest prefix with neglected mass <= epsilon. */
  readonly pmf: readonly number[];
  /** Mean Werner parameter of pairs delivered in each bin (0 where the PMF is 0), same length as pmf. */
  readonly wernerByTime: readonly number[];
  /** 1 - sum(pmf) of the returned prefix (>= 0). */
  readonly truncatedMass: number;
  /** Mean Werner parameter of the delivered pair, conditional on delivery within the computed range. */
  readonly meanWerner: number;
}

/** Summarises a final-level distribution whose bins are `timeStep` attempts wide. */
export function summariseDistribution(
  level: LevelDistribution,
  timeStep: number,
  epsilon: number,
  quantileLevels: readonly number[],
): DistributionSummary {
  const { pmf, wernerWeighted } = level;
  let mass = 0;
  let meanBins = 0;
  let wernerMass = 0;
  for (let k = 0; k < pmf.length; k++) {
    mass += pmf[k]!;
    meanBins += k * pmf[k]!;
    wernerMass += wernerWeighted[k]!;
  }
  const midpointShift = (timeStep - 1) / 2;
  // A lower bound: the neglected tail (mass <= epsilon) would add about epsilon x (range + decay time).
  const meanAttempts = timeStep * meanBins - midpointShift * mass;
  const meanWerner = mass > 0 ? Math.min(1, Math.max(0, wernerMass / mass)) : 0;

  const sortedLevels = [...quantileLevels].map((probability, index) => ({ probability, index }));
  sortedLevels.sort((a, b) => a.probability - b.probability);
  const quantileBins = new Array<number>(quantileLevels.length).fill(pmf.length - 1);
  let cumulative = 0;
  let nextLevel = 0;
  let keep = pmf.length;
  for (let k = 0; k < pmf.length; k++) {
    cumulative += pmf[k]!;
    while (nextLevel < sortedLevels.length && cumulative >= sortedLevels[nextLevel]!.probability) {
      quantileBins[sortedLevels[nextLevel]!.index] = k;
      nextLevel++;
    }
    if (keep === pmf.length && cumulative >= 1 - epsilon) keep = k + 1;
  }
  const keptPmf = Array.from(pmf.subarray(0, keep));
  let keptMass = 0;
  for (const value of keptPmf) keptMass += value;
  const wernerByTime = keptPmf.map((probability, k) =>
    probability > 0 ? Math.min(1, Math.max(0, wernerWeighted[k]! / probability)) : 0,
  );
  return {
    meanAttempts,
    quantiles: quantileLevels.map((probability, index) => ({
      probability,
      attempts: quantileBins[index]! * timeStep,
    })),
    pmf: keptPmf,
    wernerByTime,
    truncatedMass: Math.max(0, 1 - keptMass),
    meanWerner,
  };
}
