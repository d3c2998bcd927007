import { describe, expect, it } from 'vitest';
import { isClose, relativeError } from '../../../src/core/index.js';
import { chainReferenceCases } from '../../../src/network/reference-cases/chain.js';

describe('repeater-chain reference cases', () => {
  it('are well formed: unique ids, group repeater-chain, a source for each', () => {
    const ids = chainReferenceCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(chainReferenceCases.length).toBeGreaterThanOrEqual(8);
    for (const c of chainReferenceCases) {
      expect(c.group).toBe('repeater-chain');
      expect(c.source.length).toBeGreaterThan(10);
    }
  });

  for (const referenceCase of chainReferenceCases) {
    it(`${referenceCase.id} meets its tolerance`, () => {
      const model = referenceCase.compute();
      expect(
        isClose(model, referenceCase.expected, referenceCase.tolerance),
        `model ${model} vs expected ${referenceCase.expected} (relative error ${relativeError(model, referenceCase.expected)})`,
      ).toBe(true);
    });
  }

  it('would catch a wrong model value', () => {
    const first = chainReferenceCases[0]!;
    expect(isClose(first.compute() * 1.001, first.expected, first.tolerance)).toBe(false);
  });
});
