import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError, dbPerKmToDbPerMetre, kmToMetres } from '../../src/core/index.js';
import {
  FIBRE_ATTENUATION_1550NM,
  FIBRE_ATTENUATION_637NM,
  FIBRE_ATTENUATION_854NM,
  FIBRE_ATTENUATION_DEFAULTS,
  fibreLengthForTransmissivity,
  fibreLossDecibels,
  fibrePropagationDelay,
  fibreTransmissivity,
} from '../../src/physics/fibre.js';
import { expectClose } from '../support/close.js';

describe('fibre transmissivity', () => {
  it('matches physics.md §1 values at 0.2 dB/km', () => {
    expectClose(fibreTransmissivity(kmToMetres(10), FIBRE_ATTENUATION_1550NM), 0.6309573, { relative: 1e-7 });
    expectClose(fibreTransmissivity(kmToMetres(50), FIBRE_ATTENUATION_1550NM), 0.1);
    expectClose(fibreTransmissivity(kmToMetres(100), FIBRE_ATTENUATION_1550NM), 0.01);
    expectClose(fibreTransmissivity(kmToMetres(500), FIBRE_ATTENUATION_1550NM), 1e-10);
    expectClose(fibreTransmissivity(kmToMetres(50), dbPerKmToDbPerMetre(0.18)), 0.1258925, {
      relative: 5e-7,
    });
  });

  it('is exactly 1 at zero length and underflows to 0, not NaN, for huge losses', () => {
    expect(fibreTransmissivity(0, FIBRE_ATTENUATION_637NM)).toBe(1);
    expect(fibreTransmissivity(1e7, FIBRE_ATTENUATION_637NM)).toBe(0);
  });

  it('orders the wavelength defaults by loss and gives their dB/km values', () => {
    expectClose(FIBRE_ATTENUATION_1550NM * 1000, 0.2);
    expectClose(FIBRE_ATTENUATION_854NM * 1000, 3);
    expectClose(FIBRE_ATTENUATION_637NM * 1000, 5);
    expect(FIBRE_ATTENUATION_DEFAULTS.map((d) => d.attenuation)).toEqual([
      FIBRE_ATTENUATION_637NM,
      FIBRE_ATTENUATION_854NM,
      FIBRE_ATTENUATION_1550NM,
    ]);
  });

  it('loss in dB is alpha L and the inverse length round-trips', () => {
    expectClose(fibreLossDecibels(kmToMetres(50), FIBRE_ATTENUATION_1550NM), 10);
    expectClose(fibreLengthForTransmissivity(0.01, FIBRE_ATTENUATION_1550NM), kmToMetres(100));
  });

  it('delay uses 2e8 m/s by default', () => {
    expectClose(fibrePropagationDelay(kmToMetres(100)), 5e-4);
    expectClose(fibrePropagationDelay(1000, 1e8), 1e-5);
  });

  it('decreases with length, stays in [0, 1] and multiplies over concatenation', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e-2, noNaN: true }),
        (length, extra, attenuation) => {
          const a = fibreTransmissivity(length, attenuation);
          const b = fibreTransmissivity(length + extra, attenuation);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
          expect(b).toBeLessThanOrEqual(a);
          const product = fibreTransmissivity(length, attenuation) * fibreTransmissivity(extra, attenuation);
          expectClose(b, product, { relative: 1e-9, absolute: 1e-300 });
        },
      ),
    );
  });

  it('rejects bad input naming the field', () => {
    expect(() => fibreTransmissivity(-1, FIBRE_ATTENUATION_1550NM)).toThrow(ParameterError);
    expect(() => fibreTransmissivity(-1, FIBRE_ATTENUATION_1550NM)).toThrow(/^length: /);
    expect(() => fibreTransmissivity(1, Number.NaN)).toThrow(/^attenuation: /);
    expect(() => fibrePropagationDelay(1, 0)).toThrow(/^lightSpeed: /);
    expect(() => fibreLengthForTransmissivity(0, FIBRE_ATTENUATION_1550NM)).toThrow(/^transmissivity: /);
    expect(() => fibreLengthForTransmissivity(0.5, 0)).toThrow(/^attenuation: /);
  });
});
