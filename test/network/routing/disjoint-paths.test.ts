/**
 * Link-disjoint paths: the trap topology where greedy successive routing finds one path but two disjoint
 * paths exist (Suurballe's motivating case), parallel links, and a property test against brute force
 * over all pairs of simple paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph } from '../../../src/network/graph/index.js';
import {
  ROUTING_METRICS,
  createRouter,
  linkDisjointPaths,
  type Path,
} from '../../../src/network/routing/index.js';
import { expectClose } from '../../support/close.js';
import { allSimplePaths, networkOf, randomCase } from './random-network.js';

/** s-a-b-t costs 3 and cuts both s-a-t (4) and s-b-t (4), the only disjoint pair. */
const trap = buildNetworkGraph({
  nodes: ['s', 'a', 'b', 't'].map((key) => ({ key, kind: 'site' })),
  edges: (
    [
      ['s', 'a', 1],
      ['a', 'b', 1],
      ['b', 't', 1],
      ['s', 'b', 3],
      ['a', 't', 3],
    ] as const
  ).map(([source, target, length]) => ({ key: source + target, source, target, kind: 'fibre', length })),
});

function expectDisjoint(paths: readonly Path[]): void {
  const all = paths.flatMap((path) => path.edges);
  expect(new Set(all).size).toBe(all.length);
}

describe('linkDisjointPaths', () => {
  it('min-total-cost finds both disjoint paths of the trap; the greedy method finds one', () => {
    const router = createRouter(trap);
    const optimal = linkDisjointPaths(router, 's', 't', { count: 2, metric: 'length' });
    expect(optimal.map((path) => path.nodes.join(''))).toEqual(['sat', 'sbt']);
    expect(optimal.map((path) => path.cost)).toEqual([4, 4]);
    const greedy = linkDisjointPaths(router, 's', 't', { count: 2, metric: 'length', method: 'successive' });
    expect(greedy.map((path) => path.nodes.join(''))).toEqual(['sabt']);
  });

  it('returns as many paths as exist, cheapest first, and one for count 1', () => {
    const router = createRouter(trap);
    expect(linkDisjointPaths(router, 's', 't', { count: 5, metric: 'length' })).toHaveLength(2);
    expect(linkDisjointPaths(router, 's', 't', { count: 1, metric: 'length' })[0]!.nodes).toEqual([
      's',
      'a',
      'b',
      't',
    ]);
    expect(linkDisjointPaths(router, 's', 's', { count: 3, metric: 'length' })).toEqual([
      { nodes: ['s'], edges: [], cost: 0, length: 0 },
    ]);
  });

  it('uses parallel links as separate links, and honours blocked ones', () => {
    const network = buildNetworkGraph({
      nodes: ['a', 'b'].map((key) => ({ key, kind: 'site' })),
      edges: [1, 2, 3].map((length) => ({
        key: `ab${length}`,
        source: 'a',
        target: 'b',
        kind: 'fibre',
        length,
      })),
    });
    const router = createRouter(network);
    for (const method of ['min-total-cost', 'successive'] as const) {
      expect(
        linkDisjointPaths(router, 'a', 'b', { count: 3, metric: 'length', method }).map((path) => path.edges),
      ).toEqual([['ab1'], ['ab2'], ['ab3']]);
      expect(
        linkDisjointPaths(router, 'a', 'b', { count: 3, metric: 'length', method, blocked: ['ab2'] }).map(
          (p) => p.edges,
        ),
      ).toEqual([['ab1'], ['ab3']]);
    }
    network.blockEdge('ab1');
    expect(
      linkDisjointPaths(router, 'a', 'b', { count: 3, metric: 'length' }).map((path) => path.edges),
    ).toEqual([['ab2'], ['ab3']]);
  });

  it('rejects bad options, naming the field', () => {
    const router = createRouter(trap);
    expect(() => linkDisjointPaths(router, 's', 't', { count: 0, metric: 'length' })).toThrow(/^count:/);
    expect(() => linkDisjointPaths(router, 's', 't', { count: 2, metric: 'cheap' as 'hops' })).toThrow(
      /^metric:/,
    );
    expect(() =>
      linkDisjointPaths(router, 's', 't', { count: 2, metric: 'hops', method: 'x' as 'successive' }),
    ).toThrow(/^method:/);
    expect(() => linkDisjointPaths(router, 's', 'u', { count: 2, metric: 'hops' })).toThrow(/^target:/);
  });

  it('min-total-cost matches brute force over all pairs of simple paths on random multigraphs', () => {
    fc.assert(
      fc.property(randomCase(6, 11), fc.constantFrom(...ROUTING_METRICS), (randomCaseValue, metric) => {
        const network = networkOf(randomCaseValue);
        const { source, target, blocked } = randomCaseValue;
        fc.pre(source !== target);
        const simple = allSimplePaths(network, source, target, metric, blocked);
        let bestPair = Infinity;
        for (let i = 0; i < simple.length; i++) {
          for (let j = i + 1; j < simple.length; j++) {
            const used = new Set(simple[i]!.edges);
            if (simple[j]!.edges.some((edge) => used.has(edge))) continue;
            bestPair = Math.min(bestPair, simple[i]!.cost + simple[j]!.cost);
          }
        }
        const router = createRouter(network);
        const paths = linkDisjointPaths(router, source, target, { count: 2, metric, blocked });
        expectDisjoint(paths);
        const expectedCount = bestPair < Infinity ? 2 : simple.length > 0 ? 1 : 0;
        expect(paths).toHaveLength(expectedCount);
        if (expectedCount === 2)
          expectClose(paths[0]!.cost + paths[1]!.cost, bestPair, { relative: 1e-9, absolute: 1e-9 });
        if (expectedCount === 1) {
          expectClose(paths[0]!.cost, Math.min(...simple.map((path) => path.cost)), {
            relative: 1e-9,
            absolute: 1e-9,
          });
        }
        for (const path of paths) {
          expect(path.nodes[0]).toBe(source);
          expect(path.nodes[path.nodes.length - 1]).toBe(target);
          expect(new Set(path.nodes).size).toBe(path.nodes.length);
          for (const edge of path.edges) expect(blocked).not.toContain(edge);
        }
        const greedy = linkDisjointPaths(router, source, target, {
          count: 2,
          metric,
          blocked,
          method: 'successive',
        });
        expectDisjoint(greedy);
        expect(greedy.length).toBeLessThanOrEqual(paths.length);
      }),
      { numRuns: 300 },
    );
  });
});
