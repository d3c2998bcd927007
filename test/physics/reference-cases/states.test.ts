import { describe, it, expect } from 'vitest';
import { isClose } from '../../../src/core/index.js';
import { statesReferenceCases } from '../../../src/physics/reference-cases/states.js';
import { expectClose } from '../../support/close.js';

describe('state-model reference cases', () => {
  it('every case passes within its tolerance', () => {
    for (const referenceCase of statesReferenceCases) {
      expectClose(referenceCase.compute(), referenceCase.expected, referenceCase.tolerance);
    }
  });

  it('has unique ids, the three groups, and a source for each case', () => {
    const ids = statesReferenceCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(statesReferenceCases.map((c) => c.group))).toEqual(
      new Set(['swapping', 'memory', 'purification']),
    );
    expect(statesReferenceCases.every((c) => c.source.length > 10 && c.description.length > 10)).toBe(true);
  });

  it('covers every value the brief lists', () => {
    const expected = new Set(statesReferenceCases.map((c) => c.expected));
    for (const value of [
      0.813333, 0.819126, 0.792902, 0.68394, 0.768889, 0.83815, 0.5, 0.926396, 0.002538, 0.068528, 0.875556,
      14.7368, 149.7487, 20.2734, 26.2958,
    ]) {
      expect(expected.has(value), String(value)).toBe(true);
    }
  });

  it('tolerances are tight enough that a wrong value fails', () => {
    for (const referenceCase of statesReferenceCases) {
      const wrong = referenceCase.expected * 1.001 + 1e-3;
      expect(isClose(referenceCase.compute(), wrong, referenceCase.tolerance), referenceCase.id).toBe(false);
    }
  });
});
