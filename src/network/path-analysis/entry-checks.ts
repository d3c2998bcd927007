/**
 * Cheap input checks for resolve-route.ts: each predicate accepts exactly what the matching guard of
 * src/core/validate.ts accepts, so the guard (and the field name it needs) runs only on failure. Why: a
 * plan resolves every hop and node of every route, and building the field names eagerly cost more than the
 * checks (issue 3). Assumptions: none.
 */
import { ParameterError } from '../../core/index.js';

/** True exactly when requireProbability accepts the value. */
export function isProbability(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

/** True exactly when requireNonNegative accepts the value. */
export function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A field name of route entry `index` (built only when a check fails: resolving runs for every hop and node). */
export function entryField(list: 'hops' | 'nodes', index: number, suffix: string): string {
  return `${list}[${index}]${suffix}`;
}

/** A ParameterError from a nested check, renamed to `prefix.field`; other errors unchanged. */
export function prefixed(prefix: string, error: unknown): unknown {
  return error instanceof ParameterError
    ? new ParameterError(`${prefix}.${error.field}`, error.problem)
    : error;
}
