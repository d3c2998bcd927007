/**
 * The shared HiGHS result reader (src/network/allocation/highs-model-result.ts): on a runtime loaded by the test,
 * it must agree with the one-shot `highs.solve()` on values, duals, names and statuses, give no values without a
 * solution, and name every model status code the way the one-shot API does.
 */
import loadHighs from 'highs';
import type { Highs } from 'highs';
import { describe, expect, it } from 'vitest';
import {
  HIGHS_STATUS_NAMES,
  highsLpSolver,
  solveLpWithHighs,
} from '../../../src/network/allocation/index.js';
import { expectClose } from '../../support/close.js';

const OPTIMAL = `Maximize
 obj: 3 a + b
Subject To
 cap: a + b <= 2
 lim: a <= 1.5
End
`;

async function runtime(): Promise<Highs> {
  const loader = (
    typeof loadHighs === 'function' ? loadHighs : loadHighs.default
  ) as typeof loadHighs.default;
  return loader();
}

describe('solveLpWithHighs', () => {
  it('agrees with the one-shot solve() on an optimal LP, duals included', async () => {
    const highs = await runtime();
    const reference = highs.solve(OPTIMAL, { output_flag: false });
    const ours = solveLpWithHighs(highs, OPTIMAL);
    expect(ours.Status).toBe('Optimal');
    expect(reference.Status).toBe('Optimal');
    expectClose(ours.ObjectiveValue, 5); // a = 1.5, b = 0.5
    expectClose(ours.Columns['a']!.Primal!, 1.5);
    expectClose(ours.Columns['b']!.Primal!, 0.5);
    expect(ours.Columns['b']!.Index).toBe(1);
    expect(ours.Rows.map((row) => row.Name)).toEqual(['cap', 'lim']);
    expectClose(ours.Rows[0]!.Dual!, 1); // one more unit of cap: one more b
    expectClose(ours.Rows[1]!.Dual!, 2); // one more unit of lim: a up, b down: 3 - 1
    ours.Rows.forEach((row, i) => {
      const expected = reference.Rows[i] as { Dual: number; Primal: number };
      expectClose(row.Primal!, expected.Primal, { absolute: 1e-12 });
      expectClose(row.Dual!, expected.Dual, { absolute: 1e-12 });
    });
  });

  it('gives the status and no values for an infeasible LP; the solver wrapper is the same function', async () => {
    const highs = await runtime();
    const text = 'Maximize\n obj: x\nSubject To\n a: x >= 5\n b: x <= 3\nEnd\n';
    const infeasible = solveLpWithHighs(highs, text);
    expect(infeasible.Status).toBe('Infeasible');
    expect(infeasible.ObjectiveValue).toBe(0);
    expect(infeasible.Columns['x']).toEqual({ Index: 0 });
    expect(infeasible.Rows[0]).toEqual({ Index: 0, Name: 'a' });
    expect(highsLpSolver(highs).solve(text)).toEqual(infeasible);
    expect(highsLpSolver(highs).solve(OPTIMAL)).toEqual(solveLpWithHighs(highs, OPTIMAL));
  });

  it('names the model status codes of highs.constants like the one-shot API', async () => {
    const highs = (await runtime()) as Highs & { constants?: { modelStatus?: Record<string, number> } };
    expect(Object.keys(HIGHS_STATUS_NAMES)).toHaveLength(16);
    expect(HIGHS_STATUS_NAMES[7]).toBe('Optimal');
    expect(HIGHS_STATUS_NAMES[8]).toBe('Infeasible');
    expect(HIGHS_STATUS_NAMES[10]).toBe('Unbounded');
    // The table follows the runtime's own numbering (codes above 15, e.g. solution limit, read as 'Unknown').
    const codes = highs.constants!.modelStatus!;
    expect(HIGHS_STATUS_NAMES[codes['notSet']!]).toBe('Not Set');
    expect(HIGHS_STATUS_NAMES[codes['optimal']!]).toBe('Optimal');
    expect(HIGHS_STATUS_NAMES[codes['infeasible']!]).toBe('Infeasible');
    expect(HIGHS_STATUS_NAMES[codes['unboundedOrInfeasible']!]).toBe('Primal infeasible or unbounded');
    expect(HIGHS_STATUS_NAMES[codes['unbounded']!]).toBe('Unbounded');
    expect(HIGHS_STATUS_NAMES[codes['unknown']!]).toBe('Unknown');
  });
});
