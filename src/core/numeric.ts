/**
 * Numeric comparison helpers shared by `qnet verify` and the tests, so both judge closeness the same way.
 */

/** |model - expected| / |expected|, or the absolute difference when expected is 0. */
export function relativeError(model: number, expected: number): number {
  if (expected === 0) return Math.abs(model);
  return Math.abs(model - expected) / Math.abs(expected);
}

/** Tolerances for {@link isClose}: passes when within `relative` OR within `absolute`. */
export interface Tolerance {
  /** Relative tolerance, default 1e-6. */
  readonly relative?: number;
  /** Absolute tolerance, default 0. */
  readonly absolute?: number;
}

/** True when `model` equals `expected` within the given tolerances (NaN is never close). */
export function isClose(model: number, expected: number, tolerance: Tolerance = {}): boolean {
  const relative = tolerance.relative ?? 1e-6;
  const absolute = tolerance.absolute ?? 0;
  if (Number.isNaN(model) || Number.isNaN(expected)) return false;
  if (model === expected) return true;
  const difference = Math.abs(model - expected);
  return difference <= absolute || difference <= relative * Math.abs(expected);
}
