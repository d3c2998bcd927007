/**
 * The HiGHS LP solver (Huangfu & Hall, Math. Prog. Comp. 10, 119 (2018)), compiled to WebAssembly by
 * highs-js 1.15, behind the {@link LpSolver} interface of src/network/allocation. Loading the WebAssembly
 * module is I/O, which is why this lives in the CLI layer and not in src/network.
 *
 * It uses highs-js's persistent model API (read LP text, run, read dense solution arrays) and rebuilds the
 * one-shot `solve()` result shape from it: measured on the 1,000-demand benchmark LP, the one-shot call took
 * about twice the CPU time for the same answer. Each call creates and disposes its own model, so solves never
 * share state. Assumptions: one runtime per process; solver output silenced.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';
import type {
  LpSolution,
  LpSolutionColumn,
  LpSolutionRow,
  LpSolver,
  LpStatus,
} from '../network/allocation/index.js';

type HighsLoader = typeof highsModule.default;

// highs ships one types.d.ts for its CommonJS and ES builds; under NodeNext TypeScript reads it as CommonJS
// (loader on `.default`) while Node's ES import of highs.mjs gives the loader itself. Accept both.
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

let runtime: Promise<Highs> | undefined;

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

/**
 * Loads HiGHS (once per process; about 0.1 s) and returns a solver for CPLEX LP-format text.
 * Optimisation outcomes (infeasible, unbounded, limits) are returned in `Status`; a malformed LP throws.
 */
export async function createHighsSolver(): Promise<LpSolver> {
  runtime ??= loadHighs();
  const highs = await runtime;
  return { solve: (lpText) => solveWith(highs, lpText) };
}
