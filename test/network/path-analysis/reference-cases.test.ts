import { describe, expect, it } from 'vitest';
import { isClose } from '../../../src/core/index.js';
import { PATH_ANALYSIS_REFERENCE_CASES } from '../../../src/network/path-analysis/index.js';

describe('path-analysis reference cases for qnet verify', () => {
  it('has unique ids, a source and a unit field on every case', () => {
    const ids = PATH_ANALYSIS_REFERENCE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of PATH_ANALYSIS_REFERENCE_CASES) expect(c.source.length).toBeGreaterThan(10);
  });
  for (const c of PATH_ANALYSIS_REFERENCE_CASES) {
    it(`${c.id}: model matches ${c.expected} ${c.unit}`, () => {
      const model = c.compute();
      expect(isClose(model, c.expected, c.tolerance ?? {}), `${c.id}: ${model} vs ${c.expected}`).toBe(true);
    });
  }
});
