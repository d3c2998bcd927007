import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ParameterError } from '../../src/core/index.js';
import { PERFECT_PAIR, wernerState } from '../../src/physics/bell-diagonal.js';
import {
  amplitudeDampedFidelity,
  decohereBothQubits,
  decohereOneQubit,
  dephasedFidelity,
  depolarisedFidelity,
  expectedDecayWhileWaiting,
  memoryPauliChannel,
  type MemoryNoise,
} from '../../src/physics/memory-decoherence.js';
import { expectClose } from '../support/close.js';
import { bellDiagonalArbitrary, expectStateClose, isValidState } from './arbitraries.js';

const DEPHASING: MemoryNoise = { model: 'dephasing', t2: 2 };
const AMPLITUDE: MemoryNoise = { model: 'amplitude-damping', t1: 3, t2: 2 };
const DEPOLARISING: MemoryNoise = { model: 'depolarising', depolarisingTime: 1.5 };

describe('memory decoherence', () => {
  it('dephasing for t = T2 leaves F = 0.683940 (physics.md §3), as formula and as state', () => {
    expectClose(dephasedFidelity(1, 1), 0.68394, { absolute: 5e-7 });
    const state = decohereOneQubit(PERFECT_PAIR, { model: 'dephasing', t2: 1 }, 1);
    expectClose(state.phiPlus, 0.68394, { absolute: 5e-7 });
    expectClose(state.phiMinus, 1 - 0.68394, { absolute: 5e-7 });
  });

  it('the state models reproduce the three closed-form fidelities from Phi+', () => {
    for (const t of [0.1, 1, 4]) {
      expectClose(decohereOneQubit(PERFECT_PAIR, DEPHASING, t).phiPlus, dephasedFidelity(t, 2), {
        relative: 1e-12,
      });
      expectClose(decohereOneQubit(PERFECT_PAIR, AMPLITUDE, t).phiPlus, amplitudeDampedFidelity(t, 3, 2), {
        relative: 1e-12,
      });
      expectClose(
        decohereOneQubit(wernerState(0.9), DEPOLARISING, t).phiPlus,
        depolarisedFidelity(0.9, t, 1.5),
        {
          relative: 1e-12,
        },
      );
    }
  });

  it('amplitude damping: t = 1, T1 = 2, T2 = 1 gives (1 + e^-0.5 + 2 e^-1)/4 = 0.585572', () => {
    expectClose(amplitudeDampedFidelity(1, 2, 1), 0.5855723855138795, { relative: 1e-14 });
  });

  it('twirled amplitude damping has equal X and Y errors (1 - e^(-t/T1))/4', () => {
    const channel = memoryPauliChannel(AMPLITUDE, 1);
    expectClose(channel.bitFlip, -Math.expm1(-1 / 3) / 4);
    expect(channel.bitPhaseFlip).toBe(channel.bitFlip);
    expectClose(channel.phaseFlip, (1 + Math.exp(-1 / 3) - 2 * Math.exp(-1 / 2)) / 4);
  });

  it('t = 0 and T = Infinity mean no decay', () => {
    const state = { phiPlus: 0.8, psiMinus: 0.1, psiPlus: 0.06, phiMinus: 0.04 };
    for (const noise of [DEPHASING, AMPLITUDE, DEPOLARISING]) {
      expectStateClose(decohereOneQubit(state, noise, 0), state);
    }
    expectStateClose(decohereBothQubits(state, { model: 'dephasing', t2: Infinity }, 100), state);
    expectStateClose(
      decohereOneQubit(state, { model: 'amplitude-damping', t1: Infinity, t2: Infinity }, 5),
      state,
    );
    expect(dephasedFidelity(5, Infinity)).toBe(1);
    expect(expectedDecayWhileWaiting(0.01, 1e-3, Infinity)).toBe(1);
  });

  it('long storage: dephasing tends to 1/2, depolarising to 1/4', () => {
    expectClose(dephasedFidelity(1e3, 1), 0.5);
    expectClose(decohereOneQubit(PERFECT_PAIR, DEPOLARISING, 1e3).phiPlus, 0.25);
  });

  it('both qubits stored equals applying the one-qubit channel twice; dephasing twice adds exponents', () => {
    const once = decohereOneQubit(decohereOneQubit(PERFECT_PAIR, DEPHASING, 1), DEPHASING, 1);
    expectStateClose(decohereBothQubits(PERFECT_PAIR, DEPHASING, 1), once);
    // Two dephasing qubits: coherence e^(-2t/T2).
    expectClose(decohereBothQubits(PERFECT_PAIR, DEPHASING, 1).phiPlus, (1 + Math.exp(-1)) / 2);
  });

  it('requires T2 <= 2 T1 for amplitude damping, naming t2', () => {
    expect(() => amplitudeDampedFidelity(1, 1, 2.5)).toThrow(/^t2: must be <= 2 t1/);
    expect(() => memoryPauliChannel({ model: 'amplitude-damping', t1: 1, t2: Infinity }, 1)).toThrow(
      ParameterError,
    );
    expect(() => amplitudeDampedFidelity(1, 1, 2)).not.toThrow();
  });

  it('waiting decay b p/(1 - b(1-p)) equals the direct sum of the series', () => {
    for (const [p, tau, memoryTime] of [
      [0.1, 1e-3, 0.1],
      [0.5, 1, 2],
      [1e-3, 1e-6, 1e-3],
    ] as const) {
      const b = Math.exp(-tau / memoryTime);
      let sum = 0;
      for (let n = 1; n < 200_000; n++) sum += p * (1 - p) ** (n - 1) * b ** n;
      expectClose(expectedDecayWhileWaiting(p, tau, memoryTime), sum, { relative: 1e-9 });
    }
    expectClose(expectedDecayWhileWaiting(0.1, 1e-3, 0.1), 0.9086764940894503, { relative: 1e-12 });
  });

  it('never returns NaN, keeps states valid, and decays monotonically in time (property)', () => {
    const time = fc.double({ min: 0, max: 1e6, noNaN: true });
    const constant = fc.double({ min: 1e-9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(bellDiagonalArbitrary, time, time, constant, (state, t1, t2, memoryTime) => {
        const [early, late] = t1 < t2 ? [t1, t2] : [t2, t1];
        const noise: MemoryNoise = { model: 'amplitude-damping', t1: memoryTime, t2: memoryTime };
        const out = decohereBothQubits(state, noise, late);
        return (
          isValidState(out) &&
          dephasedFidelity(late, memoryTime) <= dephasedFidelity(early, memoryTime) &&
          amplitudeDampedFidelity(late, memoryTime, memoryTime) <=
            amplitudeDampedFidelity(early, memoryTime, memoryTime)
        );
      }),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1, noNaN: true }),
        fc.double({ min: 1e-12, max: 1e3, noNaN: true }),
        constant,
        (p, tau, memoryTime) => {
          const factor = expectedDecayWhileWaiting(p, tau, memoryTime);
          return Number.isFinite(factor) && factor >= 0 && factor <= 1;
        },
      ),
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => dephasedFidelity(-1, 1)).toThrow(/^storageTime/);
    expect(() => dephasedFidelity(1, 0)).toThrow(/^t2/);
    expect(() => depolarisedFidelity(1.1, 1, 1)).toThrow(/^initialFidelity/);
    expect(() => memoryPauliChannel({ model: 'depolarising', depolarisingTime: -1 }, 1)).toThrow(
      /^depolarisingTime/,
    );
    expect(() => memoryPauliChannel({ model: 'magic' } as unknown as MemoryNoise, 1)).toThrow(/^model/);
    expect(() => expectedDecayWhileWaiting(0, 1, 1)).toThrow(/^successProbability/);
    expect(() => expectedDecayWhileWaiting(0.5, 0, 1)).toThrow(/^attemptDuration/);
    expect(() => decohereOneQubit(PERFECT_PAIR, DEPHASING, Infinity)).toThrow(/^storageTime/);
  });
});
