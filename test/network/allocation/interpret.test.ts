/**
 * Reading solver answers, with fake solvers that return each HiGHS status: the mapping to allocation
 * statuses and messages, the all-zero result without a solution, noise clean-up, and malformed answers.
 */
import { describe, expect, it } from 'vitest';
import {
  allocateCapacity,
  describeLpStatus,
  type AllocationProblem,
  type LpSolution,
  type LpSolver,
  type LpStatus,
} from '../../../src/network/allocation/index.js';

const PROBLEM: AllocationProblem = {
  edges: [{ key: 'e', capacity: 4 }],
  demands: [
    { key: 'd', paths: [{ edges: ['e'], nodes: ['a', 'b'] }], requestedRate: 10 },
    { key: 'none', paths: [], requestedRate: 1 },
  ],
};

function fixedSolver(solution: LpSolution): LpSolver & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    solve(text) {
      calls.push(text);
      return solution;
    },
  };
}

function statusOnly(Status: LpStatus): LpSolution {
  return { Status, ObjectiveValue: 0, Columns: {}, Rows: [] };
}

describe('describeLpStatus', () => {
  it.each([
    ['Optimal', 'optimal'],
    ['Infeasible', 'infeasible'],
    ['Unbounded', 'unbounded'],
    ['Primal infeasible or unbounded', 'unbounded'],
    ['Empty', 'empty'],
    ['Time limit reached', 'solver-failed'],
    ['Iteration limit reached', 'solver-failed'],
    ['Solve error', 'solver-failed'],
    ['Unknown', 'solver-failed'],
  ] as const)('maps HiGHS "%s" to "%s"', (highs, status) => {
    const mapped = describeLpStatus(highs);
    expect(mapped.status).toBe(status);
    expect(mapped.message.length).toBeGreaterThan(10);
  });
});

describe('interpretAllocation through allocateCapacity', () => {
  it('turns a non-optimal answer into zero rates with the reason on every demand', () => {
    const result = allocateCapacity(PROBLEM, fixedSolver(statusOnly('Time limit reached')));
    expect(result.status).toBe('solver-failed');
    expect(result.message).toContain('Time limit reached');
    expect(result.totalRate).toBe(0);
    expect(result.demands.map((d) => d.rate)).toEqual([0, 0]);
    expect(result.demands[0]!.satisfaction).toBe(0);
    expect(result.demands[0]!.explanations.at(-1)).toMatch(/^no allocation: /);
    expect(result.demands[1]!.explanations[0]).toBe('no candidate path joins its ends');
  });

  it('reports an unbounded answer plainly', () => {
    const result = allocateCapacity(PROBLEM, fixedSolver(statusOnly('Unbounded')));
    expect(result.status).toBe('unbounded');
    expect(result.message).toMatch(/capacit/);
  });

  it('stops after a failed first max-min stage', () => {
    const solver = fixedSolver(statusOnly('Infeasible'));
    const result = allocateCapacity(PROBLEM, solver, { objective: 'max-min' });
    expect(result.status).toBe('infeasible');
    expect(solver.calls).toHaveLength(1);
  });

  it('unscales rates, drops solver noise below 1e-10 of the scale, and clamps utilisation to 1', () => {
    const solution: LpSolution = {
      Status: 'Optimal',
      ObjectiveValue: 1,
      Columns: { x1: { Primal: 1.0000001 } },
      Rows: [
        { Name: 'e1', Primal: 1, Dual: 1 },
        { Name: 'c1', Primal: 1, Dual: 0 },
      ],
    };
    const result = allocateCapacity(PROBLEM, fixedSolver(solution));
    expect(result.demands[0]!.rate).toBeCloseTo(4.0000004, 12);
    expect(result.constraints[0]!.utilisation).toBe(1);
    const noisy = allocateCapacity(
      PROBLEM,
      fixedSolver({ ...solution, Columns: { x1: { Primal: -3e-11 } } }),
    );
    expect(noisy.demands[0]!.rate).toBe(0);
    expect(noisy.demands[0]!.explanations[0]).toMatch(/^got 0 pairs\/s of 10 pairs\/s requested/);
  });

  it('throws (a bug, not user error) when the answer does not match the LP', () => {
    const missing: LpSolution = { Status: 'Optimal', ObjectiveValue: 0, Columns: {}, Rows: [] };
    expect(() => allocateCapacity(PROBLEM, fixedSolver(missing))).toThrow(/no value for x1/);
    const wrongRows: LpSolution = {
      Status: 'Optimal',
      ObjectiveValue: 0,
      Columns: { x1: { Primal: 0 } },
      Rows: [{ Name: 'c1' }, { Name: 'e1' }],
    };
    expect(() => allocateCapacity(PROBLEM, fixedSolver(wrongRows))).toThrow(/row 0 is c1/);
  });
});
