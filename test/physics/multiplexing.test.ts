import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modesForSuccessProbability, multiplexedSuccessProbability } from '../../src/physics/multiplexing.js';
import { expectClose } from '../support/close.js';

describe('multiplexing', () => {
  it('gives 0.095208 for p = 1e-3 and M = 100 (physics.md §1)', () => {
    expectClose(multiplexedSuccessProbability(1e-3, 100), 0.095208, { absolute: 5e-7 });
  });

  it('is exact in the limits and keeps precision for tiny p', () => {
    expect(multiplexedSuccessProbability(0.3)).toBeCloseTo(0.3, 15);
    expect(multiplexedSuccessProbability(0, 50)).toBe(0);
    expect(multiplexedSuccessProbability(1, 50)).toBe(1);
    // naive 1 - (1 - p)^M loses every digit here
    expectClose(multiplexedSuccessProbability(1e-18, 1000), 1e-15, { relative: 1e-12 });
  });

  it('increases with modes, is at most M p and at least p', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (p, modes) => {
          const single = multiplexedSuccessProbability(p, modes);
          const more = multiplexedSuccessProbability(p, modes + 1);
          expect(more).toBeGreaterThanOrEqual(single);
          expect(single).toBeGreaterThanOrEqual(p * (1 - 1e-12));
          expect(single).toBeLessThanOrEqual(Math.min(1, modes * p) * (1 + 1e-12));
        },
      ),
    );
  });

  it('finds the number of modes for a target probability', () => {
    expect(modesForSuccessProbability(1e-3, 0.0952078)).toBe(100);
    expect(modesForSuccessProbability(1e-3, 0.095208)).toBe(101);
    expect(modesForSuccessProbability(0.5, 0.75)).toBe(2);
    expect(modesForSuccessProbability(0.5, 0.76)).toBe(3);
    expect(modesForSuccessProbability(0, 0.5)).toBe(Infinity);
  });

  it('rejects bad input naming the field', () => {
    expect(() => multiplexedSuccessProbability(1.1, 2)).toThrow(/^modeProbability: /);
    expect(() => multiplexedSuccessProbability(0.1, 0)).toThrow(/^modes: /);
    expect(() => multiplexedSuccessProbability(0.1, 2.5)).toThrow(/^modes: /);
    expect(() => modesForSuccessProbability(0.1, -1)).toThrow(/^target: /);
  });
});
