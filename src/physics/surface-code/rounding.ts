/**
 * Floating-point guard for rounding a real-valued solution to an integer.
 *
 * Closed-form code-distance solutions are ratios of logarithms; when the exact answer is an integer the
 * float result can land a hair above it (Qualtran's rule at p = 1e-3, budget 1e-12 gives
 * ln(1e-11)/ln(0.1) = 11.000000000000002), and a bare ceil is then off by one. Snapping values within
 * 1e-9 of an integer to that integer before floor/ceil removes the artefact while leaving every genuinely
 * fractional value alone (for distances up to ~1000 the closed forms carry < 1e-12 absolute error).
 * Cost: a snapped distance can miss its target by a relative ~1e-9 x ln(p_th/p), reported by callers as
 * still meeting it (they compare with a 1e-6 relative slack).
 */

/** Distance to the nearest integer below which a value is treated as that integer. */
export const INTEGER_SNAP_TOLERANCE = 1e-9;

/**
 * `value` snapped to the nearest integer when within {@link INTEGER_SNAP_TOLERANCE} of it, otherwise
 * unchanged. Non-finite values pass through.
 */
export function snapToInteger(value: number): number {
  if (!Number.isFinite(value)) return value;
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= INTEGER_SNAP_TOLERANCE ? nearest : value;
}

/** floor(value) after {@link snapToInteger}. */
export function guardedFloor(value: number): number {
  return Math.floor(snapToInteger(value));
}

/** ceil(value) after {@link snapToInteger}. */
export function guardedCeil(value: number): number {
  return Math.ceil(snapToInteger(value));
}
