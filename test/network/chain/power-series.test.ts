import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convolveReal } from '../../../src/network/chain/fft.js';
import { multiplyPairBySeries, reciprocalSeries } from '../../../src/network/chain/power-series.js';
import { expectClose } from '../../support/close.js';

describe('power-series reciprocal', () => {
  it('inverts 1 - a z into the geometric series a^k', () => {
    const g = reciprocalSeries([1, -0.9], 1000);
    expect(g.length).toBe(1000);
    // Round-off is absolute (~1e-16 of the largest coefficient), so tiny coefficients get an absolute bound.
    for (const k of [0, 1, 5, 100, 999])
      expectClose(g[k]!, Math.pow(0.9, k), { relative: 1e-10, absolute: 1e-15 });
  });

  it('inverts 1 - z - z^2 into the Fibonacci numbers (non-power-of-two length)', () => {
    const g = reciprocalSeries([1, -1, -1], 30);
    const fibonacci = [1, 1];
    for (let k = 2; k < 30; k++) fibonacci.push(fibonacci[k - 1]! + fibonacci[k - 2]!);
    for (let k = 0; k < 30; k++) expectClose(g[k]!, fibonacci[k]!, { relative: 1e-9 });
  });

  it('satisfies d g = 1 modulo z^n for random series with d[0] != 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 300 }),
        (constant, rest, length) => {
          const d = [constant, ...rest];
          const g = reciprocalSeries(d, length);
          const product = convolveReal(d, g, length);
          expectClose(product[0]!, 1, { absolute: 1e-12 });
          for (let t = 1; t < length; t++) expectClose(product[t]!, 0, { absolute: 1e-10 });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a series without constant term', () => {
    expect(() => reciprocalSeries([0, 1], 4)).toThrow(/constant term/);
  });
});

describe('product of two series with a common one', () => {
  it('equals two separate direct convolutions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 150 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 150 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 150 }),
        fc.integer({ min: 1, max: 200 }),
        (x, y, g, length) => {
          const [xg, yg] = multiplyPairBySeries(x, y, g, length);
          const expectedX = convolveReal(x, g, length);
          const expectedY = convolveReal(y, g, length);
          for (let t = 0; t < length; t++) {
            expectClose(xg[t]!, expectedX[t]!, { absolute: 1e-11 });
            expectClose(yg[t]!, expectedY[t]!, { absolute: 1e-11 });
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
