import { describe, expect, it } from 'vitest';
import {
  allIdenticalHeralded,
  exponentialHopTiming,
  geometricHopTiming,
  identicalMaxMoments,
} from '../../../src/network/path-analysis/hop-timing.js';
import { maxOfHops } from '../../../src/network/path-analysis/max-of-hops.js';
import { compositeRule, gaussLegendre, integrate } from '../../../src/network/path-analysis/quadrature.js';
import { expectedAttemptsDeterministicSwaps } from '../../../src/physics/waiting-time.js';
import { expectClose } from '../../support/close.js';

/** E[max of N geometric] second moment by the tail sum sum_t (2t+1) P(max > t). */
function secondMomentBySum(segments: number, p: number): number {
  let sum = 0;
  for (let t = 0; t < 200_000; t++) sum += (2 * t + 1) * (1 - Math.pow(1 - Math.pow(1 - p, t), segments));
  return sum;
}

/** E[max] of geometric hops with integer attempt durations, by summing the exact staircase survival. */
function discreteMaxMean(ps: readonly number[], durations: readonly number[]): number {
  let sum = 0;
  for (let t = 0; t < 2_000_000; t++) {
    let all = 1;
    ps.forEach((p, i) => (all *= 1 - Math.pow(1 - p, Math.floor(t / durations[i]!))));
    sum += 1 - all;
    if (1 - all < 1e-16 && t > 10) break;
  }
  return sum;
}

describe('hop timing (shifted-exponential model of geometric attempts)', () => {
  it('keeps the exact mean tau/p and variance tau^2 (1-p)/p^2, with a shift below one attempt', () => {
    for (const p of [1e-7, 1e-3, 0.1, 0.5, 0.99, 1]) {
      const timing = geometricHopTiming(p, 2e-4);
      expectClose(timing.mean, 2e-4 / p, { relative: 1e-12 });
      expectClose(timing.variance, (4e-8 * (1 - p)) / (p * p), { relative: 1e-12, absolute: 1e-30 });
      expect(timing.shift).toBeGreaterThanOrEqual(0);
      expect(timing.shift).toBeLessThan(2e-4);
      expectClose(timing.shift + 1 / timing.decayRate, timing.mean, { relative: 1e-12 });
    }
  });

  it('decays at the staircase rate -ln(1-p)/tau and shifts by about tau/2 for small p', () => {
    const timing = geometricHopTiming(1e-4, 1);
    expectClose(timing.decayRate, -Math.log1p(-1e-4), { relative: 1e-12 });
    expectClose(timing.shift, 0.5, { relative: 1e-3 });
  });

  it('a delivered hop is exponential with its rate', () => {
    const timing = exponentialHopTiming(4);
    expect([timing.mean, timing.variance, timing.shift, timing.decayRate]).toEqual([0.25, 0.0625, 0, 4]);
  });

  it('identicalMaxMoments reproduces physics.md §5 and the stable physics recursion', () => {
    expectClose(identicalMaxMoments(2, 0.1).mean, 14.7368, { absolute: 5e-5 });
    expectClose(identicalMaxMoments(4, 0.1).mean, 20.2734, { absolute: 5e-5 });
    expectClose(identicalMaxMoments(8, 0.1).mean, 26.2958, { absolute: 5e-5 });
    expectClose(identicalMaxMoments(2, 0.01).mean, 149.7487, { absolute: 5e-5 });
    for (const segments of [1, 3, 17, 100]) {
      expectClose(
        identicalMaxMoments(segments, 0.03).mean,
        expectedAttemptsDeterministicSwaps(segments, 0.03),
        {
          relative: 1e-12,
        },
      );
    }
  });

  it('identicalMaxMoments second moment equals the tail sum sum (2t+1) P(max > t)', () => {
    for (const [segments, p] of [
      [1, 0.2],
      [2, 0.1],
      [5, 0.05],
      [12, 0.3],
    ] as const) {
      expectClose(identicalMaxMoments(segments, p).secondMoment, secondMomentBySum(segments, p), {
        relative: 1e-10,
      });
    }
    expectClose(identicalMaxMoments(1, 0.2).secondMoment, (2 - 0.2) / 0.04, { relative: 1e-12 });
    expect(identicalMaxMoments(6, 1)).toEqual({ mean: 1, secondMoment: 1 });
  });

  it('recognises identical heralded hops only', () => {
    expect(allIdenticalHeralded([geometricHopTiming(0.1, 1), geometricHopTiming(0.1, 1)])).toBe(true);
    expect(allIdenticalHeralded([geometricHopTiming(0.1, 1), geometricHopTiming(0.1, 2)])).toBe(false);
    expect(allIdenticalHeralded([exponentialHopTiming(1), exponentialHopTiming(1)])).toBe(false);
  });
});

describe('quadrature', () => {
  it('Gauss-Legendre weights sum to 2 and integrate x^14 exactly with 8 points', () => {
    const { nodes, weights } = gaussLegendre(8);
    expectClose(
      weights.reduce((a, b) => a + b, 0),
      2,
      { relative: 1e-14 },
    );
    const integral = nodes.reduce((sum, x, i) => sum + weights[i]! * Math.pow(x, 14), 0);
    expectClose(integral, 2 / 15, { relative: 1e-13 });
  });

  it('composite rules resolve scales 1e-6 and 1e3 apart, with a kink at a breakpoint', () => {
    const rule = compositeRule({ start: 0, end: 5e4, finestScale: 1e-6, breakpoints: [2] });
    const value = integrate(rule, (t) => Math.exp(-t * 1e6) + Math.exp(-t / 1e3) + (t < 2 ? 1 : 0));
    expectClose(value, 1e-6 + 1e3 * -Math.expm1(-50) + 2, { relative: 1e-12 });
  });
});

describe('maxOfHops', () => {
  it('matches closed forms for exponential (delivered) hops', () => {
    const pair = maxOfHops([exponentialHopTiming(1), exponentialHopTiming(3)]);
    expectClose(pair.mean, 1 + 1 / 3 - 1 / 4, { relative: 1e-10 });
    expectClose(pair.secondMoment, 2 + 2 / 9 - 2 / 16, { relative: 1e-10 });
    const rates = [1, 2, 5, 1e4];
    let inclusionExclusion = 0;
    for (let mask = 1; mask < 1 << rates.length; mask++) {
      let sum = 0;
      let count = 0;
      rates.forEach((rate, i) => {
        if ((mask >> i) & 1) {
          sum += rate;
          count++;
        }
      });
      inclusionExclusion += (count % 2 === 1 ? 1 : -1) / sum;
    }
    const four = maxOfHops(rates.map(exponentialHopTiming));
    expectClose(four.mean, inclusionExclusion, { relative: 1e-10 });
    expect(four.exact).toBe(true);
  });

  it('is exact for identical heralded hops and close to the discrete truth for heterogeneous ones', () => {
    const identical = maxOfHops([geometricHopTiming(0.1, 1), geometricHopTiming(0.1, 1)]);
    expect(identical.exact).toBe(true);
    expectClose(identical.mean, 14.736842105263158, { relative: 1e-12 });
    // Shifted-exponential approximation: error O(p) relative, here 2.5e-4 at p ~ 0.1 and 1e-5 at p ~ 0.02.
    const coarse = maxOfHops([
      geometricHopTiming(0.1, 1),
      geometricHopTiming(0.05, 2),
      geometricHopTiming(0.2, 3),
    ]);
    expect(coarse.exact).toBe(false);
    expectClose(coarse.mean, discreteMaxMean([0.1, 0.05, 0.2], [1, 2, 3]), { relative: 5e-4 });
    const fine = maxOfHops([0.02, 0.05, 0.01, 0.03].map((p, i) => geometricHopTiming(p, [3, 1, 2, 1][i]!)));
    expectClose(fine.mean, discreteMaxMean([0.02, 0.05, 0.01, 0.03], [3, 1, 2, 1]), { relative: 2e-5 });
  });
});
