/**
 * One nesting level of a nested (BDCZ) repeater chain: from the waiting-time distribution and Werner
 * parameter of a link over 2^(k-1) segments to those of a link over 2^k segments.
 *
 * Model (Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020), arXiv:1912.07688; memory cut-off as in
 * Li, Coopmans & Elkouss, IEEE Trans. Quantum Eng. 2 (2021), arXiv:2005.06859, and their reference code):
 * - time is discrete (one step = one elementary attempt, or a block of them when coarse-grained);
 * - two independent copies A, B of the lower level run in parallel; their links arrive at T_A, T_B;
 * - cut-off c: if |T_A - T_B| > c the earlier link is discarded at min(T_A, T_B) + c and both halves
 *   restart from scratch; otherwise the swap is attempted at max(T_A, T_B);
 * - the swap succeeds with probability p_s; on failure both links are lost and the level restarts;
 * - Werner parameters: the earlier link decays by beta^|T_A - T_B| while it waits, beta = exp(-1/T_coh)
 *   per step, and a perfect swap multiplies the Werner parameters: W = W_A W_B beta^|T_A - T_B|.
 * With generating functions P_s (pairs that pass the cut-off, at their max), P_f (pairs that fail, at
 * min + c) and W_s (the same as P_s weighted by the output Werner parameter), the level is
 *   P_T(z) = p_s P_s(z) / (1 - P_f(z) - (1 - p_s) P_s(z)),   W_T(z) = p_s W_s(z) / (same denominator),
 * (Li et al.'s cut-off and swap geometric sums, combined into one denominator). P_s, P_f and W_s, sums
 * over pairs, take O(length) with running sums; the division takes one power-series reciprocal.
 * Assumptions: both halves are identically distributed (symmetric chain); swaps and classical
 * communication take no time; the cut-off is the same at every level.
 */
import type { FftPlan } from './fft.js';
import { multiplyPairBySeries, reciprocalSeries } from './power-series.js';

/** Waiting-time distribution and Werner parameter of one level's link, truncated to `pmf.length` steps. */
export interface LevelDistribution {
  /** pmf[t] = Pr(T = t) for t in [0, length); pmf[0] = 0 because every link needs one step. */
  readonly pmf: Float64Array;
  /** wernerWeighted[t] = Pr(T = t) E[W | T = t], the Werner parameter at delivery weighted by probability. */
  readonly wernerWeighted: Float64Array;
}

/** Parameters of one swap level, in steps. */
export interface SwapLevelParameters {
  /** Swap success probability p_s in (0, 1]. */
  readonly pSwap: number;
  /** Cut-off c in steps (integer >= 0), or Infinity for none. */
  readonly cutoffSteps: number;
  /** Werner-parameter decay factor per step of storage, beta = exp(-step / T_coh) in (0, 1]. */
  readonly decayPerStep: number;
  /** Twiddle tables for transforms of twice the length, shared across levels (optional, saves time). */
  readonly plan?: FftPlan;
}

/**
 * The elementary link: Pr(T = t) = p (1 - p)^(t - 1) for t >= 1, delivered with Werner parameter w0.
 * Powers are taken as exp(t log1p(-p)) so that tiny p keeps full precision.
 */
export function elementaryLevel(pStep: number, werner0: number, length: number): LevelDistribution {
  const pmf = new Float64Array(length);
  const wernerWeighted = new Float64Array(length);
  const logFailure = pStep < 1 ? Math.log1p(-pStep) : Number.NEGATIVE_INFINITY;
  for (let t = 1; t < length; t++) {
    const probability = pStep >= 1 ? (t === 1 ? 1 : 0) : pStep * Math.exp((t - 1) * logFailure);
    pmf[t] = probability;
    wernerWeighted[t] = probability * werner0;
  }
  return { pmf, wernerWeighted };
}

/** 1 - sum(pmf), clamped at 0: the probability mass beyond the truncation. */
export function truncatedMassOf(pmf: Float64Array): number {
  let total = 0;
  for (let t = 0; t < pmf.length; t++) total += pmf[t]!;
  return Math.max(0, 1 - total);
}

/**
 * The next nesting level from the current one (same truncation length). Exact modulo the truncation: the
 * output at step t depends only on the input at steps <= t and on the input's total mass being 1.
 */
export function nextNestingLevel(
  level: LevelDistribution,
  parameters: SwapLevelParameters,
): LevelDistribution {
  const { pmf, wernerWeighted } = level;
  const length = pmf.length;
  const { pSwap, cutoffSteps, decayPerStep } = parameters;
  const hasCutoff = Number.isFinite(cutoffSteps);
  const passed = new Float64Array(length); // P_s
  const failed = new Float64Array(length); // P_f
  const passedWerner = new Float64Array(length); // W_s
  // Running sums over the partner's earlier arrival s in [t - c, t - 1]: probability, and Werner weight
  // decayed by beta^(t - s).
  let window = 0;
  let decayedWindow = 0;
  const decayBeyondWindow = hasCutoff ? Math.pow(decayPerStep, cutoffSteps + 1) : 0;
  for (let t = 1; t < length; t++) {
    const previous = t - 1;
    window += pmf[previous]!;
    decayedWindow = decayPerStep * (decayedWindow + wernerWeighted[previous]!);
    const leaving = previous - cutoffSteps;
    if (hasCutoff && leaving >= 0) {
      window -= pmf[leaving]!;
      decayedWindow -= decayBeyondWindow * wernerWeighted[leaving]!;
    }
    if (window < 0) window = 0;
    if (decayedWindow < 0) decayedWindow = 0;
    const here = pmf[t]!;
    const hereWerner = wernerWeighted[t]!;
    passed[t] = here * here + 2 * here * window;
    passedWerner[t] = hereWerner * hereWerner + 2 * hereWerner * decayedWindow;
  }
  if (hasCutoff) {
    // The earlier link (at m) is discarded at m + c when its partner is still missing at m + c.
    let partnerLater = truncatedMassOf(pmf); // Pr(T > t), accumulated from the far end
    for (let t = length - 1; t >= 1; t--) {
      const earlier = t - cutoffSteps;
      if (earlier >= 1) failed[t] = 2 * pmf[earlier]! * partnerLater;
      partnerLater += pmf[t]!;
    }
  }
  if (pSwap === 1 && !hasCutoff) return { pmf: passed, wernerWeighted: passedWerner };
  const denominator = new Float64Array(length);
  denominator[0] = 1;
  for (let t = 1; t < length; t++) denominator[t] = -failed[t]! - (1 - pSwap) * passed[t]!;
  const restarts = reciprocalSeries(denominator, length, parameters.plan);
  const [nextPmf, nextWerner] = multiplyPairBySeries(passed, passedWerner, restarts, length, parameters.plan);
  for (let t = 0; t < length; t++) {
    // Round-off of the transforms leaves |noise| ~ 1e-17 where the exact value is ~0; keep PMFs >= 0.
    nextPmf[t] = t === 0 ? 0 : Math.max(0, pSwap * nextPmf[t]!);
    nextWerner[t] = t === 0 ? 0 : Math.max(0, pSwap * nextWerner[t]!);
  }
  return { pmf: nextPmf, wernerWeighted: nextWerner };
}
