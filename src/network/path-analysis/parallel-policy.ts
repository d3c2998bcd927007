/**
 * Waiting time, memory decay and link consumption of the parallel swap policies ('swap-asap', 'nested').
 *
 * - Deterministic swaps, no cutoff: the end-to-end pair exists when the last hop has its link,
 *   M = max_i T_i, for both policies (a made link is never lost). Moments from max-of-hops.ts: exact for
 *   identical hops (physics.md §5), quadrature of the shifted-exponential model otherwise.
 * - Swap failures, swap-asap: a failed Bell measurement loses the chain and the round restarts, so with
 *   P = prod_j p_s,j the waiting time is a geometric sum of independent rounds, E = E[M]/P,
 *   Var = Var[M]/P + (1 - P) E[M]^2 / P^2 (exact for that restart-all protocol; conservative for protocols
 *   that keep unaffected links).
 * - Swap failures, nested: identical heralded hops over 2^n segments with one p_s use the exact
 *   Brand-Coopmans-Elkouss distribution (src/network/chain) when its support is short; otherwise each failed
 *   swap restarts its subtree: T_range = sum of Geometric(p_s) copies of max(T_left, T_right), with each
 *   half's time replaced by a shifted exponential of the same mean and variance (approximation).
 * - Cutoff: two identical heralded hops use the exact two-link model of physics cutoff.ts; otherwise the
 *   restart-all rounds of cutoff-rounds.ts. The decay of delivered pairs is the exact no-cutoff expectation
 *   times, per qubit, E[e^(-kappa D) | D <= c] / E[e^(-kappa D)] (approximation: conditions each qubit on its
 *   own storage, not on the whole round's success).
 */
import type { Seconds } from '../../core/index.js';
import { twoLinkCutoff } from '../../physics/cutoff.js';
import { chainWaitingTime } from '../chain/index.js';
import { restartAllCutoffRounds } from './cutoff-rounds.js';
import { allIdenticalHeralded, type HopTiming } from './hop-timing.js';
import { maxOfHops, varianceOf, type WaitingMoments } from './max-of-hops.js';
import {
  MAX_EXACT_DECAY_HOPS,
  exactJointDecay,
  cutoffDecayCorrection,
  nodeDecayProduct,
  meanStorageTimes,
  storageLayout,
  type DecayEigenvalues,
  type StorageLayout,
} from './parallel-decay.js';
import type { ResolvedNode } from './resolve-route.js';

/**
 * Longest waiting-time support (in attempts) for which the exact nested-chain distribution is computed (a few
 * ms); longer ones take tens of ms or more, and the subtree-restart approximation is within 1 % there.
 */
export const MAX_EXACT_NESTED_SUPPORT = 500;

/** Timing, decay and consumption of one policy on one route. */
export interface PolicyFigures {
  /** Mean time to one raw end-to-end pair on one chain, s. */
  readonly meanWaiting: Seconds;
  /** Variance of that time, s^2. */
  readonly waitingVariance: number;
  /** Expected links generated on each hop per raw end-to-end pair (restarts and discards), >= 1. */
  readonly generationsPerPair: readonly number[];
  /** Expected Pauli eigenvalues of the memory channel of a delivered pair. */
  readonly decay: DecayEigenvalues;
  /** Mean storage time of each hop's [left, right] qubit, s. */
  readonly meanStorage: readonly (readonly [Seconds, Seconds])[];
  /** How the figures were obtained. */
  readonly methods: readonly string[];
}

function pairRates(nodes: readonly ResolvedNode[], a: number, b: number, component: 'x' | 'z'): number {
  return nodes[a]!.decayRates[component] + nodes[b]!.decayRates[component];
}

function jointDecay(
  timings: readonly HopTiming[],
  layout: StorageLayout,
  nodes: readonly ResolvedNode[],
  cutoff: Seconds,
  methods: string[],
): DecayEigenvalues {
  const rates = nodes.map((node) => node.decayRates);
  if (rates.every((rate) => rate.x === 0 && rate.z === 0)) return { x: 1, z: 1 };
  let joint: DecayEigenvalues;
  if (timings.length > MAX_EXACT_DECAY_HOPS) {
    methods.push(
      `approximation: memory decay as the product over nodes of each node's exact expected decay (route over ${MAX_EXACT_DECAY_HOPS} hops; neglects correlations between nodes waiting for the same links)`,
    );
    joint = nodeDecayProduct(timings, layout, rates);
  } else {
    methods.push(
      'approximation: memory decay E[exp(-sum kappa t)] over all stored qubits by the exact Markov-chain (Feynman-Kac) recursion over the 2^N sets of finished hops, hop times as continuous exponentials (error of order kappa x attempt duration)',
    );
    joint = exactJointDecay(timings, layout, rates);
  }
  if (!Number.isFinite(cutoff)) return joint;
  methods.push(
    'approximation: cutoff effect on decay as per-qubit conditional factors E[e^(-kappa D) | D <= cutoff] / E[e^(-kappa D)]',
  );
  const correction = cutoffDecayCorrection(timings, layout, rates, cutoff);
  return { x: Math.min(1, joint.x * correction.x), z: Math.min(1, joint.z * correction.z) };
}

/** A shifted exponential with the given mean and variance (shift >= 0). */
function matchedTiming(mean: Seconds, variance: number): HopTiming {
  const deviation = Math.sqrt(variance);
  const shift = Math.max(0, mean - deviation);
  return {
    mean,
    variance,
    shift,
    decayRate: 1 / (mean - shift),
    successProbability: 1,
    attemptDuration: 0,
  };
}

/** Subtree-restart approximation of the nested waiting time (file header). */
function nestedRestartMoments(
  timings: readonly HopTiming[],
  nodes: readonly ResolvedNode[],
  from: number,
  to: number,
): HopTiming {
  if (to - from === 1) return timings[from]!;
  const middle = from + Math.ceil((to - from) / 2);
  const halves = [
    nestedRestartMoments(timings, nodes, from, middle),
    nestedRestartMoments(timings, nodes, middle, to),
  ];
  const joined = maxOfHops(halves);
  const swap = nodes[middle]!.swapSuccessProbability;
  const mean = joined.mean / swap;
  const variance = varianceOf(joined) / swap + ((1 - swap) * joined.mean * joined.mean) / (swap * swap);
  return matchedTiming(mean, variance);
}

function restartAll(moments: WaitingMoments, success: number): { mean: number; variance: number } {
  return {
    mean: moments.mean / success,
    variance:
      varianceOf(moments) / success + ((1 - success) * moments.mean * moments.mean) / (success * success),
  };
}

/** Exact nested chain for identical power-of-two hops with one swap probability, if its support is short. */
function exactNested(
  timings: readonly HopTiming[],
  nodes: readonly ResolvedNode[],
): { mean: number; variance: number; method: string } | undefined {
  const hops = timings.length;
  if ((hops & (hops - 1)) !== 0 || !allIdenticalHeralded(timings)) return undefined;
  const swap = nodes[1]!.swapSuccessProbability;
  if (!nodes.slice(1, hops).every((node) => node.swapSuccessProbability === swap)) return undefined;
  const p = timings[0]!.successProbability;
  const levels = Math.round(Math.log2(hops));
  const sangouard = Math.pow(1.5, levels) / (p * Math.pow(swap, levels));
  if (sangouard * 25 > MAX_EXACT_NESTED_SUPPORT) return undefined;
  const chain = chainWaitingTime({ segments: hops, pGen: p, pSwap: swap, quantileLevels: [0.5] });
  if (!chain.exact) return undefined;
  let mass = 0;
  let first = 0;
  let second = 0;
  chain.pmf.forEach((probability, attempts) => {
    mass += probability;
    first += probability * attempts;
    second += probability * attempts * attempts;
  });
  const tau = timings[0]!.attemptDuration;
  const meanAttempts = first / mass;
  return {
    mean: chain.meanAttempts * tau,
    variance: Math.max(0, second / mass - meanAttempts * meanAttempts) * tau * tau,
    method: `exact: nested waiting time with swap success ${swap} (${chain.method})`,
  };
}

/** Figures of 'swap-asap' or 'nested' for the given hop timings and nodes. */
export function parallelPolicyFigures(
  policy: 'swap-asap' | 'nested',
  timings: readonly HopTiming[],
  nodes: readonly ResolvedNode[],
  cutoff: Seconds,
): PolicyFigures {
  const hops = timings.length;
  const layout = storageLayout(policy, hops);
  const methods: string[] = [];
  const swaps = nodes.slice(1, hops).map((node) => node.swapSuccessProbability);
  const allSwaps = swaps.reduce((product, p) => product * p, 1);
  const maximum = maxOfHops(timings);
  const meanStorage = meanStorageTimes(timings, layout, maximum.mean);
  if (Number.isFinite(cutoff) && hops >= 2) {
    if (hops === 2 && allIdenticalHeralded(timings)) {
      return twoIdenticalWithCutoff(timings, nodes, cutoff, allSwaps, meanStorage);
    }
    const rounds = restartAllCutoffRounds(timings, cutoff);
    const success = rounds.successProbability * allSwaps;
    methods.push(
      'approximation: cutoff as restart-all rounds (a round fails when the oldest link exceeds the cutoff; conservative), round moments by quadrature of the shifted-exponential hop model',
      'approximation: waiting-time variance treats round durations as independent of the round outcome',
    );
    const moments = restartAll(
      { mean: rounds.meanRound, secondMoment: rounds.secondMomentRound, exact: false },
      success,
    );
    return {
      meanWaiting: moments.mean,
      waitingVariance: moments.variance,
      generationsPerPair: timings.map(() => 1 / success),
      decay: jointDecay(timings, layout, nodes, cutoff, methods),
      meanStorage,
      methods,
    };
  }
  methods.push(
    maximum.exact
      ? hops === 1
        ? 'exact: one hop, waiting time = its generation time (mean attempt duration / p)'
        : 'exact: waiting time of identical hops, E[max of N geometric attempt counts] (physics.md §5) x attempt duration, and its second moment by the same first-step recursion'
      : 'approximation: heterogeneous waiting time E[max T_i] by quadrature of prod P(T_i <= t), geometric attempts as exponentials shifted to the exact mean (error below one attempt duration)',
  );
  let moments = restartAll(maximum, allSwaps);
  let generationsPerPair = timings.map(() => 1 / allSwaps);
  if (allSwaps < 1 && policy === 'swap-asap') {
    methods.push('exact: failed swaps restart the whole chain (restart-all), mean = E[max]/prod p_s');
  } else if (allSwaps < 1) {
    generationsPerPair = timings.map((_, hop) =>
      layout.releaseSets
        .slice(1, hops)
        .reduce((count, set, k) => (set.includes(hop) ? count / swaps[k]! : count), 1),
    );
    const exact = exactNested(timings, nodes);
    if (exact) {
      moments = exact;
      methods.push(exact.method);
    } else {
      const restart = nestedRestartMoments(timings, nodes, 0, hops);
      moments = { mean: restart.mean, variance: restart.variance };
      methods.push(
        'approximation: nested swap failures restart their subtree; each half as a shifted exponential of the same mean and variance',
      );
    }
    methods.push('approximation: nested memory decay evaluated for the successful attempt of every swap');
  }
  return {
    meanWaiting: moments.mean,
    waitingVariance: moments.variance,
    generationsPerPair,
    decay: jointDecay(timings, layout, nodes, Infinity, methods),
    meanStorage,
    methods,
  };
}

/** Two identical heralded hops with a cutoff: physics cutoff.ts (exact discrete). */
function twoIdenticalWithCutoff(
  timings: readonly HopTiming[],
  nodes: readonly ResolvedNode[],
  cutoff: Seconds,
  swapSuccess: number,
  meanStorage: readonly (readonly [Seconds, Seconds])[],
): PolicyFigures {
  const { successProbability: p, attemptDuration: tau } = timings[0]!;
  const figures = (pairRate: number): ReturnType<typeof twoLinkCutoff> =>
    twoLinkCutoff({
      linkSuccessProbability: p,
      attemptDuration: tau,
      cutoff,
      linkFidelity: 1,
      pairDepolarisingTime: pairRate > 0 ? 1 / pairRate : Number.POSITIVE_INFINITY,
    });
  // The older link waits; by symmetry it is the left one (nodes 0, 1) or the right one (nodes 1, 2) equally
  // often, and the model's mean decay is linear in which one it is.
  const decayOf = (component: 'x' | 'z'): number =>
    (figures(pairRates(nodes, 0, 1, component)).meanDecayFactor +
      figures(pairRates(nodes, 1, 2, component)).meanDecayFactor) /
    2;
  const base = figures(0);
  const rounds = restartAllCutoffRounds(timings, cutoff);
  const roundMoments = restartAll(
    { mean: rounds.meanRound, secondMoment: rounds.secondMomentRound, exact: false },
    rounds.successProbability * swapSuccess,
  );
  // From "both generating", one link comes first with probability 2(1-p)/(2-p) and is discarded when its
  // partner misses the cutoff; each discard costs one link, shared equally by the two hops.
  const restart = (2 * (1 - p) * (1 - base.partnerArrivalProbability)) / (2 - p);
  const linksPerHop = (1 + restart / (2 * (1 - restart))) / swapSuccess;
  return {
    meanWaiting: base.expectedTime / swapSuccess,
    waitingVariance: roundMoments.variance,
    generationsPerPair: [linksPerHop, linksPerHop],
    decay: { x: decayOf('x'), z: decayOf('z') },
    meanStorage,
    methods: [
      'exact: two identical hops with cutoff, expected attempts and mean decay of the waiting link from the two-link cutoff model (physics cutoff.ts); failed swaps restart the round',
      'approximation: waiting-time variance from restart-all rounds of the continuous hop model',
    ],
  };
}
