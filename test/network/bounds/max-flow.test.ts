/**
 * Max-flow / min-cut by Dinic on undirected graphs: hand-computed graphs, a fast-check comparison with the
 * minimum over all cuts by brute force, long paths (no recursion limit), and bad input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError, createRng } from '../../../src/core/index.js';
import {
  createFlowNetwork,
  maxFlowMinCut,
  minCutOf,
  type CapacityEdge,
} from '../../../src/network/bounds/index.js';
import { expectClose } from '../../support/close.js';

function edge(from: string, to: string, capacity: number): CapacityEdge {
  return { key: `${from}-${to}`, from, to, capacity };
}

/** True when removing `cut` disconnects source from target. */
function separates(
  edges: readonly CapacityEdge[],
  cut: readonly string[],
  source: string,
  target: string,
): boolean {
  const removed = new Set(cut);
  const reached = new Set([source]);
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      if (removed.has(e.key)) continue;
      for (const [a, b] of [
        [e.from, e.to],
        [e.to, e.from],
      ] as const) {
        if (reached.has(a) && !reached.has(b)) {
          reached.add(b);
          grew = true;
        }
      }
    }
  }
  return !reached.has(target);
}

describe('maxFlowMinCut: hand-computed graphs', () => {
  it('single edge and series chain: the weakest link', () => {
    expect(maxFlowMinCut([edge('a', 'b', 4)], 'a', 'b')).toMatchObject({
      value: 4,
      flow: 4,
      cutEdges: ['a-b'],
    });
    const chain = [edge('a', 'b', 3), edge('b', 'c', 5)];
    expect(maxFlowMinCut(chain, 'c', 'a')).toMatchObject({
      value: 3,
      cutEdges: ['a-b'],
      sourceSide: ['b', 'c'],
    });
  });

  it('two parallel routes add their bottlenecks: min(2,3) + min(4,1) = 3', () => {
    const edges = [edge('a', 'b', 2), edge('b', 'd', 3), edge('a', 'c', 4), edge('c', 'd', 1)];
    const cut = maxFlowMinCut(edges, 'a', 'd');
    expect(cut.value).toBe(3);
    expect([...cut.cutEdges].sort()).toEqual(['a-b', 'c-d']);
  });

  it('uses the cross edge in either direction (undirected): 5 on the bridge graph', () => {
    // s-a 3, s-b 2, a-b 1, a-t 2, b-t 3: cuts {s}: 5, {s,a}: 2+1+2 = 5, {s,b}: 3+1+3 = 7, {s,a,b}: 5.
    const edges = [
      edge('s', 'a', 3),
      edge('s', 'b', 2),
      edge('a', 'b', 1),
      edge('a', 't', 2),
      edge('b', 't', 3),
    ];
    const forward = maxFlowMinCut(edges, 's', 't');
    const backward = maxFlowMinCut(edges, 't', 's');
    expect(forward.value).toBe(5);
    expectClose(forward.flow, 5);
    expect(backward.value).toBe(5);
    expect(separates(edges, forward.cutEdges, 's', 't')).toBe(true);
  });

  it('gives 0 and an empty cut between components, and lists a down link as the cut', () => {
    const islands = [edge('a', 'b', 1), edge('c', 'd', 1)];
    expect(maxFlowMinCut(islands, 'a', 'd')).toMatchObject({ value: 0, flow: 0, cutEdges: [] });
    const down = [edge('a', 'b', 5), edge('b', 'c', 0)];
    expect(maxFlowMinCut(down, 'a', 'c')).toMatchObject({ value: 0, cutEdges: ['b-c'] });
    expect(maxFlowMinCut([], 'x', 'y', ['x', 'y'])).toMatchObject({ value: 0, cutEdges: [] });
  });

  it('ignores self-loops and adds parallel edges', () => {
    const edges = [
      edge('a', 'a', 9),
      { key: 'p1', from: 'a', to: 'b', capacity: 1.5 },
      { key: 'p2', from: 'b', to: 'a', capacity: 2 },
    ];
    const cut = maxFlowMinCut(edges, 'a', 'b');
    expect(cut.value).toBe(3.5);
    expect(cut.cutEdges).toEqual(['p1', 'p2']);
  });

  it('bounds a repeater chain and a two-route network by PLOB edge capacities (physics.md §6)', () => {
    // -log2(1 - eta) with eta = 10^(-0.02 L/km): 50 km -> 0.152003, 100 km -> 0.0144996 bits per use.
    const plob = (km: number): number => -Math.log2(1 - 10 ** (-0.02 * km));
    expectClose(plob(50), 0.152003, { relative: 1e-5 });
    const uses = 1e9;
    const chain = [edge('A', 'R', plob(50) * uses), edge('R', 'B', plob(100) * uses)];
    expectClose(maxFlowMinCut(chain, 'A', 'B').value, 0.0144996 * uses, { relative: 1e-5 });
    const diamond = [...chain, edge('A', 'S', plob(50) * uses), edge('S', 'B', plob(50) * uses)];
    expectClose(maxFlowMinCut(diamond, 'A', 'B').value, (0.0144996 + 0.152003) * uses, { relative: 1e-5 });
  });

  it('handles a 20 000-hop chain without running out of stack', () => {
    const edges = Array.from({ length: 20_000 }, (_, i) => edge(`n${i}`, `n${i + 1}`, 1 + (i % 7)));
    expect(maxFlowMinCut(edges, 'n0', 'n20000').value).toBe(1);
  });
});

describe('maxFlowMinCut: equals the brute-force minimum cut', () => {
  it('on small random graphs, with a valid cut whose capacity is the flow', () => {
    const graphs = fc.tuple(
      fc.integer({ min: 2, max: 7 }),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(graphs, ([nodeCount, seed, integral]) => {
        const rng = createRng(seed);
        const nodes = Array.from({ length: nodeCount }, (_, n) => `v${n}`);
        const edges: CapacityEdge[] = [];
        const edgeCount = rng.nextInt(0, nodeCount * 2);
        for (let i = 0; i < edgeCount; i++) {
          const capacity = integral ? rng.nextInt(0, 10) : rng.nextFloat() * 10;
          edges.push({
            key: `e${i}`,
            from: nodes[rng.nextInt(0, nodeCount - 1)]!,
            to: nodes[rng.nextInt(0, nodeCount - 1)]!,
            capacity,
          });
        }
        const [source, target] = [nodes[0]!, nodes[nodeCount - 1]!];
        let brute = Number.POSITIVE_INFINITY;
        // Every set containing the source and not the target: bit n of the mask puts node n on the source side.
        for (let mask = 0; mask < 2 ** nodeCount; mask++) {
          if (!(mask & 1) || mask & (1 << (nodeCount - 1))) continue;
          const side = (node: string): boolean => (mask & (1 << nodes.indexOf(node))) !== 0;
          let capacity = 0;
          for (const e of edges) if (side(e.from) !== side(e.to)) capacity += e.capacity;
          brute = Math.min(brute, capacity);
        }
        const cut = maxFlowMinCut(edges, source, target, nodes);
        expectClose(cut.value, brute, { relative: 1e-9, absolute: 1e-9 });
        expectClose(cut.flow, brute, { relative: 1e-9, absolute: 1e-9 });
        expect(separates(edges, cut.cutEdges, source, target)).toBe(true);
        expect(cut.sourceSide).toContain(source);
        expect(cut.sourceSide).not.toContain(target);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('maxFlowMinCut: bad input', () => {
  function fieldOf(work: () => unknown): string | undefined {
    try {
      work();
    } catch (error) {
      if (error instanceof ParameterError) return error.field;
      throw error;
    }
    return undefined;
  }

  it('names the field', () => {
    const edges = [edge('alpha', 'beta', 1)];
    expect(fieldOf(() => maxFlowMinCut(edges, 'alpah', 'beta'))).toBe('source');
    expect(() => maxFlowMinCut(edges, 'alpah', 'beta')).toThrow(/did you mean "alpha"/);
    expect(fieldOf(() => maxFlowMinCut(edges, 'alpha', 'gamma'))).toBe('target');
    expect(fieldOf(() => maxFlowMinCut(edges, 'alpha', 'alpha'))).toBe('target');
    expect(fieldOf(() => createFlowNetwork([edge('a', 'b', -1)]))).toBe('edges[0].capacity');
    expect(fieldOf(() => createFlowNetwork([edge('a', 'b', Number.POSITIVE_INFINITY)]))).toBe(
      'edges[0].capacity',
    );
    expect(fieldOf(() => createFlowNetwork([edge('a', 'b', 1), edge('a', 'b', 2)]))).toBe('edges[1].key');
    expect(
      fieldOf(() => createFlowNetwork([{ key: 'k', from: 'a', to: 3 as unknown as string, capacity: 1 }])),
    ).toBe('edges[0].to');
  });

  it('answers repeated queries on one compiled network independently', () => {
    const network = createFlowNetwork([edge('a', 'b', 2), edge('b', 'c', 1)]);
    expect(minCutOf(network, 'a', 'c').value).toBe(1);
    expect(minCutOf(network, 'a', 'b').value).toBe(2);
    expect(minCutOf(network, 'a', 'c').value).toBe(1);
  });
});
