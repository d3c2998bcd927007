/**
 * Connected components of the network graph, optionally without failed (blocked) or otherwise excluded
 * links. Used to explain why no route exists and to report islands in a topology.
 *
 * Source: breadth-first search labelling (Hopcroft & Tarjan, CACM 16, 372 (1973)), O(V + E).
 * Assumptions: links are undirected; parallel edges count once for connectivity; a node without usable
 * edges is a component of its own.
 */
import type { NetworkEdge } from './graph-types.js';
import type { NetworkGraph } from './network-graph.js';

/** Which edges count when computing components. */
export interface ComponentOptions {
  /** Leave out the network's currently blocked edges (default false: the physical topology). */
  readonly excludeBlocked?: boolean;
  /** Further edge keys to leave out (unknown keys are ignored). */
  readonly excludeEdges?: Iterable<string>;
  /** Edges for which this returns false are left out (e.g. links unusable for a routing metric). */
  readonly edgeFilter?: (edge: NetworkEdge) => boolean;
}

function usableEdgeMask(network: NetworkGraph, options: ComponentOptions): Uint8Array {
  const mask = new Uint8Array(network.edgeCount).fill(1);
  const excluded = new Set(options.excludeEdges ?? []);
  if (options.excludeBlocked) for (const key of network.blockedEdges) excluded.add(key);
  for (const key of excluded) if (network.hasEdge(key)) mask[network.edge(key).index] = 0;
  if (options.edgeFilter) {
    for (const edge of network.edges) if (mask[edge.index] && !options.edgeFilter(edge)) mask[edge.index] = 0;
  }
  return mask;
}

/**
 * Component label of every node, indexed by node index. Labels are 0, 1, 2, ... in order of each
 * component's first node in the input.
 */
export function componentLabels(network: NetworkGraph, options: ComponentOptions = {}): Int32Array {
  const usable = usableEdgeMask(network, options);
  const labels = new Int32Array(network.nodeCount).fill(-1);
  const queue = new Int32Array(network.nodeCount);
  let nextLabel = 0;
  for (let start = 0; start < network.nodeCount; start++) {
    if (labels[start] !== -1) continue;
    labels[start] = nextLabel;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const nodeIndex = queue[head++]!;
      for (const edgeIndex of network.incidentEdgeIndices(nodeIndex)) {
        if (!usable[edgeIndex]) continue;
        const other = network.oppositeIndex(nodeIndex, edgeIndex);
        if (labels[other] === -1) {
          labels[other] = nextLabel;
          queue[tail++] = other;
        }
      }
    }
    nextLabel++;
  }
  return labels;
}

/**
 * Connected components as lists of node keys: largest first (ties: earliest first node), nodes in
 * input order within each component.
 */
export function connectedComponents(network: NetworkGraph, options: ComponentOptions = {}): string[][] {
  const labels = componentLabels(network, options);
  const components: string[][] = [];
  labels.forEach((label, nodeIndex) => {
    (components[label] ??= []).push(network.nodes[nodeIndex]!.key);
  });
  // Array.prototype.sort is stable, so equal sizes keep first-node order.
  return components.sort((a, b) => b.length - a.length);
}

/**
 * True when `a` and `b` are joined by usable edges.
 * @throws ParameterError when either key is unknown (fields 'a', 'b').
 */
export function inSameComponent(
  network: NetworkGraph,
  a: string,
  b: string,
  options: ComponentOptions = {},
): boolean {
  const indexA = network.node(a, 'a').index;
  const indexB = network.node(b, 'b').index;
  const labels = componentLabels(network, options);
  return labels[indexA] === labels[indexB];
}
