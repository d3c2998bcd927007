/**
 * Property tests on random small multigraphs: the ngraph.path router (A*, NBA*, auto) finds the same
 * optimal cost as graphology's Dijkstra and as an independent Bellman-Ford oracle, for every metric, with
 * blocked links and avoided nodes; and every path it returns is a valid, simple, unblocked walk whose cost
 * and length add up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ROUTING_METRICS,
  createReferenceRouter,
  createRouter,
  pathFromEdgeKeys,
  type Path,
  type RoutingMetric,
} from '../../../src/network/routing/index.js';
import type { NetworkGraph } from '../../../src/network/graph/index.js';
import { expectClose } from '../../support/close.js';
import { bellmanFordCost, expectNoStateLeak, networkOf, randomCase } from './random-network.js';

const tolerance = { relative: 1e-9, absolute: 1e-9 };

function expectValidPath(
  network: NetworkGraph,
  path: Path,
  source: string,
  target: string,
  metric: RoutingMetric,
  blocked: readonly string[],
  avoidNodes: readonly string[],
): void {
  expect(path.nodes[0]).toBe(source);
  expect(path.nodes[path.nodes.length - 1]).toBe(target);
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  expect(new Set(path.nodes).size).toBe(path.nodes.length);
  for (const key of path.edges) {
    expect(blocked).not.toContain(key);
    expect(network.blockedEdges.has(key)).toBe(false);
  }
  for (const node of path.nodes) expect(avoidNodes).not.toContain(node);
  const recomputed = pathFromEdgeKeys(network, source, path.edges, metric);
  expect(recomputed.nodes).toEqual(path.nodes);
  expect(recomputed.cost).toBe(path.cost);
  expect(recomputed.length).toBe(path.length);
  expect(Number.isFinite(path.cost)).toBe(true);
  expect(path.cost).toBeGreaterThanOrEqual(0);
}

describe('routers on random multigraphs', () => {
  it('ngraph A*, NBA* and auto agree with graphology Dijkstra and Bellman-Ford for every metric', () => {
    fc.assert(
      fc.property(randomCase(), fc.constantFrom(...ROUTING_METRICS), (randomCaseValue, metric) => {
        const network = networkOf(randomCaseValue);
        const { source, target, blocked, avoidNodes } = randomCaseValue;
        const options = { metric, blocked, avoidNodes };
        const reference = createReferenceRouter(network).route(source, target, options);
        const oracle = bellmanFordCost(network, source, target, metric, blocked, avoidNodes);
        if (reference === undefined) expect(oracle).toBe(Infinity);
        else expectClose(reference.cost, oracle, tolerance);
        for (const algorithm of ['auto', 'a-star', 'nba'] as const) {
          const path = createRouter(network, { algorithm }).route(source, target, options);
          if (reference === undefined) {
            expect(path).toBeUndefined();
            continue;
          }
          expect(path).toBeDefined();
          expectClose(path!.cost, reference.cost, tolerance);
          expectValidPath(network, path!, source, target, metric, blocked, avoidNodes);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('one router answers many queries on the same network like fresh routers (no state leaks)', () => {
    expectNoStateLeak((network) => createRouter(network), 'blocked');
  });

  it('uses the geodesic lower bound only where it is admissible (length metric with coordinates)', () => {
    fc.assert(
      fc.property(randomCase(10, 25), (randomCaseValue) => {
        const network = networkOf(randomCaseValue);
        const router = createRouter(network, { algorithm: 'a-star' });
        const { source, target } = randomCaseValue;
        const path = router.route(source, target, { metric: 'length' });
        const oracle = bellmanFordCost(network, source, target, 'length');
        if (path === undefined) expect(oracle).toBe(Infinity);
        else expectClose(path.cost, oracle, tolerance);
        if (router.heuristicFactor > 0 && path) {
          expect(path.length).toBeGreaterThanOrEqual(
            router.heuristicFactor * network.greatCircleDistance(source, target)!,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
