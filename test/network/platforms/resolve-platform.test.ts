/** resolvePlatform: SI conversion once, overrides with provenance, missing values explicit, bad overrides rejected. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  PARAMETER_DEFINITIONS,
  PLATFORM_PARAMETER_KEYS,
  resolvePlatform,
  type ParameterOverrides,
} from '../../../src/network/index.js';
import { expectClose } from '../../support/close.js';
import { loadPresets } from '../scenario/fixtures.js';

const presets = loadPresets();
const nv = presets.get('nv-diamond')!;

describe('resolvePlatform', () => {
  it('converts file units to SI', () => {
    const { parameters } = resolvePlatform(nv);
    expectClose(parameters.wavelength!, 637e-9);
    expect(parameters.t2).toBe(1);
    expect(parameters.qubitPitch).toBe(6.6e-4);
    expect(parameters.gateTime).toBe(3.5e-6);
    expect(parameters.cycleTime).toBe(5.5e-6);
    expect(parameters.memoryCount).toBeUndefined();
  });

  it('records provenance: preset source, missing reason', () => {
    const { provenance, presetId } = resolvePlatform(nv);
    expect(presetId).toBe('nv-diamond');
    expect(provenance.t2).toMatchObject({
      origin: 'preset',
      fileKey: 't2S',
      source: expect.stringContaining('Abobeih'),
    });
    expect(provenance.memoryCount).toMatchObject({
      origin: 'missing',
      fileKey: 'memoryCount',
      reason: expect.any(String),
    });
  });

  it('applies overrides in file units and remembers what they replaced', () => {
    const { parameters, provenance } = resolvePlatform(nv, {
      cycleTimeS: 5e-6,
      wavelengthNm: 1550,
      t2S: 0.5,
    });
    expect(parameters.cycleTime).toBe(5e-6);
    expectClose(parameters.wavelength!, 1.55e-6);
    expect(parameters.t2).toBe(0.5);
    expect(provenance.cycleTime).toEqual({
      origin: 'override',
      fileKey: 'cycleTimeS',
      replaced: { source: expect.stringContaining('Humphreys') },
    });
    expect(provenance.t2).toMatchObject({
      origin: 'override',
      replaced: { source: expect.stringContaining('Abobeih') },
    });
  });

  it('has a provenance entry for every parameter', () => {
    const { parameters, provenance } = resolvePlatform(presets.get('trapped-ion')!);
    const fields = PLATFORM_PARAMETER_KEYS.map((key) => PARAMETER_DEFINITIONS[key].field);
    expect(Object.keys(provenance).sort()).toEqual([...fields].sort());
    expect(Object.keys(parameters).sort()).toEqual([...fields].sort());
    expect(Object.isFrozen(parameters)).toBe(true);
  });

  it('rejects bad overrides with a ParameterError naming the key', () => {
    expect(() => resolvePlatform(nv, { twoQubitGateFidelity: 1.5 })).toThrow(ParameterError);
    expect(() => resolvePlatform(nv, { twoQubitGateFidelity: 1.5 })).toThrow(
      'twoQubitGateFidelity: must be between 0 and 1 (got 1.5)',
    );
    expect(() => resolvePlatform(nv, { t2S: -1 })).toThrow('t2S: must be > 0 (got -1)');
    expect(() => resolvePlatform(nv, { memoryCount: 1.5 })).toThrow(
      'memoryCount: must be an integer >= 0 (got 1.5)',
    );
    expect(() => resolvePlatform(nv, { t2s: 1 } as ParameterOverrides)).toThrow(
      't2s: unknown platform parameter',
    );
    expect(() => resolvePlatform(nv, { t2S: Number.NaN })).toThrow('t2S: must be a finite number');
  });

  it('never produces NaN for valid overrides', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (time, probability) => {
          const { parameters } = resolvePlatform(nv, {
            t1S: time,
            detectorEfficiency: probability,
            wavelengthNm: time,
          });
          for (const value of Object.values(parameters))
            if (value !== undefined) expect(Number.isNaN(value)).toBe(false);
        },
      ),
    );
  });
});
