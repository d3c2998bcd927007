import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  cutoffAttempts,
  partnerArrivalProbability,
  storedLinkCutoff,
  twoLinkCutoff,
  type CutoffOptions,
} from '../../src/physics/cutoff.js';
import { expectedAttemptsTwoSegments } from '../../src/physics/waiting-time.js';
import { expectClose } from '../support/close.js';

const BASE: CutoffOptions = {
  linkSuccessProbability: 0.1,
  attemptDuration: 1e-3,
  cutoff: 5e-3,
  linkFidelity: 0.95,
  pairDepolarisingTime: 1e-2,
};

/**
 * Direct iteration of the two-link chain round by round: state "no link" or "one link of age a".
 * Returns expected rounds and the mean decay factor b^age over delivered pairs.
 */
function iterateChain(p: number, m: number, b: number): { attempts: number; decay: number } {
  let none = 1;
  let waiting = new Array<number>(Math.max(m, 1)).fill(0);
  let attempts = 0;
  let delivered = 0;
  let decayed = 0;
  for (let round = 0; round < 1_000_000 && none + waiting.reduce((s, x) => s + x, 0) > 1e-16; round++) {
    attempts += none + waiting.reduce((s, x) => s + x, 0);
    const next = new Array<number>(Math.max(m, 1)).fill(0);
    let nextNone = none * (1 - p) ** 2;
    delivered += none * p * p;
    decayed += none * p * p;
    waiting.forEach((mass, age) => {
      if (age >= m) return;
      delivered += mass * p;
      decayed += mass * p * b ** (age + 1);
      if (age + 1 < m) next[age + 1]! += mass * (1 - p);
      else nextNone += mass * (1 - p);
    });
    if (m > 0) next[0]! += none * 2 * p * (1 - p);
    else nextNone += none * 2 * p * (1 - p);
    none = nextNone;
    waiting = next;
  }
  return { attempts, decay: decayed / delivered };
}

describe('memory cutoffs', () => {
  it('counts whole attempts within the cutoff, robust to rounding', () => {
    expect(cutoffAttempts(5e-3, 1e-3)).toBe(5);
    expect(cutoffAttempts(0.3, 0.1)).toBe(3);
    expect(cutoffAttempts(5.9e-3, 1e-3)).toBe(5);
    expect(cutoffAttempts(0, 1)).toBe(0);
    expect(cutoffAttempts(Infinity, 1)).toBe(Infinity);
  });

  it('partner arrival probability is 1 - (1-p)^m', () => {
    expectClose(partnerArrivalProbability(0.1, 5), 1 - 0.9 ** 5);
    expect(partnerArrivalProbability(1, 0)).toBe(0);
    expect(partnerArrivalProbability(0.2, Infinity)).toBe(1);
    expectClose(partnerArrivalProbability(1e-12, 3), 3e-12, { relative: 1e-9 });
  });

  it('two-link closed forms match direct iteration of the chain for several cutoffs', () => {
    for (const m of [0, 1, 2, 5, 17, 60]) {
      const result = twoLinkCutoff({ ...BASE, cutoff: m * BASE.attemptDuration });
      const direct = iterateChain(0.1, m, Math.exp(-0.1));
      expect(result.cutoffAttempts).toBe(m);
      expectClose(result.expectedAttempts, direct.attempts, { relative: 1e-9 });
      expectClose(result.meanDecayFactor, direct.decay, { relative: 1e-9 });
    }
    expectClose(twoLinkCutoff(BASE).meanSwappedFidelity, 0.7675246108273054, { relative: 1e-9 });
  });

  it('limits: no cutoff gives (3 - 2p)/(p(2 - p)); zero cutoff gives 1/p^2 and no decay', () => {
    const open = twoLinkCutoff({ ...BASE, cutoff: Infinity });
    expectClose(open.expectedAttempts, expectedAttemptsTwoSegments(0.1, 1), { relative: 1e-12 });
    expect(open.expectedExtraAttempts).toBe(0);
    const p = 0.1;
    const b = Math.exp(-0.1);
    // Without cutoff the waiting age is 0 with prob p/(2-p), else geometric: mean b^age in closed form.
    const meanDecay = (p + 2 * (1 - p) * ((b * p) / (1 - b * (1 - p)))) / (2 - p);
    expectClose(open.meanDecayFactor, meanDecay, { relative: 1e-12 });
    const none = twoLinkCutoff({ ...BASE, cutoff: 0 });
    expectClose(none.expectedAttempts, 100);
    expect(none.meanDecayFactor).toBe(1);
    expectClose(none.meanSwappedFidelity, (1 + 3 * ((4 * 0.95 - 1) / 3) ** 2) / 4);
  });

  it('a tighter cutoff costs attempts and buys fidelity (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (p, m1, m2, decayTime) => {
          const [tight, loose] = m1 < m2 ? [m1, m2] : [m2, m1];
          const options = {
            ...BASE,
            linkSuccessProbability: p,
            attemptDuration: 1,
            pairDepolarisingTime: decayTime,
          };
          const a = twoLinkCutoff({ ...options, cutoff: tight });
          const b = twoLinkCutoff({ ...options, cutoff: loose });
          return (
            Number.isFinite(a.expectedAttempts) &&
            a.expectedAttempts >= b.expectedAttempts * (1 - 1e-12) &&
            a.meanSwappedFidelity >= b.meanSwappedFidelity - 1e-12 &&
            a.meanDecayFactor <= 1 &&
            a.expectedExtraAttempts >= 0
          );
        },
      ),
    );
  });

  it('stored link: arrival probability, attempts per try and mean fidelity given arrival', () => {
    const result = storedLinkCutoff(BASE);
    const b = Math.exp(-0.1);
    let sum = 0;
    for (let n = 1; n <= 5; n++) sum += 0.1 * 0.9 ** (n - 1) * b ** n;
    expectClose(result.partnerArrivalProbability, 1 - 0.9 ** 5);
    expectClose(result.expectedAttemptsPerTry, (1 - 0.9 ** 5) / 0.1);
    expectClose(result.meanDecayFactorGivenArrival, sum / (1 - 0.9 ** 5));
    expectClose(result.meanFidelityGivenArrival, 0.25 + 0.7 * (sum / (1 - 0.9 ** 5)));
    const noDecay = storedLinkCutoff({ ...BASE, pairDepolarisingTime: Infinity });
    expectClose(noDecay.meanFidelityGivenArrival, 0.95, { relative: 1e-14 });
  });

  it('rejects bad input, naming the field', () => {
    expect(() => twoLinkCutoff({ ...BASE, linkSuccessProbability: 0 })).toThrow(/^linkSuccessProbability/);
    expect(() => twoLinkCutoff({ ...BASE, cutoff: -1 })).toThrow(/^cutoff/);
    expect(() => twoLinkCutoff({ ...BASE, attemptDuration: 0 })).toThrow(/^attemptDuration/);
    expect(() => twoLinkCutoff({ ...BASE, linkFidelity: 2 })).toThrow(/^linkFidelity/);
    expect(() => twoLinkCutoff({ ...BASE, pairDepolarisingTime: 0 })).toThrow(/^pairDepolarisingTime/);
    expect(() => storedLinkCutoff({ ...BASE, cutoff: 1e-4 })).toThrow(/^cutoff: must be >= attemptDuration/);
    expect(() => partnerArrivalProbability(0.5, 1.5)).toThrow(/^cutoffAttempts/);
  });
});
