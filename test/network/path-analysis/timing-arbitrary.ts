/**
 * A fast-check arbitrary of hop timings for the exact-shortcut tests: geometric attempts (success probability
 * 1e-4..1, attempt 1 us..10 ms) or exponential delivery (rate 0.01..1e5 Hz), the two hop models of hop-timing.ts.
 */
import fc from 'fast-check';
import {
  exponentialHopTiming,
  geometricHopTiming,
  type HopTiming,
} from '../../../src/network/path-analysis/hop-timing.js';

/** A heralded (geometric) or delivered (exponential) hop timing. */
export const timingArbitrary: fc.Arbitrary<HopTiming> = fc.oneof(
  fc
    .record({
      p: fc.double({ min: 1e-4, max: 1, noNaN: true }),
      tau: fc.double({ min: 1e-6, max: 1e-2, noNaN: true }),
    })
    .map(({ p, tau }) => geometricHopTiming(p, tau)),
  fc.double({ min: 1e-2, max: 1e5, noNaN: true }).map((rate) => exponentialHopTiming(rate)),
);
