import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PERFECT_PAIR, wernerState, type BellDiagonal } from '../../src/physics/bell-diagonal.js';
import { bbpsswWernerRound } from '../../src/physics/purification-bbpssw.js';
import { dejmpsRound } from '../../src/physics/purification-dejmps.js';
import { expectClose } from '../support/close.js';
import { bellDiagonalArbitrary, expectStateClose, isValidState } from './arbitraries.js';
import { ROTATE_MINUS, ROTATE_PLUS, StateVector, depolarisingBranches } from './support/state-vector.js';

/**
 * DEJMPS by circuit: source (a1=0, b1=1), target (a2=2, b2=3); rotations, bilateral CNOT, each party's
 * CNOT followed by two-qubit depolarising p2, Z readout of the target with fidelity eta, keep if the
 * reported results agree. Returns [normalised Bell weights of the source, success probability].
 */
function simulateDejmps(
  source: BellDiagonal,
  target: BellDiagonal,
  p2: number,
  eta: number,
): [number[], number] {
  const weights = (s: BellDiagonal) => [s.phiPlus, s.psiMinus, s.psiPlus, s.phiMinus];
  const out = [0, 0, 0, 0];
  const branches = depolarisingBranches(p2);
  weights(source).forEach((ws, i) => {
    weights(target).forEach((wt, j) => {
      if (ws * wt === 0) return;
      const base = StateVector.bellPairs([0, 1, i], [2, 3, j]);
      base.apply(0, ROTATE_MINUS).apply(2, ROTATE_MINUS).apply(1, ROTATE_PLUS).apply(3, ROTATE_PLUS);
      base.cnot(0, 2).cnot(1, 3);
      for (const alice of branches) {
        for (const bob of branches) {
          const noisy = base.clone().apply(0, alice.first).apply(2, alice.second);
          noisy.apply(1, bob.first).apply(3, bob.second);
          for (const ma of [0, 1]) {
            for (const mb of [0, 1]) {
              const agree = ma === mb ? eta * eta + (1 - eta) ** 2 : 2 * eta * (1 - eta);
              const weight = ws * wt * alice.weight * bob.weight * agree;
              if (weight === 0) continue;
              const projected = noisy.clone().project(2, ma).project(3, mb);
              projected.bellWeights(0, 1).forEach((w, k) => (out[k]! += weight * w));
            }
          }
        }
      }
    });
  });
  const success = out.reduce((a, b) => a + b, 0);
  return [out.map((w) => w / success), success];
}

describe('DEJMPS purification', () => {
  it('Werner 0.9 inputs give (0.926396, 0.002538, 0.002538, 0.068528) with p = 0.875556 (physics.md §4)', () => {
    const { state, successProbability } = dejmpsRound(wernerState(0.9), wernerState(0.9));
    const half = { absolute: 5e-7 };
    expectClose(state.phiPlus, 0.926396, half);
    expectClose(state.psiMinus, 0.002538, half);
    expectClose(state.psiPlus, 0.002538, half);
    expectClose(state.phiMinus, 0.068528, half);
    expectClose(successProbability, 0.875556, half);
  });

  it('equals BBPSSW in fidelity and success probability on Werner inputs (one round)', () => {
    for (const f of [0.3, 0.5, 0.6, 0.8, 0.99]) {
      const dejmps = dejmpsRound(wernerState(f), wernerState(f));
      const bbpssw = bbpsswWernerRound(f);
      expectClose(dejmps.fidelity, bbpssw.fidelity, { relative: 1e-12 });
      expectClose(dejmps.successProbability, bbpssw.successProbability, { relative: 1e-12 });
    }
  });

  it('matches a state-vector simulation of the circuit, perfect and noisy, on different inputs', () => {
    const source = { phiPlus: 0.75, psiMinus: 0.05, psiPlus: 0.12, phiMinus: 0.08 };
    const target = { phiPlus: 0.65, psiMinus: 0.2, psiPlus: 0.1, phiMinus: 0.05 };
    for (const [p2, eta] of [
      [1, 1],
      [1, 0.9],
      [0.9, 1],
      [0.95, 0.97],
    ] as const) {
      const [[a, b, c, d], success] = simulateDejmps(source, target, p2, eta);
      const model = dejmpsRound(source, target, { twoQubitGateReliability: p2, measurementFidelity: eta });
      expectStateClose(model.state, { phiPlus: a!, psiMinus: b!, psiPlus: c!, phiMinus: d! }, 1e-12);
      expectClose(model.successProbability, success, { relative: 1e-12 });
    }
  });

  it('perfect pairs stay perfect with perfect operations; noise caps them below 1', () => {
    const perfect = dejmpsRound(PERFECT_PAIR, PERFECT_PAIR);
    expect(perfect.fidelity).toBe(1);
    expect(perfect.successProbability).toBe(1);
    expect(dejmpsRound(PERFECT_PAIR, PERFECT_PAIR, { twoQubitGateReliability: 0.99 }).fidelity).toBeLessThan(
      1,
    );
  });

  it('improves Werner fidelity above 1/2 with perfect operations (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5001, max: 0.9999, noNaN: true }), (f) => {
        return dejmpsRound(wernerState(f), wernerState(f)).fidelity > f;
      }),
    );
  });

  it('outputs valid states and probabilities for any inputs and noise (property)', () => {
    fc.assert(
      fc.property(
        bellDiagonalArbitrary,
        bellDiagonalArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (source, target, p2, eta) => {
          const out = dejmpsRound(source, target, { twoQubitGateReliability: p2, measurementFidelity: eta });
          return isValidState(out.state) && out.successProbability >= 0 && out.successProbability <= 1;
        },
      ),
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => dejmpsRound({ ...PERFECT_PAIR, phiMinus: 0.1 }, PERFECT_PAIR)).toThrow(/^source/);
    expect(() => dejmpsRound(PERFECT_PAIR, { ...PERFECT_PAIR, phiPlus: Number.NaN })).toThrow(/^target/);
    expect(() => dejmpsRound(PERFECT_PAIR, PERFECT_PAIR, { measurementFidelity: 1.1 })).toThrow(
      /^measurementFidelity/,
    );
  });
});
