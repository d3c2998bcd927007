/**
 * Reference router: graphology-shortest-path's bidirectional Dijkstra on a copy of the graphology graph
 * from which blocked, avoided and unusable elements are removed. Slow (it copies the graph per query) but
 * independent of ngraph.path, so tests can check the production router's optimal costs against it.
 *
 * Source: Dijkstra, Numer. Math. 1, 269 (1959), bidirectional form as in graphology-shortest-path 2.1.0
 * (a port of networkx's bidirectional_dijkstra).
 * Assumptions: non-negative edge costs (guaranteed by edge-costs.ts); graphology's search returns node keys
 * only, so the parallel edge of each hop is chosen as in every router (route-query.ts).
 */
import { dijkstra } from 'graphology-shortest-path';
import type { NetworkGraph } from '../graph/index.js';
import { edgeCostTable } from './edge-costs.js';
import { pathFromNodeIndices, resolveQuery, trivialPath } from './route-query.js';
import type { Path, RouteOptions, Router } from './routing-types.js';

/** Router backed by graphology Dijkstra; for tests and cross-checks, not for bulk queries. */
export class ReferenceRouter implements Router {
  readonly network: NetworkGraph;

  constructor(network: NetworkGraph) {
    this.network = network;
  }

  route(source: string, target: string, options: RouteOptions): Path | undefined {
    const network = this.network;
    const query = resolveQuery(network, source, target, options);
    const avoided = new Set(query.avoidedNodes);
    if (avoided.has(query.sourceIndex) || avoided.has(query.targetIndex)) return undefined;
    if (query.sourceIndex === query.targetIndex) return trivialPath(network, query.sourceIndex);
    const costs = edgeCostTable(network, query.metric);
    const blocked = new Set(query.blockedEdges);
    const usable = (edgeIndex: number): boolean => !blocked.has(edgeIndex) && costs[edgeIndex]! < Infinity;
    const graph = network.graph.copy();
    for (const edge of network.edges) if (!usable(edge.index)) graph.dropEdge(edge.key);
    for (const nodeIndex of avoided) graph.dropNode(network.nodes[nodeIndex]!.key);
    const nodeKeys = dijkstra.bidirectional(
      graph,
      network.nodes[query.sourceIndex]!.key,
      network.nodes[query.targetIndex]!.key,
      (edgeKey: string) => costs[network.edge(edgeKey).index]!,
    );
    if (!nodeKeys) return undefined;
    const nodeIndices = nodeKeys.map((key) => network.node(key).index);
    return pathFromNodeIndices(network, nodeIndices, costs, usable);
  }
}

/** Creates the reference (graphology Dijkstra) router. */
export function createReferenceRouter(network: NetworkGraph): ReferenceRouter {
  return new ReferenceRouter(network);
}
