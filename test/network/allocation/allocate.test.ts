/**
 * Allocation LPs with known optima, solved by HiGHS: max-total against max-min on shared links, weights,
 * multipath splits, pair and memory costs, shadow prices, unusable paths, and keys that would break LP text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHighsSolver } from '../../../src/cli/highs-solver.js';
import {
  allocateCapacity,
  type AllocationPath,
  type AllocationProblem,
  type LpSolver,
} from '../../../src/network/allocation/index.js';
import { expectClose } from '../../support/close.js';

let solver: LpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});

/** A path along a line of nodes named by the edges' keys "u-v". */
function line(...nodes: string[]): AllocationPath {
  return { nodes, edges: nodes.slice(1).map((node, i) => `${nodes[i]}-${node}`) };
}

/** The textbook line network A-B-C with unit links: one long demand A-C and two short ones. */
const LINE: AllocationProblem = {
  edges: [
    { key: 'A-B', capacity: 1 },
    { key: 'B-C', capacity: 1 },
  ],
  demands: [
    { key: 'long', paths: [line('A', 'B', 'C')] },
    { key: 'short AB', paths: [line('A', 'B')] },
    { key: 'short BC', paths: [line('B', 'C')] },
  ],
};

function rates(
  problem: AllocationProblem,
  objective: 'max-total' | 'max-min',
  lexicographic = true,
): number[] {
  const result = allocateCapacity(problem, solver, { objective, lexicographic });
  expect(result.status).toBe('optimal');
  return result.demands.map((demand) => demand.rate);
}

describe('allocateCapacity: max-total against max-min', () => {
  it('gives the line network 2 in total (long starved) or 3 x 0.5 (max-min fair)', () => {
    const total = allocateCapacity(LINE, solver);
    expect(total.demands.map((d) => d.rate)).toEqual([0, 1, 1]);
    expectClose(total.totalRate, 2);
    const fair = allocateCapacity(LINE, solver, { objective: 'max-min' });
    for (const demand of fair.demands) expectClose(demand.rate, 0.5);
    expectClose(fair.totalRate, 1.5);
    expectClose(fair.fairShare!, 0.5);
  });

  it('two demands sharing one link: the cheap demand takes it all under max-total, max-min splits it', () => {
    const problem: AllocationProblem = {
      edges: [
        { key: 'a-b', capacity: 10 },
        { key: 'b-c', capacity: 100 },
      ],
      demands: [
        { key: 'short', paths: [line('a', 'b')], requestedRate: 100 },
        { key: 'long', paths: [{ ...line('a', 'b', 'c'), pairCosts: [2, 1] }], requestedRate: 100 },
      ],
    };
    const total = rates(problem, 'max-total');
    expectClose(total[0]!, 10);
    expect(total[1]).toBe(0);
    // Max-min: x_short = x_long = t * 100 and x_short + 2 x_long = 10, so t = 1/30.
    const fair = allocateCapacity(problem, solver, { objective: 'max-min' });
    expectClose(fair.demands[0]!.rate, 10 / 3, { relative: 1e-6 });
    expectClose(fair.demands[1]!.rate, 10 / 3, { relative: 1e-6 });
    expectClose(fair.fairShare!, 1 / 30, { relative: 1e-6 });
    expectClose(fair.demands[1]!.satisfaction!, 1 / 30, { relative: 1e-6 });
  });

  it('max-min with requests shares a link in proportion to the requests', () => {
    const problem: AllocationProblem = {
      edges: [{ key: 'l', capacity: 5 }],
      demands: [
        { key: 'small', paths: [{ edges: ['l'], nodes: ['x', 'y'] }], requestedRate: 2 },
        { key: 'big', paths: [{ edges: ['l'], nodes: ['x', 'y'] }], requestedRate: 8 },
      ],
    };
    const fair = rates(problem, 'max-min');
    expectClose(fair[0]!, 1);
    expectClose(fair[1]!, 4);
  });

  it('weights scale the max-min share: weight 2 gets twice the rate', () => {
    const problem: AllocationProblem = {
      edges: [{ key: 'l', capacity: 6 }],
      demands: [
        { key: 'w1', paths: [{ edges: ['l'], nodes: ['x', 'y'] }] },
        { key: 'w2', paths: [{ edges: ['l'], nodes: ['x', 'y'] }], weight: 2 },
      ],
    };
    const fair = allocateCapacity(problem, solver, { objective: 'max-min' });
    expectClose(fair.demands[0]!.rate, 2);
    expectClose(fair.demands[1]!.rate, 4);
    expectClose(fair.fairShare!, 2, { relative: 1e-6 });
  });

  it('the lexicographic second stage hands left-over capacity out without lowering the share', () => {
    const problem: AllocationProblem = {
      edges: [
        { key: 'narrow', capacity: 1 },
        { key: 'wide', capacity: 10 },
      ],
      demands: [
        { key: 'A', paths: [{ edges: ['narrow'], nodes: ['a', 'b'] }] },
        { key: 'B', paths: [{ edges: ['wide'], nodes: ['c', 'd'] }] },
      ],
    };
    const [a, b] = rates(problem, 'max-min');
    expectClose(a!, 1);
    expectClose(b!, 10);
    const single = allocateCapacity(problem, solver, { objective: 'max-min', lexicographic: false });
    expectClose(single.fairShare!, 1, { relative: 1e-6 });
    expect(single.dualsFrom).toBe('max-min-share');
    expect(single.demands[1]!.rate).toBeGreaterThanOrEqual(1 - 1e-6);
  });
});

describe('allocateCapacity: costs, splits and binding constraints', () => {
  it('splits a demand over two disjoint paths and saturates both', () => {
    const problem: AllocationProblem = {
      edges: [
        { key: 's-u', capacity: 3 },
        { key: 'u-t', capacity: 30 },
        { key: 's-v', capacity: 40 },
        { key: 'v-t', capacity: 4 },
      ],
      demands: [{ key: 'st', paths: [line('s', 'u', 't'), line('s', 'v', 't')] }],
    };
    const result = allocateCapacity(problem, solver);
    expectClose(result.demands[0]!.rate, 7);
    expectClose(result.demands[0]!.paths[0]!.rate, 3);
    expectClose(result.demands[0]!.paths[1]!.rate, 4);
    const byKey = new Map(result.constraints.map((c) => [c.key, c]));
    expect(byKey.get('s-u')!.binding).toBe(true);
    expect(byKey.get('v-t')!.binding).toBe(true);
    expect(byKey.get('u-t')!.binding).toBe(false);
    expectClose(byKey.get('u-t')!.utilisation, 0.1);
    expectClose(byKey.get('s-u')!.shadowPrice, 1);
    expect(byKey.get('u-t')!.shadowPrice).toBe(0);
    expect(result.demands[0]!.limitedBy.map((c) => c.key).sort()).toEqual(['s-u', 'v-t']);
  });

  it('divides capacity by the pair cost (purification: 2 elementary pairs per delivered pair)', () => {
    const problem: AllocationProblem = {
      edges: [{ key: 'e', capacity: 10 }],
      demands: [{ key: 'd', paths: [{ edges: ['e'], nodes: ['a', 'b'], pairCosts: [2] }] }],
    };
    const result = allocateCapacity(problem, solver);
    expectClose(result.totalRate, 5);
    expectClose(result.constraints[0]!.used, 10);
    expectClose(result.constraints[0]!.shadowPrice, 0.5);
  });

  it('caps the rate by a node memory budget: 10 qubits / 0.5 qubit-s per pair = 20 pairs/s', () => {
    const problem: AllocationProblem = {
      edges: [
        { key: 'a-r', capacity: 100 },
        { key: 'r-b', capacity: 100 },
      ],
      nodes: [{ key: 'r', memoryLimit: 10 }],
      demands: [{ key: 'ab', paths: [{ ...line('a', 'r', 'b'), memoryCosts: [0, 0.5, 0] }] }],
    };
    const result = allocateCapacity(problem, solver);
    expectClose(result.totalRate, 20);
    const memory = result.constraints.find((c) => c.kind === 'node')!;
    expect(memory).toMatchObject({ key: 'r', binding: true });
    expectClose(memory.used, 10);
    expectClose(memory.shadowPrice, 2);
    expect(result.constraints.filter((c) => c.kind === 'edge').every((c) => !c.binding)).toBe(true);
    expect(result.demands[0]!.limitedBy).toEqual([{ kind: 'node', key: 'r' }]);
    expect(result.demands[0]!.explanations[0]).toContain('memory at node "r"');
  });

  it('reports the max-min shadow price in share per pair/s when the second stage is off', () => {
    const problem: AllocationProblem = {
      edges: [{ key: 'l', capacity: 150 }],
      demands: [
        { key: 'a', paths: [{ edges: ['l'], nodes: ['x', 'y'] }], requestedRate: 100 },
        { key: 'b', paths: [{ edges: ['l'], nodes: ['x', 'y'], pairCosts: [2] }], requestedRate: 100 },
      ],
    };
    // 100 t + 2 * 100 t = capacity, so t = capacity / 300 and dt/dcapacity = 1/300.
    const result = allocateCapacity(problem, solver, { objective: 'max-min', lexicographic: false });
    expectClose(result.fairShare!, 0.5, { relative: 1e-6 });
    expectClose(result.constraints[0]!.shadowPrice, 1 / 300, { relative: 1e-6 });
  });

  it('meets minimum rates first: the long demand keeps 1 pair/s, the short gets the rest', () => {
    const problem: AllocationProblem = {
      ...LINE,
      demands: LINE.demands.map((demand) =>
        demand.key === 'long' ? { ...demand, minimumRate: 0.25 } : demand,
      ),
    };
    const [long, ab, bc] = rates(problem, 'max-total');
    expectClose(long!, 0.25);
    expectClose(ab!, 0.75);
    expectClose(bc!, 0.75);
  });

  it('is unaffected by the magnitude of rates (tiny and huge capacities scale out)', () => {
    for (const capacity of [1e-9, 1e-3, 1e12]) {
      const scaled: AllocationProblem = {
        edges: LINE.edges.map((edge) => ({ ...edge, capacity })),
        demands: LINE.demands,
      };
      const fair = rates(scaled, 'max-min');
      for (const rate of fair) expectClose(rate, capacity / 2, { relative: 1e-6 });
    }
  });
});

describe('allocateCapacity: unusable paths, empty and infeasible problems', () => {
  it('explains a demand whose only path crosses a zero-capacity edge, without starving the others', () => {
    const problem: AllocationProblem = {
      edges: [...LINE.edges, { key: 'C-D', capacity: 0 }],
      demands: [...LINE.demands, { key: 'to D', paths: [line('B', 'C', 'D')] }, { key: 'lost', paths: [] }],
    };
    const result = allocateCapacity(problem, solver, { objective: 'max-min' });
    expect(result.status).toBe('optimal');
    expectClose(result.fairShare!, 0.5);
    const toD = result.demands[3]!;
    expect(toD.rate).toBe(0);
    expect(toD.explanations.join(' ')).toMatch(/every candidate path is unusable.*edge "C-D" has capacity 0/);
    expect(result.demands[4]!.explanations).toEqual(['no candidate path joins its ends']);
    expect(result.constraints.some((c) => c.key === 'C-D')).toBe(false);
  });

  it('returns status "empty" with a message when nothing can be allocated', () => {
    const none = allocateCapacity({ edges: [], demands: [] }, solver);
    expect(none).toMatchObject({ status: 'empty', totalRate: 0 });
    expect(none.message).toContain('no demands');
    const dead = allocateCapacity(
      {
        edges: [{ key: 'e', capacity: 0 }],
        demands: [{ key: 'd', paths: [{ edges: ['e'], nodes: ['a', 'b'] }] }],
      },
      solver,
      { objective: 'max-min' },
    );
    expect(dead.status).toBe('empty');
    expect(dead.demands[0]!.explanations[0]).toBe('every candidate path is unusable');
  });

  it('declares a minimum rate beyond the paths infeasible without calling the solver', () => {
    const refusing: LpSolver = {
      solve: () => {
        throw new Error('must not be called');
      },
    };
    const problem: AllocationProblem = {
      edges: [{ key: 'e', capacity: 10 }],
      demands: [
        { key: 'greedy', paths: [{ edges: ['e'], nodes: ['a', 'b'], pairCosts: [2] }], minimumRate: 6 },
      ],
    };
    const result = allocateCapacity(problem, refusing);
    expect(result.status).toBe('infeasible');
    expect(result.message).toContain('"greedy"');
    expect(result.demands[0]!.explanations.join(' ')).toContain('exceeds the 5 pairs/s');
  });

  it('reports minimum rates that conflict only jointly as infeasible, via the solver', () => {
    const problem: AllocationProblem = {
      edges: [{ key: 'e', capacity: 10 }],
      demands: ['x', 'y'].map((key) => ({
        key,
        paths: [{ edges: ['e'], nodes: ['a', 'b'] }],
        minimumRate: 6,
      })),
    };
    for (const objective of ['max-total', 'max-min'] as const) {
      const result = allocateCapacity(problem, solver, { objective });
      expect(result.status).toBe('infeasible');
      expect(result.totalRate).toBe(0);
      expect(result.demands[0]!.explanations.join(' ')).toContain('needs at least 6 pairs/s');
    }
  });
});

describe('allocateCapacity: keys', () => {
  it('accepts keys that would be LP syntax and reports them back unchanged', () => {
    const edge = 'x1: 3 <= 4\nEnd \\ obj';
    const node = 'Subject To';
    const problem: AllocationProblem = {
      edges: [{ key: edge, capacity: 4 }],
      nodes: [{ key: node, memoryLimit: 100 }],
      demands: [
        { key: 'share >= 1e9', paths: [{ edges: [edge], nodes: [node, 'Bounds'], memoryCosts: [1, 0] }] },
      ],
    };
    const result = allocateCapacity(problem, solver);
    expect(result.demands[0]!.key).toBe('share >= 1e9');
    expectClose(result.totalRate, 4);
    expect(result.constraints.map((c) => c.key)).toEqual([edge, node]);
  });
});
