/**
 * Per-hop metric costs: hand values, the swapping values of physics.md §3 (Werner parameters multiply),
 * unusable hops, and properties (non-negative, never NaN, monotone in the hop's quality).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import { buildNetworkGraph, type NetworkEdge } from '../../../src/network/graph/index.js';
import {
  edgeCost,
  edgeCostTable,
  fidelityFromFidelityCost,
  pathFromEdgeKeys,
  requireRoutingMetric,
  successFromRateCost,
  unusableEdgeRule,
} from '../../../src/network/routing/index.js';
import { expectClose } from '../../support/close.js';

function edge(fields: Partial<NetworkEdge>): NetworkEdge {
  return { key: 'e', source: 'a', target: 'b', kind: 'fibre', length: 1000, index: 0, ...fields };
}

describe('edgeCost', () => {
  it('counts hops and metres', () => {
    expect(edgeCost(edge({}), 'hops', undefined)).toBe(1);
    expect(edgeCost(edge({ length: 25_000 }), 'length', undefined)).toBe(25_000);
  });

  it("is -ln p for 'rate', preferring successProbability over a normalised rate", () => {
    expectClose(edgeCost(edge({ successProbability: 0.5 }), 'rate', 100), Math.LN2, { relative: 1e-15 });
    expectClose(edgeCost(edge({ successProbability: 0.5, rate: 10 }), 'rate', 10), Math.LN2, {
      relative: 1e-15,
    });
    expectClose(edgeCost(edge({ rate: 25 }), 'rate', 100), Math.log(4), { relative: 1e-15 });
    expect(Object.is(edgeCost(edge({ rate: 100 }), 'rate', 100), 0)).toBe(true);
    expect(Object.is(edgeCost(edge({ successProbability: 1 }), 'rate', undefined), 0)).toBe(true);
  });

  it("is -ln w with w = (4F-1)/3 for 'fidelity'", () => {
    expectClose(edgeCost(edge({ fidelity: 0.9 }), 'fidelity', undefined), -Math.log(2.6 / 3), {
      relative: 1e-14,
    });
    expect(Object.is(edgeCost(edge({ fidelity: 1 }), 'fidelity', undefined), 0)).toBe(true);
  });

  it('makes hops unusable (+Infinity) when the metric has no usable data', () => {
    for (const fields of [{}, { successProbability: 0 }, { rate: 0 }]) {
      expect(edgeCost(edge(fields), 'rate', 100)).toBe(Infinity);
    }
    expect(edgeCost(edge({ rate: 10 }), 'rate', undefined)).toBe(Infinity);
    for (const fidelity of [undefined, 0, 0.2, 0.25]) {
      expect(edgeCost(edge(fidelity === undefined ? {} : { fidelity }), 'fidelity', undefined)).toBe(
        Infinity,
      );
    }
    expect(unusableEdgeRule('fidelity')).toContain('1/4');
    expect(unusableEdgeRule('hops')).toBe('');
  });

  it('reproduces physics.md §3 swapping values through path costs (w multiplies)', () => {
    // Two hops at F = 0.9 -> 0.813333; four hops at 0.95 -> 0.819126 (physics.md §3, computed).
    expectClose(
      fidelityFromFidelityCost(2 * edgeCost(edge({ fidelity: 0.9 }), 'fidelity', undefined)),
      0.813333,
      {
        absolute: 5e-7,
      },
    );
    const network = buildNetworkGraph({
      nodes: ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, kind: 'site' })),
      edges: ['ab', 'bc', 'cd', 'de'].map((key) => ({
        key,
        source: key[0]!,
        target: key[1]!,
        kind: 'fibre',
        length: 1,
        fidelity: 0.95,
      })),
    });
    const path = pathFromEdgeKeys(network, 'a', ['ab', 'bc', 'cd', 'de'], 'fidelity');
    expect(path.nodes).toEqual(['a', 'b', 'c', 'd', 'e']);
    expectClose(fidelityFromFidelityCost(path.cost), 0.819126, { absolute: 5e-7 });
    expectClose(successFromRateCost(Math.LN2 * 3), 0.125, { relative: 1e-14 });
    expect(fidelityFromFidelityCost(Infinity)).toBe(0.25);
  });

  it('is non-negative, never NaN, and falls as the hop gets better', () => {
    const quality = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(quality, quality, (q1, q2) => {
        const [low, high] = q1 <= q2 ? [q1, q2] : [q2, q1];
        for (const [metric, field] of [
          ['rate', 'successProbability'],
          ['fidelity', 'fidelity'],
        ] as const) {
          const costLow = edgeCost(edge({ [field]: low }), metric, undefined);
          const costHigh = edgeCost(edge({ [field]: high }), metric, undefined);
          expect(Number.isNaN(costLow) || Number.isNaN(costHigh)).toBe(false);
          expect(costHigh).toBeGreaterThanOrEqual(0);
          expect(costHigh).toBeLessThanOrEqual(costLow);
        }
      }),
    );
  });

  it('builds a table over the network with its maximum rate', () => {
    const network = buildNetworkGraph({
      nodes: ['a', 'b'].map((key) => ({ key, kind: 'site' })),
      edges: [
        { key: 'x', source: 'a', target: 'b', kind: 'fibre', length: 1, rate: 10 },
        { key: 'y', source: 'a', target: 'b', kind: 'fibre', length: 1, rate: 40 },
      ],
    });
    const table = edgeCostTable(network, 'rate');
    expectClose(table[0]!, Math.log(4), { relative: 1e-15 });
    expect(table[1]).toBe(0);
  });

  it('rejects unknown metrics and broken walks, naming the field', () => {
    expect(requireRoutingMetric('metric', 'fidelity')).toBe('fidelity');
    expect(() => requireRoutingMetric('metric', 'latency')).toThrow(ParameterError);
    expect(() => requireRoutingMetric('metric', 'latency')).toThrow(
      'metric: must be one of hops, length, rate, fidelity (got "latency")',
    );
    const network = buildNetworkGraph({
      nodes: ['a', 'b', 'c'].map((key) => ({ key, kind: 'site' })),
      edges: [{ key: 'bc', source: 'b', target: 'c', kind: 'fibre', length: 1 }],
    });
    expect(() => pathFromEdgeKeys(network, 'a', ['bc'], 'hops')).toThrow(
      'edges: edge "bc" does not start at "a"',
    );
  });
});
