/**
 * Purification inserted when the raw end-to-end fidelity is below the target, at one of two placements.
 *
 * End-to-end: the raw end-to-end pairs are purified by the end nodes with the recurrence or pumping schedule
 * of physics purification-schedule.ts (Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007), §4 and §6), using the
 * noisier end node's gate and measurement noise (lower p2, then lower eta_m); the rounds are the fewest that
 * reach the target (roundsToReach) and the cost is the schedule's expected raw pairs per output pair.
 * Per-link: every hop's links are purified before swapping with the noisier of its two nodes' noise. All hops
 * get the same number k of rounds, except that a hop stops at the round after which its fidelity no longer
 * rises (noise cap, or F <= 1/2); k = 1, 2, ... is increased until the end-to-end fidelity, recomputed with
 * the slower purified hops and their longer memory waits (route-evaluation.ts), meets the target. It stops
 * when no hop can improve or when the end-to-end fidelity falls (memory decay then outgrows the gain).
 * Assumption: purification acts on the mean state of the pairs (the maps are nonlinear in the state).
 */
import type { Fidelity } from '../../core/index.js';
import type { BellDiagonal } from '../../physics/bell-diagonal.js';
import type { ResolvedLocalOperationNoise } from '../../physics/local-operation-noise.js';
import { pumpingFidelityLimit, recurrenceFidelityLimit } from '../../physics/purification-noise.js';
import {
  pumpingSchedule,
  recurrenceSchedule,
  roundsToReachIfReachable,
  type PurificationRound,
} from '../../physics/purification-schedule.js';
import { applyPauliChannelUnchecked } from '../../physics/pauli-channels.js';
import { HopTrajectory } from './hop-trajectory.js';
import { maxOfHops } from './max-of-hops.js';
import {
  channelFromEigenvalues,
  composeHopStates,
  evaluateRoute,
  timingOf,
  type HopPurification,
  type RouteEvaluation,
} from './route-evaluation.js';
import type { ResolvedNode, ResolvedPathOptions, ResolvedRoute } from './resolve-route.js';

/** End-to-end purification of the raw pairs. */
export type EndToEndPlan =
  | {
      readonly ok: true;
      readonly rounds: number;
      readonly state: BellDiagonal;
      readonly rawPairsPerPair: number;
      readonly noiseNode: ResolvedNode;
    }
  | { readonly ok: false; readonly explanation: string };

/** Per-link placement could not beat the other placement (auto, `outpaced`), or could not reach the target. */
type PerLinkFailure = { readonly ok: false; readonly explanation: string; readonly outpaced?: true };

/** Per-link purification and the route evaluation it leads to. */
export type PerLinkPlan =
  | {
      readonly ok: true;
      readonly rounds: number;
      readonly hops: readonly HopPurification[];
      readonly evaluation: RouteEvaluation;
    }
  | PerLinkFailure;

/** The noisier of two nodes: lower gate reliability, then lower measurement fidelity. */
export function noisierNode(a: ResolvedNode, b: ResolvedNode): ResolvedNode {
  if (a.noise.twoQubitGateReliability !== b.noise.twoQubitGateReliability) {
    return a.noise.twoQubitGateReliability < b.noise.twoQubitGateReliability ? a : b;
  }
  return a.noise.measurementFidelity <= b.noise.measurementFidelity ? a : b;
}

function schedule(
  options: ResolvedPathOptions,
  initialState: BellDiagonal,
  noise: ResolvedLocalOperationNoise,
): PurificationRound[] {
  const settings = { initialState, protocol: options.protocol, noise };
  return options.scheme === 'recurrence'
    ? recurrenceSchedule(settings, options.maxRounds)
    : pumpingSchedule(settings, options.maxRounds);
}

function noiseWords(node: ResolvedNode): string {
  return `gate reliability ${node.noise.twoQubitGateReliability} and measurement fidelity ${node.noise.measurementFidelity} at node '${node.key}'`;
}

function format(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

/** Purifies the raw end-to-end state to the target, or explains why it cannot. */
export function planEndToEnd(
  rawState: BellDiagonal,
  nodes: readonly ResolvedNode[],
  options: ResolvedPathOptions,
): EndToEndPlan {
  const noiseNode = noisierNode(nodes[0]!, nodes[nodes.length - 1]!);
  const round = roundsToReachIfReachable(options.targetFidelity, {
    initialState: rawState,
    protocol: options.protocol,
    noise: noiseNode.noise,
    scheme: options.scheme,
    maxRounds: options.maxRounds,
  });
  if (round !== undefined) {
    return {
      ok: true,
      rounds: round.round,
      state: round.state,
      rawPairsPerPair: round.expectedRawPairs,
      noiseNode,
    };
  }
  const rounds = schedule(options, rawState, noiseNode.noise);
  const best = Math.max(...rounds.map((round) => round.fidelity));
  const limits = { protocol: options.protocol, noise: noiseNode.noise };
  const cap =
    options.scheme === 'recurrence'
      ? recurrenceFidelityLimit(limits).fidelity
      : pumpingFidelityLimit(rawState, limits).fidelity;
  const raw = rawState.phiPlus;
  const method = `${options.scheme} purification (${options.protocol})`;
  const explanation =
    raw <= 0.5 && best <= raw
      ? `target fidelity ${options.targetFidelity} is unreachable: the raw end-to-end fidelity ${format(raw)} is at or below 1/2, where ${options.scheme} purification cannot improve it`
      : options.targetFidelity > cap
        ? `target fidelity ${options.targetFidelity} is above the ${format(cap)} that ${method} can reach from the raw end-to-end fidelity ${format(raw)} with ${noiseWords(noiseNode)}`
        : `target fidelity ${options.targetFidelity} is not reached by ${method} within maxRounds=${options.maxRounds} rounds (best ${format(best)} from the raw end-to-end fidelity ${format(raw)} with ${noiseWords(noiseNode)})`;
  return { ok: false, explanation };
}

/** What per-link purification must beat to matter ('auto' placement). */
export interface PerLinkBound {
  /** Delivered rate of the other placement, pairs/s. */
  readonly rateToBeat: number;
  /** Parallel chains without purification (purification never allows more). */
  readonly chains: number;
}

/**
 * True when the decay-free fidelity of the swapped hop states is below the target and memory decay cannot
 * raise it: the mean fidelity is affine in each expected eigenvalue, so checking (x, z) = (0, 1) and (1, 0)
 * against (1, 1) shows whether it can only fall as x and z fall.
 */
function belowTargetWithoutDecay(state: BellDiagonal, target: Fidelity): boolean {
  const fidelity = state.phiPlus;
  if (fidelity >= target) return false;
  const decayed = (x: number, z: number): number =>
    applyPauliChannelUnchecked(state, channelFromEigenvalues({ x, z })).phiPlus;
  return decayed(0, 1) <= fidelity + 1e-15 && decayed(1, 0) <= fidelity + 1e-15;
}

/**
 * A lower bound on the mean waiting time with per-link purification: the sum of the hops' times for the
 * sequential policy, E[max] otherwise, divided by the product of swap successes for swap-asap without a cutoff
 * (restart-all rounds of duration M).
 */
function shortestWaiting(route: ResolvedRoute, purification: readonly HopPurification[]): number {
  const timings = route.hops.map((hop, index) => timingOf(hop, purification[index]!.rawPairsPerLink));
  if (route.options.swapPolicy === 'sequential') return timings.reduce((sum, timing) => sum + timing.mean, 0);
  const maximum = maxOfHops(timings).mean;
  // Every hop must make a link at least once (nested, or any cutoff); restart-all swaps repeat whole rounds.
  if (route.options.swapPolicy === 'nested' || Number.isFinite(route.options.cutoff)) return maximum;
  return route.nodes.slice(1, -1).reduce((wait, node) => wait / node.swapSuccessProbability, maximum);
}

/**
 * Purifies every hop's links before swapping (file header), or explains why the target is out of reach.
 * With a `bound` (auto placement), gives up as soon as per-link purification cannot beat `rateToBeat`: its
 * rate is at most chains / (a lower bound on its waiting time), and more rounds only lower that. Levels whose
 * decay-free fidelity is already below the target are skipped without the full evaluation.
 */
export function planPerLink(route: ResolvedRoute, rawFidelity: Fidelity, bound?: PerLinkBound): PerLinkPlan {
  const { hops, nodes, options } = route;
  // Each hop's schedule up to its best round (a DEJMPS round can dip before the next one rises, so not "while
  // rising"; rounds past the best are never useful), built lazily (hop-trajectory.ts).
  const trajectories = hops.map(
    (hop, index) =>
      new HopTrajectory(
        options.scheme,
        {
          initialState: hop.state,
          protocol: options.protocol,
          noise: noisierNode(nodes[index]!, nodes[index + 1]!).noise,
        },
        options.maxRounds,
      ),
  );
  let best = rawFidelity;
  let bestRounds = 0;
  let decayFree = rawFidelity;
  for (let rounds = 1; trajectories.some((trajectory) => trajectory.reaches(rounds)); rounds++) {
    const purification = trajectories.map((trajectory): HopPurification => {
      const round = trajectory.roundAt(rounds);
      return { rounds: round.round, state: round.state, rawPairsPerLink: round.expectedRawPairs };
    });
    if (bound) {
      const ceiling = bound.chains / shortestWaiting(route, purification);
      if (ceiling <= bound.rateToBeat) {
        return {
          ok: false,
          outpaced: true,
          explanation: `per-link purification delivers at most ${ceiling.toPrecision(4)} pairs/s with ${rounds} round(s) per hop`,
        };
      }
    }
    const swapped = composeHopStates(
      purification.map((hop) => hop.state),
      nodes,
    );
    decayFree = Math.max(decayFree, swapped.phiPlus);
    if (belowTargetWithoutDecay(swapped, options.targetFidelity)) continue;
    const outcome = evaluateRoute(route, purification);
    if (!outcome.ok) return { ok: false, explanation: outcome.reason };
    const fidelity = outcome.evaluation.state.phiPlus;
    if (fidelity >= options.targetFidelity) {
      return { ok: true, rounds, hops: purification, evaluation: outcome.evaluation };
    }
    if (fidelity <= best) {
      const reached =
        bestRounds === 0
          ? `per-link ${options.scheme} purification (${options.protocol}) does not raise the end-to-end fidelity above the raw ${format(best)} (target ${options.targetFidelity})`
          : `target fidelity ${options.targetFidelity} is above the ${format(best)} that per-link ${options.scheme} purification (${options.protocol}) reaches with ${bestRounds} round(s) per hop`;
      return {
        ok: false,
        explanation: `${reached}: more rounds slow the hops and memory decoherence while waiting outgrows the gain`,
      };
    }
    best = fidelity;
    bestRounds = rounds;
  }
  const longest = Math.max(...trajectories.map((trajectory) => trajectory.lastUseful()));
  const weakest = hops.reduce((worst, hop) => (hop.fidelity < worst.fidelity ? hop : worst), hops[0]!);
  const method = `per-link ${options.scheme} purification (${options.protocol})`;
  // No round helps any hop: say so, instead of a decay-free ceiling that no evaluated round produced.
  if (longest === 0) {
    return {
      ok: false,
      explanation: `${method} cannot raise any hop's link fidelity: a round cannot improve a link at or below fidelity 1/2, and on links as good as these the nodes' gate and measurement noise outweighs its gain (weakest hop '${weakest.edgeKey}' at fidelity ${format(weakest.fidelity)})`,
    };
  }
  return {
    ok: false,
    explanation: `target fidelity ${options.targetFidelity} is above what ${method} reaches with up to ${longest} round(s) per hop (at most ${format(decayFree)} even without memory decoherence), limited by the nodes' gate noise, by link fidelities at or below 1/2 or by maxRounds=${options.maxRounds} (weakest hop '${weakest.edgeKey}' at fidelity ${format(weakest.fidelity)})`,
  };
}
