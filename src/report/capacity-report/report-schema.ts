/**
 * Validation of capacity reports at the boundary: a zod schema mirroring report-model.ts, a deep check that no
 * number is NaN or infinite (JSON cannot carry them, and a report must never show them), and cross-reference
 * checks (edges name known nodes, routes use known edges, keys are unique, log axes hold positive values).
 * `parseCapacityReport` re-imports the JSON a renderer wrote; documents of another kind or version are rejected
 * with one path-named issue instead of a flood of schema errors.
 * Assumptions: the report format is versioned by `schemaVersion` (currently 1); unknown keys are errors so a
 * typo never passes silently.
 */
import { z } from 'zod';
import { err, ok, ValidationError, type Result, type ValidationIssue } from '../../core/index.js';
import { ML_MODELS, WORKLOAD_TASKS } from '../../ml/index.js';
import {
  formatIssuePath,
  jsonTypeOf,
  parseJsonText,
  zodIssuesToValidationIssues,
} from '../../network/index.js';
import {
  CAPACITY_REPORT_KIND,
  CAPACITY_REPORT_SCHEMA_VERSION,
  type CapacityReport,
  type ChartSpec,
  type WorkloadReport,
} from './report-model.js';
import { chartSpecIssues, crossReferenceIssues } from './report-references.js';

const nonNegative = z.number().min(0);
const fraction = z.number().min(0).max(1);
const text = z.string();
const key = z.string().min(1);

const nodeSchema = z.strictObject({
  key,
  kind: text,
  label: text.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

const edgeSchema = z.strictObject({
  key,
  source: key,
  target: key,
  kind: text,
  lengthM: nonNegative.optional(),
  rateHz: nonNegative.optional(),
  fidelity: fraction.optional(),
});

const demandSchema = z.strictObject({
  key,
  source: key,
  target: key,
  targetFidelity: fraction,
  requestedRateHz: nonNegative.optional(),
  status: z.enum(['ok', 'unreachable', 'no-route', 'no-rate']),
  explanation: text.optional(),
  route: z.strictObject({ nodes: z.array(key).min(1), edges: z.array(key), lengthM: nonNegative }).optional(),
  rateHz: nonNegative.optional(),
  unallocatedRateHz: nonNegative.optional(),
  fidelity: fraction.optional(),
  latencyS: nonNegative.optional(),
  jitterS: nonNegative.optional(),
  purificationRounds: z.number().int().min(0).optional(),
  bottleneck: z.strictObject({ edgeKey: key, reason: text }).optional(),
  bound: z
    .strictObject({
      plobPairsPerS: nonNegative.optional(),
      minCutPairsPerS: nonNegative.optional(),
      description: text,
    })
    .optional(),
  effectiveBandwidth: z
    .strictObject({
      pairsPerS: nonNegative,
      qubitsPerS: nonNegative,
      classicalLimited: z.boolean(),
      note: text,
    })
    .optional(),
  alternatives: z
    .array(
      z.strictObject({
        label: text,
        rateHz: nonNegative.optional(),
        fidelity: fraction.optional(),
        latencyS: nonNegative.optional(),
        status: text,
        explanation: text.optional(),
      }),
    )
    .optional(),
  methods: z.array(text).optional(),
});

const workloadTimeSchema = z.strictObject({
  communicationS: nonNegative,
  computeS: nonNegative,
  latencyS: nonNegative,
  totalS: nonNegative,
});

const workloadTaskSchema = z.strictObject({
  task: z.enum(WORKLOAD_TASKS),
  label: text,
  copies: nonNegative,
  qubits: nonNegative,
  bits: nonNegative,
  quantumTime: workloadTimeSchema.optional(),
  classicalTime: workloadTimeSchema,
  faster: z.enum(['quantum', 'classical', 'equal']),
  speedup: nonNegative.optional(),
  communicationOnlyBreakEvenQubitsPerS: nonNegative,
  breakEvenQubitsPerS: nonNegative.optional(),
  breakEvenReachable: z.boolean().optional(),
  breakEvenNote: text,
  crossoverDimension: z.number().min(2).optional(),
  crossoverNote: text,
});

/** zod schema of one {@link WorkloadReport}. */
const workloadSchema: z.ZodType<WorkloadReport> = z.strictObject({
  demandKey: key,
  workloadKey: key,
  label: text.optional(),
  model: z.enum(ML_MODELS),
  dimension: z.number().int().min(2),
  layers: z.number().int().min(1),
  paramsPerUnitary: z.number().int().min(1),
  epsilon: z.number().gt(0).lt(1),
  delta: z.number().gt(0).lt(1),
  bitsPerNumber: z.number().int().min(1),
  trainingSteps: z.number().int().min(1).optional(),
  status: z.enum(['ok', 'no-quantum-route']),
  explanation: text.optional(),
  quantumRoute: z.strictObject({
    pairsPerS: nonNegative,
    qubitsPerS: nonNegative,
    roundLatencyS: nonNegative.optional(),
    classicalLimited: z.boolean(),
    carrierTransitS: nonNegative.optional(),
    stockpiledPairs: nonNegative.optional(),
  }),
  classicalLink: z.strictObject({ rateBitsPerS: z.number().gt(0), latencyS: nonNegative }),
  tasks: z.array(workloadTaskSchema),
  privacy: z.strictObject({
    qubitsPerInference: nonNegative,
    learnableBitsCap: nonNegative,
    dataBits: nonNegative,
    fractionOfDataCap: fraction,
  }),
  consumableData: z.strictObject({
    usesUntilFewerClassicalBits: z.number().min(1),
    usesUntilClassicalFaster: z.number().min(1).optional(),
    note: text,
  }),
  assumptions: z.array(text),
});

/** zod schema of one {@link ChartSpec}. */
export const chartSpecSchema: z.ZodType<ChartSpec> = z.strictObject({
  id: key,
  title: text,
  kind: z.enum(['line', 'bar']),
  xLabel: text,
  yLabel: text,
  logX: z.boolean().optional(),
  logY: z.boolean().optional(),
  series: z.array(
    z.strictObject({ label: text, points: z.array(z.strictObject({ x: z.number(), y: z.number() })) }),
  ),
  markers: z.array(z.strictObject({ x: z.number(), label: text })).optional(),
});

/** zod schema of {@link CapacityReport} (version 1). Output keys follow the order of report-model.ts. */
export const capacityReportSchema: z.ZodType<CapacityReport> = z.strictObject({
  schemaVersion: z.literal(CAPACITY_REPORT_SCHEMA_VERSION),
  kind: z.literal(CAPACITY_REPORT_KIND),
  generator: z.strictObject({ name: z.literal('qnet-planner'), version: key }),
  scenario: z.strictObject({
    name: text,
    description: text.optional(),
    seed: z.number().int(),
    file: text.optional(),
    document: z.custom<unknown>((value) => value !== undefined, { message: 'is required' }),
  }),
  settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  network: z.strictObject({ nodes: z.array(nodeSchema), edges: z.array(edgeSchema) }),
  demands: z.array(demandSchema),
  allocation: z
    .strictObject({
      objective: text,
      status: text,
      message: text,
      totalRateHz: nonNegative,
      constraints: z.array(
        z.strictObject({
          kind: z.enum(['edge', 'node']),
          key,
          utilisation: nonNegative,
          binding: z.boolean(),
        }),
      ),
    })
    .optional(),
  workloads: z.array(workloadSchema).optional(),
  charts: z.array(chartSpecSchema).optional(),
  assumptions: z.array(text),
  methods: z.array(text),
  references: z.array(text),
});

/** Issues for every NaN/infinite number and every non-JSON value (undefined in arrays, functions, bigints). */
function nonJsonIssues(value: unknown, path: PropertyKey[], issues: ValidationIssue[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      issues.push({ path: formatIssuePath(path), message: `must be a finite number (got ${String(value)})` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item === undefined)
        issues.push({ path: formatIssuePath([...path, index]), message: 'is undefined' });
      else nonJsonIssues(item, [...path, index], issues);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      if (item !== undefined) nonJsonIssues(item, [...path, name], issues);
    }
  } else if (typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') {
    issues.push({ path: formatIssuePath(path), message: `is not a JSON value (${typeof value})` });
  }
}

/** The one issue for a document that is not a version-1 capacity report, or undefined when it claims to be one. */
function kindOrVersionIssue(value: Record<string, unknown>): ValidationIssue | undefined {
  if (value.kind !== CAPACITY_REPORT_KIND) {
    const got = value.kind === undefined ? 'missing' : JSON.stringify(value.kind);
    return {
      path: 'kind',
      message: `must be ${JSON.stringify(CAPACITY_REPORT_KIND)} (got ${got}): this is not a qnet capacity report`,
    };
  }
  if (value.schemaVersion !== CAPACITY_REPORT_SCHEMA_VERSION) {
    const got = value.schemaVersion;
    const detail = typeof got === 'number' ? String(got) : jsonTypeOf(got);
    return {
      path: 'schemaVersion',
      message:
        typeof got === 'number' && got > CAPACITY_REPORT_SCHEMA_VERSION
          ? `unsupported version ${detail}: this qnet-planner reads version ${CAPACITY_REPORT_SCHEMA_VERSION}; upgrade qnet-planner`
          : `must be ${CAPACITY_REPORT_SCHEMA_VERSION} (got ${detail})`,
    };
  }
  return undefined;
}

/**
 * Validates an in-memory value as a capacity report (version 1).
 * @returns the report with keys in model order (settings as given), or a ValidationError listing every issue
 *   as `path: rule` (e.g. `demands[1].rateHz: must be a finite number (got NaN)`). Never throws.
 */
export function validateCapacityReport(value: unknown): Result<CapacityReport, ValidationError> {
  const context = 'capacity report';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return err(
      new ValidationError([{ path: '', message: `expected an object, got ${jsonTypeOf(value)}` }], context),
    );
  }
  const wrongKind = kindOrVersionIssue(value as Record<string, unknown>);
  if (wrongKind) return err(new ValidationError([wrongKind], context));
  const nonFinite: ValidationIssue[] = [];
  nonJsonIssues(value, [], nonFinite);
  const checked = capacityReportSchema.safeParse(value);
  if (!checked.success || nonFinite.length > 0) {
    const covered = new Set(nonFinite.map((issue) => issue.path));
    const schemaIssues = checked.success
      ? []
      : zodIssuesToValidationIssues(capacityReportSchema, value, checked.error.issues).filter(
          (issue) => !covered.has(issue.path),
        );
    return err(new ValidationError([...nonFinite, ...schemaIssues], context));
  }
  const references = crossReferenceIssues(checked.data);
  if (references.length > 0) return err(new ValidationError(references, context));
  return ok(checked.data);
}

/**
 * Parses the JSON text of a capacity report (as written by `renderReportJson`).
 * @returns the report, or a ValidationError naming the path of each problem; other document kinds and other
 *   versions are rejected with a message at `kind` or `schemaVersion`. Never throws for any text.
 */
export function parseCapacityReport(text: string): Result<CapacityReport, ValidationError> {
  const json = parseJsonText(text);
  if (!json.ok) return err(new ValidationError([json.error], 'capacity report'));
  return validateCapacityReport(json.value);
}

/**
 * Returns `report` validated, or throws its ValidationError; renderers call this so that they never print NaN,
 * Infinity or a dangling reference.
 */
export function requireValidReport(report: CapacityReport): CapacityReport {
  const checked = validateCapacityReport(report);
  if (!checked.ok) throw checked.error;
  return checked.value;
}

/**
 * Validates one chart spec on its own (e.g. one the app builds for a live chart): schema, finite numbers, and
 * positive values on logarithmic axes. Issue paths are relative to the chart (`series[0].points[2].y`).
 */
export function validateChartSpec(value: unknown): Result<ChartSpec, ValidationError> {
  const nonFinite: ValidationIssue[] = [];
  nonJsonIssues(value, [], nonFinite);
  const checked = chartSpecSchema.safeParse(value);
  if (!checked.success || nonFinite.length > 0) {
    const covered = new Set(nonFinite.map((issue) => issue.path));
    const schemaIssues = checked.success
      ? []
      : zodIssuesToValidationIssues(chartSpecSchema, value, checked.error.issues).filter(
          (issue) => !covered.has(issue.path),
        );
    return err(new ValidationError([...nonFinite, ...schemaIssues], 'chart'));
  }
  const issues = chartSpecIssues(checked.data, []);
  return issues.length > 0 ? err(new ValidationError(issues, 'chart')) : ok(checked.data);
}
