/**
 * The one closeness assertion for numeric tests (design.md: "one closeness helper with stated tolerances").
 * Uses the same rule as `qnet verify` (core/numeric isClose).
 */
import { expect } from 'vitest';
import { isClose, relativeError, type Tolerance } from '../../src/core/index.js';

/** Asserts `actual` is within `tolerance` of `expected` (default relative 1e-6), with a readable message. */
export function expectClose(actual: number, expected: number, tolerance: Tolerance = {}): void {
  const pass = isClose(actual, expected, tolerance);
  expect(
    pass,
    `expected ${actual} to be close to ${expected} (relative error ${relativeError(actual, expected).toExponential(3)}, tolerance ${JSON.stringify(tolerance)})`,
  ).toBe(true);
}
