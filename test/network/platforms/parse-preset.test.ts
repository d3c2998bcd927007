/** Preset parsing: every error kind with its exact path and message, and the registry. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/core/index.js';
import { createPresetRegistry, parsePreset } from '../../../src/network/index.js';
import { PLATFORMS_DIR } from '../scenario/fixtures.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const nvText = readFileSync(path.join(PLATFORMS_DIR, 'nv-diamond.json'), 'utf8');

function issuesAfter(change: (document: Doc) => void, fileName = 'nv-diamond.json'): ValidationIssue[] {
  const document = JSON.parse(nvText) as Doc;
  change(document);
  const result = parsePreset(JSON.stringify(document), fileName);
  return result.ok ? [] : [...result.error.issues];
}

describe('parsePreset', () => {
  it('accepts the committed file and accepts paths as file names', () => {
    expect(parsePreset(nvText, 'network-models/platforms/nv-diamond.json').ok).toBe(true);
    expect(parsePreset(nvText, 'C:\\models\\nv-diamond.json').ok).toBe(true);
  });

  it('requires the id to match the file name', () => {
    expect(issuesAfter(() => undefined, 'nv.json')).toEqual([
      { path: 'id', message: 'must equal the file name "nv" (got "nv-diamond")' },
    ]);
    expect(issuesAfter((d) => (d.id = 'NV Diamond'))).toEqual([
      { path: 'id', message: 'must be lower-case words joined by hyphens, e.g. "nv-diamond"' },
    ]);
  });

  it('requires a source for numbers and a reason for nulls, never both', () => {
    expect(issuesAfter((d) => delete d.parameters.t2S.source)).toEqual([
      { path: 'parameters.t2S.source', message: 'is required when value is a number' },
    ]);
    expect(issuesAfter((d) => delete d.parameters.memoryCount.reason)).toEqual([
      { path: 'parameters.memoryCount.reason', message: 'is required when value is null' },
    ]);
    expect(issuesAfter((d) => (d.parameters.t2S.reason = 'x'))).toEqual([
      { path: 'parameters.t2S.reason', message: 'only allowed when value is null (use "source")' },
    ]);
    expect(issuesAfter((d) => (d.parameters.memoryCount.source = 'x'))).toEqual([
      { path: 'parameters.memoryCount.source', message: 'only allowed with a numeric value (use "reason")' },
    ]);
  });

  it('checks value domains and types', () => {
    expect(issuesAfter((d) => (d.parameters.physicalErrorRate.value = 2))).toEqual([
      { path: 'parameters.physicalErrorRate.value', message: 'must be <= 1' },
    ]);
    expect(issuesAfter((d) => (d.parameters.t2S.value = 0))).toEqual([
      { path: 'parameters.t2S.value', message: 'must be > 0' },
    ]);
    expect(issuesAfter((d) => (d.parameters.multiplexingModes.value = 0))).toEqual([
      { path: 'parameters.multiplexingModes.value', message: 'must be >= 1' },
    ]);
    expect(issuesAfter((d) => (d.parameters.t2S.value = '1 s'))).toEqual([
      { path: 'parameters.t2S.value', message: 'expected a number, got string' },
    ]);
  });

  it('requires every parameter and rejects unknown ones with did-you-mean', () => {
    expect(issuesAfter((d) => delete d.parameters.cycleTimeS)).toEqual([
      { path: 'parameters.cycleTimeS', message: 'is required' },
    ]);
    expect(
      issuesAfter((d) => {
        d.parameters.t2s = d.parameters.t2S;
        delete d.parameters.t2S;
      }),
    ).toEqual([
      { path: 'parameters.t2S', message: 'is required' },
      { path: 'parameters.t2s', message: 'unknown key "t2s" (did you mean "t2S"?)' },
    ]);
  });

  it('reports invalid JSON and wrong roots without throwing', () => {
    const broken = parsePreset('{"id": ', 'x.json');
    expect(!broken.ok && broken.error.issues).toEqual([
      { path: '', message: 'invalid JSON at line 1, column 8: unexpected end of input' },
    ]);
    const array = parsePreset('[]', 'x.json');
    expect(!array.ok && array.error.issues).toEqual([{ path: '', message: 'expected an object, got array' }]);
    expect(!array.ok && array.error.message).toMatch(/^x\.json: 1 problem/);
  });
});

describe('createPresetRegistry', () => {
  it('indexes presets by id and rejects duplicates', () => {
    const parsed = parsePreset(nvText, 'nv-diamond.json');
    if (!parsed.ok) throw parsed.error;
    const registry = createPresetRegistry([parsed.value]);
    expect(registry.ok && registry.value.get('nv-diamond')).toBe(parsed.value);
    const duplicate = createPresetRegistry([parsed.value, parsed.value]);
    expect(!duplicate.ok && duplicate.error.issues).toEqual([
      { path: '[1].id', message: 'duplicate preset id "nv-diamond"' },
    ]);
  });
});
