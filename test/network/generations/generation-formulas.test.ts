/** Tests of the shared formulas of the repeater-generation models (generation-formulas.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accumulatedFlipProbability,
  bb84SecretFraction,
  binaryEntropy,
  codeLogicalErrorProbability,
  costPerKm,
  expectedMaximumAttempts,
} from '../../../src/network/generations/index.js';
import { EXACT_MAXIMUM_LIMIT, segmentsFor } from '../../../src/network/generations/generation-formulas.js';
import { expectedAttemptsDeterministicSwaps } from '../../../src/physics/waiting-time.js';
import { expectClose } from '../../support/close.js';

describe('binaryEntropy and the BB84 secret fraction', () => {
  it('has h(1/2) = 1, h(0) = h(1) = 0 and the textbook value at 0.11', () => {
    expect(binaryEntropy(0.5)).toBe(1);
    expect(binaryEntropy(0)).toBe(0);
    expect(binaryEntropy(1)).toBe(0);
    // h(0.11) = -0.11 log2 0.11 - 0.89 log2 0.89
    expectClose(binaryEntropy(0.11), 0.499915958164528, { relative: 1e-12 });
  });

  it('gives a full key without errors and none at 11.003% QBER in both bases', () => {
    expect(bb84SecretFraction(0, 0)).toBe(1);
    expect(bb84SecretFraction(0.11003, 0.11003)).toBe(0);
    expect(bb84SecretFraction(0.11, 0.11)).toBeGreaterThan(0);
  });

  it('treats an error rate e above 1/2 like 1 - e', () => {
    expectClose(bb84SecretFraction(0.97, 0.02), bb84SecretFraction(0.03, 0.02), { relative: 1e-12 });
  });
});

describe('codeLogicalErrorProbability', () => {
  it('matches the closed form of the Steane code, 1 - (1-q)^7 - 7q(1-q)^6', () => {
    for (const q of [1e-3, 0.05, 0.3]) {
      expectClose(codeLogicalErrorProbability(7, 3, q), 1 - (1 - q) ** 7 - 7 * q * (1 - q) ** 6, {
        relative: 1e-9,
      });
    }
  });

  it('keeps relative accuracy where 1 - sum would cancel (Golay at q = 1e-6 is ~ C(23,4) q^4)', () => {
    expectClose(codeLogicalErrorProbability(23, 7, 1e-6), 8855e-24, { relative: 1e-4 });
    // Steane at q = 1e-6: 21 q^2 (1-q)^5 + 35 q^3 (1-q)^4 + ..., where the closed form above loses 5 digits.
    expectClose(codeLogicalErrorProbability(7, 3, 1e-6), 21e-12 * (1 - 1e-6) ** 5 + 35e-18, {
      relative: 1e-9,
    });
  });

  it('is the bare qubit error for a distance-1 code and is 0 or 1 at the ends', () => {
    expectClose(codeLogicalErrorProbability(1, 1, 0.123), 0.123);
    expect(codeLogicalErrorProbability(7, 3, 0)).toBe(0);
    expect(codeLogicalErrorProbability(7, 3, 1)).toBe(1);
  });
});

describe('accumulatedFlipProbability', () => {
  it('is the identity for one segment, 1/2 for p = 1/2, and 2p(1-p) for two segments', () => {
    expectClose(accumulatedFlipProbability(0.2, 1), 0.2, { relative: 1e-12 });
    expectClose(accumulatedFlipProbability(0.5, 17), 0.5);
    expectClose(accumulatedFlipProbability(0.1, 2), 2 * 0.1 * 0.9, { relative: 1e-12 });
  });

  it('handles p > 1/2 (a near-certain flip) by the alternating power', () => {
    expectClose(accumulatedFlipProbability(1, 2), 0, { absolute: 1e-15 });
    expectClose(accumulatedFlipProbability(1, 3), 1, { relative: 1e-15 });
  });

  it('stays in [0, 1] and grows with the number of segments for p < 1/2', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (p, n) => {
          const once = accumulatedFlipProbability(p, n);
          const more = accumulatedFlipProbability(p, n + 1);
          return once >= 0 && once <= 0.5 + 1e-15 && more >= once - 1e-15;
        },
      ),
    );
  });
});

describe('expectedMaximumAttempts', () => {
  it('equals the physics-layer recursion up to the exact limit', () => {
    expectClose(expectedMaximumAttempts(2, 0.1), 2.8 / (0.1 * 1.9), { relative: 1e-12 });
    expectClose(expectedMaximumAttempts(100, 0.01), expectedAttemptsDeterministicSwaps(100, 0.01));
  });

  it('joins the asymptotic form smoothly at the limit (within the 1/2-attempt bound, here 1e-6)', () => {
    for (const p of [0.5, 0.1, 1e-3]) {
      const exact = expectedAttemptsDeterministicSwaps(EXACT_MAXIMUM_LIMIT + 1, p);
      expectClose(expectedMaximumAttempts(EXACT_MAXIMUM_LIMIT + 1, p), exact, { relative: 1e-6 });
    }
  });

  it('is one attempt for certain success', () => {
    expect(expectedMaximumAttempts(10_000, 1)).toBe(1);
  });
});

describe('costPerKm and segmentsFor', () => {
  it('is qubits / (rate x km) and undefined for a zero rate', () => {
    expectClose(costPerKm(28, 100, 10e3)!, 0.028, { relative: 1e-12 });
    expect(costPerKm(28, 0, 10e3)).toBeUndefined();
  });

  it('splits 1000 km into 100 segments of 10 km despite floating-point division', () => {
    expect(segmentsFor(1000e3, 10e3)).toBe(100);
    expect(segmentsFor(0.3, 0.1)).toBe(3);
    expect(segmentsFor(1000.1e3, 10e3)).toBe(101);
    expect(segmentsFor(5, 10)).toBe(1);
  });
});
