/**
 * Min-cut values by push-relabel (min-cut-values.ts, push-relabel.ts; issue 3): the same numbers as the Dinic
 * min cuts of min-cut-bounds.ts — bit for bit on random graphs with real-valued capacities (unique minimum
 * cuts), to rounding on integer capacities (ties) — on hand-computed networks, isolated nodes, reused pairs,
 * a random geometric network of 400 nodes, and bad input naming the field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterErrorField } from '../../support/field-of.js';
import { createRng } from '../../../src/core/index.js';
import {
  createFlowNetwork,
  minCutBounds,
  minCutOf,
  minCutValues,
  type CapacityEdge,
} from '../../../src/network/bounds/index.js';
import { expectClose } from '../../support/close.js';

const EDGES: CapacityEdge[] = [
  { key: 'trunk', from: 'north', to: 'south', capacity: 4 },
  { key: 'detour 1', from: 'north', to: 'hub', capacity: 1 },
  { key: 'detour 2', from: 'hub', to: 'south', capacity: 3 },
  { key: 'spur', from: 'south', to: 'village', capacity: 0.5 },
];

describe('minCutValues', () => {
  it('gives the hand-computed cuts, 0 to an isolated end, and one value to a reversed pair', () => {
    const demands = [
      { key: 'cities', source: 'north', target: 'south' },
      { key: 'village', source: 'north', target: 'village' },
      { key: 'hub', source: 'hub', target: 'south' },
      { key: 'back', source: 'south', target: 'north' },
      { key: 'lighthouse', source: 'north', target: 'lighthouse' },
    ];
    expect(minCutValues(EDGES, demands, ['lighthouse'])).toEqual([5, 0.5, 4, 5, 0]);
  });

  it('equals the Dinic bound on small random graphs (bit for bit with real capacities)', () => {
    const graphs = fc.tuple(
      fc.integer({ min: 2, max: 9 }),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(graphs, ([nodeCount, seed, integral]) => {
        const rng = createRng(seed);
        const nodes = Array.from({ length: nodeCount }, (_, n) => `v${n}`);
        const edges: CapacityEdge[] = Array.from({ length: rng.nextInt(0, nodeCount * 3) }, (_, i) => ({
          key: `e${i}`,
          from: nodes[rng.nextInt(0, nodeCount - 1)]!,
          to: nodes[rng.nextInt(0, nodeCount - 1)]!,
          capacity: integral ? rng.nextInt(0, 10) : rng.nextFloat() * 10,
        }));
        const demands = Array.from({ length: 4 }, (_, i) => {
          const source = rng.nextInt(0, nodeCount - 1);
          let target = rng.nextInt(0, nodeCount - 2);
          if (target >= source) target++;
          return { key: `d${i}`, source: nodes[source]!, target: nodes[target]! };
        });
        const expected = minCutBounds(edges, demands, nodes).map((bound) => bound.bound);
        const actual = minCutValues(edges, demands, nodes);
        actual.forEach((value, i) => {
          if (integral) expectClose(value, expected[i]!, { relative: 1e-12, absolute: 1e-12 });
          else expect(value).toBe(expected[i]);
        });
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('equals the Dinic cut on a random geometric network of 400 nodes', () => {
    const rng = createRng(2024);
    const count = 400;
    const x = Array.from({ length: count }, () => rng.nextFloat());
    const y = Array.from({ length: count }, () => rng.nextFloat());
    const edges: CapacityEdge[] = [];
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const distance = Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);
        // Capacity falls exponentially with length, like a PLOB bound of fibre.
        if (distance < 0.08)
          edges.push({ key: `${i}-${j}`, from: `n${i}`, to: `n${j}`, capacity: Math.exp(-40 * distance) });
      }
    }
    const nodes = Array.from({ length: count }, (_, i) => `n${i}`);
    const demands = Array.from({ length: 30 }, (_, i) => ({
      key: `d${i}`,
      source: `n${(7 * i) % count}`,
      target: `n${(13 * i + 200) % count}`,
    }));
    const network = createFlowNetwork(edges, nodes);
    const expected = demands.map((demand) => minCutOf(network, demand.source, demand.target).value);
    expect(minCutValues(edges, demands, nodes)).toEqual(expected);
    expect(expected.some((value) => value > 0)).toBe(true);
  });

  it('reads the cut next to a weak source or a weak target from the small side, with the Dinic value', () => {
    // A well-connected 60-node ring with chords, one weakly attached end and one strongly attached end: the
    // source's closure ends first in one direction, the target's search in the other.
    const ring = Array.from({ length: 60 }, (_, i) => i);
    const edges: CapacityEdge[] = ring.flatMap((i) => [
      { key: `r${i}`, from: `n${i}`, to: `n${(i + 1) % 60}`, capacity: 5 + (i % 7) },
      { key: `c${i}`, from: `n${i}`, to: `n${(i + 17) % 60}`, capacity: 3 + (i % 5) * 0.5 },
    ]);
    edges.push(
      { key: 'weak-a', from: 'weak', to: 'n3', capacity: 0.25 },
      { key: 'weak-b', from: 'weak', to: 'n40', capacity: 0.5 },
      { key: 'strong-a', from: 'strong', to: 'n20', capacity: 9 },
      { key: 'strong-b', from: 'strong', to: 'n50', capacity: 8 },
    );
    const demands = [
      { key: 'from-weak', source: 'weak', target: 'strong' },
      { key: 'to-weak', source: 'n10', target: 'weak' },
      { key: 'from-strong', source: 'strong', target: 'n33' },
    ];
    const expected = minCutBounds(edges, demands).map((bound) => bound.bound);
    expect(minCutValues(edges, demands)).toEqual(expected);
    expect(expected.slice(0, 2)).toEqual([0.75, 0.75]);
  });

  it('names the demand field in errors', () => {
    const fieldOf = parameterErrorField;
    expect(fieldOf(() => minCutValues(EDGES, [{ key: 'a', source: 'nowhere', target: 'south' }]))).toBe(
      'demands[0].source',
    );
    expect(fieldOf(() => minCutValues(EDGES, [{ key: 'a', source: 'south', target: 'south' }]))).toBe(
      'demands[0].target',
    );
    expect(
      fieldOf(() =>
        minCutValues(EDGES, [
          { key: 'a', source: 'north', target: 'south' },
          { key: 'a', source: 'north', target: 'hub' },
        ]),
      ),
    ).toBe('demands[1].key');
    expect(fieldOf(() => minCutValues(EDGES, 'x' as unknown as []))).toBe('demands');
    expect(fieldOf(() => minCutValues([{ key: 'k', from: 'a', to: 'b', capacity: -1 }], []))).toBe(
      'edges[0].capacity',
    );
  });
});
