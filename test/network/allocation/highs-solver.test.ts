/**
 * The HiGHS adapter of src/cli/highs-solver.ts (tested here, next to its only user): it rebuilds the one-shot
 * `solve()` result from the persistent model API, so it must agree with `solve()` on values, duals, names and
 * statuses.
 */
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { createHighsSolver } from '../../../src/cli/highs-solver.js';
import { expectClose } from '../../support/close.js';

const OPTIMAL = `Maximize
 obj: x1 + 2 x2
Subject To
 e1: x1 + x2 <= 4
 e2: x2 <= 3
 c1: x1 - x2 >= -10
End
`;

describe('createHighsSolver', () => {
  it('agrees with the one-shot highs.solve() on an optimal LP', async () => {
    const solver = await createHighsSolver();
    const loader = (
      typeof loadHighs === 'function' ? loadHighs : loadHighs.default
    ) as typeof loadHighs.default;
    const reference = (await loader()).solve(OPTIMAL, { output_flag: false });
    const ours = solver.solve(OPTIMAL);
    expect(ours.Status).toBe('Optimal');
    expect(reference.Status).toBe('Optimal');
    expectClose(ours.ObjectiveValue, 7);
    expectClose(ours.Columns['x1']!.Primal!, 1);
    expectClose(ours.Columns['x2']!.Primal!, 3);
    expect(ours.Rows.map((row) => row.Name)).toEqual(['e1', 'e2', 'c1']);
    ours.Rows.forEach((row, i) => {
      const expected = reference.Rows[i] as { Dual: number; Primal: number };
      expectClose(row.Dual!, expected.Dual, { absolute: 1e-12 });
      expectClose(row.Primal!, expected.Primal, { absolute: 1e-12 });
    });
    expectClose(ours.Rows[0]!.Dual!, 1);
  });

  it('reports infeasible and unbounded LPs by status, without values', async () => {
    const solver = await createHighsSolver();
    const infeasible = solver.solve('Maximize\n obj: x\nSubject To\n a: x >= 5\n b: x <= 3\nEnd\n');
    expect(infeasible.Status).toBe('Infeasible');
    expect(infeasible.Columns['x']!.Primal).toBeUndefined();
    const unbounded = solver.solve('Maximize\n obj: x\nSubject To\n a: x >= 5\nEnd\n');
    expect(['Unbounded', 'Primal infeasible or unbounded']).toContain(unbounded.Status);
  });
});
