/**
 * The flat-array A* router (typed-a-star-router.ts) and the great-circle heuristics of the 'rate' and
 * 'fidelity' metrics (issue 3): on random small multigraphs it finds graphology Dijkstra's optimal cost for
 * every metric, with blocked links and avoided nodes; the heuristic never exceeds the optimal cost; a shared
 * router leaks no state between queries; and the cost-per-metre factor on hand-made networks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph } from '../../../src/network/graph/index.js';
import {
  ROUTING_METRICS,
  costPerGreatCircleMetre,
  createReferenceRouter,
  createRouter,
  createTypedAStarRouter,
  edgeCostTable,
  pathFromEdgeKeys,
} from '../../../src/network/routing/index.js';
import { expectClose } from '../../support/close.js';
import { bellmanFordCost, expectNoStateLeak, networkOf, randomCase } from './random-network.js';

const tolerance = { relative: 1e-9, absolute: 1e-9 };

describe('typed A* router on random multigraphs', () => {
  it('finds the optimal cost of graphology Dijkstra for every metric, with valid paths', () => {
    fc.assert(
      fc.property(randomCase(), fc.constantFrom(...ROUTING_METRICS), (randomCaseValue, metric) => {
        const network = networkOf(randomCaseValue);
        const { source, target, blocked, avoidNodes } = randomCaseValue;
        const options = { metric, blocked, avoidNodes };
        const reference = createReferenceRouter(network).route(source, target, options);
        const path = createTypedAStarRouter(network).route(source, target, options);
        if (reference === undefined) {
          expect(path).toBeUndefined();
          return;
        }
        expect(path).toBeDefined();
        expectClose(path!.cost, reference.cost, tolerance);
        expect(path!.nodes[0]).toBe(source);
        expect(path!.nodes[path!.nodes.length - 1]).toBe(target);
        expect(new Set(path!.nodes).size).toBe(path!.nodes.length);
        for (const key of path!.edges) expect(blocked).not.toContain(key);
        for (const node of path!.nodes) if (node !== source) expect(avoidNodes).not.toContain(node);
        const recomputed = pathFromEdgeKeys(network, source, path!.edges, metric);
        expect(recomputed.cost).toBe(path!.cost);
        expect(recomputed.length).toBe(path!.length);
      }),
      { numRuns: 500 },
    );
  });

  it("never lets the 'rate' and 'fidelity' heuristics exceed the optimal cost (admissible)", () => {
    fc.assert(
      fc.property(
        randomCase(10, 25),
        fc.constantFrom('rate', 'fidelity' as const),
        (randomCaseValue, metric) => {
          const network = networkOf(randomCaseValue);
          const { source, target } = randomCaseValue;
          const factor = costPerGreatCircleMetre(network, edgeCostTable(network, metric));
          expect(factor).toBeGreaterThanOrEqual(0);
          const optimal = bellmanFordCost(network, source, target, metric);
          if (factor > 0 && optimal < Infinity) {
            expect(factor * network.greatCircleDistance(source, target)!).toBeLessThanOrEqual(
              optimal * (1 + 1e-12),
            );
          }
          // ngraph's A* and NBA* with the heuristic also keep Dijkstra's cost.
          for (const algorithm of ['a-star', 'nba'] as const) {
            const path = createRouter(network, { algorithm }).route(source, target, { metric });
            if (optimal === Infinity) expect(path).toBeUndefined();
            else expectClose(path!.cost, optimal, tolerance);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers many queries on one router like fresh reference routers (no state leaks)', () => {
    expectNoStateLeak(createTypedAStarRouter, 'avoidNodes');
  });
});

describe('costPerGreatCircleMetre', () => {
  const nodes = [
    { key: 'a', kind: 'site', latitude: 50, longitude: 10 },
    { key: 'b', kind: 'site', latitude: 50, longitude: 11 },
    { key: 'c', kind: 'site', latitude: 50, longitude: 13 },
  ];

  it('is the smallest cost per geodesic metre of any usable edge, less a 1e-9 margin', () => {
    const network = buildNetworkGraph({
      nodes,
      edges: [
        { key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: 80e3, successProbability: 0.5 },
        { key: 'bc', source: 'b', target: 'c', kind: 'fibre', length: 150e3, successProbability: 0.5 },
        { key: 'dead', source: 'a', target: 'c', kind: 'fibre', length: 300e3, successProbability: 0 },
      ],
    });
    const expected = Math.log(2) / network.greatCircleDistance('b', 'c')!;
    expectClose(costPerGreatCircleMetre(network, edgeCostTable(network, 'rate')), expected * (1 - 1e-9), {
      relative: 1e-12,
    });
  });

  it('is 0 (no heuristic) for a zero-cost edge or a node without coordinates', () => {
    const free = buildNetworkGraph({
      nodes,
      edges: [{ key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: 80e3, successProbability: 1 }],
    });
    expect(costPerGreatCircleMetre(free, edgeCostTable(free, 'rate'))).toBe(0);
    const partial = buildNetworkGraph({
      nodes: [...nodes, { key: 'd', kind: 'site' }],
      edges: [{ key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: 80e3, successProbability: 0.5 }],
    });
    expect(costPerGreatCircleMetre(partial, edgeCostTable(partial, 'rate'))).toBe(0);
  });
});
