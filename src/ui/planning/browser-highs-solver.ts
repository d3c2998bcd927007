/**
 * The HiGHS LP solver (Huangfu & Hall, Math. Prog. Comp. 10, 119 (2018); highs-js 1.15 WebAssembly) for the
 * planner inside the app's Web Worker, behind the {@link LpSolver} interface of src/network/allocation. Only the
 * loading is here: the WebAssembly file is located by URL (vite `?url` asset), since a page has no file system
 * to find it next to the script; solving on the loaded runtime is src/network/allocation/highs-model-result.ts,
 * shared with the CLI's src/cli/highs-solver.ts.
 * Assumptions: one runtime per worker.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';
import { highsLpSolver, type LpSolver } from '../../network/index.js';

type HighsLoader = typeof highsModule.default;

// Same dual shape as in the CLI: the types describe CommonJS, the ES build gives the loader itself.
const loadHighs: HighsLoader =
  typeof highsModule === 'function' ? (highsModule as unknown as HighsLoader) : highsModule.default;

let runtime: Promise<Highs> | undefined;

/**
 * Loads HiGHS once per worker and returns an LP solver.
 * @param wasmUrl - URL of highs.wasm (from `import url from 'highs/runtime?url'`); undefined lets the
 *   module find the file itself (Node tests).
 */
export async function createBrowserHighsSolver(wasmUrl?: string): Promise<LpSolver> {
  runtime ??= loadHighs(wasmUrl === undefined ? {} : { locateFile: () => wasmUrl });
  return highsLpSolver(await runtime);
}
