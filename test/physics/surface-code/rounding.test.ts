import { describe, expect, it } from 'vitest';
import { guardedCeil, guardedFloor, snapToInteger } from '../../../src/physics/surface-code/index.js';

describe('floating-point guard', () => {
  it('reproduces the Qualtran artefact and removes it', () => {
    const raw = Math.log(10 * 1e-12) / Math.log(100 * 1e-3);
    expect(raw).toBe(11.000000000000002);
    expect(Math.ceil(raw)).toBe(12);
    expect(guardedCeil(raw)).toBe(11);
  });

  it('leaves genuinely fractional values alone', () => {
    expect(snapToInteger(33.26)).toBe(33.26);
    expect(guardedFloor(36.999999)).toBe(36);
    expect(guardedCeil(4.5)).toBe(5);
    expect(guardedFloor(10.999999999999998)).toBe(11);
    expect(snapToInteger(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
    expect(snapToInteger(-2.0000000000000004)).toBe(-2);
  });
});
