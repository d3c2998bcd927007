import { describe, expect, it } from 'vitest';
import {
  daysToSeconds,
  dbPerKmToDbPerMetre,
  decibelsToTransmissivity,
  kmToMetres,
  knotsToMetresPerSecond,
  metresToKm,
  transmissivityToDecibels,
} from '../../src/core/index.js';
import { expectClose } from '../support/close.js';

describe('unit conversions', () => {
  it('convert edge units to SI and back', () => {
    expect(kmToMetres(50)).toBe(50_000);
    expect(metresToKm(1_203_000)).toBe(1203);
    expectClose(dbPerKmToDbPerMetre(0.2), 2e-4);
    expect(daysToSeconds(20)).toBe(1_728_000);
    expectClose(knotsToMetresPerSecond(1), 0.514444, { relative: 1e-6 });
  });

  it('converts decibels to transmissivity and back (10 dB = 0.1)', () => {
    expectClose(decibelsToTransmissivity(10), 0.1);
    expectClose(decibelsToTransmissivity(100), 1e-10);
    expectClose(transmissivityToDecibels(0.01), 20);
    expect(decibelsToTransmissivity(0)).toBe(1);
  });
});
