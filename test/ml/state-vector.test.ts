import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError, createRng } from '../../src/core/index.js';
import {
  amplitudeEncode,
  applyCnot,
  applyCnotLadder,
  applyDiagonalPhase,
  applyRy,
  applyRyLayer,
  expectationZ,
  phaseTable,
  probabilityOfZero,
  zeroState,
  type StateVector,
} from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

function randomState(qubits: number, seed: number): StateVector {
  const rng = createRng(seed);
  const state = amplitudeEncode(Array.from({ length: 2 ** qubits }, () => rng.nextFloat() - 0.5));
  applyDiagonalPhase(
    state,
    phaseTable(
      Array.from({ length: 2 ** qubits }, () => 6 * rng.nextFloat()),
      qubits,
    ),
  );
  return state;
}

function maxDifference(a: StateVector, b: StateVector): number {
  let worst = 0;
  for (let j = 0; j < a.real.length; j++) {
    worst = Math.max(worst, Math.abs(a.real[j]! - b.real[j]!), Math.abs(a.imag[j]! - b.imag[j]!));
  }
  return worst;
}

function norm(state: StateVector): number {
  let total = 0;
  for (let j = 0; j < state.real.length; j++) total += state.real[j]! ** 2 + state.imag[j]! ** 2;
  return total;
}

function copy(state: StateVector): StateVector {
  return { qubits: state.qubits, real: state.real.slice(), imag: state.imag.slice() };
}

describe('gates', () => {
  it('RY(t)|0> = cos(t/2)|0> + sin(t/2)|1>, so <Z> = cos t', () => {
    const state = zeroState(1);
    applyRy(state, 0, 0.8);
    expectClose(state.real[0]!, Math.cos(0.4));
    expectClose(state.real[1]!, Math.sin(0.4));
    expectClose(expectationZ(state, 0), Math.cos(0.8));
  });

  it('little-endian: RY(pi) on qubit 1 of |00> gives |10> = index 2, then CNOT(1 -> 0) gives index 3', () => {
    const state = zeroState(2);
    applyRy(state, 1, Math.PI);
    expectClose(state.real[2]!, 1);
    applyCnot(state, 1, 0);
    expectClose(state.real[3]!, 1);
    expect(expectationZ(state, 0)).toBeCloseTo(-1, 12);
  });

  it('the fused CNOT ladder equals CNOT(k -> k+1) for k = 0..n-2', () => {
    for (const qubits of [1, 2, 5, 9]) {
      const fused = randomState(qubits, qubits);
      const sequential = copy(fused);
      applyCnotLadder(fused);
      for (let k = 0; k + 1 < qubits; k++) applyCnot(sequential, k, k + 1);
      expect(maxDifference(fused, sequential)).toBe(0);
    }
  });

  it('the cache-blocked RY layer equals RY on each qubit, above and below the blocking threshold', () => {
    for (const qubits of [1, 3, 14, 15, 17]) {
      const rng = createRng(100 + qubits);
      const angles = Array.from({ length: qubits }, () => 6 * rng.nextFloat() - 3);
      const layered = randomState(qubits, 7);
      const single = copy(layered);
      applyRyLayer(layered, angles);
      angles.forEach((angle, k) => applyRy(single, k, angle));
      expect(maxDifference(layered, single)).toBeLessThan(1e-14);
    }
  });

  it('gates preserve the norm', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (qubits, seed, angle) => {
          const state = randomState(qubits, seed);
          applyRy(state, qubits - 1, angle);
          applyRyLayer(
            state,
            Array.from({ length: qubits }, () => angle),
          );
          applyCnotLadder(state);
          expectClose(norm(state), 1, { relative: 1e-12 });
          const p = probabilityOfZero(state, 0);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('amplitude encoding', () => {
  it('normalises and zero-pads to 2^n', () => {
    const state = amplitudeEncode([3, 4, 0]);
    expect(state.qubits).toBe(2);
    expect(Array.from(state.real)).toEqual([0.6, 0.8, 0, 0]);
  });

  it('rejects bad data and registers above 20 qubits', () => {
    expect(() => amplitudeEncode([])).toThrow(ParameterError);
    expect(() => amplitudeEncode([0, 0])).toThrow(/zero vector/);
    expect(() => amplitudeEncode([1, Number.NaN])).toThrow(/data\[1\]/);
    expect(() => zeroState(21)).toThrow(/qubits/);
    expect(() => amplitudeEncode({ length: 2 ** 20 + 1 } as ArrayLike<number>)).toThrow(/data/);
    expect(() => applyRy(zeroState(2), 2, 0.1)).toThrow(/qubit/);
    expect(() => applyCnot(zeroState(2), 1, 1)).toThrow(/target/);
    expect(() => applyRyLayer(zeroState(2), [1])).toThrow(/angles/);
  });
});
