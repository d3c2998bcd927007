/**
 * Shared steps of every router: validating a query into node/edge indices, and turning a node sequence
 * found by a search into a Path that names the best parallel edge of every hop.
 *
 * Source: the Router contract (routing-types.ts).
 * Assumptions: a search over a multigraph minimises over all parallel edges, so choosing, per hop, the
 * cheapest usable edge (ties: shorter, then earlier in the input) reproduces the optimal cost and makes
 * the choice deterministic. Path costs are always summed from source to target, so two routers that find
 * the same edges report bit-identical costs.
 */
import { ParameterError } from '../../core/index.js';
import type { NetworkGraph } from '../graph/index.js';
import { edgeCost, requireRoutingMetric } from './edge-costs.js';
import type { Path, RouteOptions, RoutingMetric } from './routing-types.js';

/** A validated route query, as indices into the network's node and edge arrays. */
export interface ResolvedQuery {
  readonly sourceIndex: number;
  readonly targetIndex: number;
  readonly metric: RoutingMetric;
  /** Edge indices not to use: the network's blocked edges and the query's own. */
  readonly blockedEdges: readonly number[];
  /** Node indices not to pass through. */
  readonly avoidedNodes: readonly number[];
}

function requireIterable(field: string, value: unknown): Iterable<unknown> {
  if (
    typeof value === 'string' ||
    value === null ||
    typeof value !== 'object' ||
    !(Symbol.iterator in value)
  ) {
    throw new ParameterError(field, 'must be an array or set of keys');
  }
  return value as Iterable<unknown>;
}

/**
 * Validates a query.
 * @throws ParameterError naming 'source', 'target', 'options', 'metric', 'blocked' or 'avoidNodes'.
 */
export function resolveQuery(
  network: NetworkGraph,
  source: string,
  target: string,
  options: RouteOptions,
): ResolvedQuery {
  const sourceIndex = network.node(source, 'source').index;
  const targetIndex = network.node(target, 'target').index;
  if (typeof options !== 'object' || options === null)
    throw new ParameterError('options', 'must be an object');
  const metric = requireRoutingMetric('metric', options.metric);
  const blockedEdges: number[] = [];
  for (const key of network.blockedEdges) blockedEdges.push(network.edge(key).index);
  for (const key of requireIterable('blocked', options.blocked ?? [])) {
    blockedEdges.push(network.edge(key as string, 'blocked').index);
  }
  const avoidedNodes: number[] = [];
  for (const key of requireIterable('avoidNodes', options.avoidNodes ?? [])) {
    avoidedNodes.push(network.node(key as string, 'avoidNodes').index);
  }
  return { sourceIndex, targetIndex, metric, blockedEdges, avoidedNodes };
}

/**
 * Builds a Path from node indices (source first), choosing for each hop the cheapest edge for which
 * `usable(edgeIndex)` holds; `costs` is the metric's cost table. Undefined when some hop has no usable edge.
 */
export function pathFromNodeIndices(
  network: NetworkGraph,
  nodeIndices: readonly number[],
  costs: Float64Array,
  usable: (edgeIndex: number) => boolean,
): Path | undefined {
  const edges: string[] = [];
  let cost = 0;
  let length = 0;
  for (let hop = 0; hop + 1 < nodeIndices.length; hop++) {
    const from = nodeIndices[hop]!;
    const to = nodeIndices[hop + 1]!;
    let best = -1;
    for (const edgeIndex of network.incidentEdgeIndices(from)) {
      if (network.oppositeIndex(from, edgeIndex) !== to || !usable(edgeIndex)) continue;
      if (!(costs[edgeIndex]! < Number.POSITIVE_INFINITY)) continue;
      if (best === -1 || isBetterEdge(network, costs, edgeIndex, best)) best = edgeIndex;
    }
    if (best === -1) return undefined;
    const edge = network.edges[best]!;
    edges.push(edge.key);
    cost += costs[best]!;
    length += edge.length;
  }
  return { nodes: nodeIndices.map((index) => network.nodes[index]!.key), edges, cost, length };
}

function isBetterEdge(network: NetworkGraph, costs: Float64Array, candidate: number, best: number): boolean {
  if (costs[candidate]! !== costs[best]!) return costs[candidate]! < costs[best]!;
  const lengthDifference = network.edges[candidate]!.length - network.edges[best]!.length;
  return lengthDifference !== 0 ? lengthDifference < 0 : candidate < best;
}

/**
 * Builds a Path from a source and the edges walked in order, with the metric's cost summed from source
 * to target.
 * @throws ParameterError when an edge does not continue the walk (field 'edges').
 */
export function pathFromEdgeKeys(
  network: NetworkGraph,
  source: string,
  edgeKeys: readonly string[],
  metric: RoutingMetric,
): Path {
  const nodes = [network.node(source, 'source').key];
  let cost = 0;
  let length = 0;
  for (const key of edgeKeys) {
    const edge = network.edge(key, 'edges');
    const here = nodes[nodes.length - 1]!;
    if (edge.source !== here && edge.target !== here) {
      throw new ParameterError('edges', `edge "${key}" does not start at "${here}"`);
    }
    nodes.push(edge.source === here ? edge.target : edge.source);
    cost += edgeCost(edge, metric, network.maximumRate);
    length += edge.length;
  }
  return { nodes, edges: [...edgeKeys], cost, length };
}

/** The path of a query whose source is its target: no hops, zero cost. */
export function trivialPath(network: NetworkGraph, nodeIndex: number): Path {
  return { nodes: [network.nodes[nodeIndex]!.key], edges: [], cost: 0, length: 0 };
}
