/** fast-check generators shared by the state-model tests (Bell-diagonal states, noise parameters). */
import fc from 'fast-check';
import type { BellDiagonal } from '../../src/physics/bell-diagonal.js';
import { expectClose } from '../support/close.js';

/** Random Bell-diagonal states: four non-negative weights normalised to 1. */
export const bellDiagonalArbitrary: fc.Arbitrary<BellDiagonal> = fc
  .tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .filter(([a, b, c, d]) => a + b + c + d > 1e-6)
  .map(([a, b, c, d]) => {
    const total = a + b + c + d;
    return { phiPlus: a / total, psiMinus: b / total, psiPlus: c / total, phiMinus: d / total };
  });

/** A probability in [0, 1]. */
export const probabilityArbitrary = fc.double({ min: 0, max: 1, noNaN: true });

/** Asserts a state is a valid, normalised Bell-diagonal state with finite weights. */
export function isValidState(state: BellDiagonal): boolean {
  const weights = [state.phiPlus, state.psiMinus, state.psiPlus, state.phiMinus];
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.every((w) => Number.isFinite(w) && w >= 0 && w <= 1) && Math.abs(total - 1) < 1e-12;
}

/** Asserts two states agree weight by weight within an absolute tolerance (default 1e-12). */
export function expectStateClose(actual: BellDiagonal, expected: BellDiagonal, absolute = 1e-12): void {
  for (const key of ['phiPlus', 'psiMinus', 'psiPlus', 'phiMinus'] as const) {
    expectClose(actual[key], expected[key], { absolute, relative: 0 });
  }
}
