import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import {
  ceilLog2,
  gradientCost,
  hoeffdingCopies,
  hopsPerPass,
  inferenceCost,
  qubitsForDimension,
  resolveWorkload,
  shadowTomographyCopies,
} from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

const first = resolveWorkload({
  dimension: 2 ** 12,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
});
const second = resolveWorkload({
  dimension: 2 ** 20,
  layers: 10,
  paramsPerUnitary: 1000,
  epsilon: 0.01,
  delta: 0.01,
});

describe('inference cost (distributed-ml.md test values)', () => {
  it('first case: S_inf 2952, Q_inf 106,272, C_inf 393,216', () => {
    const c = inferenceCost(first);
    expect(c).toEqual({ qubitsPerCopy: 12, hops: 3, copies: 2952, qubits: 106_272, bits: 393_216 });
  });

  it('second case: S_inf 105,967, Q_inf 40,267,460, C_inf 637,534,208', () => {
    const c = inferenceCost(second);
    expect([c.copies, c.qubits, c.bits]).toEqual([105_967, 40_267_460, 637_534_208]);
  });
});

describe('gradient cost', () => {
  it('first case: Q_naive 2.893e7, C_grad 786,432, C_dp 2 P_tot b', () => {
    const g = gradientCost(first);
    expect(g.totalParameters).toBe(64);
    expect(g.copiesPerShift).toBe(6279);
    expect(g.naiveQubits).toBe(28_933_632);
    expectClose(g.naiveQubits, 2.893e7, { relative: 5e-4 });
    expect(g.bits).toBe(786_432);
    expect(g.dataParallelBits).toBe(2 * 64 * 32);
  });

  it('shadow tomography: K and Q_ST = 2L K 2H (n+1) (hand-computed)', () => {
    // K = ceil(log2(16)^2 log2(8192) ln(4/0.05) / 0.05^4) = ceil(145,833,846.6...)
    const g = gradientCost(first);
    expect(g.shadowCopies).toBe(145_833_847);
    expect(g.shadowQubits).toBe(2 * 2 * 145_833_847 * 2 * 3 * 13);
  });

  it('c_ST and the eps exponent are overridable', () => {
    const k2 = shadowTomographyCopies(resolveWorkload({ ...first, shadowEpsilonExponent: 2 }));
    expect(k2).toBe(Math.ceil((16 * 13 * Math.log(80)) / 0.0025));
    const k3 = shadowTomographyCopies(resolveWorkload({ ...first, shadowConstant: 3 }));
    expectClose(k3, 3 * 145_833_847, { relative: 1e-8 });
  });
});

describe('building blocks', () => {
  it('ceilLog2 is exact at powers of two and just above them', () => {
    expect(ceilLog2(1)).toBe(0);
    expect(ceilLog2(2)).toBe(1);
    expect(ceilLog2(4097)).toBe(13);
    expect(ceilLog2(2 ** 52)).toBe(52);
    expect(ceilLog2(2 ** 52 + 1)).toBe(53);
    expect(qubitsForDimension(3)).toBe(2);
  });

  it('H = 2L - 1 and Hoeffding copies', () => {
    expect(hopsPerPass(1)).toBe(1);
    expect(hopsPerPass(10)).toBe(19);
    expect(hoeffdingCopies(0.05, 0.05, 2)).toBe(2952);
    expect(hoeffdingCopies(0.05, 0.05, 2, 64)).toBe(6279);
  });

  it('rejects bad input naming the field', () => {
    expect(() => qubitsForDimension(1)).toThrow(ParameterError);
    expect(() => hopsPerPass(0)).toThrow(/layers/);
    expect(() => hoeffdingCopies(0, 0.1, 2)).toThrow(/epsilon/);
    expect(() => hoeffdingCopies(0.1, 1, 2)).toThrow(/delta/);
    expect(() => hoeffdingCopies(0.1, 0.1, 0)).toThrow(/hoeffdingConstant/);
  });
});

describe('properties', () => {
  it('Q grows by S H per doubling of N (polylog); C doubles (linear)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 20 }), (exponent, layers) => {
        const w = resolveWorkload({ ...first, layers, dimension: 2 ** exponent });
        const w2 = resolveWorkload({ ...first, layers, dimension: 2 ** (exponent + 1) });
        const a = inferenceCost(w);
        const b = inferenceCost(w2);
        expect(b.qubits - a.qubits).toBe(a.copies * a.hops);
        expect(b.bits).toBe(2 * a.bits);
      }),
    );
  });

  it('never NaN and always positive over wide ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 1e-6, max: 0.999, noNaN: true }),
        fc.double({ min: 1e-12, max: 0.999, noNaN: true }),
        (dimension, layers, paramsPerUnitary, epsilon, delta) => {
          const w = resolveWorkload({ dimension, layers, paramsPerUnitary, epsilon, delta });
          const values = [...Object.values(inferenceCost(w)), ...Object.values(gradientCost(w))];
          for (const value of values) {
            expect(Number.isNaN(value)).toBe(false);
            expect(value).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('smaller eps never needs fewer qubits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
        fc.double({ min: 1.01, max: 10, noNaN: true }),
        (eps, factor) => {
          const loose = gradientCost(resolveWorkload({ ...first, epsilon: Math.min(0.99, eps * factor) }));
          const tight = gradientCost(resolveWorkload({ ...first, epsilon: eps }));
          expect(tight.naiveQubits).toBeGreaterThanOrEqual(loose.naiveQubits);
          expect(tight.shadowQubits).toBeGreaterThanOrEqual(loose.shadowQubits);
        },
      ),
    );
  });
});
