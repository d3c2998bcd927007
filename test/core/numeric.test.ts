import { describe, expect, it } from 'vitest';
import { isClose, relativeError } from '../../src/core/index.js';

describe('closeness', () => {
  it('measures relative error, falling back to absolute at zero', () => {
    expect(relativeError(1.01, 1)).toBeCloseTo(0.01, 12);
    expect(relativeError(0.5, 0)).toBe(0.5);
  });

  it('accepts within relative or absolute tolerance and never accepts NaN', () => {
    expect(isClose(1 + 1e-7, 1)).toBe(true);
    expect(isClose(1 + 1e-5, 1)).toBe(false);
    expect(isClose(1e-12, 0, { absolute: 1e-9 })).toBe(true);
    expect(isClose(NaN, NaN)).toBe(false);
    expect(isClose(Infinity, Infinity)).toBe(true);
  });
});
