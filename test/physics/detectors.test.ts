import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineClickProbabilities,
  darkCountProbability,
  poissonClickProbability,
  thermalClickProbability,
} from '../../src/physics/detectors.js';
import { expectClose } from '../support/close.js';

describe('detectors', () => {
  it('dark-count probability is 1 - exp(-r tau), ~ r tau when small', () => {
    expectClose(darkCountProbability(10, 1e-6), 9.999950000166666e-6, { relative: 1e-12 });
    expectClose(darkCountProbability(1e3, 1e-3), 1 - Math.exp(-1));
    expect(darkCountProbability(0, 1)).toBe(0);
    expect(darkCountProbability(25, 0)).toBe(0);
  });

  it('Poisson click probability combines efficiency, photons and dark counts', () => {
    expectClose(poissonClickProbability(1, 1), 1 - Math.exp(-1));
    expectClose(poissonClickProbability(2, 0.5, 0.1), 1 - 0.9 * Math.exp(-1));
    expect(poissonClickProbability(0, 0.9)).toBe(0);
    expectClose(poissonClickProbability(0, 0.9, 0.2), 0.2);
  });

  it('thermal click probability is m / (1 + m)', () => {
    expectClose(thermalClickProbability(1), 0.5);
    expect(thermalClickProbability(0)).toBe(0);
  });

  it('independent click sources combine as 1 - prod(1 - p)', () => {
    expectClose(combineClickProbabilities(0.5, 0.5), 0.75);
    expect(combineClickProbabilities()).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (ps) => {
        const combined = combineClickProbabilities(...ps);
        expect(combined).toBeGreaterThanOrEqual(Math.max(0, ...ps) - 1e-15);
        expect(combined).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('all click probabilities are in [0, 1] for wide inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (photons, efficiency, dark) => {
          const p = poissonClickProbability(photons, efficiency, dark);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(darkCountProbability(photons, efficiency)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('rejects bad input naming the field', () => {
    expect(() => darkCountProbability(-1, 1e-9)).toThrow(/^darkCountRate: /);
    expect(() => darkCountProbability(1, -1e-9)).toThrow(/^detectionWindow: /);
    expect(() => poissonClickProbability(1, 2)).toThrow(/^efficiency: /);
    expect(() => thermalClickProbability(Number.NaN)).toThrow(/^meanPhotonNumber: /);
    expect(() => combineClickProbabilities(0.1, 1.5)).toThrow(/^probabilities\[1\]: /);
  });
});
