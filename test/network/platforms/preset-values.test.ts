/**
 * The sourced link values of the platform presets: nv-diamond and trapped-ion carry every number a single- or
 * double-click link needs (neutral-atom does not yet: no per-attempt efficiency or attempt time could be
 * sourced), each with a citation; derived planning values say so; and the presets feed `qnet link` without
 * explicit options.
 *
 * Sources (see the preset files for the full strings): Dahlberg et al., SIGCOMM 2019 "Lab" configuration and
 * the netsquid-nv NVParameterSet2019 (Humphreys et al., Nature 558, 268 (2018) setup); Coopmans et al.,
 * Commun. Phys. 4, 164 (2021), Supplementary Note 4; Hensen et al., Nature 526, 682 (2015); Schupp et al.,
 * PRX Quantum 2, 020331 (2021).
 * Assumption: the leading-order single-click check uses p ~ 2 alpha eta_half (physics.md §2); dark counts add
 * about 1.4% at 2 m, hence the 3% tolerance.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeResolvedLink,
  PLATFORM_PARAMETER_KEYS,
  resolveLinkParameters,
  resolvePlatform,
  type PlatformParameterKey,
  type PlatformPreset,
} from '../../../src/network/index.js';
import { FIBRE_ATTENUATION_637NM, fibreTransmissivity } from '../../../src/physics/index.js';
import { expectClose } from '../../support/close.js';
import { loadPresets } from '../scenario/fixtures.js';

const presets = loadPresets();
const nv = presets.get('nv-diamond')!;
const ion = presets.get('trapped-ion')!;

/** Link inputs each preset now sources, by scheme need (physics/link-hardware.ts, network/link-parameters.ts). */
const SOURCED_LINK_KEYS: Readonly<Record<string, readonly PlatformParameterKey[]>> = {
  'nv-diamond': [
    'emissionEfficiency',
    'detectorEfficiency',
    'cycleTimeS',
    'brightStatePopulation',
    'darkCountRateHz',
    'detectionWindowS',
  ],
  'trapped-ion': ['emissionEfficiency', 'detectorEfficiency'],
};

/** A citation names a year in parentheses, e.g. "Nature 558, 268 (2018)". */
const CITATION = /\((19|20)\d\d\)/;

function sourceOf(preset: PlatformPreset, key: PlatformParameterKey): string {
  const parameter = preset.parameters[key];
  if (parameter.value === null) throw new Error(`${preset.id}.${key} is missing: ${parameter.reason}`);
  return parameter.source;
}

function resolvedLink(
  preset: PlatformPreset,
  scheme: 'single-click' | 'double-click',
  length: number,
  overrides = {},
) {
  const { parameters } = resolvePlatform(preset, overrides);
  const resolved = resolveLinkParameters({ scheme, length, platform: { id: preset.id, parameters } });
  return { resolved, link: computeResolvedLink(resolved) };
}

describe('sourced link values of the presets', () => {
  it.each(Object.entries(SOURCED_LINK_KEYS))('%s has a cited value for each link input', (id, keys) => {
    const preset = presets.get(id)!;
    for (const key of keys) {
      expect(preset.parameters[key].value, `${id}.${key}`).not.toBeNull();
      expect(sourceOf(preset, key), `${id}.${key}`).toMatch(CITATION);
    }
  });

  it('every non-null value of every preset has a non-empty citation', () => {
    for (const preset of presets.values()) {
      for (const key of PLATFORM_PARAMETER_KEYS) {
        const parameter = preset.parameters[key];
        if (parameter.value === null) continue;
        expect(parameter.source.trim().length, `${preset.id}.${key}`).toBeGreaterThan(30);
        expect(parameter.source, `${preset.id}.${key}`).toMatch(CITATION);
      }
    }
  });

  it('carries the published numbers (Humphreys-2018-era NV set, Schupp 2021 ion node)', () => {
    const value = (preset: PlatformPreset, key: PlatformParameterKey) => preset.parameters[key].value;
    expect(value(nv, 'emissionEfficiency')).toBe(4.4e-4);
    expect(value(nv, 'detectorEfficiency')).toBe(0.8);
    expect(value(nv, 'cycleTimeS')).toBe(5.5e-6);
    expect(value(nv, 'brightStatePopulation')).toBe(0.1);
    expect(value(nv, 'darkCountRateHz')).toBe(20);
    expect(value(nv, 'detectionWindowS')).toBe(25e-9);
    expect(value(nv, 't1S')).toBe(3600);
    expect(value(ion, 'emissionEfficiency')).toBe(0.462);
    expect(value(ion, 'detectorEfficiency')).toBe(1);
  });

  it('the NV emission x detector product matches the measured total detection probability', () => {
    // netsquid-nv NVParameterSet2019: total 3.5e-4 (mean of 2.8e-4 and 4.2e-4), ~1 m of fibre at 5 dB/km.
    const total = nv.parameters.emissionEfficiency.value! * nv.parameters.detectorEfficiency.value!;
    expectClose(total, 3.5e-4 / fibreTransmissivity(1, FIBRE_ATTENUATION_637NM), { relative: 0.02 });
  });

  it('derived planning values say that they are derived', () => {
    const derived: [PlatformPreset, PlatformParameterKey][] = [
      [nv, 'emissionEfficiency'],
      [nv, 'measurementFidelity'],
      [nv, 'twoQubitGateFidelity'],
      [ion, 'emissionEfficiency'],
      [ion, 'detectorEfficiency'],
    ];
    for (const [preset, key] of derived)
      expect(sourceOf(preset, key), `${preset.id}.${key}`).toMatch(/^Derived/);
  });
});

describe('presets feed an elementary link without explicit options', () => {
  it('nv-diamond single-click: every input from the platform, p ~ 2 alpha eta_half at 2 m', () => {
    const { resolved, link } = resolvedLink(nv, 'single-click', 2);
    const origins = Object.fromEntries(resolved.parameters.map((p) => [p.field, p.origin]));
    for (const field of [
      'emissionEfficiency',
      'detectorEfficiency',
      'cycleTime',
      'brightStatePopulation',
      'darkCountRate',
      'detectionWindow',
    ])
      expect(origins[field], field).toBe('platform');
    const etaHalf = 4.4e-4 * 0.8 * fibreTransmissivity(1, FIBRE_ATTENUATION_637NM);
    expectClose(link.successProbability, 2 * 0.1 * etaHalf, { relative: 0.03 });
    expect(link.attemptDuration).toBe(5.5e-6);
  });

  it('nv-diamond double-click and trapped-ion double-click resolve from the presets alone', () => {
    const nvLink = resolvedLink(nv, 'double-click', 1300).link;
    expect(nvLink.successProbability).toBeGreaterThan(0);
    expect(nvLink.rate).toBeGreaterThan(0);
    const ionLink = resolvedLink(ion, 'double-click', 520).link;
    const etaHalf = 0.462 * fibreTransmissivity(260, 3e-3);
    expectClose(ionLink.successProbability, (etaHalf * etaHalf) / 2, { relative: 0.01 });
  });

  it('nv-diamond links stay finite and in range over lengths and bright-state populations', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e5, noNaN: true }),
        fc.double({ min: 1e-3, max: 0.5, noNaN: true }),
        (length, alpha) => {
          const { link } = resolvedLink(nv, 'single-click', length, { brightStatePopulation: alpha });
          return (
            link.successProbability >= 0 &&
            link.successProbability <= 1 &&
            Number.isFinite(link.rate) &&
            link.fidelity >= 0 &&
            link.fidelity <= 1
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
