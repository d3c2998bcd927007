/**
 * JSON rendering of a capacity report: the versioned, re-importable form (read back by parseCapacityReport).
 * Stable output: keys in the order of report-model.ts (the schema's order), `settings` sorted by key, the
 * scenario document kept exactly as loaded (its key order is the user's), two-space indentation and a trailing
 * newline, so two runs of the same scenario give byte-identical files that diff cleanly.
 * Assumptions: the report is validated first, so NaN and Infinity never reach JSON.stringify (which would
 * silently turn them into null).
 */
import type { CapacityReport } from './report-model.js';
import { requireValidReport } from './report-schema.js';

/** The report with `settings` keys sorted, everything else in model order. */
export function canonicalReport(report: CapacityReport): CapacityReport {
  const valid = requireValidReport(report);
  const settings: CapacityReport['settings'] = {};
  for (const name of Object.keys(valid.settings).sort()) settings[name] = valid.settings[name]!;
  return { ...valid, settings };
}

/**
 * Renders the report as JSON text (2-space indentation, trailing newline).
 * @throws ValidationError when the report is invalid (e.g. `demands[0].rateHz: must be a finite number (got NaN)`).
 */
export function renderReportJson(report: CapacityReport): string {
  return `${JSON.stringify(canonicalReport(report), null, 2)}\n`;
}
