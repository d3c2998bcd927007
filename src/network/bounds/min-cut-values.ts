/**
 * The min-cut bound of many demands on one large network (Pirandola, Commun. Phys. 2, 51 (2019)): the values
 * of min-cut-bounds.ts, exactly, without building each demand's cut edges and source side as strings (at
 * 10,000 nodes those lists cost tens of megabytes per plan and nothing reads them there).
 *
 * Method: one push-relabel maximum preflow per distinct unordered pair of ends (push-relabel.ts, whose
 * scratch arrays are shared by every query; several times faster than a Dinic flow at 10,000 nodes); the
 * value is the capacity of a minimum cut summed in edge order, as max-flow.ts sums it, so both give the same
 * number bit for bit when the minimum cut is unique (between tied minimum cuts another one may be summed: the
 * same value up to rounding in the last bit).
 * Tried and dropped (issue 3): certifying well-connected cores of the network from local flow lower bounds
 * and answering demands by flows to the core (Gomory & Hu, J. SIAM 9, 551 (1961)) gave exact values, but on
 * random geometric networks of weak clusters the certified cores collapse above the typical cut and the local
 * flows were slower than plain ones.
 * Assumptions: as min-cut-bounds.ts (per-demand bounds, undirected edges, capacities finite and >= 0).
 */
import { ParameterError, didYouMean, type Hertz } from '../../core/index.js';
import { createFlowNetwork, type CapacityEdge, type FlowNetwork } from './max-flow.js';
import type { BoundDemand } from './min-cut-bounds.js';
import { PushRelabelCut } from './push-relabel.js';

/**
 * Min-cut bound of every demand, equal to `minCutBounds(...)[i].bound` (repeated or reversed pairs reuse the
 * first one's value), without the cut edges and source sides.
 * @param edges undirected edges with capacities >= 0 and finite.
 * @param demands pairs of distinct nodes of the graph.
 * @param nodes extra node keys, for nodes without edges (optional; their demands get 0).
 * @throws ParameterError naming `demands[i].source`/`.target`/`.key` or `edges[i].*` for invalid input.
 */
export function minCutValues(
  edges: readonly CapacityEdge[],
  demands: readonly BoundDemand[],
  nodes: readonly string[] = [],
): Hertz[] {
  if (!Array.isArray(demands as unknown)) throw new ParameterError('demands', 'must be an array');
  const network = createFlowNetwork(edges, nodes);
  const ends = validateDemands(network, demands);
  const solver = new PushRelabelCut(network);
  const cache = new Map<string, number>();
  return ends.map(([s, t]) => {
    const pair = s < t ? `${s} ${t}` : `${t} ${s}`;
    let value = cache.get(pair);
    if (value === undefined) {
      value = solver.minCut(s, t);
      cache.set(pair, value);
    }
    return value;
  });
}

function validateDemands(network: FlowNetwork, demands: readonly BoundDemand[]): [number, number][] {
  const keys = new Set<string>();
  return demands.map((demand, i) => {
    if (keys.has(demand.key)) throw new ParameterError(`demands[${i}].key`, `duplicate key "${demand.key}"`);
    keys.add(demand.key);
    const index = (side: 'source' | 'target'): number => {
      const key = demand[side];
      const found = network.nodeIndex.get(key);
      if (found === undefined) {
        throw new ParameterError(
          `demands[${i}].${side}`,
          `unknown node "${key}"${didYouMean(String(key), network.nodeIndex.keys())}`,
        );
      }
      return found;
    };
    const s = index('source');
    const t = index('target');
    if (s === t)
      throw new ParameterError(`demands[${i}].target`, `must differ from source ("${demand.source}")`);
    return [s, t];
  });
}
