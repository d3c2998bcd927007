/**
 * Test support for routing: a fast-check arbitrary of small random multigraphs (parallel edges, missing or
 * unusable metric data, optional coordinates with fibre lengths above or below the geodesic), a
 * Bellman-Ford oracle, and a brute-force enumeration of every simple path.
 */
import fc from 'fast-check';
import { greatCircleDistance } from '../../../src/physics/index.js';
import {
  buildNetworkGraph,
  type NetworkEdgeInput,
  type NetworkGraph,
  type NetworkGraphInput,
  type NetworkNodeInput,
} from '../../../src/network/graph/index.js';
import {
  ROUTING_METRICS,
  createReferenceRouter,
  edgeCost,
  type Router,
  type RoutingMetric,
} from '../../../src/network/routing/index.js';
import { expect } from 'vitest';
import { expectClose } from '../../support/close.js';

/** A random network input with a random query on it. */
export interface RandomCase {
  readonly input: NetworkGraphInput;
  readonly source: string;
  readonly target: string;
  readonly blocked: readonly string[];
  readonly avoidNodes: readonly string[];
}

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined, freq: 4 });

/**
 * Random multigraphs of 1..maxNodes nodes and 0..maxEdges edges. Lengths are integers (many ties) or, with
 * coordinates, the geodesic times a detour factor that is sometimes below 1 (an inconsistent drawing).
 */
export function randomCase(maxNodes = 9, maxEdges = 18): fc.Arbitrary<RandomCase> {
  return fc
    .record({
      nodeCount: fc.integer({ min: 1, max: maxNodes }),
      withCoordinates: fc.boolean(),
      seedPoints: fc.array(
        fc.record({
          latitude: fc.double({ min: 40, max: 60, noNaN: true }),
          longitude: fc.double({ min: -5, max: 25, noNaN: true }),
        }),
        { minLength: maxNodes, maxLength: maxNodes },
      ),
      rawEdges: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          length: fc.integer({ min: 0, max: 50 }),
          detour: fc.double({ min: 0.8, max: 2, noNaN: true }),
          successProbability: optional(fc.constantFrom(0, 0.1, 0.5, 0.9, 1)),
          rate: optional(fc.constantFrom(0, 10, 100, 1000)),
          fidelity: optional(fc.constantFrom(0.2, 0.25, 0.5, 0.8, 0.95, 1)),
        }),
        { maxLength: maxEdges },
      ),
      picks: fc.record({ s: fc.nat(), t: fc.nat() }),
      blockedMask: fc.array(fc.boolean(), { minLength: maxEdges, maxLength: maxEdges }),
      avoidMask: fc.array(fc.boolean(), { minLength: maxNodes, maxLength: maxNodes }),
    })
    .map(({ nodeCount, withCoordinates, seedPoints, rawEdges, picks, blockedMask, avoidMask }) => {
      const nodes: NetworkNodeInput[] = [];
      for (let i = 0; i < nodeCount; i++) {
        nodes.push(
          withCoordinates
            ? { key: `n${i}`, kind: 'site', ...seedPoints[i]! }
            : { key: `n${i}`, kind: 'site' },
        );
      }
      const edges: NetworkEdgeInput[] = [];
      for (const raw of rawEdges) {
        const a = raw.a % nodeCount;
        const b = raw.b % nodeCount;
        if (a === b) continue;
        const length = withCoordinates
          ? greatCircleDistance(seedPoints[a]!, seedPoints[b]!) * raw.detour
          : raw.length;
        edges.push({
          key: `e${edges.length}`,
          source: `n${a}`,
          target: `n${b}`,
          kind: 'fibre',
          length,
          ...(raw.successProbability === undefined ? {} : { successProbability: raw.successProbability }),
          ...(raw.rate === undefined ? {} : { rate: raw.rate }),
          ...(raw.fidelity === undefined ? {} : { fidelity: raw.fidelity }),
        });
      }
      const source = `n${picks.s % nodeCount}`;
      const target = `n${picks.t % nodeCount}`;
      const blocked = edges.filter((_, i) => blockedMask[i] && i % 3 === 0).map((edge) => edge.key);
      const avoidNodes = nodes
        .filter((node, i) => avoidMask[i] && i % 4 === 1 && node.key !== source && node.key !== target)
        .map((node) => node.key);
      return { input: { nodes, edges }, source, target, blocked, avoidNodes };
    });
}

/** Builds the network of a case. */
export function networkOf(randomCaseValue: RandomCase): NetworkGraph {
  return buildNetworkGraph(randomCaseValue.input);
}

/** Whether an edge may be used in a query (not blocked, finite cost, no avoided end). */
function usable(
  network: NetworkGraph,
  edgeIndex: number,
  metric: RoutingMetric,
  blocked: ReadonlySet<string>,
  avoided: ReadonlySet<string>,
): boolean {
  const edge = network.edges[edgeIndex]!;
  return (
    !blocked.has(edge.key) &&
    !network.blockedEdges.has(edge.key) &&
    !avoided.has(edge.source) &&
    !avoided.has(edge.target) &&
    edgeCost(edge, metric, network.maximumRate) < Infinity
  );
}

/** Optimal cost by Bellman-Ford over undirected edges, or Infinity when unreachable (independent oracle). */
export function bellmanFordCost(
  network: NetworkGraph,
  source: string,
  target: string,
  metric: RoutingMetric,
  blocked: readonly string[] = [],
  avoidNodes: readonly string[] = [],
): number {
  const blockedSet = new Set(blocked);
  const avoided = new Set(avoidNodes);
  if (avoided.has(source) || avoided.has(target)) return Infinity;
  const distance = new Map(network.nodes.map((node) => [node.key, Infinity]));
  distance.set(source, 0);
  for (let round = 0; round < network.nodeCount; round++) {
    for (const edge of network.edges) {
      if (!usable(network, edge.index, metric, blockedSet, avoided)) continue;
      const cost = edgeCost(edge, metric, network.maximumRate);
      for (const [from, to] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (distance.get(from)! + cost < distance.get(to)!) distance.set(to, distance.get(from)! + cost);
      }
    }
  }
  return distance.get(target)!;
}

/** Every simple path from source to target as edge-key lists with their costs (small graphs only). */
export function allSimplePaths(
  network: NetworkGraph,
  source: string,
  target: string,
  metric: RoutingMetric,
  blocked: readonly string[] = [],
): { edges: string[]; cost: number }[] {
  const blockedSet = new Set(blocked);
  const found: { edges: string[]; cost: number }[] = [];
  const visited = new Set([source]);
  const walk = (here: string, edges: string[], cost: number): void => {
    if (here === target) {
      found.push({ edges: [...edges], cost });
      return;
    }
    for (const edgeIndex of network.incidentEdgeIndices(network.node(here).index)) {
      if (!usable(network, edgeIndex, metric, blockedSet, new Set())) continue;
      const edge = network.edges[edgeIndex]!;
      const next = edge.source === here ? edge.target : edge.source;
      if (visited.has(next)) continue;
      visited.add(next);
      edges.push(edge.key);
      walk(next, edges, cost + edgeCost(edge, metric, network.maximumRate));
      edges.pop();
      visited.delete(next);
    }
  };
  if (source === target) return [{ edges: [], cost: 0 }];
  walk(source, [], 0);
  return found;
}

/**
 * Property: one router answers many queries on the same network like fresh reference routers (no state left
 * behind by blocked edges or avoided nodes). `restriction` says what every other query excludes.
 */
export function expectNoStateLeak(
  makeRouter: (network: NetworkGraph) => Router,
  restriction: 'blocked' | 'avoidNodes',
): void {
  const tolerance = { relative: 1e-9, absolute: 1e-9 };
  fc.assert(
    fc.property(
      randomCase(8, 16),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...ROUTING_METRICS))),
      (randomCaseValue, queries) => {
        const network = networkOf(randomCaseValue);
        const shared = makeRouter(network);
        const reference = createReferenceRouter(network);
        const keys = network.nodes.map((node) => node.key);
        for (const [i, j, metric] of queries) {
          const source = keys[i % keys.length]!;
          const target = keys[j % keys.length]!;
          const options =
            restriction === 'blocked'
              ? { metric, blocked: i % 2 === 0 ? randomCaseValue.blocked : [] }
              : { metric, avoidNodes: i % 3 === 0 ? randomCaseValue.avoidNodes : [] };
          const expected = reference.route(source, target, options);
          const actual = shared.route(source, target, options);
          expect(actual === undefined).toBe(expected === undefined);
          if (actual && expected) expectClose(actual.cost, expected.cost, tolerance);
        }
      },
    ),
    { numRuns: 150 },
  );
}
