/**
 * The HiGHS LP solver (Huangfu & Hall, Math. Prog. Comp. 10, 119 (2018)), compiled to WebAssembly by
 * highs-js 1.15, behind the {@link LpSolver} interface of src/network/allocation. Loading the WebAssembly
 * module is I/O, which is why this lives in the CLI layer; solving on the loaded runtime (the persistent model
 * API, read back into the one-shot result shape) is src/network/allocation/highs-model-result.ts, shared with
 * the app's Web Worker. Assumptions: one runtime per process.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';
import { highsLpSolver, type LpSolver } from '../network/allocation/index.js';

type HighsLoader = typeof highsModule.default;

// highs ships one types.d.ts for its CommonJS and ES builds; under NodeNext TypeScript reads it as CommonJS
// (loader on `.default`) while Node's ES import of highs.mjs gives the loader itself. Accept both.
const loadHighs: HighsLoader =
  typeof highsModule === 'function' ? (highsModule as unknown as HighsLoader) : highsModule.default;

let runtime: Promise<Highs> | undefined;

/**
 * Loads HiGHS (once per process; about 0.1 s) and returns a solver for CPLEX LP-format text.
 * Optimisation outcomes (infeasible, unbounded, limits) are returned in `Status`; a malformed LP throws.
 */
export async function createHighsSolver(): Promise<LpSolver> {
  runtime ??= loadHighs();
  return highsLpSolver(await runtime);
}
