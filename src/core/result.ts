/**
 * A value or an error, for functions whose failure is an expected outcome (parsing a user file) rather
 * than a bug. Callers must look at `ok` before using the value.
 */

/** Success or failure of an operation that can fail on user input. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Wraps a value as a success. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failure. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
