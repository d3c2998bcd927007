/**
 * Link-disjoint paths between two nodes (no two paths share an edge; parallel edges are separate links),
 * for multipath routing that survives any single link failure.
 *
 * Two methods:
 * - 'min-total-cost' (default): the set of up to `count` link-disjoint paths of least total cost, by
 *   successive shortest augmenting paths in a unit-capacity min-cost flow, the k-path generalisation of
 *   Suurballe's algorithm (J. W. Suurballe, Networks 4, 125 (1974); R. Bhandari, "Survivable Networks",
 *   Kluwer (1999), ch. 3). Each undirected edge carries at most one unit in one direction; pushing along
 *   an edge against existing flow cancels it at cost -c. Shortest paths in the residual graph, which has
 *   negative arcs, are found by Bellman-Ford with a FIFO queue (O(V E) each, so O(count V E) in all).
 *   It finds as many disjoint paths as exist, up to `count` (max-flow = min-cut, Menger's theorem).
 * - 'successive': route, block the edges used, route again. A heuristic: fast, and each path is the best
 *   one left, but it can find fewer paths than exist (the first path can cut every other) and its total
 *   cost is not minimal.
 * Assumptions: costs are the routing metric's non-negative per-hop costs (edge-costs.ts); a zero-cost
 * cycle in the flow, if any, is dropped when the flow is split into paths (it cannot lower the cost).
 */
import { ParameterError, requireInteger } from '../../core/index.js';
import type { NetworkGraph } from '../graph/index.js';
import { edgeCostTable, requireRoutingMetric } from './edge-costs.js';
import { comparePaths } from './k-shortest-paths.js';
import { pathFromEdgeKeys, resolveQuery, trivialPath } from './route-query.js';
import type { Path, RouteOptions, Router, RoutingMetric } from './routing-types.js';

/** How {@link linkDisjointPaths} chooses its paths. */
export type DisjointPathMethod = 'min-total-cost' | 'successive';

/** Options of {@link linkDisjointPaths}. */
export interface LinkDisjointPathsOptions {
  /** How many paths at most; an integer >= 1. */
  readonly count: number;
  /** What to minimise. */
  readonly metric: RoutingMetric;
  /** Edge keys not to use (besides the network's blocked edges). Default none. */
  readonly blocked?: RouteOptions['blocked'];
  /** Default 'min-total-cost' (optimal); 'successive' is the greedy heuristic. */
  readonly method?: DisjointPathMethod;
}

/**
 * Up to `count` pairwise link-disjoint paths from `source` to `target`, cheapest first; empty when none.
 * @throws ParameterError for a bad count, metric, method, node or blocked edge.
 */
export function linkDisjointPaths(
  router: Router,
  source: string,
  target: string,
  options: LinkDisjointPathsOptions,
): Path[] {
  const count = requireInteger('count', options.count, 1);
  const metric = requireRoutingMetric('metric', options.metric);
  const method = options.method ?? 'min-total-cost';
  if (method !== 'min-total-cost' && method !== 'successive') {
    throw new ParameterError(
      'method',
      `must be min-total-cost or successive (got ${JSON.stringify(method)})`,
    );
  }
  const blocked = [...(options.blocked ?? [])];
  if (method === 'successive') return successivePaths(router, source, target, count, metric, blocked);
  return minimumCostPaths(router.network, source, target, count, metric, blocked);
}

function successivePaths(
  router: Router,
  source: string,
  target: string,
  count: number,
  metric: RoutingMetric,
  blocked: string[],
): Path[] {
  const paths: Path[] = [];
  while (paths.length < count) {
    const path = router.route(source, target, { metric, blocked });
    if (!path) break;
    paths.push(path);
    if (path.edges.length === 0) break;
    blocked.push(...path.edges);
  }
  return paths;
}

function minimumCostPaths(
  network: NetworkGraph,
  source: string,
  target: string,
  count: number,
  metric: RoutingMetric,
  blocked: readonly string[],
): Path[] {
  const query = resolveQuery(network, source, target, { metric, blocked });
  if (query.sourceIndex === query.targetIndex) return [trivialPath(network, query.sourceIndex)];
  const costs = edgeCostTable(network, metric);
  for (const index of query.blockedEdges) costs[index] = Number.POSITIVE_INFINITY;
  // flow[e] in {-1, 0, +1}: units carried from the edge's source end to its target end.
  const flow = new Int8Array(network.edgeCount);
  let units = 0;
  while (units < count && augment(network, costs, flow, query.sourceIndex, query.targetIndex)) units++;
  return splitFlow(network, flow, query.sourceIndex, query.targetIndex, units)
    .map((edges) => pathFromEdgeKeys(network, source, edges, metric))
    .sort(comparePaths);
}

/** Relative improvement a relaxation must make (absorbs rounding; totals are optimal to ~1e-12). */
const RELAXATION_TOLERANCE = 1e-12;

/** Direction of travel from node u along edge e: +1 when u is the edge's source end, else -1. */
function direction(network: NetworkGraph, u: number, edgeIndex: number): number {
  return network.edgeSourceIndex[edgeIndex] === u ? 1 : -1;
}

/** One cheapest augmenting path in the residual graph (Bellman-Ford, FIFO queue); false when none. */
function augment(network: NetworkGraph, costs: Float64Array, flow: Int8Array, s: number, t: number): boolean {
  const nodeCount = network.nodeCount;
  const distance = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  const parentEdge = new Int32Array(nodeCount).fill(-1);
  const inQueue = new Uint8Array(nodeCount);
  const enqueued = new Int32Array(nodeCount);
  const queue: number[] = [s];
  distance[s] = 0;
  inQueue[s] = 1;
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    inQueue[u] = 0;
    for (const e of network.incidentEdgeIndices(u)) {
      const cost = costs[e]!;
      if (!(cost < Number.POSITIVE_INFINITY)) continue;
      const along = flow[e]! * direction(network, u, e);
      if (along > 0) continue;
      const v = network.oppositeIndex(u, e);
      const candidate = distance[u]! + (along === 0 ? cost : -cost);
      // Demand a real improvement: pushing along an edge and cancelling it again must not count as a
      // gain through rounding, or cost and -cost could cycle forever.
      if (candidate < distance[v]! - RELAXATION_TOLERANCE * (Math.abs(distance[u]!) + cost)) {
        distance[v] = candidate;
        parentEdge[v] = e;
        if (!inQueue[v]) {
          // FIFO Bellman-Ford enqueues a node at most once per round and needs at most V rounds,
          // unless the residual graph has a negative cycle, impossible after shortest-path augmentations.
          if (++enqueued[v]! > nodeCount) throw new Error('min-cost flow: negative cycle in residual graph');
          inQueue[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  if (!(distance[t]! < Number.POSITIVE_INFINITY)) return false;
  for (let v = t, steps = 0; v !== s; steps++) {
    if (steps >= nodeCount) throw new Error('min-cost flow: cycle in shortest-path tree');
    const e = parentEdge[v]!;
    const u = network.oppositeIndex(v, e);
    flow[e] = flow[e]! + direction(network, u, e);
    v = u;
  }
  return true;
}

/** Splits a unit flow of `units` paths into edge-key lists from s to t, dropping any cycles. */
function splitFlow(network: NetworkGraph, flow: Int8Array, s: number, t: number, units: number): string[][] {
  const outgoing: number[][] = network.nodes.map(() => []);
  flow.forEach((value, e) => {
    if (value !== 0) outgoing[value > 0 ? network.edgeSourceIndex[e]! : network.edgeTargetIndex[e]!]!.push(e);
  });
  const paths: string[][] = [];
  for (let unit = 0; unit < units; unit++) {
    const walkNodes = [s];
    const walkEdges: number[] = [];
    const position = new Map<number, number>([[s, 0]]);
    let here = s;
    while (here !== t) {
      const e = outgoing[here]!.shift();
      if (e === undefined) throw new Error('min-cost flow: flow is not conserved');
      const next = network.oppositeIndex(here, e);
      const seenAt = position.get(next);
      if (seenAt !== undefined) {
        // Cut the loop: its edges were used by this walk and belong to no path.
        for (const dropped of walkNodes.splice(seenAt + 1)) position.delete(dropped);
        walkEdges.splice(seenAt);
      } else {
        position.set(next, walkNodes.length);
        walkNodes.push(next);
        walkEdges.push(e);
      }
      here = next;
    }
    paths.push(walkEdges.map((e) => network.edges[e]!.key));
  }
  return paths;
}
