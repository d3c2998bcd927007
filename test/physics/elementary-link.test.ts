import { describe, expect, it } from 'vitest';
import { kmToMetres } from '../../src/core/index.js';
import { MAXIMALLY_MIXED, PERFECT_PAIR } from '../../src/physics/bell-diagonal.js';
import { heraldOutcome, mixWithFalseHeralds } from '../../src/physics/elementary-link.js';
import { attemptDuration, resolveLinkHardware } from '../../src/physics/link-hardware.js';
import { FIBRE_ATTENUATION_1550NM } from '../../src/physics/fibre.js';
import { expectClose } from '../support/close.js';

const HARDWARE = {
  length: kmToMetres(20),
  attenuation: FIBRE_ATTENUATION_1550NM,
  emissionEfficiency: 0.5,
  conversionEfficiency: 0.4,
  detectorEfficiency: 0.9,
} as const;

describe('elementary-link shared pieces', () => {
  it('attempt duration: L/c midpoint, 3L/2c source, 2L/c direct, never below the cycle time', () => {
    expectClose(attemptDuration({ length: kmToMetres(100) }), 5e-4);
    expectClose(attemptDuration({ length: kmToMetres(100), geometry: 'midpoint-source' }), 7.5e-4);
    expectClose(attemptDuration({ length: kmToMetres(100), geometry: 'direct' }), 1e-3);
    expectClose(attemptDuration({ length: 2, cycleTime: 5.5e-6 }), 5.5e-6);
    expect(attemptDuration({ length: 0 })).toBe(0);
  });

  it('per-node efficiency is emission x conversion x fibre(L/2) x detector', () => {
    const hardware = resolveLinkHardware(HARDWARE);
    expectClose(hardware.halfLinkTransmissivity, Math.pow(10, -0.2));
    expectClose(hardware.halfLinkEfficiency, 0.5 * 0.4 * 0.9 * Math.pow(10, -0.2));
    expect(hardware.modes).toBe(1);
    expect(hardware.darkCountProbability).toBe(0);
  });

  it('combines dark counts and extra clicks as independent sources', () => {
    const hardware = resolveLinkHardware({
      ...HARDWARE,
      darkCountRate: 100,
      detectionWindow: 1e-3,
      extraClickProbability: 0.5,
    });
    expectClose(hardware.darkCountProbability, 1 - Math.exp(-0.1));
    expectClose(hardware.unwantedClickProbability, 1 - Math.exp(-0.1) * 0.5);
  });

  it('false heralds mix in the maximally mixed state by probability weight', () => {
    const mixed = mixWithFalseHeralds(PERFECT_PAIR, 0.3, 0.1);
    expectClose(mixed.phiPlus, 0.75 + 0.25 * 0.25);
    expectClose(mixed.psiMinus, 0.25 * 0.25);
    expect(mixWithFalseHeralds(PERFECT_PAIR, 0, 0)).toEqual(PERFECT_PAIR);
    expect(mixWithFalseHeralds(PERFECT_PAIR, 0, 0.2)).toEqual(MAXIMALLY_MIXED);
    const outcome = heraldOutcome(PERFECT_PAIR, 0.3, 0.1);
    expectClose(outcome.successProbability, 0.4);
  });

  it('rejects bad hardware naming the field', () => {
    expect(() => resolveLinkHardware({ ...HARDWARE, length: -1 })).toThrow(/^length: /);
    expect(() => resolveLinkHardware({ ...HARDWARE, emissionEfficiency: 2 })).toThrow(
      /^emissionEfficiency: /,
    );
    expect(() => resolveLinkHardware({ ...HARDWARE, conversionEfficiency: -0.1 })).toThrow(
      /^conversionEfficiency: /,
    );
    expect(() => resolveLinkHardware({ ...HARDWARE, detectorEfficiency: Number.NaN })).toThrow(
      /^detectorEfficiency: /,
    );
    expect(() => resolveLinkHardware({ ...HARDWARE, modes: 0 })).toThrow(/^modes: /);
    expect(() => resolveLinkHardware({ ...HARDWARE, cycleTime: -1 })).toThrow(/^cycleTime: /);
    expect(() => resolveLinkHardware({ ...HARDWARE, darkCountRate: -5 })).toThrow(/^darkCountRate: /);
    expect(() => resolveLinkHardware({ ...HARDWARE, lightSpeed: 0 })).toThrow(/^lightSpeed: /);
    expect(() => resolveLinkHardware({ ...HARDWARE, extraClickProbability: 3 })).toThrow(
      /^extraClickProbability: /,
    );
    expect(() => attemptDuration({ length: 1, geometry: 'sideways' as 'direct' })).toThrow(/^geometry: /);
  });
});
