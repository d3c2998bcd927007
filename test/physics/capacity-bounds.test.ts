import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmToMetres } from '../../src/core/index.js';
import {
  capacityPerSecond,
  fibrePlobCapacity,
  plobCapacity,
  plobCapacityPerSecond,
  repeaterChainCapacity,
  tgwBound,
} from '../../src/physics/capacity-bounds.js';
import { FIBRE_ATTENUATION_1550NM } from '../../src/physics/fibre.js';
import { expectClose } from '../support/close.js';

describe('capacity bounds', () => {
  it('PLOB over 0.2 dB/km fibre matches physics.md §6', () => {
    expectClose(fibrePlobCapacity(kmToMetres(50), FIBRE_ATTENUATION_1550NM), 0.152003, { relative: 5e-6 });
    expectClose(fibrePlobCapacity(kmToMetres(100), FIBRE_ATTENUATION_1550NM), 0.0144996, { relative: 5e-6 });
    expectClose(fibrePlobCapacity(kmToMetres(1000), FIBRE_ATTENUATION_1550NM), 1.442695e-20, {
      relative: 5e-7,
    });
  });

  it('keeps precision for tiny eta (~ eta / ln 2) and handles the limits', () => {
    expectClose(plobCapacity(1e-30), 1e-30 / Math.LN2, { relative: 1e-12 });
    expect(plobCapacity(0)).toBe(0);
    expect(plobCapacity(1)).toBe(Infinity);
    expect(tgwBound(1)).toBe(Infinity);
    expectClose(tgwBound(0.1), Math.log2(11 / 9));
  });

  it('TGW >= PLOB and both increase with eta', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 1e-3, noNaN: true }),
        (eta, step) => {
          expect(tgwBound(eta)).toBeGreaterThanOrEqual(plobCapacity(eta));
          expect(plobCapacity(eta + step)).toBeGreaterThanOrEqual(plobCapacity(eta));
        },
      ),
    );
  });

  it('per second, chains limited by the worst hop', () => {
    expectClose(capacityPerSecond(0.5, 1e9), 5e8);
    expect(capacityPerSecond(Infinity, 0)).toBe(0);
    expectClose(plobCapacityPerSecond(0.01, 1e9), 0.0144996e9, { relative: 5e-6 });
    expectClose(repeaterChainCapacity([0.5, 0.1, 0.9]), plobCapacity(0.1));
  });

  it('rejects bad input naming the field', () => {
    expect(() => plobCapacity(1.1)).toThrow(/^transmissivity: /);
    expect(() => tgwBound(-0.1)).toThrow(/^transmissivity: /);
    expect(() => repeaterChainCapacity([])).toThrow(/^hopTransmissivities: /);
    expect(() => repeaterChainCapacity([0.5, 2])).toThrow(/^hopTransmissivities\[1\]: /);
    expect(() => capacityPerSecond(1, -1)).toThrow(/^channelUsesPerSecond: /);
    expect(() => capacityPerSecond(-1, 1)).toThrow(/^bitsPerUse: /);
  });
});
