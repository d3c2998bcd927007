/**
 * Error classes of qnet-planner.
 *
 * Every error a user can cause carries the field (or JSON path) it concerns and the rule it broke,
 * so the CLI and the app can print `edges[3].lengthKm: must be > 0` instead of a stack trace.
 * Errors that are bugs stay plain `Error`s.
 */

/** Base class of every error the user can cause; the CLI prints `message` and exits 1. */
export class QnetError extends Error {
  override name = 'QnetError';
}

/** A single parameter is out of its domain, e.g. `lengthKm: must be >= 0 (got -3)`. */
export class ParameterError extends QnetError {
  override name = 'ParameterError';
  /** Name of the offending parameter as the user wrote it (option or JSON key). */
  readonly field: string;
  /** The rule it broke, e.g. `must be >= 0`. */
  readonly problem: string;

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.field = field;
    this.problem = problem;
  }
}

/** One problem found while validating a document: a JSON path and the rule it broke. */
export interface ValidationIssue {
  /** JSON path in dotted/bracket form, e.g. `edges[3].lengthKm`; empty for the document root. */
  readonly path: string;
  /** Human-readable rule, e.g. `must be > 0` or `unknown node "tokio" (did you mean "tokyo"?)`. */
  readonly message: string;
}

/** A document (scenario, preset, report) failed validation; holds every issue found, not just the first. */
export class ValidationError extends QnetError {
  override name = 'ValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context?: string) {
    const lines = issues.map((issue) => formatIssue(issue));
    super(`${context ? `${context}: ` : ''}${issues.length} problem(s)\n  ${lines.join('\n  ')}`);
    this.issues = issues;
  }
}

/** A target that no configuration of the model can reach (e.g. a fidelity above the purification limit). */
export class UnreachableError extends QnetError {
  override name = 'UnreachableError';
}

/** Formats an issue as `path: message`, or just the message for the root. */
export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
