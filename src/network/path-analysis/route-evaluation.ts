/**
 * One evaluation of a route without end-to-end purification: the hops' timings (possibly after per-link
 * purification), the policy's waiting time and memory decay, and the mean end-to-end state.
 *
 * State (exact for the mean state): swapping composes the hops' Bell-diagonal states, and each swap at node
 * j adds that node's gate and measurement noise (physics swapping.ts: Duer et al., PRA 59, 169 (1999)).
 * Memory decoherence of every stored qubit is a Pauli channel, and Pauli channels commute with swaps, so the
 * whole route's memory noise is one Pauli channel applied at the end; its expected eigenvalues (lambda_X =
 * lambda_Y, lambda_Z) come from the policy models, and the channel with eigenvalues (1, x, x, z) has
 * probabilities I = (1 + 2x + z)/4, X = Y = (1 - z)/4, Z = (1 - 2x + z)/4. Because the state is linear in
 * the channel, applying the expected channel gives the exact mean state over delivered pairs.
 * A hop purified per link is modelled as a hop whose link needs E raw links: success probability p/E per
 * attempt (delivered hops: rate r/E), keeping the mean and the memoryless form (approximation; memory decay of
 * the raw links waiting to be purified is neglected).
 */
import type { Seconds } from '../../core/index.js';
import type { BellDiagonal } from '../../physics/bell-diagonal.js';
import { applyPauliChannelUnchecked, type PauliChannel } from '../../physics/pauli-channels.js';
import { swapChainUnchecked } from '../../physics/swapping.js';
import { exponentialHopTiming, geometricHopTiming, type HopTiming } from './hop-timing.js';
import type { DecayEigenvalues } from './parallel-decay.js';
import { parallelPolicyFigures, type PolicyFigures } from './parallel-policy.js';
import type { ResolvedHop, ResolvedNode, ResolvedRoute } from './resolve-route.js';
import { sequentialPolicyFigures } from './sequential-policy.js';

/** Per-link purification applied to one hop. */
export interface HopPurification {
  /** Rounds applied. */
  readonly rounds: number;
  /** State of the purified link. */
  readonly state: BellDiagonal;
  /** Expected raw links per purified link (>= 1). */
  readonly rawPairsPerLink: number;
}

/** A successful evaluation. */
export interface RouteEvaluation {
  readonly timings: readonly HopTiming[];
  readonly figures: PolicyFigures;
  /** Mean end-to-end state of a raw pair (after swaps and memory decay). */
  readonly state: BellDiagonal;
  /** Per hop: Werner-parameter factor of its two qubits' decay at the mean storage times (diagnostic). */
  readonly hopDecayFactors: readonly number[];
}

/** Result, or the hop that makes the route undeliverable and why. */
export type RouteEvaluationOutcome =
  | { readonly ok: true; readonly evaluation: RouteEvaluation }
  | { readonly ok: false; readonly hopIndex: number; readonly reason: string };

/** The Pauli channel with eigenvalues (1, x, x, z), clamped against rounding. */
export function channelFromEigenvalues(eigenvalues: DecayEigenvalues): PauliChannel {
  const flip = Math.max(0, (1 - eigenvalues.z) / 4);
  const phase = Math.max(0, (1 - 2 * eigenvalues.x + eigenvalues.z) / 4);
  const identity = Math.max(0, (1 + 2 * eigenvalues.x + eigenvalues.z) / 4);
  const total = identity + 2 * flip + phase;
  return {
    identity: identity / total,
    bitFlip: flip / total,
    bitPhaseFlip: flip / total,
    phaseFlip: phase / total,
  };
}

/** Timing of a hop, optionally as a per-link purified hop needing `rawPairsPerLink` raw links. */
export function timingOf(hop: ResolvedHop, rawPairsPerLink = 1): HopTiming {
  return hop.kind === 'delivered'
    ? exponentialHopTiming(hop.rate / rawPairsPerLink)
    : geometricHopTiming(hop.successProbability / rawPairsPerLink, hop.attemptDuration);
}

/**
 * Swaps the hop states through the repeater nodes, each with its own noise (no memory decay). The states and
 * noise were validated by resolve-route.ts or come from the physics models, so the unchecked swap is used.
 */
export function composeHopStates(
  states: readonly BellDiagonal[],
  nodes: readonly ResolvedNode[],
): BellDiagonal {
  return swapChainUnchecked(states, nodes);
}

function hopDecayFactor(
  nodes: readonly ResolvedNode[],
  hop: number,
  storage: readonly [Seconds, Seconds],
): number {
  const left = nodes[hop]!.decayRates;
  const right = nodes[hop + 1]!.decayRates;
  const x = Math.exp(-(left.x * storage[0] + right.x * storage[1]));
  const z = Math.exp(-(left.z * storage[0] + right.z * storage[1]));
  return (2 * x + z) / 3;
}

/**
 * Evaluates the route's raw end-to-end pairs, optionally with per-link purification of each hop.
 * Hops must have positive rates (checked by the caller).
 */
export function evaluateRoute(
  route: ResolvedRoute,
  purification?: readonly HopPurification[],
): RouteEvaluationOutcome {
  const { hops, nodes, options } = route;
  const timings = hops.map((hop, index) => timingOf(hop, purification?.[index]?.rawPairsPerLink ?? 1));
  let figures: PolicyFigures;
  if (options.swapPolicy === 'sequential') {
    const outcome = sequentialPolicyFigures(timings, nodes, options.cutoff);
    if (!outcome.ok) return outcome;
    figures = outcome.figures;
  } else {
    figures = parallelPolicyFigures(options.swapPolicy, timings, nodes, options.cutoff);
  }
  const states = hops.map((hop, index) => purification?.[index]?.state ?? hop.state);
  const swapped = composeHopStates(states, nodes);
  const state = applyPauliChannelUnchecked(swapped, channelFromEigenvalues(figures.decay));
  const hopDecayFactors = figures.meanStorage.map((storage, hop) => hopDecayFactor(nodes, hop, storage));
  return { ok: true, evaluation: { timings, figures, state, hopDecayFactors } };
}
