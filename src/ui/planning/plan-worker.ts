/**
 * The planning Web Worker: receives the preset texts once, then scenario texts, and answers each with a
 * capacity report (or the validation issues), so planning never blocks the page. Only the newest pending
 * request is planned: messages that arrive while a plan runs replace each other.
 * Assumptions: module worker (vite `worker.format: 'es'`); HiGHS loads once per worker from its `?url` asset.
 */
import wasmUrl from 'highs/runtime?url';
import type { PresetFile } from '../../core/index.js';
import type { LpSolver, PresetRegistry } from '../../network/index.js';
import { createBrowserHighsSolver } from './browser-highs-solver.js';
import { computePlan, presetRegistryOf, type PlanRequest, type PlanResponse } from './plan-compute.js';

/** Messages the page sends to the worker. */
export type WorkerMessage =
  | { readonly type: 'presets'; readonly files: readonly PresetFile[] }
  | ({ readonly type: 'plan' } & PlanRequest);

const scope = self as unknown as {
  postMessage(message: PlanResponse): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
};

let registry: PresetRegistry = new Map();
let solver: Promise<LpSolver | undefined> | undefined;
let pending: PlanRequest | undefined;
let running = false;

function loadSolver(): Promise<LpSolver | undefined> {
  // Without HiGHS the plan still runs, each demand as if alone (the CLI's --no-allocation).
  solver ??= createBrowserHighsSolver(wasmUrl).catch(() => undefined);
  return solver;
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (pending) {
      const request = pending;
      pending = undefined;
      const lp = await loadSolver();
      scope.postMessage(computePlan(request, registry, lp, () => performance.now()));
    }
  } finally {
    running = false;
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'presets') {
    registry = presetRegistryOf(message.files).registry;
    void loadSolver();
    return;
  }
  pending = message;
  void drain();
};
