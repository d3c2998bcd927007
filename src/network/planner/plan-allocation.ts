/**
 * The capacity-allocation problem of a plan (allocation/ formulates and solves it): demands that share edges
 * time-share them. A path that alone delivers D_p pairs/s keeps every edge on it busy, so delivering x_p pairs/s
 * uses the fraction x_p / D_p of each of those edges, and on every edge sum_p x_p / D_p <= 1. The LP takes edge
 * capacities and per-edge pair costs >= 1, so each edge's capacity is expressed in units of its fastest path:
 * capacity_e = max_p D_p over the paths through e, pair cost = capacity_e / D_p (>= 1), which is the same
 * constraint. For one demand alone the LP returns exactly its standalone rate.
 * A delivered hop (a carrier leg) is a stream of ready-made pairs, not a link that is busy while it generates:
 * routes share its pairs, not its time. Its capacity is the hop's rate and a route's pair cost on it is the pairs
 * that hop gives up per delivered end-to-end pair (>= 1), so sum_p x_p pairs_p <= rate: a data-centre route that
 * takes 110 of a ship's 529 pairs/s leaves 419 pairs/s to another route, where time-sharing would leave 21 %.
 * Max-min fairness needs a reference rate on every demand: the requested rate, else the standalone rate.
 */
import type { AllocationObjective, AllocationProblem } from '../allocation/index.js';
import type { DemandPlan } from './plan-types.js';

/** Builds the LP input from the routed demands of a plan. */
export function allocationProblem(
  routed: readonly DemandPlan[],
  objective: AllocationObjective,
): AllocationProblem {
  const usable = routed.map((plan) =>
    plan.candidates.filter(
      (candidate) => candidate.performance.status === 'ok' && candidate.performance.deliveredRate > 0,
    ),
  );
  const capacity = new Map<string, number>();
  const delivered = new Set<string>();
  for (const candidate of usable.flat()) {
    for (const hop of candidate.performance.perHop) {
      if (hop.kind === 'delivered') {
        delivered.add(hop.edgeKey);
        capacity.set(hop.edgeKey, hop.rate);
      } else if (!delivered.has(hop.edgeKey)) {
        capacity.set(
          hop.edgeKey,
          Math.max(capacity.get(hop.edgeKey) ?? 0, candidate.performance.deliveredRate),
        );
      }
    }
  }
  const pairCost = (candidate: (typeof usable)[number][number], index: number): number => {
    const hop = candidate.performance.perHop[index]!;
    return delivered.has(hop.edgeKey)
      ? Math.max(1, hop.pairsPerDelivered)
      : capacity.get(hop.edgeKey)! / candidate.performance.deliveredRate;
  };
  const demands = routed.map((plan, index) => {
    const paths = usable[index]!.map((candidate) => ({
      edges: candidate.path.edges,
      nodes: candidate.path.nodes,
      pairCosts: candidate.path.edges.map((_, hopIndex) => pairCost(candidate, hopIndex)),
    }));
    const requested =
      plan.demand.requestedRate ?? (objective === 'max-min' ? plan.standaloneRate : undefined);
    return { key: plan.demand.key, paths, ...(requested === undefined ? {} : { requestedRate: requested }) };
  });
  return { demands, edges: [...capacity].map(([key, value]) => ({ key, capacity: value })) };
}
