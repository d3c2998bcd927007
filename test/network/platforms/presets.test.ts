/**
 * The committed platform presets: all seven parse, every number has a source and every missing value a
 * reason, ids match file names, and the values the brief and the reference docs fix are as published
 * (Devitt et al. 2016 Table 1 via sneakernet.md; Sahu et al. 2022; Zhong et al. 2015; Krutyanskiy 2023).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePreset, PLATFORM_PARAMETER_KEYS } from '../../../src/network/index.js';
import { loadPresets, PLATFORMS_DIR, presetFileNames } from '../scenario/fixtures.js';

const presets = loadPresets();

describe('platform presets', () => {
  it('are the seven of the brief', () => {
    expect([...presets.keys()].sort()).toEqual([
      'neutral-atom',
      'nv-diamond',
      'quantum-dot',
      'rare-earth-memory',
      'siv-diamond',
      'superconducting-transducer',
      'trapped-ion',
    ]);
  });

  it.each(presetFileNames())('%s parses, names its schema and lists every parameter', (name) => {
    const text = readFileSync(path.join(PLATFORMS_DIR, name), 'utf8');
    const result = parsePreset(text, name);
    expect(result.ok ? [] : result.error.issues).toEqual([]);
    const raw = JSON.parse(text) as { $schema: string; parameters: Record<string, unknown> };
    expect(raw.$schema).toBe('./platform.schema.json');
    expect(Object.keys(raw.parameters)).toEqual(PLATFORM_PARAMETER_KEYS);
  });

  it('every number has a source with a year, every null a reason', () => {
    for (const preset of presets.values()) {
      for (const key of PLATFORM_PARAMETER_KEYS) {
        const parameter = preset.parameters[key];
        if (parameter.value === null)
          expect(parameter.reason.length, `${preset.id}.${key}`).toBeGreaterThan(10);
        else expect(parameter.source, `${preset.id}.${key}`).toMatch(/(19|20)\d\d/);
      }
    }
  });

  it('error-corrected-memory fields are the Devitt et al. (2016) Table 1 rows', () => {
    const rows: Record<string, [number, number, number] | null> = {
      'nv-diamond': [6.6e-4, 3.5e-6, 1e-3],
      'trapped-ion': [1.5e-3, 1.0e-4, 1e-5],
      'superconducting-transducer': [3.0e-4, 4.0e-8, 1e-5],
      'quantum-dot': [1.0e-6, 3.2e-8, 1e-3],
      'neutral-atom': null,
      'siv-diamond': null,
      'rare-earth-memory': null,
    };
    for (const [id, row] of Object.entries(rows)) {
      const { qubitPitchM, gateTimeS, physicalErrorRate } = presets.get(id)!.parameters;
      expect([qubitPitchM.value, gateTimeS.value, physicalErrorRate.value], id).toEqual(
        row ?? [null, null, null],
      );
      if (row)
        expect('source' in qubitPitchM && qubitPitchM.source).toMatch(
          /Devitt et al\., Sci\. Rep\. 6, 36163 \(2016\), Table 1/,
        );
    }
  });

  it('carries the published values named in the brief', () => {
    expect(presets.get('trapped-ion')!.parameters.wavelengthNm.value).toBe(854);
    expect(presets.get('superconducting-transducer')!.parameters.transductionEfficiency.value).toBe(0.087);
    expect(presets.get('superconducting-transducer')!.parameters.addedNoisePhotons.value).toBe(0.16);
    expect(presets.get('rare-earth-memory')!.parameters.t2S.value).toBe(6 * 3600);
    expect(presets.get('nv-diamond')!.parameters.wavelengthNm.value).toBe(637);
    expect(presets.get('neutral-atom')!.parameters.conversionEfficiency.value).toBe(0.57);
  });

  it('marks conversion missing where a platform has no converter', () => {
    for (const id of ['nv-diamond', 'trapped-ion', 'quantum-dot', 'rare-earth-memory', 'siv-diamond']) {
      expect(presets.get(id)!.parameters.conversionEfficiency.value, id).toBeNull();
    }
  });
});
