/**
 * Routing speed: graph and router build time, and route-query times on seeded random geometric networks
 * (10,000 nodes / 30,000 edges and 1,000 nodes / 3,000 edges) with coordinates.
 *
 * Network model: nodes uniform in a Europe-sized latitude/longitude box; the `edgeCount` closest pairs
 * (equirectangular distance) become fibres whose length is the great-circle distance times a random detour
 * factor in [1, 1.3]. Queries join random node pairs of the largest connected component, so every query
 * does a real search. Issue target: one 'length' route query on the large network in <= 5 ms (median).
 */
import { createRng, type Rng } from '../../src/core/rng.js';
import { greatCircleDistance } from '../../src/physics/index.js';
import {
  buildNetworkGraph,
  componentLabels,
  type NetworkEdgeInput,
  type NetworkGraph,
  type NetworkGraphInput,
} from '../../src/network/graph/index.js';
import {
  createReferenceRouter,
  createRouter,
  type PathSearchAlgorithm,
  type Router,
  type RoutingMetric,
} from '../../src/network/routing/index.js';
import { medianMilliseconds, type BenchResult } from './bench-result.js';

const LATITUDE = [35, 60] as const;
const LONGITUDE = [-10, 30] as const;

/** A seeded random geometric network with exactly `edgeCount` edges (the closest pairs). */
export function randomGeometricNetwork(nodeCount: number, edgeCount: number, rng: Rng): NetworkGraphInput {
  const points = Array.from({ length: nodeCount }, () => ({
    latitude: LATITUDE[0] + (LATITUDE[1] - LATITUDE[0]) * rng.nextFloat(),
    longitude: LONGITUDE[0] + (LONGITUDE[1] - LONGITUDE[0]) * rng.nextFloat(),
  }));
  const xScale = Math.cos((((LATITUDE[0] + LATITUDE[1]) / 2) * Math.PI) / 180);
  const x = points.map((point) => point.longitude * xScale);
  const y = points.map((point) => point.latitude);
  const area = (LONGITUDE[1] - LONGITUDE[0]) * xScale * (LATITUDE[1] - LATITUDE[0]);
  // Radius giving about 1.3 edgeCount pairs in expectation: pairs = n^2/2 * pi r^2 / area.
  let radius = Math.sqrt((2 * 1.3 * edgeCount * area) / (Math.PI * nodeCount * nodeCount));
  for (;;) {
    const cells = new Map<string, number[]>();
    const cellOf = (i: number): [number, number] => [Math.floor(x[i]! / radius), Math.floor(y[i]! / radius)];
    for (let i = 0; i < nodeCount; i++) {
      const key = cellOf(i).join(',');
      const cell = cells.get(key);
      if (cell) cell.push(i);
      else cells.set(key, [i]);
    }
    const pairs: [number, number, number][] = [];
    for (let i = 0; i < nodeCount; i++) {
      const [cx, cy] = cellOf(i);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const distance = Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);
            if (distance <= radius) pairs.push([distance, i, j]);
          }
        }
      }
    }
    if (pairs.length >= edgeCount) {
      pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
      const edges: NetworkEdgeInput[] = pairs.slice(0, edgeCount).map(([, i, j], index) => ({
        key: `e${index}`,
        source: `n${i}`,
        target: `n${j}`,
        kind: 'fibre',
        length: greatCircleDistance(points[i]!, points[j]!) * (1 + 0.3 * rng.nextFloat()),
      }));
      return { nodes: points.map((point, i) => ({ key: `n${i}`, kind: 'site', ...point })), edges };
    }
    radius *= 1.2;
  }
}

/** `count` random (source, target) pairs of distinct nodes in the largest component. */
function queryPairs(network: NetworkGraph, count: number, rng: Rng): [string, string][] {
  const labels = componentLabels(network);
  const sizes = new Map<number, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  const largest = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const members = network.nodes.filter((node) => labels[node.index] === largest).map((node) => node.key);
  const pairs: [string, string][] = [];
  while (pairs.length < count) {
    const source = members[rng.nextInt(0, members.length - 1)]!;
    const target = members[rng.nextInt(0, members.length - 1)]!;
    if (source !== target) pairs.push([source, target]);
  }
  return pairs;
}

/** Median milliseconds of one query, cycling through the pairs so the median is over different queries. */
function medianQuery(router: Router, pairs: [string, string][], metric: RoutingMetric): number {
  let next = 0;
  return medianMilliseconds(() => {
    const [source, target] = pairs[next++ % pairs.length]!;
    if (!router.route(source, target, { metric })) throw new Error(`no route ${source} -> ${target}`);
  }, pairs.length);
}

/**
 * Median process CPU milliseconds (user + system) of one query over the pairs: on a shared machine the
 * wall-clock median also counts time the process waited for a core, CPU time does not.
 */
function medianQueryCpu(router: Router, pairs: [string, string][], metric: RoutingMetric): number {
  const samples = pairs.map(([source, target]) => {
    const start = process.cpuUsage();
    router.route(source, target, { metric });
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const rng = createRng(20_240_601);

  const largeInput = randomGeometricNetwork(10_000, 30_000, rng);
  let large = buildNetworkGraph(largeInput);
  results.push({
    name: 'build NetworkGraph (graphology) 10k nodes / 30k edges',
    value: medianMilliseconds(() => {
      large = buildNetworkGraph(largeInput);
    }, 5),
    unit: 'ms',
    note: 'validation + graphology multigraph + indices; median of 5',
  });
  results.push({
    name: 'build router (ngraph view) 10k / 30k',
    value: medianMilliseconds(() => createRouter(large), 5),
    unit: 'ms',
    note: 'built once per network and reused by every query; median of 5',
  });
  const pairs = queryPairs(large, 101, rng);
  const cases: [string, RoutingMetric, PathSearchAlgorithm, number | undefined][] = [
    ["route query 'length', A* + great-circle heuristic, 10k / 30k", 'length', 'a-star', 5],
    ["route query 'length', NBA* + great-circle heuristic (auto), 10k / 30k", 'length', 'nba', 5],
    ["route query 'hops', NBA* (bidirectional Dijkstra, auto), 10k / 30k", 'hops', 'nba', undefined],
    ["route query 'hops', A* without heuristic (Dijkstra), 10k / 30k", 'hops', 'a-star', undefined],
  ];
  for (const [name, metric, algorithm, target] of cases) {
    const router = createRouter(large, { algorithm });
    const wallClock = medianQuery(router, pairs, metric);
    const cpu = medianQueryCpu(router, pairs, metric);
    results.push({
      name,
      value: wallClock,
      unit: 'ms',
      ...(target === undefined ? {} : { target }),
      note: `median over ${pairs.length} random pairs in the largest component after a warm-up; CPU-time median ${cpu.toFixed(2)} ms`,
    });
  }

  const small = buildNetworkGraph(randomGeometricNetwork(1_000, 3_000, rng));
  const smallRouter = createRouter(small);
  const smallPairs = queryPairs(small, 100, rng);
  results.push({
    name: "100 route queries 'length' (auto: NBA*), 1k nodes / 3k edges",
    value: medianMilliseconds(() => {
      for (const [source, target] of smallPairs) smallRouter.route(source, target, { metric: 'length' });
    }, 5),
    unit: 'ms',
    note: 'total for 100 queries; median of 5 batches',
  });
  const reference = createReferenceRouter(small);
  const referencePairs = smallPairs.slice(0, 5);
  results.push({
    name: "1 route query 'length', graphology Dijkstra reference, 1k / 3k",
    value:
      medianMilliseconds(() => {
        for (const [source, target] of referencePairs) reference.route(source, target, { metric: 'length' });
      }, 1) / referencePairs.length,
    unit: 'ms',
    note: 'reference router (copies the graph per query), for comparison only; mean of 5 queries',
  });
  return results;
}
