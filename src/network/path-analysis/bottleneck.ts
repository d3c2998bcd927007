/**
 * Which hop limits a route, and a sentence saying why.
 *
 * Rule (stated): when the raw end-to-end fidelity is below the target, the limiting hop is the one whose
 * link degrades the pair most, measured by its Werner parameter times its memory-decay factor (the factors
 * that multiply into the end-to-end Werner parameter for depolarising noise); the reason names whichever of
 * the two is larger, its link fidelity or memory decoherence while it waits. Otherwise the limiting hop is the
 * slowest one (the largest mean generation time), since the end-to-end rate can never exceed its rate.
 */
import type { Fidelity } from '../../core/index.js';
import { wernerParameterFromFidelity } from '../../physics/bell-diagonal.js';
import type { PathBottleneck } from './path-types.js';
import type { ResolvedHop, ResolvedNode } from './resolve-route.js';
import type { RouteEvaluation } from './route-evaluation.js';

/** Inputs of {@link findBottleneck}. */
export interface BottleneckInput {
  readonly hops: readonly ResolvedHop[];
  readonly nodes: readonly ResolvedNode[];
  readonly evaluation: RouteEvaluation;
  readonly rawFidelity: Fidelity;
  readonly targetFidelity: Fidelity;
  /** True when even purification cannot reach the target. */
  readonly unreachable: boolean;
}

function format(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

/** The limiting hop (file header). */
export function findBottleneck(input: BottleneckInput): PathBottleneck {
  const { hops, nodes, evaluation } = input;
  if (input.rawFidelity < input.targetFidelity) {
    let worst = 0;
    let worstQuality = Number.POSITIVE_INFINITY;
    hops.forEach((hop, index) => {
      const quality =
        Math.max(0, wernerParameterFromFidelity(hop.fidelity)) * evaluation.hopDecayFactors[index]!;
      if (quality < worstQuality) {
        worstQuality = quality;
        worst = index;
      }
    });
    const hop = hops[worst]!;
    const decay = evaluation.hopDecayFactors[worst]!;
    const linkLoss = 1 - Math.max(0, wernerParameterFromFidelity(hop.fidelity));
    const consequence = input.unreachable
      ? `makes the target ${input.targetFidelity} unreachable (raw end-to-end fidelity ${format(input.rawFidelity)})`
      : `forces purification (raw end-to-end fidelity ${format(input.rawFidelity)} < target ${input.targetFidelity})`;
    const storage = evaluation.figures.meanStorage[worst]!;
    const reason =
      1 - decay > linkLoss
        ? `memory decoherence while its link waits (mean ${format((storage[0] + storage[1]) / 2)} s at nodes '${nodes[worst]!.key}' and '${nodes[worst + 1]!.key}', Werner factor ${format(decay)}) ${consequence}`
        : `its link fidelity ${format(hop.fidelity)} degrades the end-to-end pair most and ${consequence}`;
    return { hopIndex: worst, edgeKey: hop.edgeKey, reason };
  }
  let slowest = 0;
  evaluation.timings.forEach((timing, index) => {
    if (timing.mean > evaluation.timings[slowest]!.mean) slowest = index;
  });
  const timing = evaluation.timings[slowest]!;
  return {
    hopIndex: slowest,
    edgeKey: hops[slowest]!.edgeKey,
    reason: `lowest rate on the route: ${format(1 / timing.mean)} pairs/s (mean generation time ${format(timing.mean)} s)`,
  };
}
