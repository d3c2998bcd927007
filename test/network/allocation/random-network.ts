/**
 * Seeded random allocation problems for property tests and benchmarks: a connected random graph (a random
 * recursive tree plus extra random edges), capacities uniform in [100, 10 000] pairs/s, demands between random
 * node pairs, and up to k diverse candidate paths per demand found by Dijkstra with a penalty on edges already
 * used by the demand's earlier paths (a cheap stand-in for k-shortest paths).
 */
import type { Rng } from '../../../src/core/index.js';
import type { AllocationDemand, AllocationProblem } from '../../../src/network/allocation/index.js';
import type { CapacityEdge } from '../../../src/network/bounds/index.js';

/** Sizes of a random problem. */
export interface RandomProblemSize {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly demandCount: number;
  readonly pathsPerDemand: number;
  /** Fraction of nodes with a memory limit (their paths then carry memory costs). */
  readonly memoryNodeFraction?: number;
}

/** A random problem and its graph (edge ends, for min-cut bounds). */
export interface RandomProblem extends AllocationProblem {
  readonly graph: readonly CapacityEdge[];
  readonly ends: readonly (readonly [string, string])[];
}

interface Adjacency {
  readonly node: number;
  readonly edge: number;
}

/** Shortest path by Dijkstra with a binary heap; returns edge indices from source to target, or undefined. */
export function shortestPath(
  adjacency: readonly (readonly Adjacency[])[],
  weights: Float64Array,
  source: number,
  target: number,
): number[] | undefined {
  const distance = new Float64Array(adjacency.length).fill(Number.POSITIVE_INFINITY);
  const viaEdge = new Int32Array(adjacency.length).fill(-1);
  const viaNode = new Int32Array(adjacency.length).fill(-1);
  const heap: [number, number][] = [[0, source]];
  distance[source] = 0;
  const push = (item: [number, number]): void => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (heap[parent]![0] <= heap[i]![0]) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left]![0] < heap[smallest]![0]) smallest = left;
        if (right < heap.length && heap[right]![0] < heap[smallest]![0]) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
        i = smallest;
      }
    }
    return top;
  };
  while (heap.length > 0) {
    const [d, node] = pop();
    if (d > distance[node]!) continue;
    if (node === target) break;
    for (const { node: next, edge } of adjacency[node]!) {
      const candidate = d + weights[edge]!;
      if (candidate < distance[next]!) {
        distance[next] = candidate;
        viaEdge[next] = edge;
        viaNode[next] = node;
        push([candidate, next]);
      }
    }
  }
  if (!Number.isFinite(distance[target]!)) return undefined;
  const edges: number[] = [];
  for (let node = target; node !== source; node = viaNode[node]!) edges.push(viaEdge[node]!);
  return edges.reverse();
}

/** Builds a random problem; identical seeds give identical problems. */
export function randomAllocationProblem(rng: Rng, size: RandomProblemSize): RandomProblem {
  const { nodeCount, edgeCount, demandCount, pathsPerDemand } = size;
  const endsOf: [number, number][] = [];
  for (let i = 1; i < nodeCount; i++) endsOf.push([rng.nextInt(0, i - 1), i]);
  while (endsOf.length < edgeCount) {
    const a = rng.nextInt(0, nodeCount - 1);
    const b = rng.nextInt(0, nodeCount - 1);
    if (a !== b) endsOf.push([a, b]);
  }
  const adjacency: Adjacency[][] = Array.from({ length: nodeCount }, () => []);
  endsOf.forEach(([a, b], edge) => {
    adjacency[a]!.push({ node: b, edge });
    adjacency[b]!.push({ node: a, edge });
  });
  const edgeKey = (edge: number): string => `edge ${edge}`;
  const nodeKey = (node: number): string => `node ${node}`;
  const graph: CapacityEdge[] = endsOf.map(([a, b], edge) => ({
    key: edgeKey(edge),
    from: nodeKey(a),
    to: nodeKey(b),
    capacity: 100 + rng.nextFloat() * 9900,
  }));
  const memoryNodes = new Set<number>();
  for (let n = 0; n < nodeCount; n++)
    if (rng.nextFloat() < (size.memoryNodeFraction ?? 0)) memoryNodes.add(n);

  const demands: AllocationDemand[] = [];
  const ends: [string, string][] = [];
  const baseWeights = new Float64Array(endsOf.length).fill(1);
  for (let d = 0; d < demandCount; d++) {
    const source = rng.nextInt(0, nodeCount - 1);
    let target = rng.nextInt(0, nodeCount - 2);
    if (target >= source) target++;
    const weights = baseWeights.slice();
    const paths: AllocationDemand['paths'][number][] = [];
    const seen = new Set<string>();
    for (let k = 0; k < pathsPerDemand; k++) {
      const edges = shortestPath(adjacency, weights, source, target);
      if (!edges) break;
      for (const edge of edges) weights[edge]! *= 3;
      if (seen.has(edges.join(','))) continue;
      seen.add(edges.join(','));
      const nodes = [source];
      for (const edge of edges) {
        const [a, b] = endsOf[edge]!;
        nodes.push(nodes[nodes.length - 1] === a ? b : a);
      }
      paths.push({
        edges: edges.map(edgeKey),
        nodes: nodes.map(nodeKey),
        pairCosts: edges.map(() => 1 + rng.nextFloat() * 2),
        memoryCosts: nodes.map(() => 0.001 + rng.nextFloat() * 0.01),
      });
    }
    demands.push({ key: `demand ${d}`, paths, requestedRate: 10 + rng.nextFloat() * 990 });
    ends.push([nodeKey(source), nodeKey(target)]);
  }
  return {
    demands,
    edges: graph.map(({ key, capacity }) => ({ key, capacity })),
    nodes: [...memoryNodes].map((n) => ({ key: nodeKey(n), memoryLimit: 1 + rng.nextFloat() * 20 })),
    graph,
    ends,
  };
}
