/**
 * Connected components: islands, blocked links splitting a component, parallel edges, and filters.
 */
import { describe, expect, it } from 'vitest';
import {
  buildNetworkGraph,
  componentLabels,
  connectedComponents,
  inSameComponent,
} from '../../../src/network/graph/index.js';

function network() {
  return buildNetworkGraph({
    nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({ key, kind: 'site' })),
    edges: [
      { key: 'ab1', source: 'a', target: 'b', kind: 'fibre', length: 1 },
      { key: 'ab2', source: 'b', target: 'a', kind: 'fibre', length: 2, fidelity: 0.9 },
      { key: 'bc', source: 'b', target: 'c', kind: 'fibre', length: 1 },
      { key: 'de', source: 'd', target: 'e', kind: 'fibre', length: 1 },
    ],
  });
}

describe('connected components', () => {
  it('lists components largest first, nodes in input order, isolated nodes alone', () => {
    expect(connectedComponents(network())).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    expect([...componentLabels(network())]).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('ignores blocked links only when asked', () => {
    const graph = network();
    graph.blockEdge('bc');
    expect(connectedComponents(graph)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    expect(connectedComponents(graph, { excludeBlocked: true })).toEqual([
      ['a', 'b'],
      ['d', 'e'],
      ['c'],
      ['f'],
    ]);
  });

  it('needs every parallel edge removed to split a pair', () => {
    const graph = network();
    expect(inSameComponent(graph, 'a', 'b', { excludeEdges: ['ab1'] })).toBe(true);
    expect(inSameComponent(graph, 'a', 'b', { excludeEdges: ['ab1', 'ab2'] })).toBe(false);
    expect(inSameComponent(graph, 'a', 'b', { edgeFilter: (edge) => edge.fidelity !== undefined })).toBe(
      true,
    );
    expect(inSameComponent(graph, 'a', 'c', { edgeFilter: (edge) => edge.fidelity !== undefined })).toBe(
      false,
    );
    expect(inSameComponent(graph, 'a', 'd')).toBe(false);
    expect(inSameComponent(graph, 'f', 'f')).toBe(true);
  });

  it('names the unknown node', () => {
    expect(() => inSameComponent(network(), 'a', 'z')).toThrow(/^b: unknown node "z"/);
  });
});
