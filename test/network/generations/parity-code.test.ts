/** Tests of the quantum parity code QPC(n, m) used by the 3G model (parity-code.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeBlockError,
  majorityVoteError,
  parityCodeFailureProbability,
  parityCodeLogicalErrors,
  parityCodeSuccessProbability,
} from '../../../src/network/generations/index.js';
import { expectClose } from '../../support/close.js';

/** The published form, evaluated directly (fine away from P_enc = 1). */
function directSuccess(n: number, m: number, eta: number): number {
  return (1 - (1 - eta) ** m) ** n - (1 - (1 - eta) ** m - eta ** m) ** n;
}

describe('parityCodeSuccessProbability', () => {
  it('matches (1-(1-eta)^m)^n - (1-(1-eta)^m-eta^m)^n, e.g. QPC(3,3) at 0.9 = 0.977319999', () => {
    expectClose(parityCodeSuccessProbability({ blocks: 3, photonsPerBlock: 3 }, 0.9), 0.977319999, {
      relative: 1e-12,
    });
    for (const [n, m, eta] of [
      [2, 5, 0.7],
      [10, 4, 0.8],
      [1, 7, 0.6],
    ] as const) {
      expectClose(
        parityCodeSuccessProbability({ blocks: n, photonsPerBlock: m }, eta),
        directSuccess(n, m, eta),
        {
          relative: 1e-12,
        },
      );
    }
  });

  it('reduces to a bare photon for QPC(1,1) and is certain without loss, impossible with total loss', () => {
    expectClose(parityCodeSuccessProbability({ blocks: 1, photonsPerBlock: 1 }, 0.37), 0.37, {
      relative: 1e-12,
    });
    expect(parityCodeSuccessProbability({ blocks: 5, photonsPerBlock: 5 }, 1)).toBe(1);
    expect(parityCodeSuccessProbability({ blocks: 5, photonsPerBlock: 5 }, 0)).toBe(0);
  });

  it('keeps the failure probability accurate near P_enc = 1 (QPC(20,10) at eta = 0.95)', () => {
    // failure = 1 - (1 - 0.05^10)^20 + (1 - 0.05^10 - 0.95^10)^20 ~ 20 x 0.05^10 + 0.4013^20
    const allLost = 0.05 ** 10;
    const expected = -Math.expm1(20 * Math.log1p(-allLost)) + (1 - allLost - 0.95 ** 10) ** 20;
    expectClose(parityCodeFailureProbability({ blocks: 20, photonsPerBlock: 10 }, 0.95), expected, {
      relative: 1e-9,
    });
  });

  it('is a probability that grows with the photon survival (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, m, a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const code = { blocks: n, photonsPerBlock: m };
          const pLow = parityCodeSuccessProbability(code, low);
          const pHigh = parityCodeSuccessProbability(code, high);
          return pLow >= 0 && pHigh <= 1 && pHigh >= pLow - 1e-12;
        },
      ),
    );
  });
});

describe('majorityVoteError', () => {
  it('is e for one or two readings (a tie is a coin toss) and 3e^2 - 2e^3 for three', () => {
    const e = 0.1;
    expectClose(majorityVoteError(1, e), e, { relative: 1e-12 });
    expectClose(majorityVoteError(2, e), e, { relative: 1e-12 });
    expectClose(majorityVoteError(3, e), 3 * e * e - 2 * e ** 3, { relative: 1e-12 });
    expect(majorityVoteError(0, e)).toBe(0.5);
  });
});

describe('parityCodeLogicalErrors', () => {
  it('has no logical error without photon errors', () => {
    const errors = parityCodeLogicalErrors({ blocks: 6, photonsPerBlock: 4 }, 0.8, 0);
    expect(errors.inner).toBe(0);
    expect(errors.outer).toBe(0);
  });

  it('is the Shor-code structure without loss: parity over blocks of a block majority, majority of block parities', () => {
    const e = 0.01;
    const errors = parityCodeLogicalErrors({ blocks: 3, photonsPerBlock: 3 }, 1, e);
    const blockMajority = 3 * e * e - 2 * e ** 3;
    expectClose(errors.inner, (1 - (1 - 2 * blockMajority) ** 3) / 2, { relative: 1e-12 });
    const blockParity = completeBlockError(3, e);
    expectClose(blockParity, (1 - (1 - 2 * e) ** 3) / 2, { relative: 1e-12 });
    expectClose(errors.outer, 3 * blockParity ** 2 - 2 * blockParity ** 3, { relative: 1e-12 });
  });

  it('gets worse with loss (fewer votes) at fixed photon error', () => {
    const code = { blocks: 8, photonsPerBlock: 5 };
    const clear = parityCodeLogicalErrors(code, 0.99, 0.01);
    const lossy = parityCodeLogicalErrors(code, 0.7, 0.01);
    expect(lossy.inner).toBeGreaterThan(clear.inner);
    expect(lossy.outer).toBeGreaterThan(clear.outer);
  });
});
