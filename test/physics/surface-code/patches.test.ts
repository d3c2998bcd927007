import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import { physicalQubitsPerLogical, type PatchLayout } from '../../../src/physics/surface-code/index.js';

describe('surface-code patches', () => {
  it('counts (2d - 1)^2 unrotated and 2d^2 - 1 rotated qubits', () => {
    expect(physicalQubitsPerLogical(3)).toBe(25);
    expect(physicalQubitsPerLogical(3, 'rotated')).toBe(17); // Surface-17
    expect(physicalQubitsPerLogical(33)).toBe(4225); // Devitt 2016 Table 1, NV (optical)
    expect(physicalQubitsPerLogical(36)).toBe(5041); // Devitt 2016 Table 1, quantum dots and silicon
    expect(physicalQubitsPerLogical(25, 'rotated')).toBe(1249);
  });

  it('rotated patches need fewer qubits from d = 2 on', () => {
    for (let d = 2; d < 100; d++) {
      expect(physicalQubitsPerLogical(d, 'rotated')).toBeLessThan(physicalQubitsPerLogical(d));
    }
  });

  it('rejects bad input naming the field', () => {
    expect(() => physicalQubitsPerLogical(0)).toThrow(ParameterError);
    expect(() => physicalQubitsPerLogical(3.5)).toThrow(/codeDistance/);
    expect(() => physicalQubitsPerLogical(3, 'hexagonal' as PatchLayout)).toThrow(/layout/);
  });
});
