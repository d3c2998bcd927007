import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convolveReal,
  createFftPlan,
  fftInPlace,
  isPowerOfTwo,
  nextPowerOfTwo,
} from '../../../src/network/chain/fft.js';
import { expectClose } from '../../support/close.js';

/** The O(n m) definition of the truncated linear convolution. */
function directConvolution(a: readonly number[], b: readonly number[], length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length && i + j < length; j++) out[i + j]! += a[i]! * b[j]!;
  return out;
}

/** The O(n^2) discrete Fourier transform. */
function directDft(re: readonly number[], im: readonly number[]): [number[], number[]] {
  const n = re.length;
  const outRe: number[] = [];
  const outIm: number[] = [];
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let si = 0;
    for (let j = 0; j < n; j++) {
      const angle = (-2 * Math.PI * j * k) / n;
      sr += re[j]! * Math.cos(angle) - im[j]! * Math.sin(angle);
      si += re[j]! * Math.sin(angle) + im[j]! * Math.cos(angle);
    }
    outRe.push(sr);
    outIm.push(si);
  }
  return [outRe, outIm];
}

const values = fc.double({ min: -1, max: 1, noNaN: true });

describe('powers of two', () => {
  it('recognises and rounds up to powers of two', () => {
    expect([1, 2, 4, 1024].every(isPowerOfTwo)).toBe(true);
    expect([0, 3, 6, 1.5, -2].some(isPowerOfTwo)).toBe(false);
    expect(nextPowerOfTwo(1)).toBe(1);
    expect(nextPowerOfTwo(5)).toBe(8);
    expect(nextPowerOfTwo(1024)).toBe(1024);
    expect(() => createFftPlan(12)).toThrow(/power of two/);
  });
});

describe('radix-2 FFT', () => {
  it('matches the direct DFT of a known sequence', () => {
    const re = new Float64Array([1, 2, 3, 4, 0, -1, 0.5, 2]);
    const im = new Float64Array([0, 1, 0, -2, 0, 0, 3, 0]);
    const [expectedRe, expectedIm] = directDft(Array.from(re), Array.from(im));
    fftInPlace(createFftPlan(8), re, im, 8, false);
    for (let k = 0; k < 8; k++) {
      expectClose(re[k]!, expectedRe[k]!, { absolute: 1e-12 });
      expectClose(im[k]!, expectedIm[k]!, { absolute: 1e-12 });
    }
  });

  it('inverts itself and uses a larger plan with a stride', () => {
    fc.assert(
      fc.property(fc.array(values, { minLength: 16, maxLength: 16 }), (input) => {
        const re = Float64Array.from(input);
        const im = new Float64Array(16);
        const plan = createFftPlan(64);
        fftInPlace(plan, re, im, 16, false);
        const [expectedRe] = directDft(input, new Array<number>(16).fill(0));
        for (let k = 0; k < 16; k++) expectClose(re[k]!, expectedRe[k]!, { absolute: 1e-12 });
        fftInPlace(plan, re, im, 16, true);
        for (let k = 0; k < 16; k++) {
          expectClose(re[k]!, input[k]!, { absolute: 1e-14 });
          expectClose(im[k]!, 0, { absolute: 1e-14 });
        }
      }),
      { numRuns: 50 },
    );
  });

  it('rejects a length that is not a power of two or exceeds the plan', () => {
    const plan = createFftPlan(8);
    expect(() => fftInPlace(plan, new Float64Array(6), new Float64Array(6), 6, false)).toThrow();
    expect(() => fftInPlace(plan, new Float64Array(16), new Float64Array(16), 16, false)).toThrow();
  });
});

describe('real convolution', () => {
  it('matches the direct convolution for random inputs and truncations (short and FFT paths)', () => {
    fc.assert(
      fc.property(
        fc.array(values, { minLength: 1, maxLength: 300 }),
        fc.array(values, { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 700 }),
        (a, b, length) => {
          const fast = convolveReal(a, b, length);
          const slow = directConvolution(a, b, length);
          expect(fast.length).toBe(length);
          for (let t = 0; t < length; t++) expectClose(fast[t]!, slow[t]!, { absolute: 1e-11 });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('computes (1 + z)^2 = 1 + 2z + z^2 and handles empty inputs', () => {
    expect(Array.from(convolveReal([1, 1], [1, 1], 4))).toEqual([1, 2, 1, 0]);
    expect(Array.from(convolveReal([], [1, 2], 3))).toEqual([0, 0, 0]);
  });

  it('convolves two geometric PMFs into the negative binomial exactly at length 4096', () => {
    const p = 0.01;
    const length = 4096;
    const geometric = Array.from({ length }, (_, t) => (t === 0 ? 0 : p * Math.pow(1 - p, t - 1)));
    const sum = convolveReal(geometric, geometric, length);
    for (const t of [2, 10, 200, 1000, 4000]) {
      // Pr(T1 + T2 = t) = (t - 1) p^2 (1 - p)^(t - 2).
      expectClose(sum[t]!, (t - 1) * p * p * Math.pow(1 - p, t - 2), { relative: 1e-9, absolute: 1e-18 });
    }
  });
});
