/**
 * Routers on hand-made graphs with known answers: every metric, parallel edges, blocked links,
 * avoided nodes, disconnected nodes (with the explanation), and bad queries. Each case runs on the
 * ngraph.path router (auto, A*, NBA*) and on the graphology Dijkstra reference router.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError, UnreachableError } from '../../../src/core/index.js';
import { buildNetworkGraph, type NetworkGraphInput } from '../../../src/network/graph/index.js';
import {
  DIFFERENT_COMPONENTS,
  createReferenceRouter,
  createRouter,
  explainNoRoute,
  fidelityFromFidelityCost,
  requireRoute,
  successFromRateCost,
  type Router,
  type RouteOptions,
} from '../../../src/network/routing/index.js';
import { expectClose } from '../../support/close.js';

/**
 * s-a-t (good, long), s-b-t (short, poor), s-t direct (one hop, poorest), a parallel a-t link that beats
 * the other one on every metric, and an island x-y.
 */
const diamond: NetworkGraphInput = {
  nodes: ['s', 'a', 'b', 't', 'x', 'y'].map((key) => ({ key, kind: 'site' })),
  edges: [
    {
      key: 'sa',
      source: 's',
      target: 'a',
      kind: 'fibre',
      length: 10,
      successProbability: 0.9,
      fidelity: 0.99,
    },
    {
      key: 'at',
      source: 'a',
      target: 't',
      kind: 'fibre',
      length: 10,
      successProbability: 0.9,
      fidelity: 0.99,
    },
    {
      key: 'sb',
      source: 's',
      target: 'b',
      kind: 'fibre',
      length: 5,
      successProbability: 0.5,
      fidelity: 0.95,
    },
    {
      key: 'bt',
      source: 'b',
      target: 't',
      kind: 'fibre',
      length: 5,
      successProbability: 0.5,
      fidelity: 0.95,
    },
    {
      key: 'st',
      source: 's',
      target: 't',
      kind: 'fibre',
      length: 100,
      successProbability: 0.1,
      fidelity: 0.9,
    },
    {
      key: 'at2',
      source: 't',
      target: 'a',
      kind: 'fibre',
      length: 8,
      successProbability: 0.95,
      fidelity: 0.999,
    },
    { key: 'xy', source: 'x', target: 'y', kind: 'fibre', length: 1, successProbability: 1, fidelity: 1 },
  ],
};

const routers: [string, (input: NetworkGraphInput) => Router][] = [
  ['ngraph auto', (input) => createRouter(buildNetworkGraph(input))],
  ['ngraph a-star', (input) => createRouter(buildNetworkGraph(input), { algorithm: 'a-star' })],
  ['ngraph nba', (input) => createRouter(buildNetworkGraph(input), { algorithm: 'nba' })],
  ['graphology dijkstra', (input) => createReferenceRouter(buildNetworkGraph(input))],
];

describe.each(routers)('%s router', (_name, makeRouter) => {
  it('minimises hops: the direct link', () => {
    const path = makeRouter(diamond).route('s', 't', { metric: 'hops' })!;
    expect(path).toEqual({ nodes: ['s', 't'], edges: ['st'], cost: 1, length: 100 });
  });

  it('minimises fibre length: via b', () => {
    const path = makeRouter(diamond).route('s', 't', { metric: 'length' })!;
    expect(path).toEqual({ nodes: ['s', 'b', 't'], edges: ['sb', 'bt'], cost: 10, length: 10 });
  });

  it('maximises the product of per-hop success: via a and the better parallel link', () => {
    const path = makeRouter(diamond).route('s', 't', { metric: 'rate' })!;
    expect(path.edges).toEqual(['sa', 'at2']);
    expectClose(successFromRateCost(path.cost), 0.9 * 0.95, { relative: 1e-12 });
    expect(path.length).toBe(18);
  });

  it('maximises end-to-end Werner parameter: via a and the better parallel link', () => {
    const path = makeRouter(diamond).route('s', 't', { metric: 'fidelity' })!;
    expect(path.edges).toEqual(['sa', 'at2']);
    const w = ((4 * 0.99 - 1) / 3) * ((4 * 0.999 - 1) / 3);
    expectClose(fidelityFromFidelityCost(path.cost), (1 + 3 * w) / 4, { relative: 1e-12 });
  });

  it('picks the best parallel edge for the metric, and the shorter one on a tie', () => {
    const router = makeRouter(diamond);
    expect(router.route('a', 't', { metric: 'length' })!.edges).toEqual(['at2']);
    // Both a-t links are one hop; the shorter one wins the tie.
    expect(router.route('a', 't', { metric: 'hops' })!.edges).toEqual(['at2']);
    expect(router.route('a', 't', { metric: 'hops', blocked: ['at2'] })!.edges).toEqual(['at']);
  });

  it('avoids blocked links, per query and in the network', () => {
    const router = makeRouter(diamond);
    expect(router.route('s', 't', { metric: 'length', blocked: new Set(['bt']) })!.edges).toEqual([
      'sa',
      'at2',
    ]);
    expect(router.route('s', 't', { metric: 'rate', blocked: ['at2'] })!.edges).toEqual(['sa', 'at']);
    router.network.blockEdge('st');
    expect(router.route('s', 't', { metric: 'hops' })!.cost).toBe(2);
    router.network.unblockEdge('st');
    expect(router.route('s', 't', { metric: 'hops' })!.edges).toEqual(['st']);
    // The masks of one query must not leak into the next.
    expect(router.route('s', 't', { metric: 'length' })!.edges).toEqual(['sb', 'bt']);
  });

  it('returns undefined when blocked links cut every route, and explains why', () => {
    const router = makeRouter(diamond);
    const options: RouteOptions = { metric: 'length', blocked: ['sa', 'sb', 'st'] };
    expect(router.route('s', 't', options)).toBeUndefined();
    expect(explainNoRoute(router.network, 's', 't', options)).toBe(
      'no path: every route crosses a blocked link (failed, or unusable)',
    );
  });

  it('avoids nodes', () => {
    const router = makeRouter(diamond);
    expect(router.route('s', 't', { metric: 'length', avoidNodes: ['b'] })!.nodes).toEqual(['s', 'a', 't']);
    expect(router.route('s', 't', { metric: 'rate', avoidNodes: ['a', 'b'] })!.edges).toEqual(['st']);
    expect(router.route('s', 't', { metric: 'rate', avoidNodes: ['s'] })).toBeUndefined();
  });

  it('returns undefined between components, and explains why', () => {
    const router = makeRouter(diamond);
    expect(router.route('s', 'x', { metric: 'hops' })).toBeUndefined();
    expect(router.route('y', 'a', { metric: 'length' })).toBeUndefined();
    expect(explainNoRoute(router.network, 's', 'x', { metric: 'hops' })).toBe(DIFFERENT_COMPONENTS);
    expect(DIFFERENT_COMPONENTS).toBe('no path: nodes are in different components');
    expect(() => requireRoute(router, 's', 'x', { metric: 'hops' })).toThrow(UnreachableError);
    expect(() => requireRoute(router, 's', 'x', { metric: 'hops' })).toThrow(
      's -> x: no path: nodes are in different components',
    );
    expect(requireRoute(router, 's', 't', { metric: 'hops' }).edges).toEqual(['st']);
  });

  it('returns the one-node path from a node to itself', () => {
    expect(makeRouter(diamond).route('x', 'x', { metric: 'fidelity' })).toEqual({
      nodes: ['x'],
      edges: [],
      cost: 0,
      length: 0,
    });
  });

  it('skips links unusable for the metric, and explains why when nothing is left', () => {
    const input: NetworkGraphInput = {
      nodes: ['p', 'q', 'r'].map((key) => ({ key, kind: 'site' })),
      edges: [
        { key: 'pq', source: 'p', target: 'q', kind: 'fibre', length: 1, fidelity: 0.25, rate: 0 },
        { key: 'pq2', source: 'p', target: 'q', kind: 'fibre', length: 9, fidelity: 0.6, rate: 50 },
        { key: 'qr', source: 'q', target: 'r', kind: 'fibre', length: 1, fidelity: 0.2 },
      ],
    };
    const router = makeRouter(input);
    expect(router.route('p', 'q', { metric: 'fidelity' })!.edges).toEqual(['pq2']);
    expect(router.route('p', 'q', { metric: 'rate' })!).toEqual({
      nodes: ['p', 'q'],
      edges: ['pq2'],
      cost: 0,
      length: 9,
    });
    expect(router.route('p', 'q', { metric: 'length' })!.edges).toEqual(['pq']);
    expect(router.route('p', 'r', { metric: 'fidelity' })).toBeUndefined();
    expect(router.route('p', 'r', { metric: 'rate' })).toBeUndefined();
    expect(explainNoRoute(router.network, 'p', 'r', { metric: 'fidelity' })).toBe(
      'no path: every route crosses a link unusable for metric "fidelity" (no fidelity, or fidelity <= 1/4)',
    );
    expect(explainNoRoute(router.network, 'p', 'r', { metric: 'length' })).toBeUndefined();
  });

  it('rejects bad queries, naming the field', () => {
    const router = makeRouter(diamond);
    const field = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        return (error as ParameterError).field;
      }
      throw new Error('expected a ParameterError');
    };
    expect(field(() => router.route('s', 'tt', { metric: 'hops' }))).toBe('target');
    expect(field(() => router.route('q', 't', { metric: 'hops' }))).toBe('source');
    expect(field(() => router.route('s', 't', { metric: 'speed' as 'hops' }))).toBe('metric');
    expect(field(() => router.route('s', 't', { metric: 'hops', blocked: ['zz'] }))).toBe('blocked');
    expect(
      field(() => router.route('s', 't', { metric: 'hops', blocked: 'sa' as unknown as string[] })),
    ).toBe('blocked');
    expect(field(() => router.route('s', 't', { metric: 'hops', avoidNodes: ['zz'] }))).toBe('avoidNodes');
    expect(field(() => router.route('s', 't', undefined as unknown as RouteOptions))).toBe('options');
  });
});

describe('createRouter', () => {
  it('uses the great-circle heuristic for length when every node has coordinates, NBA* by default', () => {
    const network = buildNetworkGraph({
      nodes: [
        { key: 'a', kind: 'site', latitude: 0, longitude: 0 },
        { key: 'b', kind: 'site', latitude: 0, longitude: 1 },
      ],
      edges: [{ key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: 200_000 }],
    });
    const router = createRouter(network);
    expect(router.heuristicFactor).toBeCloseTo(1, 8);
    expect(router.resolvedAlgorithm).toBe('nba');
    expect(createRouter(network, { algorithm: 'a-star' }).resolvedAlgorithm).toBe('a-star');
  });

  it('shrinks the heuristic for links drawn shorter than the geodesic, and drops it without coordinates', () => {
    const geodesic = (6_371_008.8 * Math.PI) / 180;
    const short = buildNetworkGraph({
      nodes: [
        { key: 'a', kind: 'site', latitude: 0, longitude: 0 },
        { key: 'b', kind: 'site', latitude: 0, longitude: 1 },
      ],
      edges: [{ key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: geodesic / 2 }],
    });
    expectClose(createRouter(short).heuristicFactor, 0.5, { relative: 1e-8 });
    const partial = buildNetworkGraph({
      nodes: [
        { key: 'a', kind: 'site', latitude: 0, longitude: 0 },
        { key: 'b', kind: 'site' },
      ],
      edges: [{ key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: 1 }],
    });
    expect(createRouter(partial).heuristicFactor).toBe(0);
    const zeroLength = buildNetworkGraph({
      nodes: [
        { key: 'a', kind: 'site', latitude: 0, longitude: 0 },
        { key: 'b', kind: 'site', latitude: 0, longitude: 1 },
        { key: 'c', kind: 'site', latitude: 0, longitude: 1 },
      ],
      edges: [
        { key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: 0 },
        { key: 'bc', source: 'b', target: 'c', kind: 'fibre', length: 0 },
      ],
    });
    expect(createRouter(zeroLength).heuristicFactor).toBe(0);
    expect(createRouter(zeroLength).route('a', 'c', { metric: 'length' })).toEqual({
      nodes: ['a', 'b', 'c'],
      edges: ['ab', 'bc'],
      cost: 0,
      length: 0,
    });
  });

  it('rejects an unknown algorithm', () => {
    expect(() => createRouter(buildNetworkGraph(diamond), { algorithm: 'bfs' as 'nba' })).toThrow(
      /^algorithm:/,
    );
  });
});
