/**
 * The speed shortcuts of the long-route memory decay (issue 3) change no bit: qubitStorage skips the product
 * of the other hops' distribution functions where every factor is exactly 1, and nodeDecayProduct evaluates a
 * repeater's two-hop chain without the general recursion's arrays. Both are compared with `toBe` against the
 * straightforward forms (the product written out below; exactJointDecay on the repeater's own two hops).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timingArbitrary } from './timing-arbitrary.js';
import { compositeRule } from '../../../src/network/path-analysis/quadrature.js';
import type { HopTiming } from '../../../src/network/path-analysis/hop-timing.js';
import {
  exactJointDecay,
  nodeDecayProduct,
  storageLayout,
} from '../../../src/network/path-analysis/parallel-decay.js';
import { qubitStorage } from '../../../src/network/path-analysis/storage-marginal.js';

/** qubitStorage with the product over the other hops evaluated at every point (no shortcut). */
function plainQubitStorage(
  timings: readonly HopTiming[],
  set: readonly number[],
  waiting: number,
  kappa: number,
  cutoff: number,
): { decay: number; withinCutoff: number } {
  const own = timings[waiting]!;
  const others = set.filter((index) => index !== waiting).map((index) => timings[index]!);
  if (others.length === 0) return { decay: 1, withinCutoff: 1 };
  const product = (m: number): number => {
    let value = 1;
    for (const timing of others) {
      if (m <= timing.shift) return 0;
      value *= -Math.expm1(-timing.decayRate * (m - timing.shift));
      if (value === 0) return 0;
    }
    return value;
  };
  const density = (t: number): number =>
    t < own.shift ? 0 : own.decayRate * Math.exp(-own.decayRate * (t - own.shift));
  const fastest = Math.min(...[own, ...others].map((timing) => 1 / timing.decayRate));
  let withinCutoff = 1;
  if (Number.isFinite(cutoff)) {
    const rule = compositeRule({
      start: own.shift,
      end: own.shift + 40 / own.decayRate,
      finestScale: fastest / 2,
      breakpoints: others.map((timing) => timing.shift - cutoff),
    });
    withinCutoff = 0;
    for (let i = 0; i < rule.points.length; i++) {
      const t = rule.points[i]!;
      withinCutoff += rule.weights[i]! * density(t) * product(t + cutoff);
    }
    withinCutoff = Math.min(1, withinCutoff);
  }
  if (kappa === 0) return { decay: withinCutoff, withinCutoff };
  const start = Math.max(own.shift, ...others.map((timing) => timing.shift));
  const slowest = Number.isFinite(cutoff) ? 1 / own.decayRate : Math.max(1 / own.decayRate, 1 / kappa);
  const rule = compositeRule({
    start,
    end: start + (Number.isFinite(cutoff) ? cutoff : 0) + 40 * slowest,
    finestScale: Math.min(fastest, 1 / kappa) / 2,
    breakpoints: Number.isFinite(cutoff) ? [own.shift + cutoff] : [],
  });
  const kernel = (m: number): number => {
    const u = m - own.shift;
    if (u <= 0) return 0;
    const span = Math.min(u, cutoff);
    const mu = own.decayRate;
    const difference = kappa - mu;
    if (difference === 0) return mu * Math.exp(-mu * u) * span;
    if (difference > 0) return (mu * Math.exp(-mu * u) * -Math.expm1(-difference * span)) / difference;
    return (mu * Math.exp(-mu * (u - span) - kappa * span) * -Math.expm1(difference * span)) / -difference;
  };
  let integral = 0;
  for (let i = 0; i < rule.points.length; i++) {
    const m = rule.points[i]!;
    integral += rule.weights[i]! * product(m) * kernel(m);
  }
  const boundary = Number.isFinite(cutoff) ? Math.exp(-kappa * cutoff) * withinCutoff : 0;
  return { decay: Math.min(withinCutoff, boundary + kappa * integral), withinCutoff };
}

describe('qubitStorage skips only factors that are exactly 1', () => {
  it('gives the same decay and within-cutoff probability to the bit, with and without a cutoff', () => {
    fc.assert(
      fc.property(
        fc.array(timingArbitrary, { minLength: 2, maxLength: 30 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.double({ min: 1e-5, max: 10, noNaN: true })),
        fc.nat(),
        (timings, kappa, cutoff, pick) => {
          const set = timings.map((_, index) => index);
          const waiting = pick % timings.length;
          const fast = qubitStorage(timings, set, waiting, kappa, cutoff);
          const plain = plainQubitStorage(timings, set, waiting, kappa, cutoff);
          expect(fast.decay).toBe(plain.decay);
          expect(fast.withinCutoff).toBe(plain.withinCutoff);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nodeDecayProduct on routes over the exact limit', () => {
  it("equals the product of the end nodes' storage and each repeater's exact two-hop chain, to the bit", () => {
    fc.assert(
      fc.property(
        fc.array(timingArbitrary, { minLength: 15, maxLength: 40 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (timings, kappa) => {
          const hops = timings.length;
          const rates = Array.from({ length: hops + 1 }, () => ({ x: kappa, z: kappa }));
          const all = timings.map((_, index) => index);
          let expected = qubitStorage(timings, all, 0, kappa, Number.POSITIVE_INFINITY).decay;
          for (let node = 1; node < hops; node++) {
            const pair = [timings[node - 1]!, timings[node]!];
            const only = [
              { x: 0, z: 0 },
              { x: kappa, z: kappa },
              { x: 0, z: 0 },
            ];
            expected *= exactJointDecay(pair, storageLayout('swap-asap', 2), only).x;
          }
          expected *= qubitStorage(timings, all, hops - 1, kappa, Number.POSITIVE_INFINITY).decay;
          const product = nodeDecayProduct(timings, storageLayout('swap-asap', hops), rates);
          expect(product.x).toBe(expected);
          expect(product.z).toBe(expected);
        },
      ),
      { numRuns: 50 },
    );
  });
});
