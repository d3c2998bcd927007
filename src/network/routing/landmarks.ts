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

/** Distances from each landmark, node-major: distances[v * count + i] is d(landmark i, v). */
export interface LandmarkTable {
  readonly count: number;
  readonly distances: Float64Array;
  /** Absolute slack to take off every bound. */
  readonly slack: number;
}

/**
 * Chooses `count` landmarks by farthest-point selection and tabulates their distances.
 * @param distancesFrom shortest distances from a node to every node (Infinity where unreachable), e.g. the
 *   Dijkstra search of typed-a-star-router.ts.
 * @param count landmarks, >= 1 (fewer when the network has fewer nodes).
 */
export function landmarkTable(
  nodeCount: number,
  distancesFrom: (source: number) => Float64Array,
  count: number,
): LandmarkTable {
  const landmarks = Math.max(0, Math.min(count, nodeCount));
  if (landmarks === 0) return { count: 0, distances: new Float64Array(0), slack: 0 };
  const distances = new Float64Array(nodeCount * landmarks);
  // Distance from the landmarks chosen so far (min over them), for the farthest-point choice.
  const nearest = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  let next = farthest(distancesFrom(0));
  let largest = 0;
  for (let i = 0; i < landmarks; i++) {
    const fromLandmark = distancesFrom(next);
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
