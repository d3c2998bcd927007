import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  chainWaitingTime,
  deterministicSwapMeanAttempts,
  twoSegmentMeanAttempts,
  twoSegmentMeanWerner,
  type ChainWaitingTimeOptions,
} from '../../../src/network/chain/index.js';
import { expectClose } from '../../support/close.js';

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

describe('chainWaitingTime: published and closed-form means', () => {
  it('reproduces physics.md §5 for p = 0.1, p_s = 1: 14.7368, 20.2734, 26.2958 attempts', () => {
    const tolerance = { absolute: 5e-5, relative: 0 };
    expectClose(chainWaitingTime({ segments: 2, pGen: 0.1, pSwap: 1 }).meanAttempts, 14.7368, tolerance);
    expectClose(chainWaitingTime({ segments: 4, pGen: 0.1, pSwap: 1 }).meanAttempts, 20.2734, tolerance);
    expectClose(chainWaitingTime({ segments: 8, pGen: 0.1, pSwap: 1 }).meanAttempts, 26.2958, tolerance);
    expectClose(chainWaitingTime({ segments: 2, pGen: 0.01, pSwap: 1 }).meanAttempts, 149.7487, tolerance);
  });

  it('equals the deterministic-swap formula (max of 2^n geometric links) for p_s = 1', () => {
    for (const segments of [1, 2, 4, 8, 16, 32])
      for (const pGen of [0.03, 0.5, 0.9]) {
        expectClose(
          chainWaitingTime({ segments, pGen, pSwap: 1 }).meanAttempts,
          deterministicSwapMeanAttempts({ segments, pGen }),
          { relative: 1e-8 },
        );
      }
  });

  it('matches (3 - 2p)/(p (2 - p) p_s) for two segments and any p_s', () => {
    for (const pSwap of [1, 0.8, 0.5, 0.1])
      for (const pGen of [0.01, 0.2, 0.7]) {
        expectClose(
          chainWaitingTime({ segments: 2, pGen, pSwap }).meanAttempts,
          twoSegmentMeanAttempts({ pGen, pSwap }),
          { relative: 1e-7 },
        );
      }
  });

  it('is below the Sangouard approximation, which is labelled approximate', () => {
    const result = chainWaitingTime({ segments: 16, pGen: 0.1, pSwap: 0.5 });
    expect(result.sangouard.meanAttempts).toBeCloseTo(810, 9);
    expect(result.meanAttempts).toBeLessThan(result.sangouard.meanAttempts);
    expect(result.sangouard.method).toMatch(/^approximate: Sangouard/);
    expect(result.exact).toBe(true);
    expect(result.method).toMatch(/^exact: /);
  });
});

describe('chainWaitingTime: limits', () => {
  it('p = 1 and p_s = 1: every level is ready after exactly one attempt', () => {
    for (const segments of [1, 2, 8, 64]) {
      const result = chainWaitingTime({ segments, pGen: 1, pSwap: 1, werner0: 0.9 });
      expect(result.pmf).toEqual([0, 1]);
      expect(result.meanAttempts).toBe(1);
      expect(result.truncatedMass).toBe(0);
      expect(result.quantiles.map((q) => q.attempts)).toEqual([1, 1, 1]);
      expectClose(result.meanWerner, Math.pow(0.9, segments));
    }
  });

  it('p = 1 and p_s = 1/2 over two segments: a Geometric(1/2) number of attempts', () => {
    const result = chainWaitingTime({ segments: 2, pGen: 1, pSwap: 0.5 });
    expectClose(result.meanAttempts, 2, { relative: 1e-8 });
    for (const t of [1, 2, 5, 20]) expectClose(result.pmf[t]!, Math.pow(0.5, t), { relative: 1e-9 });
  });

  it('one segment is the elementary link: Geometric(p) with quantiles ceil(log(1-q)/log(1-p))', () => {
    const pGen = 0.05;
    const result = chainWaitingTime({ segments: 1, pGen, pSwap: 0.3, werner0: 0.8, coherenceAttempts: 10 });
    expectClose(result.meanAttempts, 1 / pGen, { relative: 1e-7 });
    expectClose(result.meanFidelity, (1 + 3 * 0.8) / 4);
    for (const { probability, attempts } of result.quantiles) {
      expect(attempts).toBe(Math.ceil(Math.log(1 - probability) / Math.log(1 - pGen) - 1e-9));
    }
  });

  it('without decoherence the delivered Werner parameter is werner0^segments', () => {
    const result = chainWaitingTime({ segments: 8, pGen: 0.2, pSwap: 0.6, werner0: 0.97 });
    expectClose(result.meanWerner, Math.pow(0.97, 8), { relative: 1e-9 });
    expectClose(result.meanFidelity, (1 + 3 * Math.pow(0.97, 8)) / 4, { relative: 1e-9 });
  });

  it('two segments with decoherence and cut-off match the closed-form mean Werner parameter', () => {
    for (const cutoffAttempts of [undefined, 0, 4, 30]) {
      const options = { pGen: 0.1, werner0: 0.95, coherenceAttempts: 50, cutoffAttempts };
      expectClose(
        chainWaitingTime({ segments: 2, pSwap: 0.5, ...options }).meanWerner,
        twoSegmentMeanWerner(options),
        { relative: 1e-8 },
      );
    }
  });

  it('wernerByTime is the mean Werner parameter of the pairs delivered at each time', () => {
    const pGen = 0.3;
    const decay = Math.exp(-1 / 7);
    const result = chainWaitingTime({ segments: 2, pGen, pSwap: 1, werner0: 0.9, coherenceAttempts: 7 });
    const geometric = (t: number): number => pGen * Math.pow(1 - pGen, t - 1);
    for (const t of [1, 2, 5, 12]) {
      // Delivery at t: both at t, or one at t and the other earlier at s (waiting t - s).
      let probability = geometric(t) * geometric(t);
      let weighted = probability;
      for (let s = 1; s < t; s++) {
        probability += 2 * geometric(t) * geometric(s);
        weighted += 2 * geometric(t) * geometric(s) * Math.pow(decay, t - s);
      }
      expectClose(result.pmf[t]!, probability, { relative: 1e-10 });
      expectClose(result.wernerByTime[t]!, (0.81 * weighted) / probability, { relative: 1e-10 });
    }
    expect(result.wernerByTime[0]).toBe(0);
  });

  it('a cut-off of 0 forces all links of the chain into the same attempt: T ~ Geometric(p^N)', () => {
    const result = chainWaitingTime({
      segments: 4,
      pGen: 0.5,
      pSwap: 1,
      coherenceAttempts: 3,
      cutoffAttempts: 0,
    });
    expectClose(result.meanAttempts, 16, { relative: 1e-7 });
    expectClose(result.meanWerner, 1, { relative: 1e-12 });
  });
});

describe('chainWaitingTime: distribution properties', () => {
  // Cut-offs on the time scale of the level below the top, (3/2 / p_s)^(n-1) / p, keep the support (and the
  // run time) moderate; much shorter ones are refused (tested below).
  const optionsArbitrary = fc
    .record({
      segments: fc.constantFrom(1, 2, 4, 8),
      pGen: fc.double({ min: 0.04, max: 1, noNaN: true }),
      pSwap: fc.double({ min: 0.3, max: 1, noNaN: true }),
      werner0: fc.double({ min: 0, max: 1, noNaN: true }),
      coherenceAttempts: fc.oneof(fc.constant(Infinity), fc.double({ min: 0.5, max: 1e4, noNaN: true })),
      cutoffScale: fc.oneof(fc.constant(Infinity), fc.double({ min: 0.5, max: 10, noNaN: true })),
    })
    .map(({ cutoffScale, ...options }) => {
      const levelBelow =
        Math.pow(1.5 / options.pSwap, Math.max(0, Math.log2(options.segments) - 1)) / options.pGen;
      return { ...options, cutoffAttempts: Math.round(cutoffScale * levelBelow) };
    });

  it('PMF sums to 1 - truncatedMass <= epsilon; fidelity in [1/4, 1]; nothing is NaN', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const result = chainWaitingTime(options);
        expectClose(sum(result.pmf), 1 - result.truncatedMass, { absolute: 1e-12 });
        expect(result.truncatedMass).toBeLessThanOrEqual(1e-9);
        expect(result.truncatedMass).toBeGreaterThanOrEqual(0);
        expect(result.pmf.every((value) => value >= 0 && Number.isFinite(value))).toBe(true);
        expect(result.wernerByTime.every((w) => w >= 0 && w <= 1)).toBe(true);
        expect(result.meanFidelity).toBeGreaterThanOrEqual(0.25);
        expect(result.meanFidelity).toBeLessThanOrEqual(1);
        expect(result.meanAttempts).toBeGreaterThanOrEqual(1);
        const attempts = result.quantiles.map((q) => q.attempts);
        expect(attempts).toEqual([...attempts].sort((a, b) => a - b));
      }),
      { numRuns: 40 },
    );
  });

  it('quantiles are where the CDF of the returned PMF first reaches the level', () => {
    const result = chainWaitingTime({ segments: 4, pGen: 0.1, pSwap: 0.5, quantileLevels: [0.25, 0.999] });
    for (const { probability, attempts } of result.quantiles) {
      expect(sum(result.pmf.slice(0, attempts + 1))).toBeGreaterThanOrEqual(probability);
      expect(sum(result.pmf.slice(0, attempts))).toBeLessThan(probability);
    }
  });

  it('honours a looser truncation epsilon with a shorter PMF', () => {
    const tight = chainWaitingTime({ segments: 4, pGen: 0.1, pSwap: 0.5 });
    const loose = chainWaitingTime({ segments: 4, pGen: 0.1, pSwap: 0.5, truncationEpsilon: 1e-4 });
    expect(loose.pmf.length).toBeLessThan(tight.pmf.length);
    expect(loose.truncatedMass).toBeLessThanOrEqual(1e-4);
    expect(loose.truncatedMass).toBeGreaterThan(1e-9);
  });

  // Changes of at least 5% (pSwap <= 0.95): a change of one ulp would drown in round-off.
  it('the mean decreases as pGen or pSwap grows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 8),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 1.05, max: 2, noNaN: true }),
        fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        (segments, pGen, factor, pSwap) => {
          const base = chainWaitingTime({ segments, pGen, pSwap }).meanAttempts;
          const fasterLinks = chainWaitingTime({
            segments,
            pGen: Math.min(1, pGen * factor),
            pSwap,
          }).meanAttempts;
          const betterSwaps = chainWaitingTime({ segments, pGen, pSwap: Math.min(1, pSwap * factor) });
          expect(fasterLinks).toBeLessThan(base);
          expect(betterSwaps.meanAttempts).toBeLessThan(base);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('shorter memories lower the fidelity; a cut-off raises it and lengthens the wait', () => {
    const base = { segments: 4, pGen: 0.1, pSwap: 0.8, werner0: 0.98 } as const;
    const long = chainWaitingTime({ ...base, coherenceAttempts: 1000 });
    const short = chainWaitingTime({ ...base, coherenceAttempts: 50 });
    const cut = chainWaitingTime({ ...base, coherenceAttempts: 50, cutoffAttempts: 10 });
    expect(short.meanFidelity).toBeLessThan(long.meanFidelity);
    expect(cut.meanFidelity).toBeGreaterThan(short.meanFidelity);
    expect(cut.meanAttempts).toBeGreaterThan(short.meanAttempts);
  });
});

describe('chainWaitingTime: coarse-grained regime', () => {
  it('labels long chains approximate and stays within the stated bias of the exact mean', () => {
    const pGen = 1e-5;
    const deterministic = chainWaitingTime({ segments: 2, pGen, pSwap: 1 });
    expect(deterministic.exact).toBe(false);
    expect(deterministic.timeStep).toBeGreaterThan(1);
    expect(deterministic.method).toMatch(/^approximate: .*coarse time grid of \d+ attempts/);
    // max(ceil) = ceil(max): with no restarts the bin-midpoint mean is all but exact.
    expectClose(deterministic.meanAttempts, twoSegmentMeanAttempts({ pGen, pSwap: 1 }), { relative: 1e-6 });
    expectClose(sum(deterministic.pmf), 1 - deterministic.truncatedMass, { absolute: 1e-12 });
  });
});

describe('chainWaitingTime: unresolvable cut-off', () => {
  it('refuses a cut-off that would need a coarse grid too coarse to resolve it, naming cutoffAttempts', () => {
    // Cut-off 0 over 8 segments: all 8 links in one attempt, mean 0.02^-8 ~ 4e13 attempts.
    expect(() => chainWaitingTime({ segments: 8, pGen: 0.02, pSwap: 1, cutoffAttempts: 0 })).toThrow(
      /^cutoffAttempts: too short to resolve \(got 0\)/,
    );
  });
});

describe('chainWaitingTime: bad input', () => {
  const good: ChainWaitingTimeOptions = { segments: 4, pGen: 0.1, pSwap: 0.5 };
  const cases: [Partial<ChainWaitingTimeOptions>, string][] = [
    [{ segments: 6 }, 'segments'],
    [{ segments: 0 }, 'segments'],
    [{ segments: 2.5 }, 'segments'],
    [{ segments: 2 ** 21 }, 'segments'],
    [{ pGen: 0 }, 'pGen'],
    [{ pGen: 1.5 }, 'pGen'],
    [{ pGen: Number.NaN }, 'pGen'],
    [{ pSwap: 0 }, 'pSwap'],
    [{ pSwap: -0.1 }, 'pSwap'],
    [{ werner0: 1.2 }, 'werner0'],
    [{ coherenceAttempts: 0 }, 'coherenceAttempts'],
    [{ cutoffAttempts: -1 }, 'cutoffAttempts'],
    [{ cutoffAttempts: 2.5 }, 'cutoffAttempts'],
    [{ truncationEpsilon: 0 }, 'truncationEpsilon'],
    [{ truncationEpsilon: 0.5 }, 'truncationEpsilon'],
    [{ quantileLevels: [0.5, 1] }, 'quantileLevels[1]'],
    [{ quantileLevels: [0] }, 'quantileLevels[0]'],
  ];
  for (const [change, field] of cases) {
    it(`rejects ${JSON.stringify(change)} naming ${field}`, () => {
      let caught: unknown;
      try {
        chainWaitingTime({ ...good, ...change });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ParameterError);
      expect((caught as ParameterError).field).toBe(field);
    });
  }

  it('says the segment count must be a power of two', () => {
    expect(() => chainWaitingTime({ ...good, segments: 6 })).toThrow(/^segments: must be a power of two/);
  });
});
