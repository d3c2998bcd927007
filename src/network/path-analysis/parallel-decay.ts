/**
 * Memory decoherence of a route whose hops generate links in parallel ('swap-asap' and 'nested'): the
 * expected Pauli eigenvalues of all stored qubits' channels together, E[exp(-sum_q kappa_q t_q)], for the X
 * (= Y) and Z rates of resolve-route.ts. Their product over qubits is what the end-to-end state sees, so this
 * expectation (not a product of per-qubit expectations) gives the exact mean state.
 *
 * Storage layout: node j holds the qubit of hop j-1 (if j >= 1) and of hop j (if j <= N-1) from the moment
 * that link exists until every hop of its release set holds a link: swap-asap, {j-1, j} (it swaps as soon as
 * both neighbours' links exist); nested, the hops of the range it joins (BDCZ: ranges split in halves, the
 * left half rounded up); end nodes, all hops (the pair is delivered when the last swap is done). Swaps are
 * instantaneous and deterministic in this part (failed swaps restart the round, which leaves the successful
 * round's storage unchanged).
 *
 * Exact method (continuous time, hops Exp(mu_i) from hop-timing.ts without the shift): the set D of hops
 * holding links is a Markov chain; in state D the stored qubits decay at the total rate r(D) and hop i not in
 * D finishes at rate mu_i, so by first-step (Feynman-Kac) analysis
 *   V(D) = sum_(i not in D) mu_i V(D + i) / (sum_(i not in D) mu_i + r(D)),  V(all) = 1,
 * and the expectation is V(empty). Cost 2^N N; used up to {@link MAX_EXACT_DECAY_HOPS} hops. Above that, the
 * product over nodes of each node's own exact expectation is used: an approximation that neglects the
 * correlation between different nodes' storage times (they wait for shared links; the product underestimates
 * the fidelity, by about 1e-3 when memories cost ~10 % of the Werner parameter).
 */
import type { Seconds } from '../../core/index.js';
import type { HopTiming } from './hop-timing.js';
import type { QubitDecayRates } from './resolve-route.js';
import { releaseSetStorage, type ReleaseSetDecay } from './release-set-storage.js';
import { qubitStorage } from './storage-marginal.js';

/** Largest number of hops for the exact 2^N Markov-chain expectation. */
export const MAX_EXACT_DECAY_HOPS = 14;

/** Release sets of the nodes of a parallel policy. */
export interface StorageLayout {
  /** releaseSets[j]: hops whose links must all exist before node j's qubits are released. */
  readonly releaseSets: readonly (readonly number[])[];
}

/** Expected Pauli eigenvalues of the route's memory channel. */
export interface DecayEigenvalues {
  /** E[lambda_X] = E[lambda_Y]. */
  readonly x: number;
  /** E[lambda_Z]. */
  readonly z: number;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** The release sets of 'swap-asap' or 'nested' for a route of `hops` hops. */
export function storageLayout(policy: 'swap-asap' | 'nested', hops: number): StorageLayout {
  const all = range(0, hops);
  const releaseSets: number[][] = Array.from({ length: hops + 1 }, () => all);
  if (policy === 'swap-asap') {
    for (let node = 1; node < hops; node++) releaseSets[node] = [node - 1, node];
  } else {
    const split = (from: number, to: number): void => {
      if (to - from < 2) return;
      const middle = from + Math.ceil((to - from) / 2);
      releaseSets[middle] = range(from, to);
      split(from, middle);
      split(middle, to);
    };
    split(0, hops);
  }
  return { releaseSets };
}

/** The hops whose qubits sit at node j: [hop j-1 if any, hop j if any]. */
export function qubitsAtNode(node: number, hops: number): number[] {
  const held: number[] = [];
  if (node >= 1) held.push(node - 1);
  if (node <= hops - 1) held.push(node);
  return held;
}

/** Per-node data of the recursion, for the nodes whose memories decay. */
interface ChainNodes {
  readonly release: Int32Array;
  readonly leftBit: Int32Array;
  readonly rightBit: Int32Array;
  readonly rateX: Float64Array;
  readonly rateZ: Float64Array;
}

/** V(empty) of the recursion for the X and the Z rates together (one pass over the 2^N states). */
function chainValues(mu: Float64Array, nodes: ChainNodes): DecayEigenvalues {
  const { release, leftBit, rightBit, rateX, rateZ } = nodes;
  const full = (1 << mu.length) - 1;
  const valueX = new Float64Array(full + 1);
  const valueZ = new Float64Array(full + 1);
  valueX[full] = 1;
  valueZ[full] = 1;
  for (let state = full - 1; state >= 0; state--) {
    let killX = 0;
    let killZ = 0;
    for (let k = 0; k < release.length; k++) {
      const mask = release[k]!;
      if ((state & mask) === mask) continue;
      const stored = ((state & leftBit[k]!) !== 0 ? 1 : 0) + ((state & rightBit[k]!) !== 0 ? 1 : 0);
      killX += stored * rateX[k]!;
      killZ += stored * rateZ[k]!;
    }
    let total = 0;
    let sumX = 0;
    let sumZ = 0;
    // Visit the unfinished hops only: lowest clear bit first.
    for (let free = ~state & full; free !== 0; free &= free - 1) {
      const bit = free & -free;
      const rate = mu[31 - Math.clz32(bit)]!;
      total += rate;
      sumX += rate * valueX[state | bit]!;
      sumZ += rate * valueZ[state | bit]!;
    }
    valueX[state] = sumX / (total + killX);
    valueZ[state] = sumZ / (total + killZ);
  }
  return { x: valueX[0]!, z: valueZ[0]! };
}

/** Exact E[exp(-sum kappa t)] for X and Z rates by the Markov-chain recursion of the file header. */
export function exactJointDecay(
  timings: readonly HopTiming[],
  layout: StorageLayout,
  nodeRates: readonly QubitDecayRates[],
): DecayEigenvalues {
  const hops = timings.length;
  const decaying = nodeRates.flatMap((rates, node) => (rates.x > 0 || rates.z > 0 ? [node] : []));
  if (decaying.length === 0) return { x: 1, z: 1 };
  const nodes: ChainNodes = {
    release: Int32Array.from(decaying, (node) =>
      layout.releaseSets[node]!.reduce((mask, hop) => mask | (1 << hop), 0),
    ),
    leftBit: Int32Array.from(decaying, (node) => (node >= 1 ? 1 << (node - 1) : 0)),
    rightBit: Int32Array.from(decaying, (node) => (node <= hops - 1 ? 1 << node : 0)),
    rateX: Float64Array.from(decaying, (node) => nodeRates[node]!.x),
    rateZ: Float64Array.from(decaying, (node) => nodeRates[node]!.z),
  };
  return chainValues(
    Float64Array.from(timings, (timing) => timing.decayRate),
    nodes,
  );
}

/**
 * {@link chainValues} for a single node holding the qubits of `held` hops until every hop of `set` has its
 * link, decaying at `kappa`: the same operations in the same order (so the same value to the bit), without
 * the per-call arrays of the general recursion (called for every repeater of every long route; issue 3).
 */
function singleNodeChainValue(
  timings: readonly HopTiming[],
  set: readonly number[],
  held: readonly number[],
  kappa: number,
  scratch: Float64Array,
): number {
  const full = (1 << set.length) - 1;
  const leftBit = held[0] === undefined ? 0 : 1 << set.indexOf(held[0]);
  const rightBit = held[1] === undefined ? 0 : 1 << set.indexOf(held[1]);
  // Every entry is written before it is read (states above `state` first), so a reused buffer is safe.
  const value = scratch.length > full ? scratch : new Float64Array(full + 1);
  value[full] = 1;
  for (let state = full - 1; state >= 0; state--) {
    // The release set is the whole set, so below `full` the node always stores its finished hops' qubits.
    const stored = ((state & leftBit) !== 0 ? 1 : 0) + ((state & rightBit) !== 0 ? 1 : 0);
    const kill = 0 + stored * kappa;
    let total = 0;
    let sum = 0;
    for (let free = ~state & full; free !== 0; free &= free - 1) {
      const bit = free & -free;
      const rate = timings[set[31 - Math.clz32(bit)]!]!.decayRate;
      total += rate;
      sum += rate * value[state | bit]!;
    }
    value[state] = sum / (total + kill);
  }
  return value[0]!;
}

/**
 * E[exp(-kappa W_j)] for the total storage W_j of node j's qubits: the one-dimensional integral of
 * storage-marginal.ts for a node holding one qubit, the recursion restricted to the node's release set
 * otherwise (exact), or, for a release set over {@link MAX_EXACT_DECAY_HOPS} hops, the product of its two
 * qubits' expectations.
 */
function nodeDecay(
  timings: readonly HopTiming[],
  set: readonly number[],
  held: readonly number[],
  kappa: number,
  storageOf: (set: readonly number[]) => ReleaseSetDecay,
  scratch: Float64Array,
): number {
  if (kappa === 0) return 1;
  if (held.length === 1) return storageOf(set)(held[0]!, kappa);
  if (set.length <= MAX_EXACT_DECAY_HOPS) return singleNodeChainValue(timings, set, held, kappa, scratch);
  const storage = storageOf(set);
  let product = 1;
  for (const hop of held) product *= storage(hop, kappa);
  return product;
}

/**
 * Product over nodes of the exact expectation of each node's own decay (the approximation for routes over
 * {@link MAX_EXACT_DECAY_HOPS} hops: it neglects correlations between different nodes' storage times).
 */
export function nodeDecayProduct(
  timings: readonly HopTiming[],
  layout: StorageLayout,
  nodeRates: readonly QubitDecayRates[],
): DecayEigenvalues {
  // One storage memo per release set (the end nodes share theirs; release-set-storage.ts says why).
  const memos = new Map<readonly number[], ReleaseSetDecay>();
  const storageOf = (set: readonly number[]): ReleaseSetDecay => {
    let memo = memos.get(set);
    if (memo === undefined) {
      memo = releaseSetStorage(timings, set);
      memos.set(set, memo);
    }
    return memo;
  };
  // One buffer for the repeaters' small recursions (four entries each on swap-asap routes), not one per call.
  const scratch = new Float64Array(4);
  const hops = timings.length;
  let x = 1;
  let z = 1;
  for (let node = 0; node < nodeRates.length; node++) {
    const rates = nodeRates[node]!;
    const set = layout.releaseSets[node]!;
    if (set.length <= 1) continue;
    // qubitsAtNode(node) restricted to the release set, without the intermediate arrays.
    const left = node >= 1 && set.includes(node - 1) ? node - 1 : -1;
    const right = node <= hops - 1 && set.includes(node) ? node : -1;
    if (left < 0 && right < 0) continue;
    const held = left < 0 ? [right] : right < 0 ? [left] : [left, right];
    const onX = nodeDecay(timings, set, held, rates.x, storageOf, scratch);
    x *= onX;
    z *= rates.z === rates.x ? onX : nodeDecay(timings, set, held, rates.z, storageOf, scratch);
  }
  return { x, z };
}

/**
 * Cutoff correction: product over qubits of E[e^(-kappa D) | D <= cutoff] / E[e^(-kappa D)] (storage-marginal.ts),
 * the factor by which conditioning each qubit on its own storage being within the cutoff raises its decay
 * eigenvalue.
 */
export function cutoffDecayCorrection(
  timings: readonly HopTiming[],
  layout: StorageLayout,
  nodeRates: readonly QubitDecayRates[],
  cutoff: Seconds,
): DecayEigenvalues {
  const ratio = (set: readonly number[], hop: number, kappa: number): number => {
    if (kappa === 0 || set.length < 2) return 1;
    const limited = qubitStorage(timings, set, hop, kappa, cutoff);
    const free = qubitStorage(timings, set, hop, kappa, Infinity).decay;
    return limited.withinCutoff > 0 && free > 0 ? limited.decay / limited.withinCutoff / free : 1;
  };
  let x = 1;
  let z = 1;
  nodeRates.forEach((rates, node) => {
    const set = layout.releaseSets[node]!;
    for (const hop of qubitsAtNode(node, timings.length)) {
      const onX = ratio(set, hop, rates.x);
      x *= onX;
      z *= rates.z === rates.x ? onX : ratio(set, hop, rates.z);
    }
  });
  return { x, z };
}

// The mean storage times moved to mean-storage.ts; re-exported for existing importers.
export { meanOfPairMax, meanStorageTimes } from './mean-storage.js';
