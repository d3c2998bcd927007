/**
 * The HiGHS LP solver (Huangfu & Hall, Math. Prog. Comp. 10, 119 (2018); highs-js 1.15 WebAssembly) for the
 * planner inside the app's Web Worker, behind the {@link LpSolver} interface of src/network/allocation.
 * Mirrors src/cli/highs-solver.ts (which the UI may not import): the persistent model API, status names of
 * the one-shot API, one model per solve. The WebAssembly file is located by URL (vite `?url` asset), since a
 * page has no file system to find it next to the script.
 * Assumptions: one runtime per worker; solver output silenced.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';
import type { LpSolution, LpSolutionColumn, LpSolutionRow, LpSolver, LpStatus } from '../../network/index.js';

type HighsLoader = typeof highsModule.default;

// Same dual shape as in the CLI: the types describe CommonJS, the ES build gives the loader itself.
const loadHighs: HighsLoader =
  typeof highsModule === 'function' ? (highsModule as unknown as HighsLoader) : highsModule.default;

/** HiGHS model status codes (highs.constants.modelStatus) to the status strings of the one-shot API. */
const STATUS_NAMES: Readonly<Record<number, LpStatus>> = {
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

function solveWith(highs: Highs, lpText: string): LpSolution {
  return highs.withModel({ format: 'lp', data: lpText }, (model): LpSolution => {
    model.options.set({ output_flag: false });
    model.run();
    const Status = STATUS_NAMES[model.getModelStatus()] ?? 'Unknown';
    const solution = model.getSolution();
    const hasSolution = Status === 'Optimal' || Status === 'Unbounded';
    const Columns: Record<string, LpSolutionColumn> = {};
    for (let i = 0; i < solution.colValue.length; i++) {
      Columns[model.getColName(i)] = hasSolution
        ? { Index: i, Primal: solution.colValue[i]!, Dual: solution.colDual[i]! }
        : { Index: i };
    }
    const Rows: LpSolutionRow[] = [];
    for (let i = 0; i < solution.rowValue.length; i++) {
      Rows.push(
        hasSolution
          ? { Index: i, Name: model.getRowName(i), Primal: solution.rowValue[i]!, Dual: solution.rowDual[i]! }
          : { Index: i, Name: model.getRowName(i) },
      );
    }
    return { Status, ObjectiveValue: hasSolution ? model.getObjectiveValue() : 0, Columns, Rows };
  });
}

let runtime: Promise<Highs> | undefined;

/**
 * Loads HiGHS once per worker and returns an LP solver.
 * @param wasmUrl - URL of highs.wasm (from `import url from 'highs/runtime?url'`); undefined lets the
 *   module find the file itself (Node tests).
 */
export async function createBrowserHighsSolver(wasmUrl?: string): Promise<LpSolver> {
  runtime ??= loadHighs(wasmUrl === undefined ? {} : { locateFile: () => wasmUrl });
  const highs = await runtime;
  return { solve: (lpText) => solveWith(highs, lpText) };
}
