/**
 * A direct Monte Carlo simulation of the nested repeater-chain protocol of src/network/chain, written
 * independently of the generating-function recursion so the tests can compare the two.
 *
 * Protocol (Brand, Coopmans & Elkouss 2020; cut-off as in Li, Coopmans & Elkouss 2021): elementary links take
 * Geometric(pGen) attempts and start with Werner parameter werner0; a level runs two independent copies of
 * the level below; if their arrival times differ by more than the cut-off, the earlier link is discarded at
 * min + cutoff and both restart; otherwise the swap at max(tA, tB) succeeds with pSwap and yields
 * wA wB exp(-|tA - tB| / coherenceAttempts), and a failed swap restarts the level.
 */
import { createRng, type Rng } from '../../../src/core/index.js';

/** Inputs of the simulation, in attempts. */
export interface ChainSimulationOptions {
  readonly segments: number;
  readonly pGen: number;
  readonly pSwap: number;
  readonly werner0?: number;
  readonly coherenceAttempts?: number;
  readonly cutoffAttempts?: number;
}

/** Sample means and their standard errors. */
export interface ChainSimulationSummary {
  readonly meanAttempts: number;
  readonly meanAttemptsError: number;
  readonly meanWerner: number;
  readonly meanWernerError: number;
  /** The raw samples (attempts), for distribution checks. */
  readonly attempts: Float64Array;
}

interface Delivery {
  readonly time: number;
  readonly werner: number;
}

function deliver(level: number, options: ChainSimulationOptions, rng: Rng): Delivery {
  if (level === 0) return { time: rng.nextGeometric(options.pGen), werner: options.werner0 ?? 1 };
  const cutoff = options.cutoffAttempts ?? Number.POSITIVE_INFINITY;
  const coherence = options.coherenceAttempts ?? Number.POSITIVE_INFINITY;
  let elapsed = 0;
  for (;;) {
    const a = deliver(level - 1, options, rng);
    const b = deliver(level - 1, options, rng);
    const gap = Math.abs(a.time - b.time);
    if (gap > cutoff) {
      elapsed += Math.min(a.time, b.time) + cutoff;
      continue;
    }
    const swapTime = Math.max(a.time, b.time);
    if (rng.nextFloat() < options.pSwap) {
      return { time: elapsed + swapTime, werner: a.werner * b.werner * Math.exp(-gap / coherence) };
    }
    elapsed += swapTime;
  }
}

/** Simulates `samples` end-to-end deliveries with the given seed. */
export function simulateChain(
  options: ChainSimulationOptions,
  samples: number,
  seed: number,
): ChainSimulationSummary {
  const rng = createRng(seed);
  const levels = Math.round(Math.log2(options.segments));
  const attempts = new Float64Array(samples);
  let sumT = 0;
  let sumT2 = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (let i = 0; i < samples; i++) {
    const { time, werner } = deliver(levels, options, rng);
    attempts[i] = time;
    sumT += time;
    sumT2 += time * time;
    sumW += werner;
    sumW2 += werner * werner;
  }
  const meanAttempts = sumT / samples;
  const meanWerner = sumW / samples;
  const standardError = (sum2: number, mean: number): number =>
    Math.sqrt(Math.max(0, sum2 / samples - mean * mean) / (samples - 1));
  return {
    meanAttempts,
    meanAttemptsError: standardError(sumT2, meanAttempts),
    meanWerner,
    meanWernerError: standardError(sumW2, meanWerner),
    attempts,
  };
}
