/**
 * The carrier (sneakernet) legs of a planned demand's route, as the workload time model needs them: their summed
 * transit, a one-off pipeline delay, and, when the route is carrier legs only, the pairs one delivery stockpiles end
 * to end (the smallest leg's pairs per voyage).
 *
 * Source: sneakernet.md and Devitt et al., Sci. Rep. 6, 36163 (2016) for the legs; distributed-ml.md for pre-shared
 * pairs. Assumption: beside fibre hops a shipped pair is not end-to-end, since the other hops must still extend it.
 */
import type { DemandPlan, PlanResult } from '../network/index.js';

/**
 * The carrier legs of a demand's route: their summed transit (s) and, when they are the whole route, the pairs
 * one delivery of the smallest leg stockpiles end to end (undefined otherwise).
 */
export function carrierLegs(
  plan: DemandPlan,
  edges: PlanResult['edges'],
): { transit: number; stockpiledPairs: number | undefined } {
  const route = plan.best?.path.edges ?? [];
  let transit = 0;
  let stockpiledPairs = Infinity;
  for (const key of route) {
    const hop = edges.get(key);
    if (!hop?.usable || hop.hop.kind !== 'delivered') {
      stockpiledPairs = NaN;
      continue;
    }
    transit += hop.hop.latency;
    // A delivered hop without batches (a continuous source) is no stockpile either.
    stockpiledPairs = Math.min(stockpiledPairs, hop.hop.pairsPerDelivery ?? NaN);
  }
  return {
    transit,
    stockpiledPairs: Number.isFinite(stockpiledPairs) ? stockpiledPairs : undefined,
  };
}
