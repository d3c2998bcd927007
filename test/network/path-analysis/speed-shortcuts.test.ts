/**
 * The speed work of issue 3 on long routes changes no bit: each fast form is compared with `toBe` against the
 * straightforward form it replaced (written out here): the shared end-node storage memo against qubitStorage,
 * maxOfHops' skipped log1p calls against the plain sum, meanStorageTimes against the string-keyed cache, and
 * the lazy per-link trajectory against the whole schedule cut at its best round.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timingArbitrary } from './timing-arbitrary.js';
import { geometricHopTiming, type HopTiming } from '../../../src/network/path-analysis/hop-timing.js';
import { HopTrajectory } from '../../../src/network/path-analysis/hop-trajectory.js';
import { maxOfHops } from '../../../src/network/path-analysis/max-of-hops.js';
import {
  meanOfPairMax,
  meanStorageTimes,
  storageLayout,
} from '../../../src/network/path-analysis/parallel-decay.js';
import { compositeRule } from '../../../src/network/path-analysis/quadrature.js';
import { releaseSetStorage } from '../../../src/network/path-analysis/release-set-storage.js';
import { qubitStorage } from '../../../src/network/path-analysis/storage-marginal.js';
import { recurrenceSchedule, pumpingSchedule, wernerState } from '../../../src/physics/index.js';

describe('releaseSetStorage', () => {
  it('answers every query on one memo exactly as qubitStorage does, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(timingArbitrary, { minLength: 2, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 1e-3, max: 1e3, noNaN: true })), {
          minLength: 1,
          maxLength: 6,
        }),
        (timings, queries) => {
          const set = timings.map((_, index) => index);
          const memo = releaseSetStorage(timings, set);
          for (const [pick, kappa] of queries) {
            const waiting = pick % timings.length;
            expect(memo(waiting, kappa)).toBe(qubitStorage(timings, set, waiting, kappa, Infinity).decay);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('shares rows between queries of equal kappa and different qubits on a route of similar hops', () => {
    const timings = Array.from({ length: 40 }, (_, hop) => geometricHopTiming(0.05 + hop * 1e-4, 1e-4));
    const set = timings.map((_, index) => index);
    const memo = releaseSetStorage(timings, set);
    for (const [waiting, kappa] of [
      [0, 0.1],
      [39, 0.1],
      [0, 0.05],
      [39, 0.05],
      [17, 3],
    ] as const) {
      expect(memo(waiting, kappa)).toBe(qubitStorage(timings, set, waiting, kappa, Infinity).decay);
    }
    expect(memo(5, 0)).toBe(1);
  });
});

/** maxOfHops' quadrature with Math.log1p at every term (the form before the tail shortcut). */
function plainMaxOfHops(timings: readonly HopTiming[]): { mean: number; secondMoment: number } {
  let start = 0;
  let slowest = 0;
  let fastest = Number.POSITIVE_INFINITY;
  for (const timing of timings) {
    start = Math.max(start, timing.shift);
    slowest = Math.max(slowest, 1 / timing.decayRate);
    fastest = Math.min(fastest, 1 / timing.decayRate);
  }
  const rule = compositeRule({
    start,
    end: start + (36 + Math.log(timings.length)) * slowest,
    finestScale: fastest,
  });
  let mean = start;
  let secondMoment = start * start;
  for (let i = 0; i < rule.points.length; i++) {
    const t = rule.points[i]!;
    let logAllReady = 0;
    for (const timing of timings)
      logAllReady += Math.log1p(-Math.exp(-timing.decayRate * (t - timing.shift)));
    const survival = -Math.expm1(logAllReady);
    mean += rule.weights[i]! * survival;
    secondMoment += rule.weights[i]! * 2 * t * survival;
  }
  return { mean, secondMoment };
}

describe('maxOfHops tail shortcut', () => {
  it('gives the plain sum to the bit for heterogeneous hops', () => {
    fc.assert(
      fc.property(fc.array(timingArbitrary, { minLength: 2, maxLength: 40 }), (timings) => {
        const fast = maxOfHops(timings);
        if (fast.exact && timings.some((timing) => timing.attemptDuration > 0)) return;
        const plain = plainMaxOfHops(timings);
        expect(fast.mean).toBe(plain.mean);
        expect(fast.secondMoment).toBe(plain.secondMoment);
      }),
      { numRuns: 200 },
    );
  });

  it('the fdlibm small-argument branch it relies on holds for log1p', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 ** -29, maxExcluded: true, noNaN: true }), (e) => {
        expect(-e - e * e * 0.5).toBe(Math.log1p(-e));
      }),
      { numRuns: 2000 },
    );
  });
});

/** meanStorageTimes as it was: E[max] cached by the release set's key. */
function plainMeanStorageTimes(
  timings: readonly HopTiming[],
  releaseSets: readonly (readonly number[])[],
  meanOfAll?: number,
): (readonly [number, number])[] {
  const hops = timings.length;
  const cache = new Map<string, number>();
  if (meanOfAll !== undefined) cache.set(timings.map((_, hop) => hop).join(','), meanOfAll);
  const identical = (a: HopTiming, b: HopTiming): boolean =>
    a.attemptDuration !== 0 &&
    [a, b].every(
      (timing) =>
        timing.attemptDuration > 0 &&
        Math.abs(timing.successProbability - a.successProbability) <=
          1e-12 * Math.max(Math.abs(timing.successProbability), Math.abs(a.successProbability)) &&
        Math.abs(timing.attemptDuration - a.attemptDuration) <=
          1e-12 * Math.max(Math.abs(timing.attemptDuration), Math.abs(a.attemptDuration)),
    );
  const meanOfMax = (set: readonly number[]): number => {
    const key = set.join(',');
    let value = cache.get(key);
    if (value === undefined) {
      value =
        set.length === 2 && !identical(timings[set[0]!]!, timings[set[1]!]!)
          ? meanOfPairMax(timings[set[0]!]!, timings[set[1]!]!)
          : maxOfHops(set.map((hop) => timings[hop]!)).mean;
      cache.set(key, value);
    }
    return value;
  };
  return timings.map((timing, hop) => {
    const left = Math.max(0, meanOfMax(releaseSets[hop]!) - timing.mean);
    const right = Math.max(0, meanOfMax(releaseSets[hop + 1]!) - timing.mean);
    return [hops === 1 ? 0 : left, hops === 1 ? 0 : right] as const;
  });
}

describe('meanStorageTimes', () => {
  it('equals the key-cached form to the bit for both policies, with and without the known E[max]', () => {
    fc.assert(
      fc.property(
        fc.array(timingArbitrary, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('swap-asap' as const, 'nested' as const),
        fc.boolean(),
        (timings, policy, known) => {
          const layout = storageLayout(policy, timings.length);
          const meanOfAll = known ? maxOfHops(timings).mean : undefined;
          expect(meanStorageTimes(timings, layout, meanOfAll)).toEqual(
            plainMeanStorageTimes(timings, layout.releaseSets, meanOfAll),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The eager form: the whole schedule, cut after its best round (1e-12 rise). */
function risingPrefixIndex(fidelities: readonly number[]): number {
  let best = 0;
  for (let index = 1; index < fidelities.length; index++) {
    if (fidelities[index]! > fidelities[best]! + 1e-12) best = index;
  }
  return best;
}

describe('HopTrajectory', () => {
  it('picks the rounds of the eager schedule cut at its best round, for every level', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 0.999, noNaN: true }),
        fc.double({ min: 0.9, max: 1, noNaN: true }),
        fc.constantFrom('recurrence' as const, 'pumping' as const),
        fc.integer({ min: 0, max: 12 }),
        (fidelity, reliability, scheme, maxRounds) => {
          const settings = {
            initialState: wernerState(fidelity),
            protocol: 'dejmps' as const,
            noise: { twoQubitGateReliability: reliability, measurementFidelity: 1 },
          };
          const eager =
            scheme === 'recurrence'
              ? recurrenceSchedule(settings, maxRounds)
              : pumpingSchedule(settings, maxRounds);
          const best = risingPrefixIndex(eager.map((round) => round.fidelity));
          const lazy = new HopTrajectory(scheme, settings, maxRounds);
          for (let level = 1; level <= maxRounds + 1; level++) {
            expect(lazy.reaches(level)).toBe(best >= level);
            expect(lazy.roundAt(level)).toEqual(eager[Math.min(level, best)]);
          }
          expect(lazy.lastUseful()).toBe(best);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects an unknown scheme naming it', () => {
    expect(
      () => new HopTrajectory('doubling' as 'recurrence', { initialState: wernerState(0.9) }, 3),
    ).toThrowError(/^scheme:/);
  });
});
