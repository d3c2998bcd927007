/**
 * Maximum flow and minimum cut on an undirected graph with edge capacities, by Dinic's algorithm
 * (E. A. Dinic, Soviet Math. Dokl. 11, 1277 (1970)): breadth-first levels, then blocking flows along
 * level-increasing arcs. By the max-flow min-cut theorem (Ford & Fulkerson, Can. J. Math. 8, 399 (1956))
 * the flow value equals the capacity of the smallest edge set separating source from target; the cut is
 * read from the nodes still reachable from the source in the residual graph.
 *
 * An undirected edge {u, v} of capacity c becomes two opposite arcs, each of capacity c, that are each
 * other's reverse: net flow f from u to v leaves residuals c - f and c + f, so the edge carries at most c in
 * either direction. Capacities are float64; residuals below 1e-12 of the largest capacity count as 0, so
 * rounding cannot create endless tiny augmentations. Self-loops carry nothing and are never cut.
 */
import { ParameterError, didYouMean, requireNonNegative, type Hertz } from '../../core/index.js';

/** An undirected edge with a capacity (e.g. the PLOB bound of the link times its channel-use rate, pairs/s). */
export interface CapacityEdge {
  /** Unique key, reported in cuts. */
  readonly key: string;
  /** One end. */
  readonly from: string;
  /** The other end. */
  readonly to: string;
  /** Capacity, >= 0 and finite (e.g. ebits/s). */
  readonly capacity: Hertz;
}

/** A compiled graph that can answer many max-flow queries. Create with {@link createFlowNetwork}. */
export interface FlowNetwork {
  readonly edges: readonly CapacityEdge[];
  /** Node key to index. */
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Arcs leaving each node, CSR form: arcs of node n are arcOrder[arcStart[n] .. arcStart[n+1]). */
  readonly arcStart: Int32Array;
  readonly arcOrder: Int32Array;
  /** Head node of arc a (arc 2i: from -> to of edge i, arc 2i+1: to -> from). */
  readonly arcHead: Int32Array;
  readonly tolerance: number;
}

/** A maximum flow and the minimum cut that proves it. */
export interface MinCut {
  /** Capacity of the cut: the sum of the capacities of `cutEdges` (equals `flow` up to rounding). */
  readonly value: Hertz;
  /** Value of the maximum flow found. */
  readonly flow: Hertz;
  /** Keys of the edges with one end on each side of the cut (zero-capacity ones included). */
  readonly cutEdges: readonly string[];
  /** Nodes on the source's side (reachable from it in the residual graph). */
  readonly sourceSide: readonly string[];
}

/**
 * Compiles edges into a flow network.
 * @param nodes node keys that may have no edge (an isolated node is a valid, disconnected end); optional.
 * @throws ParameterError for duplicate keys, non-string ends or capacities that are negative or not finite.
 */
export function createFlowNetwork(
  edges: readonly CapacityEdge[],
  nodes: readonly string[] = [],
): FlowNetwork {
  if (!Array.isArray(edges as unknown)) throw new ParameterError('edges', 'must be an array');
  if (!Array.isArray(nodes as unknown)) throw new ParameterError('nodes', 'must be an array');
  const nodeIndex = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (typeof node !== 'string') throw new ParameterError(`nodes[${i}]`, 'must be a string');
    if (!nodeIndex.has(node)) nodeIndex.set(node, nodeIndex.size);
  });
  const keys = new Set<string>();
  const ends = new Int32Array(edges.length * 2);
  let largest = 0;
  edges.forEach((edge, i) => {
    if (keys.has(edge.key)) throw new ParameterError(`edges[${i}].key`, `duplicate key "${edge.key}"`);
    keys.add(edge.key);
    largest = Math.max(largest, requireNonNegative(`edges[${i}].capacity`, edge.capacity));
    for (const [side, node] of [
      [0, edge.from],
      [1, edge.to],
    ] as const) {
      if (typeof node !== 'string')
        throw new ParameterError(`edges[${i}].${side === 0 ? 'from' : 'to'}`, 'must be a string');
      if (!nodeIndex.has(node)) nodeIndex.set(node, nodeIndex.size);
      ends[2 * i + side] = nodeIndex.get(node)!;
    }
  });
  const arcHead = new Int32Array(edges.length * 2);
  const arcStart = new Int32Array(nodeIndex.size + 1);
  for (let i = 0; i < edges.length; i++) {
    arcHead[2 * i] = ends[2 * i + 1]!;
    arcHead[2 * i + 1] = ends[2 * i]!;
    arcStart[ends[2 * i]! + 1]!++;
    arcStart[ends[2 * i + 1]! + 1]!++;
  }
  for (let n = 0; n < nodeIndex.size; n++) arcStart[n + 1]! += arcStart[n]!;
  const fill = arcStart.slice(0, nodeIndex.size);
  const arcOrder = new Int32Array(edges.length * 2);
  for (let a = 0; a < edges.length * 2; a++) arcOrder[fill[arcHead[a ^ 1]!]!++] = a;
  return { edges, nodeIndex, arcStart, arcOrder, arcHead, tolerance: largest * 1e-12 };
}

function requireNode(network: FlowNetwork, field: string, key: string): number {
  const index = network.nodeIndex.get(key);
  if (index === undefined) {
    throw new ParameterError(
      field,
      `unknown node "${key}"${didYouMean(String(key), network.nodeIndex.keys())}`,
    );
  }
  return index;
}

/** Breadth-first distance from `source` through arcs with residual capacity; -1 for unreachable nodes. */
function levels(network: FlowNetwork, residual: Float64Array, source: number): Int32Array {
  const level = new Int32Array(network.nodeIndex.size).fill(-1);
  const queue = new Int32Array(network.nodeIndex.size);
  level[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const node = queue[head++]!;
    for (let k = network.arcStart[node]!; k < network.arcStart[node + 1]!; k++) {
      const arc = network.arcOrder[k]!;
      const next = network.arcHead[arc]!;
      if (level[next] === -1 && residual[arc]! > network.tolerance) {
        level[next] = level[node]! + 1;
        queue[tail++] = next;
      }
    }
  }
  return level;
}

/**
 * Maximum flow and a minimum cut between two nodes of a compiled network.
 * @throws ParameterError when a node is unknown or source equals target.
 */
export function minCutOf(network: FlowNetwork, source: string, target: string): MinCut {
  const s = requireNode(network, 'source', source);
  const t = requireNode(network, 'target', target);
  if (s === t) throw new ParameterError('target', `must differ from source ("${source}")`);
  const residual = new Float64Array(network.edges.length * 2);
  network.edges.forEach((edge, i) => {
    residual[2 * i] = edge.capacity;
    residual[2 * i + 1] = edge.capacity;
  });
  let flow = 0;
  const nodeCount = network.nodeIndex.size;
  const current = new Int32Array(nodeCount);
  const pathArcs = new Int32Array(nodeCount);
  let reachable: Int32Array;
  for (;;) {
    const level = levels(network, residual, s);
    // With no level path left the flow is maximum, and the nodes this search reached are the cut's source side.
    if (level[t] === -1) {
      reachable = level;
      break;
    }
    current.set(network.arcStart.subarray(0, nodeCount));
    // Iterative depth-first search for augmenting paths along increasing levels (no recursion limit).
    let depth = 0;
    let node = s;
    while (true) {
      if (node === t) {
        let bottleneck = Number.POSITIVE_INFINITY;
        for (let i = 0; i < depth; i++) bottleneck = Math.min(bottleneck, residual[pathArcs[i]!]!);
        for (let i = 0; i < depth; i++) {
          residual[pathArcs[i]!]! -= bottleneck;
          residual[pathArcs[i]! ^ 1]! += bottleneck;
        }
        flow += bottleneck;
        depth = 0;
        node = s;
        continue;
      }
      let advanced = false;
      for (; current[node]! < network.arcStart[node + 1]!; current[node]!++) {
        const arc = network.arcOrder[current[node]!]!;
        const next = network.arcHead[arc]!;
        if (level[next] === level[node]! + 1 && residual[arc]! > network.tolerance) {
          pathArcs[depth++] = arc;
          node = next;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      if (node === s) break;
      // Dead end: retire this node for the phase and step back past the arc that led here.
      level[node] = -1;
      const back = pathArcs[--depth]!;
      node = network.arcHead[back ^ 1]!;
      current[node]!++;
    }
  }
  const cutEdges: string[] = [];
  let value = 0;
  network.edges.forEach((edge, i) => {
    const fromSide = reachable[network.arcHead[2 * i + 1]!]! >= 0;
    const toSide = reachable[network.arcHead[2 * i]!]! >= 0;
    if (fromSide !== toSide) {
      cutEdges.push(edge.key);
      value += edge.capacity;
    }
  });
  const sourceSide: string[] = [];
  for (const [key, index] of network.nodeIndex) if (reachable[index]! >= 0) sourceSide.push(key);
  return { value, flow, cutEdges, sourceSide };
}

/**
 * Maximum flow and a minimum cut between `source` and `target` on an undirected graph.
 * @param edges undirected edges with capacities >= 0 (finite), e.g. pairs/s.
 * @param nodes extra node keys, for nodes without edges (optional).
 * @throws ParameterError for invalid edges, unknown nodes, or source equal to target.
 */
export function maxFlowMinCut(
  edges: readonly CapacityEdge[],
  source: string,
  target: string,
  nodes: readonly string[] = [],
): MinCut {
  return minCutOf(createFlowNetwork(edges, nodes), source, target);
}
