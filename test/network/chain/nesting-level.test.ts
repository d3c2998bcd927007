import { describe, expect, it } from 'vitest';
import {
  elementaryLevel,
  nextNestingLevel,
  truncatedMassOf,
} from '../../../src/network/chain/nesting-level.js';
import { expectClose } from '../../support/close.js';

/**
 * Brute force of one swap level over elementary links: enumerate every pair of arrival times (partners up
 * to `horizon`, far beyond the truncation, so nothing relevant is cut), then solve the renewal equation
 * out[t] = p_s S[t] + sum_s (F[s] + (1 - p_s) S[s]) out[t - s] directly.
 */
function bruteForceLevel(
  pGen: number,
  werner0: number,
  length: number,
  pSwap: number,
  cutoff: number,
  decay: number,
): { pmf: number[]; werner: number[] } {
  const horizon = 6 * length;
  const pmf = (t: number): number => (t >= 1 ? pGen * Math.pow(1 - pGen, t - 1) : 0);
  const passed = new Array<number>(length).fill(0);
  const failed = new Array<number>(length).fill(0);
  const passedWerner = new Array<number>(length).fill(0);
  for (let a = 1; a < horizon; a++) {
    for (let b = 1; b < horizon; b++) {
      const gap = Math.abs(a - b);
      const weight = pmf(a) * pmf(b);
      if (gap <= cutoff) {
        const t = Math.max(a, b);
        if (t < length) {
          passed[t]! += weight;
          passedWerner[t]! += weight * werner0 * werner0 * Math.pow(decay, gap);
        }
      } else {
        const t = Math.min(a, b) + cutoff;
        if (t < length) failed[t]! += weight;
      }
    }
  }
  const solve = (source: number[]): number[] => {
    const out = new Array<number>(length).fill(0);
    for (let t = 1; t < length; t++) {
      let value = pSwap * source[t]!;
      for (let s = 1; s < t; s++) value += (failed[s]! + (1 - pSwap) * passed[s]!) * out[t - s]!;
      out[t] = value;
    }
    return out;
  };
  return { pmf: solve(passed), werner: solve(passedWerner) };
}

describe('elementary level', () => {
  it('is geometric with the fresh Werner parameter, and exact for p = 1', () => {
    const level = elementaryLevel(0.25, 0.9, 50);
    expect(level.pmf[0]).toBe(0);
    expectClose(level.pmf[3]!, 0.25 * 0.75 * 0.75);
    expectClose(level.wernerWeighted[3]! / level.pmf[3]!, 0.9);
    expectClose(truncatedMassOf(level.pmf), Math.pow(0.75, 49), { relative: 1e-9 });
    const certain = elementaryLevel(1, 1, 8);
    expect(Array.from(certain.pmf)).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
    expect(truncatedMassOf(certain.pmf)).toBe(0);
  });
});

describe('one swap level against brute-force enumeration', () => {
  const cases = [
    { name: 'deterministic swap, no cut-off', pSwap: 1, cutoff: Infinity, decay: 1 },
    { name: 'probabilistic swap, decoherence', pSwap: 0.4, cutoff: Infinity, decay: Math.exp(-1 / 20) },
    { name: 'cut-off 3 with decoherence', pSwap: 0.7, cutoff: 3, decay: Math.exp(-1 / 10) },
    { name: 'cut-off 0 (simultaneous arrival only)', pSwap: 1, cutoff: 0, decay: 0.9 },
  ];
  for (const { name, pSwap, cutoff, decay } of cases) {
    it(name, () => {
      const length = 120;
      const level = nextNestingLevel(elementaryLevel(0.2, 0.95, length), {
        pSwap,
        cutoffSteps: cutoff,
        decayPerStep: decay,
      });
      const expected = bruteForceLevel(0.2, 0.95, length, pSwap, cutoff, decay);
      for (let t = 0; t < length; t++) {
        expectClose(level.pmf[t]!, expected.pmf[t]!, { relative: 1e-9, absolute: 1e-16 });
        expectClose(level.wernerWeighted[t]!, expected.werner[t]!, { relative: 1e-9, absolute: 1e-16 });
      }
    });
  }
});
