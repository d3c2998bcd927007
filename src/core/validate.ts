/**
 * Parameter guards used at the entry of every public model function.
 *
 * Each guard returns the value unchanged when it is valid and throws a {@link ParameterError} that names
 * the field and the rule otherwise, so bad input never turns into NaN further down. Non-finite numbers
 * (NaN, ±Infinity) are rejected by every guard unless it says otherwise.
 */
import { ParameterError } from './errors.js';

function describe(value: number): string {
  return Number.isNaN(value) ? 'NaN' : String(value);
}

/** Requires a finite number. */
export function requireFinite(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ParameterError(field, `must be a finite number (got ${describe(value)})`);
  }
  return value;
}

/** Requires a finite number > 0. */
export function requirePositive(field: string, value: number): number {
  requireFinite(field, value);
  if (!(value > 0)) throw new ParameterError(field, `must be > 0 (got ${describe(value)})`);
  return value;
}

/** Requires a finite number >= 0. */
export function requireNonNegative(field: string, value: number): number {
  requireFinite(field, value);
  if (!(value >= 0)) throw new ParameterError(field, `must be >= 0 (got ${describe(value)})`);
  return value;
}

/** Requires a probability (or efficiency, or fidelity) in the closed interval [0, 1]. */
export function requireProbability(field: string, value: number): number {
  return requireInRange(field, value, 0, 1);
}

/** Requires `min <= value <= max` (closed interval). */
export function requireInRange(field: string, value: number, min: number, max: number): number {
  requireFinite(field, value);
  if (value < min || value > max) {
    throw new ParameterError(field, `must be between ${min} and ${max} (got ${describe(value)})`);
  }
  return value;
}

/** Requires an integer with `value >= min`. */
export function requireInteger(field: string, value: number, min = 0): number {
  requireFinite(field, value);
  if (!Number.isInteger(value) || value < min) {
    throw new ParameterError(field, `must be an integer >= ${min} (got ${describe(value)})`);
  }
  return value;
}

/** Requires a positive number or +Infinity (used for "no limit" values such as an infinite T2). */
export function requirePositiveOrInfinite(field: string, value: number): number {
  if (value === Number.POSITIVE_INFINITY) return value;
  return requirePositive(field, value);
}
