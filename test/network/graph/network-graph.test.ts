/**
 * NetworkGraph: building from input, lookups, parallel edges, great-circle distances between nodes, the
 * blocked set, and validation errors that name the offending path.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  buildNetworkGraph,
  type NetworkEdgeInput,
  type NetworkGraphInput,
} from '../../../src/network/graph/index.js';
import { expectClose } from '../../support/close.js';

const input: NetworkGraphInput = {
  nodes: [
    { key: 'delft', kind: 'endpoint', latitude: 52.0116, longitude: 4.3571 },
    { key: 'hague', kind: 'endpoint', latitude: 52.0705, longitude: 4.3007 },
    { key: 'leiden', kind: 'repeater' },
  ],
  edges: [
    { key: 'f1', source: 'delft', target: 'hague', kind: 'fibre', length: 10_200, fidelity: 0.95, rate: 40 },
    { key: 'f2', source: 'hague', target: 'delft', kind: 'fibre', length: 11_000, successProbability: 0.01 },
    {
      key: 'f3',
      source: 'hague',
      target: 'leiden',
      kind: 'fibre',
      length: 15_000,
      attributes: { preset: 'smf28' },
    },
  ],
};

function withEdge(edge: Partial<NetworkEdgeInput>, index = 0): NetworkGraphInput {
  const edges = [...input.edges];
  edges[index] = { ...edges[index]!, ...edge } as NetworkEdgeInput;
  return { ...input, edges };
}

describe('buildNetworkGraph', () => {
  it('keeps nodes and edges in input order with indices, in a graphology multigraph', () => {
    const network = buildNetworkGraph(input);
    expect(network.nodeCount).toBe(3);
    expect(network.edgeCount).toBe(3);
    expect(network.nodes.map((node) => [node.key, node.index])).toEqual([
      ['delft', 0],
      ['hague', 1],
      ['leiden', 2],
    ]);
    expect(network.graph.multi).toBe(true);
    expect(network.graph.type).toBe('undirected');
    expect(network.graph.size).toBe(3);
    expect(network.graph.getEdgeAttribute('f3', 'length')).toBe(15_000);
    // Built on first read (planning uses the indexed arrays), then the same graph every time.
    expect(network.graph).toBe(network.graph);
    expect(network.graph.order).toBe(network.nodeCount);
    expect(network.edge('f3').attributes).toEqual({ preset: 'smf28' });
    expect(network.node('leiden')).toEqual({ key: 'leiden', kind: 'repeater', index: 2 });
    expect(network.maximumRate).toBe(40);
  });

  it('finds neighbours, incident and parallel edges, and opposite ends', () => {
    const network = buildNetworkGraph(input);
    expect(network.neighbours('hague').sort()).toEqual(['delft', 'leiden']);
    expect(network.neighbours('leiden')).toEqual(['hague']);
    expect(network.incidentEdges('hague')).toEqual(['f1', 'f2', 'f3']);
    expect(network.edgesBetween('delft', 'hague')).toEqual(['f1', 'f2']);
    expect(network.edgesBetween('delft', 'leiden')).toEqual([]);
    expect(network.opposite('delft', 'f2')).toBe('hague');
    expect(() => network.opposite('leiden', 'f1')).toThrow(ParameterError);
    expect(network.hasNode('delft')).toBe(true);
    expect(network.hasEdge('f9')).toBe(false);
  });

  it('measures great-circle distances between nodes with coordinates only', () => {
    const network = buildNetworkGraph(input);
    // Delft to The Hague is about 7.6 km as the crow flies; independent check with the haversine by hand:
    const rad = Math.PI / 180;
    const a =
      Math.sin(((52.0705 - 52.0116) * rad) / 2) ** 2 +
      Math.cos(52.0116 * rad) * Math.cos(52.0705 * rad) * Math.sin(((4.3007 - 4.3571) * rad) / 2) ** 2;
    expectClose(network.greatCircleDistance('delft', 'hague')!, 2 * 6_371_008.8 * Math.asin(Math.sqrt(a)), {
      relative: 1e-12,
    });
    expect(network.greatCircleDistance('delft', 'hague')!).toBeGreaterThan(7_000);
    expect(network.greatCircleDistance('delft', 'hague')!).toBeLessThan(8_000);
    expect(network.greatCircleDistance('delft', 'leiden')).toBeUndefined();
  });

  it('keeps a blocked set of failed links', () => {
    const network = buildNetworkGraph({ ...input, blocked: ['f2'] });
    expect([...network.blockedEdges]).toEqual(['f2']);
    network.blockEdge('f1');
    expect(network.isBlocked('f1')).toBe(true);
    network.unblockEdge('f2');
    expect([...network.blockedEdges]).toEqual(['f1']);
    expect(() => network.blockEdge('f9')).toThrow(/^edgeKey: unknown edge "f9"/);
  });

  it('rejects unknown endpoints, naming edges[i].source or .target with a suggestion', () => {
    expect(() => buildNetworkGraph(withEdge({ source: 'delf' }, 1))).toThrow(ParameterError);
    expect(() => buildNetworkGraph(withEdge({ source: 'delf' }, 1))).toThrow(
      'edges[1].source: unknown node "delf" (did you mean "delft"?)',
    );
    try {
      buildNetworkGraph(withEdge({ target: 'rotterdam' }, 2));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParameterError);
      expect((error as ParameterError).field).toBe('edges[2].target');
    }
  });

  it('rejects bad nodes, naming the field', () => {
    const bad =
      (nodes: unknown[]): (() => unknown) =>
      () =>
        buildNetworkGraph({ nodes: nodes as NetworkGraphInput['nodes'], edges: [] });
    expect(bad([{ key: '', kind: 'x' }])).toThrow(/^nodes\[0\]\.key: must be a non-empty string/);
    expect(
      bad([
        { key: 'a', kind: 'x' },
        { key: 'a', kind: 'y' },
      ]),
    ).toThrow(/^nodes\[1\]\.key: duplicate node key "a"/);
    expect(bad([{ key: 'a' }])).toThrow(/^nodes\[0\]\.kind:/);
    expect(bad([{ key: 'a', kind: 'x', latitude: 91, longitude: 0 }])).toThrow(
      /^nodes\[0\]\.latitude: must be between -90 and 90/,
    );
    expect(bad([{ key: 'a', kind: 'x', latitude: 0, longitude: 200 }])).toThrow(/^nodes\[0\]\.longitude:/);
    expect(bad([{ key: 'a', kind: 'x', latitude: 10 }])).toThrow(
      'nodes[0].longitude: required when latitude is given',
    );
    expect(bad([{ key: 'a', kind: 'x', longitude: Number.NaN }])).toThrow(/^nodes\[0\]\.latitude: required/);
    expect(bad(['a'])).toThrow(/^nodes\[0\]: must be an object/);
    expect(() => buildNetworkGraph({ nodes: 'a' } as unknown as NetworkGraphInput)).toThrow(
      /^nodes: must be an array/,
    );
    expect(() => buildNetworkGraph({ nodes: [], edges: {} } as unknown as NetworkGraphInput)).toThrow(
      /^edges: must be an array/,
    );
  });

  it('rejects bad edges, naming the field', () => {
    expect(() => buildNetworkGraph(withEdge({ length: -1 }))).toThrow(/^edges\[0\]\.length: must be >= 0/);
    expect(() => buildNetworkGraph(withEdge({ length: Number.NaN }))).toThrow(/^edges\[0\]\.length:/);
    expect(() => buildNetworkGraph(withEdge({ successProbability: 1.5 }))).toThrow(
      /^edges\[0\]\.successProbability:/,
    );
    expect(() => buildNetworkGraph(withEdge({ fidelity: -0.1 }))).toThrow(/^edges\[0\]\.fidelity:/);
    expect(() => buildNetworkGraph(withEdge({ rate: -3 }))).toThrow(/^edges\[0\]\.rate:/);
    expect(() => buildNetworkGraph(withEdge({ key: 'f2' }))).toThrow(
      /^edges\[1\]\.key: duplicate edge key "f2"/,
    );
    expect(() => buildNetworkGraph(withEdge({ target: 'delft' }))).toThrow(
      'edges[0].target: must differ from source ("delft")',
    );
    expect(() => buildNetworkGraph(withEdge({ kind: '' }))).toThrow(/^edges\[0\]\.kind:/);
    expect(() => buildNetworkGraph({ ...input, blocked: ['f1', 'f4'] })).toThrow(
      /^blocked\[1\]: unknown edge "f4"/,
    );
  });

  it('accepts zero-length links and an empty graph', () => {
    expect(buildNetworkGraph(withEdge({ length: 0 })).edge('f1').length).toBe(0);
    const empty = buildNetworkGraph({ nodes: [], edges: [] });
    expect(empty.nodeCount).toBe(0);
    expect(empty.maximumRate).toBeUndefined();
  });

  it('rejects lookups of unknown keys, naming the field', () => {
    const network = buildNetworkGraph(input);
    expect(() => network.node('hauge')).toThrow('node: unknown node "hauge" (did you mean "hague"?)');
    expect(() => network.edge('x', 'blocked')).toThrow(/^blocked: unknown edge "x"/);
    expect(() => network.neighbours('nowhere')).toThrow(ParameterError);
    expect(() => network.incidentEdgeIndices(7)).toThrow(/^nodeIndex:/);
  });
});
