/**
 * Per-hop costs of the routing metrics. Every metric is an additive, non-negative cost per edge, so
 * shortest-path algorithms (Dijkstra, A*, NBA*, Yen, min-cost flow) apply unchanged.
 *
 * Source and definitions:
 * - 'hops': 1 per link.
 * - 'length': the edge length in metres.
 * - 'rate': -ln q, with q the per-hop success: the edge's `successProbability` when given, otherwise its
 *   `rate` divided by the largest rate in the network (so q is in (0, 1]). Minimising the sum of -ln q
 *   maximises the product of the q, i.e. the probability that every hop succeeds in the same round.
 *   Mixing the two kinds in one network compares a per-attempt probability with a normalised rate; give
 *   every edge the same kind. Edges with neither value, or q = 0, are unusable for this metric.
 * - 'fidelity': -ln w, with w = (4F - 1)/3 the Werner parameter of the hop's pairs. Entanglement swapping
 *   of Werner states with perfect operations multiplies Werner parameters, w = w1 w2 (physics.md §3;
 *   Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007)), so the route of least cost has the highest
 *   end-to-end fidelity F = (1 + 3 prod w)/4. Hops with F <= 1/4 (w <= 0) or no fidelity are unusable.
 * Assumptions: Werner (depolarised) pairs and perfect swaps for 'fidelity'; independent hops for 'rate'.
 * Costs of the log metrics are in nepers (natural-log units).
 */
import { ParameterError, type Fidelity, type Hertz, type Probability } from '../../core/index.js';
import { fidelityFromWernerParameter, wernerParameterFromFidelity } from '../../physics/bell-diagonal.js';
import type { NetworkEdge, NetworkGraph } from '../graph/index.js';
import { ROUTING_METRICS, type RoutingMetric } from './routing-types.js';

/**
 * Checks a metric name.
 * @throws ParameterError `field: must be one of hops, length, rate, fidelity (got "x")`.
 */
export function requireRoutingMetric(field: string, value: unknown): RoutingMetric {
  if (typeof value !== 'string' || !(ROUTING_METRICS as readonly string[]).includes(value)) {
    throw new ParameterError(
      field,
      `must be one of ${ROUTING_METRICS.join(', ')} (got ${JSON.stringify(value)})`,
    );
  }
  return value as RoutingMetric;
}

/** -ln x as a non-negative number (never -0), +Infinity for x <= 0. */
function negativeLog(x: number): number {
  return x > 0 ? Math.max(0, -Math.log(x)) : Number.POSITIVE_INFINITY;
}

/**
 * Cost of one edge for a metric: a number >= 0, or +Infinity when the edge cannot carry a route under
 * this metric (see the file header). `maximumRate` (Hz) normalises `rate` for the 'rate' metric; pass the
 * network's `maximumRate`.
 */
export function edgeCost(edge: NetworkEdge, metric: RoutingMetric, maximumRate: Hertz | undefined): number {
  switch (metric) {
    case 'hops':
      return 1;
    case 'length':
      return edge.length;
    case 'rate':
      if (edge.successProbability !== undefined) return negativeLog(edge.successProbability);
      if (edge.rate !== undefined && maximumRate !== undefined) return negativeLog(edge.rate / maximumRate);
      return Number.POSITIVE_INFINITY;
    case 'fidelity':
      return edge.fidelity === undefined
        ? Number.POSITIVE_INFINITY
        : negativeLog(wernerParameterFromFidelity(edge.fidelity));
  }
}

/** Costs of every edge of the network for a metric, indexed by edge index. */
export function edgeCostTable(network: NetworkGraph, metric: RoutingMetric): Float64Array {
  const costs = new Float64Array(network.edgeCount);
  for (const edge of network.edges) costs[edge.index] = edgeCost(edge, metric, network.maximumRate);
  return costs;
}

/** Why an edge can be unusable for a metric, in words (empty for metrics where every edge is usable). */
export function unusableEdgeRule(metric: RoutingMetric): string {
  switch (metric) {
    case 'rate':
      return 'no successProbability or rate, or a zero one';
    case 'fidelity':
      return 'no fidelity, or fidelity <= 1/4';
    default:
      return '';
  }
}

/** Product of per-hop successes exp(-cost) of a 'rate'-metric cost, in [0, 1]. */
export function successFromRateCost(cost: number): Probability {
  return Math.exp(-cost);
}

/**
 * End-to-end fidelity F = (1 + 3 exp(-cost))/4 of a 'fidelity'-metric cost: Werner pairs joined by perfect
 * swaps. Cost 0 gives 1; cost -> infinity gives 1/4.
 */
export function fidelityFromFidelityCost(cost: number): Fidelity {
  return fidelityFromWernerParameter(Math.exp(-cost));
}
