/**
 * Landmark lower bounds (landmarks.ts, Goldberg & Harrelson 2005): the router's Dijkstra distances equal an
 * independent Bellman-Ford oracle; on random multigraphs every bound is at most the true distance (admissible) and changes
 * along an edge by at most the edge's cost (consistent); on a path graph a landmark at one end is exact; the
 * landmarks are chosen deterministically.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph } from '../../../src/network/graph/index.js';
import {
  ROUTING_METRICS,
  createTypedAStarRouter,
  edgeCostTable,
  landmarkBound,
  landmarkTable,
} from '../../../src/network/routing/index.js';
import { expectClose } from '../../support/close.js';
import { bellmanFordCost, networkOf, randomCase } from './random-network.js';

describe('landmark bounds', () => {
  it('are admissible and consistent for every metric, with distances equal to Bellman-Ford', () => {
    fc.assert(
      fc.property(randomCase(10, 24), fc.constantFrom(...ROUTING_METRICS), (randomCaseValue, metric) => {
        const network = networkOf(randomCaseValue);
        const router = createTypedAStarRouter(network);
        const costs = edgeCostTable(network, metric);
        const table = landmarkTable(
          network.nodeCount,
          (source) => router.shortestDistances(source, costs),
          3,
        );
        const keys = network.nodes.map((node) => node.key);
        const truth = keys.map((from) => keys.map((to) => bellmanFordCost(network, from, to, metric)));
        const fromFirst = router.shortestDistances(0, costs);
        keys.forEach((_, v) =>
          expectClose(fromFirst[v]!, truth[0]![v]!, { relative: 1e-12, absolute: 1e-12 }),
        );
        for (let t = 0; t < keys.length; t++) {
          for (let v = 0; v < keys.length; v++) {
            const bound = landmarkBound(table, v, t);
            expect(bound).toBeGreaterThanOrEqual(0);
            if (truth[v]![t]! < Infinity) expect(bound).toBeLessThanOrEqual(truth[v]![t]!);
          }
          for (const edge of network.edges) {
            const cost = costs[edge.index]!;
            if (!(cost < Infinity)) continue;
            const [a, b] = [network.edgeSourceIndex[edge.index]!, network.edgeTargetIndex[edge.index]!];
            if (!(landmarkBound(table, b, t) < Infinity)) continue;
            expect(landmarkBound(table, a, t)).toBeLessThanOrEqual(
              cost + landmarkBound(table, b, t) + 2 * table.slack,
            );
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is exact on a path graph from a landmark at its end, and picks the same landmarks every time', () => {
    const nodes = Array.from({ length: 6 }, (_, i) => ({ key: `n${i}`, kind: 'repeater' as const }));
    const edges = Array.from({ length: 5 }, (_, i) => ({
      key: `e${i}`,
      source: `n${i}`,
      target: `n${i + 1}`,
      kind: 'fibre' as const,
      length: 1000 * (i + 1),
    }));
    const network = buildNetworkGraph({ nodes, edges });
    const router = createTypedAStarRouter(network);
    const costs = edgeCostTable(network, 'length');
    const distancesFrom = (source: number) => router.shortestDistances(source, costs);
    const table = landmarkTable(network.nodeCount, distancesFrom, 2);
    // The first landmark is the node farthest from node 0 (n5), the second the one farthest from n5 (n0).
    expect(Array.from(table.distances.filter((_, i) => i % 2 === 0))).toEqual([
      15000, 14000, 12000, 9000, 5000, 0,
    ]);
    expect(landmarkBound(table, 1, 4)).toBeCloseTo(2000 + 3000 + 4000 - table.slack, 9);
    expect(landmarkTable(network.nodeCount, distancesFrom, 2).distances).toEqual(table.distances);
  });
});
