/**
 * Explanations of missing routes, checked in the order they are tried: separate components, failed
 * links, links unusable for the metric, avoided nodes; and undefined when a route exists.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import { buildNetworkGraph } from '../../../src/network/graph/index.js';
import { DIFFERENT_COMPONENTS, explainNoRoute } from '../../../src/network/routing/index.js';

/** a-b-c in a line (b-c has no fidelity), and d alone. */
function line() {
  return buildNetworkGraph({
    nodes: ['a', 'b', 'c', 'd'].map((key) => ({ key, kind: 'site' })),
    edges: [
      { key: 'ab', source: 'a', target: 'b', kind: 'fibre', length: 1, fidelity: 0.9 },
      { key: 'bc', source: 'b', target: 'c', kind: 'fibre', length: 1 },
    ],
  });
}

describe('explainNoRoute', () => {
  it('reports separate components first', () => {
    expect(explainNoRoute(line(), 'a', 'd', { metric: 'fidelity', blocked: ['ab'] })).toBe(
      DIFFERENT_COMPONENTS,
    );
  });

  it('reports failed links, from the network or the query', () => {
    const network = line();
    expect(explainNoRoute(network, 'a', 'c', { metric: 'hops', blocked: ['bc'] })).toMatch(
      /blocked link \(failed, or unusable\)/,
    );
    network.blockEdge('ab');
    expect(explainNoRoute(network, 'a', 'c', { metric: 'hops' })).toMatch(
      /blocked link \(failed, or unusable\)/,
    );
  });

  it('reports links unusable for the metric', () => {
    expect(explainNoRoute(line(), 'a', 'c', { metric: 'rate' })).toBe(
      'no path: every route crosses a link unusable for metric "rate" (no successProbability or rate, or a zero one)',
    );
  });

  it('reports avoided nodes', () => {
    expect(explainNoRoute(line(), 'a', 'c', { metric: 'hops', avoidNodes: ['b'] })).toBe(
      'no path: every route passes through an avoided node',
    );
    expect(explainNoRoute(line(), 'a', 'c', { metric: 'hops', avoidNodes: ['c'] })).toBe(
      'no path: the source or target is an avoided node',
    );
  });

  it('returns undefined when a route exists', () => {
    expect(explainNoRoute(line(), 'a', 'c', { metric: 'length' })).toBeUndefined();
    expect(explainNoRoute(line(), 'd', 'd', { metric: 'fidelity' })).toBeUndefined();
  });

  it('validates the query like a router', () => {
    expect(() => explainNoRoute(line(), 'a', 'e', { metric: 'hops' })).toThrow(ParameterError);
    expect(() => explainNoRoute(line(), 'a', 'c', { metric: 'hops', blocked: ['zz'] })).toThrow(/^blocked:/);
  });
});
