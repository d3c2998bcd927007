import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ParameterError } from '../../src/core/index.js';
import {
  PERFECT_PAIR,
  wernerParameterFromFidelity,
  wernerState,
  type BellDiagonal,
} from '../../src/physics/bell-diagonal.js';
import {
  bellMeasurementSuccessProbability,
  swapBellDiagonal,
  swapChain,
  swappedChainWernerFidelity,
  swappedWernerFidelity,
} from '../../src/physics/swapping.js';
import { expectClose } from '../support/close.js';
import {
  bellDiagonalArbitrary,
  expectStateClose,
  isValidState,
  probabilityArbitrary,
} from './arbitraries.js';
import { HADAMARD, PAULI_X, PAULI_Z, StateVector, depolarisingBranches } from './support/state-vector.js';

const NOISY = { twoQubitGateReliability: 0.99, measurementFidelity: 0.99 };

/**
 * Swap by circuit: pairs (A=0, B1=1) and (B2=2, C=3); noisy CNOT B1->B2, Hadamard on B1, noisy readout
 * of B1 and B2, correction X^(r2) Z^(r1) on C. Returns the A-C Bell weights (normalised).
 */
function simulateSwap(left: BellDiagonal, right: BellDiagonal, p2: number, eta: number): number[] {
  const weights = (s: BellDiagonal) => [s.phiPlus, s.psiMinus, s.psiPlus, s.phiMinus];
  const out = [0, 0, 0, 0];
  weights(left).forEach((wl, i) => {
    weights(right).forEach((wr, j) => {
      if (wl * wr === 0) return;
      for (const branch of depolarisingBranches(p2)) {
        const base = StateVector.bellPairs([0, 1, i], [2, 3, j]).cnot(1, 2);
        base.apply(1, branch.first).apply(2, branch.second).apply(1, HADAMARD);
        for (const m1 of [0, 1]) {
          for (const m2 of [0, 1]) {
            for (const e1 of [0, 1]) {
              for (const e2 of [0, 1]) {
                const readout = (e1 ? 1 - eta : eta) * (e2 ? 1 - eta : eta);
                const state = base.clone().project(1, m1).project(2, m2);
                if ((m2 ^ e2) === 1) state.apply(3, PAULI_X);
                if ((m1 ^ e1) === 1) state.apply(3, PAULI_Z);
                state.bellWeights(0, 3).forEach((w, k) => (out[k]! += wl * wr * branch.weight * readout * w));
              }
            }
          }
        }
      }
    });
  });
  const total = out.reduce((a, b) => a + b, 0);
  return out.map((w) => w / total);
}

describe('entanglement swapping', () => {
  it('perfect swap of two Werner 0.9 pairs gives 0.813333 (physics.md §3)', () => {
    expectClose(swapBellDiagonal(wernerState(0.9), wernerState(0.9)).fidelity, 0.813333, { absolute: 5e-7 });
  });

  it('four links at 0.95 after three swaps give 0.819126', () => {
    const links = [0.95, 0.95, 0.95, 0.95].map((f) => wernerState(f));
    expectClose(swapChain(links).fidelity, 0.819126, { absolute: 5e-7 });
    expectClose(swappedChainWernerFidelity(0.95, 4), 0.819126, { absolute: 5e-7 });
  });

  it('noisy swap (0.9, 0.9, p2 = 0.99, eta_m = 0.99) gives 0.792902, by both models', () => {
    expectClose(swapBellDiagonal(wernerState(0.9), wernerState(0.9), NOISY).fidelity, 0.792902, {
      absolute: 5e-7,
    });
    expectClose(swappedWernerFidelity(0.9, 0.9, NOISY), 0.792902, { absolute: 5e-7 });
  });

  it('the Bell-diagonal model agrees with a state-vector simulation of the noisy circuit', () => {
    const left = { phiPlus: 0.8, psiMinus: 0.05, psiPlus: 0.1, phiMinus: 0.05 };
    const right = { phiPlus: 0.7, psiMinus: 0.2, psiPlus: 0.04, phiMinus: 0.06 };
    for (const [p2, eta] of [
      [1, 1],
      [0.9, 0.95],
    ] as const) {
      const [a, b, c, d] = simulateSwap(left, right, p2, eta);
      const model = swapBellDiagonal(left, right, {
        twoQubitGateReliability: p2,
        measurementFidelity: eta,
      }).state;
      expectStateClose(model, { phiPlus: a!, psiMinus: b!, psiPlus: c!, phiMinus: d! }, 1e-12);
    }
    expectClose(simulateSwap(PERFECT_PAIR, PERFECT_PAIR, 1, 1)[0]!, 1);
  });

  it('perfect operations multiply Werner parameters; perfect pairs stay perfect', () => {
    fc.assert(
      fc.property(probabilityArbitrary, probabilityArbitrary, (f1, f2) => {
        const out = swapBellDiagonal(wernerState(f1), wernerState(f2)).fidelity;
        const expected = (1 + 3 * wernerParameterFromFidelity(f1) * wernerParameterFromFidelity(f2)) / 4;
        return Math.abs(out - expected) < 1e-12;
      }),
    );
    expect(swapBellDiagonal(PERFECT_PAIR, PERFECT_PAIR).fidelity).toBe(1);
  });

  it('is commutative, order-independent along a chain, and keeps states valid (property)', () => {
    fc.assert(
      fc.property(bellDiagonalArbitrary, bellDiagonalArbitrary, bellDiagonalArbitrary, (a, b, c) => {
        const abc = swapChain([a, b, c], NOISY).state;
        const cab = swapChain([c, a, b], NOISY).state;
        return (
          isValidState(abc) &&
          Math.abs(abc.phiPlus - cab.phiPlus) < 1e-12 &&
          Math.abs(swapBellDiagonal(a, b).fidelity - swapBellDiagonal(b, a).fidelity) < 1e-12
        );
      }),
    );
  });

  it('noise never helps: the noisy output fidelity is at most the perfect one when inputs are above 1/2', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (f, p2, eta) =>
          swappedWernerFidelity(f, f, { twoQubitGateReliability: p2, measurementFidelity: eta }) <=
          swappedWernerFidelity(f, f) + 1e-15,
      ),
    );
  });

  it('reports the Bell-measurement success probability', () => {
    expect(bellMeasurementSuccessProbability('linear-optics')).toBe(0.5);
    expect(bellMeasurementSuccessProbability('gate-based')).toBe(1);
    const links = [PERFECT_PAIR, PERFECT_PAIR, PERFECT_PAIR];
    expect(swapChain(links, { bellMeasurementSuccessProbability: 0.5 }).successProbability).toBe(0.25);
    expect(swapChain([PERFECT_PAIR]).successProbability).toBe(1);
  });

  it('rejects bad input, naming the field', () => {
    expect(() => swapChain([])).toThrow(ParameterError);
    expect(() => swapChain([PERFECT_PAIR, { ...PERFECT_PAIR, psiMinus: 0.5 }])).toThrow(/links\[1\]/);
    expect(() => swapBellDiagonal(PERFECT_PAIR, PERFECT_PAIR, { twoQubitGateReliability: 2 })).toThrow(
      /twoQubitGateReliability/,
    );
    expect(() => swapBellDiagonal(PERFECT_PAIR, PERFECT_PAIR, { measurementFidelity: 0.3 })).toThrow(
      /measurementFidelity/,
    );
    expect(() =>
      swapBellDiagonal(PERFECT_PAIR, PERFECT_PAIR, { bellMeasurementSuccessProbability: -1 }),
    ).toThrow(/bellMeasurementSuccessProbability/);
    expect(() => bellMeasurementSuccessProbability('magic' as 'gate-based')).toThrow(/bellMeasurement/);
    expect(() => swappedWernerFidelity(1.2, 0.9)).toThrow(/leftFidelity/);
    expect(() => swappedChainWernerFidelity(0.9, 0)).toThrow(/segments/);
  });
});

describe('gate fidelity to reliability', () => {
  it('inverts the process fidelity p2 + (1 - p2)/16 of the depolarising gate model', async () => {
    const { gateReliabilityFromProcessFidelity } = await import('../../src/physics/local-operation-noise.js');
    expect(gateReliabilityFromProcessFidelity(1)).toBe(1);
    expect(gateReliabilityFromProcessFidelity(1 / 16)).toBeCloseTo(0, 15);
    const p2 = gateReliabilityFromProcessFidelity(0.99);
    expect(p2 + (1 - p2) / 16).toBeCloseTo(0.99, 14);
    expect(() => gateReliabilityFromProcessFidelity(0.01)).toThrow('twoQubitGateFidelity');
  });
});
