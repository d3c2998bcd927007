/**
 * Yen's k shortest simple paths: the undirected form of the textbook example (Wikipedia "Yen's algorithm",
 * C..H), parallel links as distinct paths, blocked links, and a property test against brute-force
 * enumeration of every simple path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph } from '../../../src/network/graph/index.js';
import {
  ROUTING_METRICS,
  createReferenceRouter,
  createRouter,
  kShortestPaths,
} from '../../../src/network/routing/index.js';
import { expectClose } from '../../support/close.js';
import { allSimplePaths, networkOf, randomCase } from './random-network.js';

const yenExample = buildNetworkGraph({
  nodes: ['C', 'D', 'E', 'F', 'G', 'H'].map((key) => ({ key, kind: 'site' })),
  edges: (
    [
      ['C', 'D', 3],
      ['C', 'E', 2],
      ['D', 'F', 4],
      ['E', 'D', 1],
      ['E', 'F', 2],
      ['E', 'G', 3],
      ['F', 'G', 2],
      ['F', 'H', 1],
      ['G', 'H', 2],
    ] as const
  ).map(([source, target, length]) => ({ key: source + target, source, target, kind: 'fibre', length })),
});

describe('kShortestPaths (Yen)', () => {
  it('lists the 13 simple C-H paths of the undirected textbook graph in cost order', () => {
    const paths = kShortestPaths(createRouter(yenExample), 'C', 'H', { k: 20, metric: 'length' });
    expect(paths.map((path) => [path.cost, path.nodes.join('')])).toEqual([
      [5, 'CEFH'],
      [7, 'CEGH'],
      [7, 'CDEFH'],
      [8, 'CDFH'],
      [8, 'CEDFH'],
      [8, 'CEFGH'],
      [8, 'CEGFH'],
      [9, 'CDEGH'],
      [10, 'CDEFGH'],
      [10, 'CDEGFH'],
      [11, 'CDFGH'],
      [11, 'CEDFGH'],
      [14, 'CDFEGH'],
    ]);
    expect(paths.every((path) => path.length === path.cost)).toBe(true);
  });

  it('stops at k, and the first path is the optimal route', () => {
    const router = createRouter(yenExample);
    const paths = kShortestPaths(router, 'C', 'H', { k: 3, metric: 'hops' });
    expect(paths.map((path) => path.cost)).toEqual([3, 3, 3]);
    expect(paths[0]).toEqual(router.route('C', 'H', { metric: 'hops' }));
  });

  it('treats parallel links as distinct paths and honours blocked links', () => {
    const network = buildNetworkGraph({
      nodes: ['a', 'b', 'c'].map((key) => ({ key, kind: 'site' })),
      edges: [
        { key: 'ab1', source: 'a', target: 'b', kind: 'fibre', length: 1 },
        { key: 'ab2', source: 'a', target: 'b', kind: 'fibre', length: 2 },
        { key: 'bc', source: 'b', target: 'c', kind: 'fibre', length: 1 },
        { key: 'ac', source: 'a', target: 'c', kind: 'fibre', length: 10 },
      ],
    });
    const router = createRouter(network);
    expect(kShortestPaths(router, 'a', 'c', { k: 5, metric: 'length' }).map((path) => path.edges)).toEqual([
      ['ab1', 'bc'],
      ['ab2', 'bc'],
      ['ac'],
    ]);
    expect(
      kShortestPaths(router, 'a', 'c', { k: 5, metric: 'length', blocked: ['ab1'] }).map(
        (path) => path.edges,
      ),
    ).toEqual([['ab2', 'bc'], ['ac']]);
    expect(kShortestPaths(router, 'a', 'a', { k: 5, metric: 'length' })).toEqual([
      { nodes: ['a'], edges: [], cost: 0, length: 0 },
    ]);
  });

  it('returns no paths between components and rejects a bad k', () => {
    const network = buildNetworkGraph({
      nodes: [
        { key: 'a', kind: 'site' },
        { key: 'b', kind: 'site' },
      ],
      edges: [],
    });
    expect(kShortestPaths(createRouter(network), 'a', 'b', { k: 2, metric: 'hops' })).toEqual([]);
    expect(() => kShortestPaths(createRouter(network), 'a', 'b', { k: 0, metric: 'hops' })).toThrow(
      /^k: must be an integer >= 1/,
    );
    expect(() => kShortestPaths(createRouter(network), 'a', 'b', { k: 1.5, metric: 'hops' })).toThrow(/^k:/);
    expect(() => kShortestPaths(createRouter(network), 'a', 'b', { k: 1, metric: 'x' as 'hops' })).toThrow(
      /^metric:/,
    );
  });

  it('matches brute-force enumeration of simple paths on random multigraphs (both routers)', () => {
    fc.assert(
      fc.property(
        randomCase(7, 12),
        fc.constantFrom(...ROUTING_METRICS),
        fc.integer({ min: 1, max: 8 }),
        (randomCaseValue, metric, k) => {
          const network = networkOf(randomCaseValue);
          const { source, target, blocked } = randomCaseValue;
          const expected = allSimplePaths(network, source, target, metric, blocked)
            .map((path) => path.cost)
            .sort((a, b) => a - b)
            .slice(0, k);
          for (const router of [createRouter(network), createReferenceRouter(network)]) {
            const paths = kShortestPaths(router, source, target, { k, metric, blocked });
            expect(paths).toHaveLength(expected.length);
            paths.forEach((path, i) =>
              expectClose(path.cost, expected[i]!, { relative: 1e-9, absolute: 1e-9 }),
            );
            expect(new Set(paths.map((path) => path.edges.join(','))).size).toBe(paths.length);
            for (const path of paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
