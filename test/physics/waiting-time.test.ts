import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  expectedAttemptsDeterministicSwaps,
  expectedAttemptsInclusionExclusion,
  expectedAttemptsTwoSegments,
  sangouardExpectedAttempts,
} from '../../src/physics/waiting-time.js';
import { expectClose } from '../support/close.js';

/** E[max of N geometrics] by the tail series sum_{t>=0} (1 - (1 - q^t)^N), summed directly. */
function tailSeries(segments: number, p: number): number {
  let sum = 0;
  for (let t = 0; t < 10_000_000; t++) {
    const term = -Math.expm1(segments * Math.log1p(-((1 - p) ** t)));
    sum += t === 0 ? 1 : term;
    if (t > 0 && term < 1e-18 * sum) break;
  }
  return sum;
}

describe('repeater-chain waiting time (deterministic swaps)', () => {
  it('matches the physics.md values: 14.7368, 20.2734, 26.2958 (p = 0.1) and 149.7487 (p = 0.01)', () => {
    expectClose(expectedAttemptsDeterministicSwaps(2, 0.1), 14.7368, { absolute: 5e-5 });
    expectClose(expectedAttemptsDeterministicSwaps(4, 0.1), 20.2734, { absolute: 5e-5 });
    expectClose(expectedAttemptsDeterministicSwaps(8, 0.1), 26.2958, { absolute: 5e-5 });
    expectClose(expectedAttemptsDeterministicSwaps(2, 0.01), 149.7487, { absolute: 5e-5 });
  });

  it('recursion, inclusion-exclusion and the tail series agree', () => {
    for (const p of [0.5, 0.1, 0.01]) {
      for (const segments of [1, 2, 3, 4, 8, 16]) {
        const recursion = expectedAttemptsDeterministicSwaps(segments, p);
        expectClose(recursion, expectedAttemptsInclusionExclusion(segments, p), { relative: 1e-10 });
        expectClose(recursion, tailSeries(segments, p), { relative: 1e-10 });
      }
    }
  });

  it('stays accurate for long chains where the alternating sum would cancel', () => {
    for (const [segments, p] of [
      [64, 0.1],
      [256, 0.01],
      [1024, 0.05],
    ] as const) {
      expectClose(expectedAttemptsDeterministicSwaps(segments, p), tailSeries(segments, p), {
        relative: 1e-10,
      });
    }
  });

  it('limits: one segment gives 1/p; p = 1 gives 1; two segments equal the closed form', () => {
    expectClose(expectedAttemptsDeterministicSwaps(1, 0.02), 50);
    expect(expectedAttemptsDeterministicSwaps(100, 1)).toBe(1);
    for (const p of [0.9, 0.3, 1e-4]) {
      expectClose(expectedAttemptsDeterministicSwaps(2, p), expectedAttemptsTwoSegments(p, 1), {
        relative: 1e-12,
      });
    }
  });

  it('two segments with swap success p_s divide by p_s; Sangouard overestimates the exact value', () => {
    expectClose(expectedAttemptsTwoSegments(0.1, 0.5), 2 * 14.736842105263158);
    expect(sangouardExpectedAttempts(1, 0.1, 1)).toBe(15);
    for (const n of [1, 2, 3]) {
      expect(sangouardExpectedAttempts(n, 0.01, 1)).toBeGreaterThan(
        expectedAttemptsDeterministicSwaps(2 ** n, 0.01),
      );
    }
  });

  it('grows with N and falls with p, finite everywhere (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 1e-6, max: 1, noNaN: true }), (n, p) => {
        const here = expectedAttemptsDeterministicSwaps(n, p);
        return (
          Number.isFinite(here) &&
          here >= 1 / p - 1e-9 &&
          expectedAttemptsDeterministicSwaps(n + 1, p) >= here &&
          expectedAttemptsDeterministicSwaps(n, Math.min(1, p * 1.5)) <= here
        );
      }),
      { numRuns: 50 },
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => expectedAttemptsDeterministicSwaps(0, 0.1)).toThrow(/^segments/);
    expect(() => expectedAttemptsDeterministicSwaps(2.5, 0.1)).toThrow(/^segments/);
    expect(() => expectedAttemptsDeterministicSwaps(2, 0)).toThrow(/^linkSuccessProbability/);
    expect(() => expectedAttemptsInclusionExclusion(64, 0.1)).toThrow(/^segments: must be <= 30/);
    expect(() => expectedAttemptsTwoSegments(0.1, 0)).toThrow(/^swapSuccessProbability/);
    expect(() => sangouardExpectedAttempts(-1, 0.1, 1)).toThrow(/^nestingLevel/);
  });
});
