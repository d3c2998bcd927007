/**
 * The shared HiGHS result reader (src/network/allocation/highs-model-result.ts): on a runtime loaded by the test,
 * it must agree with the one-shot `highs.solve()` on values, duals, names and statuses, give no values without a
 * solution, and name every model status code the way the one-shot API does.
 */
import loadHighs from 'highs';
import type { Highs } from 'highs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/index.js';
import {
  HIGHS_STATUS_NAMES,
  formulateAllocationLp,
  highsLpSolver,
  lpModelOf,
  prepareAllocation,
  solveLpModelWithHighs,
  solveLpWithHighs,
  type AllocationStage,
} from '../../../src/network/allocation/index.js';
import { expectClose } from '../../support/close.js';
import { randomAllocationProblem } from './random-network.js';

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

describe('solveLpModelWithHighs', () => {
  const stages: [AllocationStage, number][] = [
    ['max-total', 0],
    ['max-min-share', 0],
    ['max-min-total', 0.25],
  ];

  it.each(stages)(
    'passes HiGHS the very LP it reads from the text (%s), so the answers are identical bit for bit',
    async (stage, fixedShare) => {
      const highs = await runtime();
      const problem = randomAllocationProblem(createRng(31), {
        nodeCount: 40,
        edgeCount: 90,
        demandCount: 12,
        pathsPerDemand: 3,
        memoryNodeFraction: 0.3,
      });
      const objective = stage === 'max-total' ? 'max-total' : 'max-min';
      const lp = formulateAllocationLp(prepareAllocation(problem, { objective }), stage, fixedShare);
      const fromText = highs.withModel({ format: 'lp', data: lp.text }, (model) => ({
        lp: model.getLp('csc'),
        columns: lp.model.columnNames.map((_, i) => model.getColName(i)),
        rows: lp.model.rowNames.map((_, i) => model.getRowName(i)),
      }));
      expect(fromText.columns).toEqual(lp.model.columnNames);
      expect(fromText.rows).toEqual(lp.model.rowNames);
      const read = fromText.lp;
      expect([...read.colCost]).toEqual([...lp.model.objective]);
      expect([...read.colLower]).toEqual([...lp.model.columnLower]);
      expect([...read.rowLower]).toEqual([...lp.model.rowLower]);
      expect([...read.rowUpper]).toEqual([...lp.model.rowUpper]);
      expect([...read.matrix.starts]).toEqual([...lp.model.columnStarts]);
      expect([...read.matrix.indices]).toEqual([...lp.model.rowIndices]);
      expect([...read.matrix.values]).toEqual([...lp.model.values]);
      const viaText = solveLpWithHighs(highs, lp.text);
      expect(viaText.Status).toBe('Optimal');
      expect(solveLpModelWithHighs(highs, lp.model)).toEqual(viaText);
      expect(highsLpSolver(highs).solveModel!(lp.model)).toEqual(viaText);
    },
  );

  it('numbers columns by first appearance and keeps row order, bounds and missing bounds', async () => {
    const model = lpModelOf(
      [['b', 2]],
      [
        {
          name: 'r1',
          terms: [
            ['a', 1],
            ['b', 3],
          ],
          lower: Number.NEGATIVE_INFINITY,
          upper: 4,
        },
        {
          name: 'r2',
          terms: [
            ['b', -1],
            ['c', 1],
          ],
          lower: 1,
          upper: Number.POSITIVE_INFINITY,
        },
      ],
      new Map([['c', 0.5]]),
    );
    expect(model.columnNames).toEqual(['b', 'a', 'c']);
    expect([...model.objective]).toEqual([2, 0, 0]);
    expect([...model.columnLower]).toEqual([0, 0, 0.5]);
    expect([...model.columnStarts]).toEqual([0, 2, 3, 4]);
    expect([...model.rowIndices]).toEqual([0, 1, 0, 1]);
    expect([...model.values]).toEqual([3, -1, 1, 1]);
    // max 2b: b <= (4 - a)/3 with a = 0 and c >= max(0.5, 1 + b): b = 4/3.
    const highs = await runtime();
    const solution = solveLpModelWithHighs(highs, model);
    expect(solution.Status).toBe('Optimal');
    expectClose(solution.ObjectiveValue, 8 / 3);
    expectClose(solution.Columns['c']!.Primal!, 1 + 4 / 3);
    expect(solution.Rows.map((row) => row.Name)).toEqual(['r1', 'r2']);
  });
});
