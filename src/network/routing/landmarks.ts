/**
 * Landmark lower bounds for A* (the "ALT" method: A*, landmarks and the triangle inequality; Goldberg &
 * Harrelson, SODA 2005, "Computing the shortest path: A* search meets graph theory"). With d_L the shortest
 * distance from a landmark L, every node v and target t of an undirected graph satisfy
 *   d(v, t) >= |d_L(t) - d_L(v)|,
 * so the largest such difference over a few landmarks is an admissible and consistent heuristic; it stays
 * admissible when a query blocks edges or avoids nodes (distances only grow).
 *
 * Why (issue 3): the great-circle heuristic of the 'rate' and 'fidelity' metrics is weak (the cheapest cost per
 * geodesic metre of any edge, while every hop also pays a fixed cost), so A* settled most of a 10,000-node network
 * per query; landmark bounds include the per-hop costs.
 * Landmarks are chosen by farthest-point selection (each next landmark is the node farthest from those chosen),
 * starting from the node farthest from node 0: deterministic for a given network and metric.
 * Rounding: a difference of two summed distances can exceed the true distance by a few units in the last place,
 * so {@link LANDMARK_SLACK} of the largest distance is taken off every bound.
 * Assumptions: undirected edges with costs >= 0; Infinity marks an unusable edge.
 */

/** Relative slack subtracted from every landmark bound (see the file header). */
export const LANDMARK_SLACK = 1e-12;

/** An adjacency in flat arrays: the arcs of node n are arcEdge/arcHead[arcStart[n] .. arcStart[n + 1]). */
export interface FlatAdjacency {
  readonly arcStart: Int32Array;
  readonly arcEdge: Int32Array;
  readonly arcHead: Int32Array;
}

/** Distances from each landmark, node-major: distances[v * count + i] is d(landmark i, v). */
export interface LandmarkTable {
  readonly count: number;
  readonly distances: Float64Array;
  /** Absolute slack to take off every bound. */
  readonly slack: number;
}

/** Single-source shortest distances (Dijkstra, binary heap); Infinity where unreachable. */
export function shortestDistances(graph: FlatAdjacency, costs: Float64Array, source: number): Float64Array {
  const nodeCount = graph.arcStart.length - 1;
  const distance = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(nodeCount);
  // A lazy-deletion heap of (distance, node) pairs.
  let heapNodes = new Int32Array(Math.max(16, nodeCount));
  let heapKeys = new Float64Array(heapNodes.length);
  let size = 0;
  const push = (node: number, key: number): void => {
    if (size === heapNodes.length) {
      const nodes = new Int32Array(2 * size);
      const keys = new Float64Array(2 * size);
      nodes.set(heapNodes);
      keys.set(heapKeys);
      heapNodes = nodes;
      heapKeys = keys;
    }
    let slot = size++;
    while (slot > 0) {
      const up = (slot - 1) >> 1;
      if (heapKeys[up]! <= key) break;
      heapNodes[slot] = heapNodes[up]!;
      heapKeys[slot] = heapKeys[up]!;
      slot = up;
    }
    heapNodes[slot] = node;
    heapKeys[slot] = key;
  };
  const pop = (): number => {
    const top = heapNodes[0]!;
    const node = heapNodes[--size]!;
    const key = heapKeys[size]!;
    let slot = 0;
    for (;;) {
      let child = 2 * slot + 1;
      if (child >= size) break;
      if (child + 1 < size && heapKeys[child + 1]! < heapKeys[child]!) child++;
      if (heapKeys[child]! >= key) break;
      heapNodes[slot] = heapNodes[child]!;
      heapKeys[slot] = heapKeys[child]!;
      slot = child;
    }
    heapNodes[slot] = node;
    heapKeys[slot] = key;
    return top;
  };
  distance[source] = 0;
  push(source, 0);
  while (size > 0) {
    const node = pop();
    if (done[node]) continue;
    done[node] = 1;
    const base = distance[node]!;
    for (let k = graph.arcStart[node]!; k < graph.arcStart[node + 1]!; k++) {
      const cost = costs[graph.arcEdge[k]!]!;
      if (!(cost < Number.POSITIVE_INFINITY)) continue;
      const next = graph.arcHead[k]!;
      const candidate = base + cost;
      if (candidate < distance[next]!) {
        distance[next] = candidate;
        push(next, candidate);
      }
    }
  }
  return distance;
}

/**
 * Chooses `count` landmarks by farthest-point selection and tabulates their distances.
 * @param count landmarks, >= 1 (fewer when the network has fewer nodes).
 */
export function landmarkTable(graph: FlatAdjacency, costs: Float64Array, count: number): LandmarkTable {
  const nodeCount = graph.arcStart.length - 1;
  const landmarks = Math.max(0, Math.min(count, nodeCount));
  const distances = new Float64Array(nodeCount * landmarks);
  // Distance from the landmarks chosen so far (min over them), for the farthest-point choice.
  const nearest = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  let next = farthest(shortestDistances(graph, costs, 0));
  let largest = 0;
  for (let i = 0; i < landmarks; i++) {
    const fromLandmark = shortestDistances(graph, costs, next);
    for (let v = 0; v < nodeCount; v++) {
      const d = fromLandmark[v]!;
      distances[v * landmarks + i] = d;
      if (d < nearest[v]!) nearest[v] = d;
      if (d < Number.POSITIVE_INFINITY && d > largest) largest = d;
    }
    next = farthest(nearest);
  }
  return { count: landmarks, distances, slack: largest * LANDMARK_SLACK };
}

/** The node farthest away: the first one not reached at all (another component gets a landmark), else the largest. */
function farthest(distance: Float64Array): number {
  let best = 0;
  for (let v = 0; v < distance.length; v++) {
    if (distance[v] === Number.POSITIVE_INFINITY) return v;
    if (distance[v]! > distance[best]!) best = v;
  }
  return best;
}

/** max over landmarks of |d_L(target) - d_L(node)| minus the slack, or 0 (see the file header). */
export function landmarkBound(table: LandmarkTable, node: number, target: number): number {
  const { count, distances } = table;
  let bound = 0;
  const a = node * count;
  const b = target * count;
  for (let i = 0; i < count; i++) {
    const difference = distances[b + i]! - distances[a + i]!;
    // Infinity - Infinity (both unreachable from L) is NaN and fails the comparison; one side Infinity means
    // node and target lie in different components, where no path exists and any bound is admissible.
    if (difference > bound) bound = difference;
    else if (-difference > bound) bound = -difference;
  }
  return bound > table.slack ? bound - table.slack : 0;
}
