/**
 * One planning run as the app does it, the same steps as `qnet plan` (src/cli/commands/plan.ts): parse the
 * scenario with the platform presets, plan every demand (routing, path analysis, LP allocation across
 * demands), attach distributed-ML workloads, and build the CapacityReport every panel and export reads.
 * Runs in the planning Web Worker; DOM-free so Node tests call it directly.
 * Assumptions: the CLI's default plan options (rate metric, 1 candidate path, swap-asap, DEJMPS recurrence
 * with automatic placement, max-total allocation); a planning failure is reported, never thrown.
 */
import type { PresetFile, ValidationIssue } from '../../core/index.js';
import { workloadReportsForPlan } from '../../ml/index.js';
import {
  createPresetRegistry,
  parsePreset,
  parseScenario,
  planScenario,
  type LpSolver,
  type PlanOptions,
  type PlatformPreset,
  type PresetRegistry,
} from '../../network/index.js';
import { capacityReportFromPlan, withWorkloads, type CapacityReport } from '../../report/index.js';

/** What the app asks the worker to plan. */
export interface PlanRequest {
  /** Sequence number; the answer carries it back so the client can drop stale results. */
  readonly sequence: number;
  /** Scenario JSON text. */
  readonly documentText: string;
  /** File name recorded in the report (e.g. `metro-three-node.qnet.json`). */
  readonly fileName: string;
  /** Software version recorded in the report. */
  readonly version: string;
}

/** The worker's answer. */
export type PlanResponse =
  | {
      readonly sequence: number;
      readonly ok: true;
      readonly report: CapacityReport;
      /** Wall time spent planning in the worker, ms. */
      readonly elapsedMs: number;
    }
  | {
      readonly sequence: number;
      readonly ok: false;
      readonly issues: readonly ValidationIssue[];
      readonly elapsedMs: number;
    };

/** The CLI's default plan options (see `qnet plan --help`). */
export const APP_PLAN_OPTIONS: PlanOptions = {
  metric: 'rate',
  candidatePaths: 1,
  swapPolicy: 'swap-asap',
  purification: { protocol: 'dejmps', scheme: 'recurrence', placement: 'auto' },
  objective: 'max-total',
};

/** Builds a preset registry from preset file texts; broken files are returned as issues, not thrown. */
export function presetRegistryOf(files: readonly PresetFile[]): {
  registry: PresetRegistry;
  issues: ValidationIssue[];
} {
  const presets: PlatformPreset[] = [];
  const issues: ValidationIssue[] = [];
  for (const file of files) {
    const parsed = parsePreset(file.text, file.fileName);
    if (parsed.ok) presets.push(parsed.value);
    else
      issues.push(
        ...parsed.error.issues.map((issue) => ({ ...issue, path: `${file.fileName}: ${issue.path}` })),
      );
  }
  const registry = createPresetRegistry(presets);
  if (!registry.ok) return { registry: new Map(), issues: [...issues, ...registry.error.issues] };
  return { registry: registry.value, issues };
}

/**
 * Plans a scenario text and builds its capacity report.
 * @param now - a clock in ms for the elapsed time (performance.now in the worker).
 */
export function computePlan(
  request: PlanRequest,
  registry: PresetRegistry,
  solver: LpSolver | undefined,
  now: () => number,
): PlanResponse {
  const start = now();
  const { sequence } = request;
  const parsed = parseScenario(request.documentText, { presets: registry, fileName: request.fileName });
  if (!parsed.ok) return { sequence, ok: false, issues: parsed.error.issues, elapsedMs: now() - start };
  try {
    const scenario = parsed.value;
    const plan = planScenario(scenario, APP_PLAN_OPTIONS, solver);
    const { workloads, charts } = workloadReportsForPlan(scenario, plan);
    const report = withWorkloads(
      capacityReportFromPlan(scenario, plan, { version: request.version, file: request.fileName }),
      workloads,
      charts,
    );
    return { sequence, ok: true, report, elapsedMs: now() - start };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      sequence,
      ok: false,
      issues: [{ path: '', message: `planning failed: ${message}` }],
      elapsedMs: now() - start,
    };
  }
}
