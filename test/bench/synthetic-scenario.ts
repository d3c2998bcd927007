/**
 * Seeded synthetic scenario documents for the planner benchmark (issue 3, Speed): `nodeCount` nodes in a square
 * box of about 1,000 km, `edgeCount` fibre edges between near neighbours, `demandCount` demands between random
 * node pairs. The document goes through `parseScenarioValue` like a user's file, so the benchmark times the
 * whole path from JSON value to plan.
 *
 * Construction (a random geometric graph, as in routing.bench.ts, made connected):
 * - positions uniform in a `boxSize` x `boxSize` square on a local equirectangular projection centred on
 *   (50 N, 10 E), converted to latitude/longitude;
 * - candidate pairs are the pairs closer than a radius chosen to give about 1.5 x `edgeCount` pairs (grid
 *   buckets, so O(n) work); the radius grows by 20 % until the candidates connect every node;
 * - a Euclidean minimum spanning tree of the candidates (Kruskal) guarantees connectivity; the shortest
 *   remaining candidates fill up to exactly `edgeCount` edges;
 * - each fibre's `lengthKm` is the great-circle distance times a detour factor uniform in [1, 1.3].
 * Every node uses the nv-diamond preset (it has every link value); demand ends are 'end-node', all other
 * nodes 'repeater'. Assumptions: 0.2 dB/km fibre and the single-click scheme (the scenario defaults).
 */
import { metresToKm, type Rng } from '../../src/core/index.js';
import { greatCircleDistance } from '../../src/physics/index.js';
import type { ParameterOverrides } from '../../src/network/platforms/index.js';
import type { ScenarioDocument } from '../../src/network/scenario/index.js';

/** Size and shape of a synthetic scenario. */
export interface SyntheticScenarioSize {
  /** Nodes, >= 2. */
  readonly nodeCount: number;
  /** Fibre edges, between nodeCount - 1 (a tree) and a few times nodeCount. */
  readonly edgeCount: number;
  /** Demands between random distinct node pairs. */
  readonly demandCount: number;
  /** Side of the square box, km; default 1,000. */
  readonly boxSize?: number;
  /** Target fidelity of every demand; default 0.5 (low enough that most demands are reachable). */
  readonly targetFidelity?: number;
  /** Platform preset of every node; default 'nv-diamond'. */
  readonly platform?: string;
  /** Preset parameter overrides applied to every node (file keys and units); default none. */
  readonly overrides?: ParameterOverrides;
}

const CENTRE_LATITUDE = 50;
const CENTRE_LONGITUDE = 10;
const KM_PER_DEGREE = metresToKm((Math.PI / 180) * 6_371_008.8);
const MAX_DETOUR = 0.3;

/** A seeded synthetic scenario document (schemaVersion 1) of the given size. */
export function syntheticScenarioDocument(size: SyntheticScenarioSize, rng: Rng): ScenarioDocument {
  const { nodeCount, edgeCount, demandCount } = size;
  if (!Number.isInteger(nodeCount) || nodeCount < 2)
    throw new RangeError('nodeCount must be an integer >= 2');
  if (!Number.isInteger(edgeCount) || edgeCount < nodeCount - 1 || edgeCount > 20 * nodeCount)
    throw new RangeError('edgeCount must be an integer in [nodeCount - 1, 20 nodeCount]');
  const boxSize = size.boxSize ?? 1000;
  const platform = size.platform ?? 'nv-diamond';
  const x = Array.from({ length: nodeCount }, () => boxSize * rng.nextFloat());
  const y = Array.from({ length: nodeCount }, () => boxSize * rng.nextFloat());
  const positions = x.map((xi, i) => ({
    latitude: CENTRE_LATITUDE + (y[i]! - boxSize / 2) / KM_PER_DEGREE,
    longitude:
      CENTRE_LONGITUDE + (xi - boxSize / 2) / (KM_PER_DEGREE * Math.cos((CENTRE_LATITUDE * Math.PI) / 180)),
  }));

  const pairs = connectedNearPairs(x, y, edgeCount, boxSize * boxSize);
  const edges = pairs.map(([i, j], index) => {
    const distance = metresToKm(greatCircleDistance(positions[i]!, positions[j]!));
    const lengthKm = Math.max(distance, 1e-3) * (1 + MAX_DETOUR * rng.nextFloat());
    return { key: `e${index}`, source: `n${i}`, target: `n${j}`, kind: 'fibre' as const, lengthKm };
  });

  const endNodes = new Set<number>();
  const demands = Array.from({ length: demandCount }, (_, index) => {
    const source = rng.nextInt(0, nodeCount - 1);
    let target = rng.nextInt(0, nodeCount - 2);
    if (target >= source) target++;
    endNodes.add(source).add(target);
    return {
      key: `d${index}`,
      source: `n${source}`,
      target: `n${target}`,
      targetFidelity: size.targetFidelity ?? 0.5,
    };
  });

  return {
    schemaVersion: 1,
    name: `synthetic ${nodeCount} nodes / ${edgeCount} edges / ${demandCount} demands`,
    description:
      'Seeded random geometric network for the planner benchmark (test/bench/synthetic-scenario.ts).',
    seed: 0,
    metadata: { tags: ['synthetic', 'benchmark'] },
    nodes: positions.map((position, i) => ({
      key: `n${i}`,
      kind: endNodes.has(i) ? ('end-node' as const) : ('repeater' as const),
      ...position,
      platform,
      ...(size.overrides ? { overrides: size.overrides } : {}),
    })),
    edges,
    demands,
  };
}

/**
 * Exactly `edgeCount` node pairs (i < j): a minimum spanning tree of the near pairs, then the shortest others.
 * `area` is the box area in the units of x and y squared.
 */
function connectedNearPairs(
  x: readonly number[],
  y: readonly number[],
  edgeCount: number,
  area: number,
): [number, number][] {
  const n = x.length;
  // pairs within r: about n^2/2 * pi r^2 / area; aim for 1.5 edgeCount (border effects lose some).
  let radius = Math.sqrt((2 * 1.5 * edgeCount * area) / (Math.PI * n * n));
  for (;;) {
    const candidates = pairsWithin(x, y, radius);
    const tree = spanningTree(n, candidates);
    if (tree && candidates.length >= edgeCount) {
      const chosen = new Set(tree);
      for (let c = 0; c < candidates.length && chosen.size < edgeCount; c++) chosen.add(c);
      return [...chosen].sort((a, b) => a - b).map((c) => [candidates[c]!.i, candidates[c]!.j]);
    }
    radius *= 1.2;
  }
}

interface Candidate {
  readonly distance: number;
  readonly i: number;
  readonly j: number;
}

/** Pairs closer than `radius`, shortest first (ties by index, so the order is deterministic). */
function pairsWithin(x: readonly number[], y: readonly number[], radius: number): Candidate[] {
  const cells = new Map<string, number[]>();
  const cellKey = (cx: number, cy: number) => `${cx},${cy}`;
  for (let i = 0; i < x.length; i++) {
    const key = cellKey(Math.floor(x[i]! / radius), Math.floor(y[i]! / radius));
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  const pairs: Candidate[] = [];
  for (let i = 0; i < x.length; i++) {
    const cx = Math.floor(x[i]! / radius);
    const cy = Math.floor(y[i]! / radius);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(cellKey(cx + dx, cy + dy)) ?? []) {
          if (j <= i) continue;
          const distance = Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);
          if (distance <= radius) pairs.push({ distance, i, j });
        }
      }
    }
  }
  return pairs.sort((a, b) => a.distance - b.distance || a.i - b.i || a.j - b.j);
}

/** Indices of a minimum spanning tree of the sorted candidates (Kruskal), or undefined if they do not connect. */
function spanningTree(n: number, sorted: readonly Candidate[]): number[] | undefined {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const tree: number[] = [];
  for (let c = 0; c < sorted.length && tree.length < n - 1; c++) {
    const a = find(sorted[c]!.i);
    const b = find(sorted[c]!.j);
    if (a === b) continue;
    parent[a] = b;
    tree.push(c);
  }
  return tree.length === n - 1 ? tree : undefined;
}
