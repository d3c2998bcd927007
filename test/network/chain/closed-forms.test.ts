import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  deterministicSwapMeanAttempts,
  sangouardMeanAttempts,
  twoSegmentMeanAttempts,
  twoSegmentMeanWerner,
} from '../../../src/network/chain/index.js';
import { expectClose } from '../../support/close.js';

/** E[max of N Geometric(p)] by summing Pr(max > t) term by term (independent of the closed form). */
function maxOfGeometricsBySum(segments: number, pGen: number): number {
  let sum = 0;
  for (let t = 0; t < 100_000; t++) sum += 1 - Math.pow(1 - Math.pow(1 - pGen, t), segments);
  return sum;
}

describe('deterministic-swap mean (max of N geometric)', () => {
  it('reproduces physics.md §5: 14.7368, 20.2734, 26.2958 (p 0.1) and 149.7487 (p 0.01)', () => {
    const tolerance = { absolute: 5e-5, relative: 0 };
    expectClose(deterministicSwapMeanAttempts({ segments: 2, pGen: 0.1 }), 14.7368, tolerance);
    expectClose(deterministicSwapMeanAttempts({ segments: 4, pGen: 0.1 }), 20.2734, tolerance);
    expectClose(deterministicSwapMeanAttempts({ segments: 8, pGen: 0.1 }), 26.2958, tolerance);
    expectClose(deterministicSwapMeanAttempts({ segments: 2, pGen: 0.01 }), 149.7487, tolerance);
  });

  it('agrees with the term-by-term sum on both sides of the method switch (N = 16, 17, 64)', () => {
    for (const segments of [1, 3, 16, 17, 64]) {
      expectClose(
        deterministicSwapMeanAttempts({ segments, pGen: 0.05 }),
        maxOfGeometricsBySum(segments, 0.05),
        {
          relative: 1e-10,
        },
      );
    }
  });

  it('is 1/p for one segment and 1 for p = 1', () => {
    expectClose(deterministicSwapMeanAttempts({ segments: 1, pGen: 0.02 }), 50);
    expect(deterministicSwapMeanAttempts({ segments: 8, pGen: 1 })).toBe(1);
  });

  it('rejects bad input naming the field', () => {
    expect(() => deterministicSwapMeanAttempts({ segments: 0, pGen: 0.1 })).toThrow(/^segments:/);
    expect(() => deterministicSwapMeanAttempts({ segments: 2, pGen: 0 })).toThrow(/^pGen:/);
  });
});

describe('two-segment closed forms', () => {
  it('mean (3 - 2p)/(p (2 - p) p_s) equals the deterministic formula divided by p_s', () => {
    expectClose(twoSegmentMeanAttempts({ pGen: 0.01, pSwap: 1 }), 149.748743718593, { relative: 1e-12 });
    expectClose(
      twoSegmentMeanAttempts({ pGen: 0.3, pSwap: 0.25 }),
      deterministicSwapMeanAttempts({ segments: 2, pGen: 0.3 }) / 0.25,
    );
  });

  it('mean Werner parameter: w0^2 without decay, and the cut-off only keeps closer pairs', () => {
    expectClose(twoSegmentMeanWerner({ pGen: 0.1, werner0: 0.9 }), 0.81);
    expectClose(
      twoSegmentMeanWerner({ pGen: 0.1, werner0: 0.95, coherenceAttempts: 50 }),
      0.7588065460082927,
      {
        relative: 1e-12,
      },
    );
    // Cut-off 0: both links fresh, no decay.
    expectClose(twoSegmentMeanWerner({ pGen: 0.1, coherenceAttempts: 5, cutoffAttempts: 0 }), 1);
    const withCutoff = twoSegmentMeanWerner({ pGen: 0.1, coherenceAttempts: 50, cutoffAttempts: 10 });
    const without = twoSegmentMeanWerner({ pGen: 0.1, coherenceAttempts: 50 });
    expect(withCutoff).toBeGreaterThan(without);
  });

  it('rejects bad input naming the field', () => {
    expect(() => twoSegmentMeanAttempts({ pGen: 0.1, pSwap: 1.5 })).toThrow(ParameterError);
    expect(() => twoSegmentMeanWerner({ pGen: 0.1, coherenceAttempts: -1 })).toThrow(/^coherenceAttempts:/);
    expect(() => twoSegmentMeanWerner({ pGen: 0.1, cutoffAttempts: 2.5 })).toThrow(/^cutoffAttempts:/);
  });
});

describe('Sangouard approximation', () => {
  it('is (3/2)^n/(p p_s^n) and needs a power-of-two segment count', () => {
    expectClose(sangouardMeanAttempts({ segments: 16, pGen: 0.1, pSwap: 0.5 }), 810);
    expectClose(sangouardMeanAttempts({ segments: 1, pGen: 0.1, pSwap: 0.5 }), 10);
    expect(() => sangouardMeanAttempts({ segments: 6, pGen: 0.1, pSwap: 0.5 })).toThrow(
      /^segments: must be a power/,
    );
  });
});
