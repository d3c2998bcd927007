/** The repeater-generations reference cases all pass, have unique ids and name their sources. */
import { describe, expect, it } from 'vitest';
import { isClose } from '../../../src/core/index.js';
import { generationsReferenceCases } from '../../../src/network/reference-cases/generations.js';

describe('generationsReferenceCases', () => {
  it('are in group repeater-generations with unique ids and a source each', () => {
    const ids = generationsReferenceCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of generationsReferenceCases) {
      expect(c.group).toBe('repeater-generations');
      expect(c.source.length).toBeGreaterThan(10);
    }
  });

  it.each(generationsReferenceCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const value = c.compute();
    expect(Number.isFinite(value)).toBe(true);
    expect(
      isClose(value, c.expected, c.tolerance ?? {}),
      `${c.id}: model ${value}, expected ${c.expected}`,
    ).toBe(true);
  });
});
