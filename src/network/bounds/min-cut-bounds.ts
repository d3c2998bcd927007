/**
 * Network-level upper bound on the entanglement rate of each demand: the minimum cut, between the demand's
 * ends, of the per-edge capacities (Pirandola, Commun. Phys. 2, 51 (2019), "End-to-end capacities of a
 * quantum communication network": for single-path and multipath routing the end-to-end capacity is bounded
 * by the min cut of the repeaterless (PLOB) capacities of the edges; Pirandola et al., Nat. Commun. 8, 15043
 * (2017) for the per-edge bound -log2(1 - eta)). The caller turns each edge's PLOB capacity per channel use
 * into pairs/s (times its channel-use rate) and passes it as the capacity; physics.md §6.
 * Assumptions: each demand is bounded as if it had the network to itself (a bound per demand, not a joint one);
 * edges are undirected; zero-capacity edges are links that are down.
 */
import { ParameterError, type Hertz } from '../../core/index.js';
import { createFlowNetwork, minCutOf, type CapacityEdge, type MinCut } from './max-flow.js';

/** A pair of nodes that want entanglement. */
export interface BoundDemand {
  /** Unique key, reported back. */
  readonly key: string;
  readonly source: string;
  readonly target: string;
}

/** The min-cut bound of one demand. */
export interface DemandCutBound {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  /** Upper bound on the end-to-end rate, in the unit of the capacities (e.g. ebits/s); 0 when disconnected. */
  readonly bound: Hertz;
  /** Edges of a minimum cut: raising the bound needs more capacity on these. */
  readonly cutEdges: readonly string[];
  /** Nodes on the source's side of that cut. */
  readonly sourceSide: readonly string[];
}

/**
 * Min-cut bound of every demand (one max-flow per distinct unordered pair of ends; repeated pairs reuse it).
 * @param edges undirected edges with capacities >= 0, e.g. PLOB capacity x channel uses per second.
 * @param demands pairs of distinct nodes of the graph.
 * @param nodes extra node keys, for nodes without edges (optional; their demands get bound 0).
 * @throws ParameterError naming `demands[i].source`/`.target`/`.key` or `edges[i].*` for invalid input.
 */
export function minCutBounds(
  edges: readonly CapacityEdge[],
  demands: readonly BoundDemand[],
  nodes: readonly string[] = [],
): DemandCutBound[] {
  if (!Array.isArray(demands as unknown)) throw new ParameterError('demands', 'must be an array');
  const network = createFlowNetwork(edges, nodes);
  const cache = new Map<string, MinCut>();
  const keys = new Set<string>();
  return demands.map((demand, i) => {
    if (keys.has(demand.key)) throw new ParameterError(`demands[${i}].key`, `duplicate key "${demand.key}"`);
    keys.add(demand.key);
    let cut: MinCut;
    try {
      const pair = JSON.stringify([demand.source, demand.target].sort());
      cut = cache.get(pair) ?? minCutOf(network, demand.source, demand.target);
      cache.set(pair, cut);
    } catch (error) {
      if (error instanceof ParameterError)
        throw new ParameterError(`demands[${i}].${error.field}`, error.problem);
      throw error;
    }
    // A cached cut may have been computed in the other direction: then the source side is the complement.
    let sourceSide = cut.sourceSide;
    if (!sourceSide.includes(demand.source)) {
      const other = new Set(sourceSide);
      sourceSide = [...network.nodeIndex.keys()].filter((node) => !other.has(node));
    }
    return {
      key: demand.key,
      source: demand.source,
      target: demand.target,
      bound: cut.value,
      cutEdges: cut.cutEdges,
      sourceSide,
    };
  });
}
