/**
 * The pure half of the HiGHS LP solver (Huangfu & Hall, Math. Prog. Comp. 10, 119 (2018); highs-js 1.15
 * WebAssembly) behind {@link LpSolver}: given a loaded HiGHS runtime, solve CPLEX LP text with the persistent
 * model API (read the text, run, read the dense solution arrays) and rebuild the one-shot `solve()` result shape
 * (lp-solver.ts) from it. Measured on the 1,000-demand benchmark LP, the one-shot call took about twice the CPU
 * time for the same answer. Loading the WebAssembly is I/O and stays with the callers: src/cli/highs-solver.ts
 * (Node) and src/ui/planning/browser-highs-solver.ts (a Web Worker, by URL).
 * Assumptions: each solve creates and disposes its own model, so solves never share state; solver output is
 * silenced; Primal and Dual are given only when a solution exists (Optimal or Unbounded), as in `solve()`.
 */
import type { Highs, Model, ModelData } from 'highs';
import type { LpModel } from './lp-model.js';
import type { LpSolution, LpSolutionColumn, LpSolutionRow, LpSolver, LpStatus } from './lp-solver.js';

/** HiGHS model status codes (highs.constants.modelStatus) to the status strings of the one-shot API. */
export const HIGHS_STATUS_NAMES: Readonly<Record<number, LpStatus>> = {
  0: 'Not Set',
  1: 'Load error',
  2: 'Model error',
  3: 'Presolve error',
  4: 'Solve error',
  5: 'Postsolve error',
  6: 'Empty',
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Primal infeasible or unbounded',
  10: 'Unbounded',
  11: 'Bound on objective reached',
  12: 'Target for objective reached',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
  15: 'Unknown',
};

/**
 * Solves one LP on a loaded HiGHS runtime.
 * @param highs - the runtime (from the highs-js loader; the caller loads it).
 * @param lpText - CPLEX LP-format text.
 * @returns the solution in the one-shot `solve()` shape; optimisation outcomes (infeasible, unbounded, limits)
 *   are in `Status`. A malformed LP throws (HiGHS's own error).
 */
export function solveLpWithHighs(highs: Highs, lpText: string): LpSolution {
  return highs.withModel({ format: 'lp', data: lpText }, (model) =>
    runAndRead(
      model,
      (i) => model.getColName(i),
      (i) => model.getRowName(i),
    ),
  );
}

/**
 * Solves the array form of an LP (lp-model.ts) on a loaded HiGHS runtime: the same model HiGHS builds from the
 * LP text, passed without the text (test/network/allocation/highs-model-result.test.ts compares both), with the
 * names taken from the model instead of asked from HiGHS one by one.
 */
export function solveLpModelWithHighs(highs: Highs, lp: LpModel): LpSolution {
  const bound = (values: Float64Array): Float64Array =>
    values.map((value) =>
      value === Number.POSITIVE_INFINITY
        ? highs.infinity
        : value === Number.NEGATIVE_INFINITY
          ? -highs.infinity
          : value,
    );
  const data: ModelData = {
    numCols: lp.columnNames.length,
    numRows: lp.rowNames.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: lp.objective,
    colLower: bound(lp.columnLower),
    colUpper: bound(lp.columnUpper),
    rowLower: bound(lp.rowLower),
    rowUpper: bound(lp.rowUpper),
    matrix: {
      format: 'csc',
      numRows: lp.rowNames.length,
      numCols: lp.columnNames.length,
      starts: lp.columnStarts,
      indices: lp.rowIndices,
      values: lp.values,
    },
  };
  return highs.withModel(data, (model) =>
    runAndRead(
      model,
      (i) => lp.columnNames[i]!,
      (i) => lp.rowNames[i]!,
    ),
  );
}

/** Runs a loaded model and reads its answer into the one-shot result shape. */
function runAndRead(
  model: Model,
  columnName: (index: number) => string,
  rowName: (index: number) => string,
): LpSolution {
  model.options.set({ output_flag: false });
  model.run();
  const Status = HIGHS_STATUS_NAMES[model.getModelStatus()] ?? 'Unknown';
  const solution = model.getSolution();
  const hasSolution = Status === 'Optimal' || Status === 'Unbounded';
  const Columns: Record<string, LpSolutionColumn> = {};
  for (let i = 0; i < solution.colValue.length; i++) {
    Columns[columnName(i)] = hasSolution
      ? { Index: i, Primal: solution.colValue[i]!, Dual: solution.colDual[i]! }
      : { Index: i };
  }
  const Rows: LpSolutionRow[] = [];
  for (let i = 0; i < solution.rowValue.length; i++) {
    Rows.push(
      hasSolution
        ? { Index: i, Name: rowName(i), Primal: solution.rowValue[i]!, Dual: solution.rowDual[i]! }
        : { Index: i, Name: rowName(i) },
    );
  }
  return { Status, ObjectiveValue: hasSolution ? model.getObjectiveValue() : 0, Columns, Rows };
}

/** An {@link LpSolver} on a loaded HiGHS runtime (see {@link solveLpWithHighs}, {@link solveLpModelWithHighs}). */
export function highsLpSolver(highs: Highs): LpSolver {
  return {
    solve: (lpText) => solveLpWithHighs(highs, lpText),
    solveModel: (lp) => solveLpModelWithHighs(highs, lp),
  };
}
