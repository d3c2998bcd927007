import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PERFECT_PAIR, wernerState } from '../../src/physics/bell-diagonal.js';
import { bbpsswRound, bbpsswWernerRound } from '../../src/physics/purification-bbpssw.js';
import { dejmpsRound } from '../../src/physics/purification-dejmps.js';
import { expectClose } from '../support/close.js';
import { isValidState } from './arbitraries.js';

describe('BBPSSW purification', () => {
  it("F = 0.8 gives p = 0.768889 and F' = 0.838150 (physics.md §4)", () => {
    const round = bbpsswWernerRound(0.8);
    expectClose(round.successProbability, 0.768889, { absolute: 5e-7 });
    expectClose(round.fidelity, 0.83815, { absolute: 5e-7 });
  });

  it('F = 1/2 is a fixed point and F = 1 stays 1', () => {
    expectClose(bbpsswWernerRound(0.5).fidelity, 0.5, { absolute: 1e-15 });
    expect(bbpsswWernerRound(1).fidelity).toBe(1);
    expect(bbpsswRound(PERFECT_PAIR, PERFECT_PAIR).fidelity).toBe(1);
  });

  it('the state version equals the closed form and returns a Werner state', () => {
    const round = bbpsswRound(wernerState(0.8), wernerState(0.8));
    expectClose(round.fidelity, bbpsswWernerRound(0.8).fidelity, { relative: 1e-12 });
    expectClose(round.state.psiMinus, (1 - round.fidelity) / 3, { relative: 1e-12 });
    expect(round.state.psiPlus).toBe(round.state.phiMinus);
  });

  it('twirls non-Werner inputs first, so it only sees their fidelity', () => {
    const skewed = { phiPlus: 0.8, psiMinus: 0, psiPlus: 0, phiMinus: 0.2 };
    expectClose(bbpsswRound(skewed, skewed).fidelity, bbpsswWernerRound(0.8).fidelity, { relative: 1e-12 });
    // DEJMPS exploits the structure and does better on this input.
    expect(dejmpsRound(skewed, skewed).fidelity).toBeGreaterThan(bbpsswRound(skewed, skewed).fidelity);
  });

  it('accepts two different input fidelities', () => {
    const round = bbpsswRound(wernerState(0.9), wernerState(0.7));
    expect(round.fidelity).toBeGreaterThan(0.7);
    expect(round.fidelity).toBeLessThan(bbpsswWernerRound(0.9).fidelity);
  });

  it('improves F > 1/2, worsens F < 1/2, never NaN (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (f) => {
        const out = bbpsswWernerRound(f).fidelity;
        if (!Number.isFinite(out)) return false;
        if (f > 0.5 + 1e-9 && f < 1 - 1e-9) return out > f;
        if (f < 0.5 - 1e-9 && f > 0.25) return out < f;
        return true;
      }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (f, p2, eta) =>
          isValidState(
            bbpsswRound(wernerState(f), wernerState(f), {
              twoQubitGateReliability: p2,
              measurementFidelity: eta,
            }).state,
          ),
      ),
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => bbpsswWernerRound(1.5)).toThrow(/^fidelity/);
    expect(() => bbpsswRound(PERFECT_PAIR, PERFECT_PAIR, { twoQubitGateReliability: -0.1 })).toThrow(
      /^twoQubitGateReliability/,
    );
  });
});
