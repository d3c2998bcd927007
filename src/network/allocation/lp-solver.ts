/**
 * The contract between the pure allocation code and a linear-programming solver: CPLEX LP-format text in,
 * the solution shape of HiGHS's one-shot `solve()` out (highs-js 1.15, `types.d.ts`, "Legacy solve result").
 *
 * Loading the HiGHS WebAssembly module is I/O, so src/network never does it: the caller passes an
 * {@link LpSolver} (src/cli/highs-solver.ts wraps HiGHS; tests may pass a fake to exercise every status).
 * Only the fields the allocation reads are typed; a real HiGHS result has more and is assignable to this.
 */
import type { LpModel } from './lp-model.js';

/** Model status strings of HiGHS (`HighsModelStatus` in highs-js). */
export type LpStatus =
  | 'Not Set'
  | 'Load error'
  | 'Model error'
  | 'Presolve error'
  | 'Solve error'
  | 'Postsolve error'
  | 'Empty'
  | 'Optimal'
  | 'Infeasible'
  | 'Primal infeasible or unbounded'
  | 'Unbounded'
  | 'Bound on objective reached'
  | 'Target for objective reached'
  | 'Time limit reached'
  | 'Iteration limit reached'
  | 'Unknown';

/** One column (variable) of a solution. Primal and Dual are absent when no solution exists. */
export interface LpSolutionColumn {
  /** Zero-based column index. */
  readonly Index?: number;
  /** Value of the variable. */
  readonly Primal?: number;
  /** Reduced cost. */
  readonly Dual?: number;
}

/** One row (constraint) of a solution, in model order. */
export interface LpSolutionRow {
  /** Zero-based row index. */
  readonly Index?: number;
  /** Row name as written in the LP text. */
  readonly Name?: string;
  /** Row activity (value of the left-hand side). */
  readonly Primal?: number;
  /** Dual value (shadow price): objective change per unit increase of the row's bound. */
  readonly Dual?: number;
}

/** What a solver returns for one LP. */
export interface LpSolution {
  readonly Status: LpStatus;
  /** Objective value; meaningful only when Status is 'Optimal'. */
  readonly ObjectiveValue: number;
  /** Columns keyed by variable name. */
  readonly Columns: Readonly<Record<string, LpSolutionColumn>>;
  /** Rows in the order they appear in the LP text. */
  readonly Rows: readonly LpSolutionRow[];
}

/**
 * Solves an LP given as CPLEX LP-format text, or, when it has `solveModel`, the same LP as arrays (faster for
 * large LPs: no text to write and parse; lp-model.ts). Must be synchronous and must not throw on infeasibility.
 */
export interface LpSolver {
  solve(lpText: string): LpSolution;
  /** The same answer as `solve` on the model's LP text, with rows and columns named by the model. */
  solveModel?(model: LpModel): LpSolution;
}
