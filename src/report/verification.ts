/**
 * Runs `qnet verify` reference cases: each case's model value against its expected value and tolerance.
 * A case whose computation throws is reported as failed with the error message, never crashes the run.
 */
import { isClose, relativeError, type ReferenceCase } from '../core/index.js';

/** Outcome of one reference case. */
export interface VerificationRow {
  readonly id: string;
  readonly group: string;
  readonly description: string;
  readonly source: string;
  readonly unit: string;
  readonly expected: number;
  /** Model value, or null when the computation failed. */
  readonly model: number | null;
  /** |model - expected| / |expected| (absolute difference when expected is 0), or null on failure. */
  readonly relativeError: number | null;
  readonly tolerance: { readonly relative: number; readonly absolute: number };
  readonly pass: boolean;
  /** Error message when the computation threw. */
  readonly error?: string;
}

/** Summary of a verification run. */
export interface VerificationSummary {
  readonly rows: readonly VerificationRow[];
  readonly passed: number;
  readonly failed: number;
}

/** Evaluates every case; `filter` (substring of id or group) restricts the run. */
export function runReferenceCases(cases: readonly ReferenceCase[], filter?: string): VerificationSummary {
  const selected = filter ? cases.filter((c) => c.id.includes(filter) || c.group.includes(filter)) : cases;
  const rows = selected.map((referenceCase) => evaluate(referenceCase));
  const passed = rows.filter((row) => row.pass).length;
  return { rows, passed, failed: rows.length - passed };
}

function evaluate(referenceCase: ReferenceCase): VerificationRow {
  const tolerance = {
    relative: referenceCase.tolerance?.relative ?? 1e-6,
    absolute: referenceCase.tolerance?.absolute ?? 0,
  };
  const base = {
    id: referenceCase.id,
    group: referenceCase.group,
    description: referenceCase.description,
    source: referenceCase.source,
    unit: referenceCase.unit,
    expected: referenceCase.expected,
    tolerance,
  };
  try {
    const model = referenceCase.compute();
    return {
      ...base,
      model,
      relativeError: relativeError(model, referenceCase.expected),
      pass: isClose(model, referenceCase.expected, tolerance),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, model: null, relativeError: null, pass: false, error: message };
  }
}
