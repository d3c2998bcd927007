import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ParameterError } from '../../src/core/index.js';
import { MAXIMALLY_MIXED, PERFECT_PAIR, wernerState } from '../../src/physics/bell-diagonal.js';
import {
  applyPauliChannel,
  bitFlipChannel,
  dephasingChannel,
  depolarisePair,
  depolarisingChannel,
  pauliChannel,
} from '../../src/physics/pauli-channels.js';
import { expectClose } from '../support/close.js';
import {
  bellDiagonalArbitrary,
  expectStateClose,
  isValidState,
  probabilityArbitrary,
} from './arbitraries.js';

const STATE = { phiPlus: 0.7, psiMinus: 0.1, psiPlus: 0.15, phiMinus: 0.05 };

describe('Pauli channels on Bell-diagonal pairs', () => {
  it('a certain X swaps Phi+ with Psi+ and Psi- with Phi-', () => {
    const out = applyPauliChannel(STATE, pauliChannel(1, 0, 0));
    expectStateClose(out, { phiPlus: 0.15, psiMinus: 0.05, psiPlus: 0.7, phiMinus: 0.1 });
  });

  it('a certain Z swaps Phi+ with Phi- and Psi+ with Psi-', () => {
    const out = applyPauliChannel(STATE, pauliChannel(0, 0, 1));
    expectStateClose(out, { phiPlus: 0.05, psiMinus: 0.15, psiPlus: 0.1, phiMinus: 0.7 });
  });

  it('a certain Y swaps Phi+ with Psi- and Psi+ with Phi-', () => {
    const out = applyPauliChannel(STATE, pauliChannel(0, 1, 0));
    expectStateClose(out, { phiPlus: 0.1, psiMinus: 0.7, psiPlus: 0.05, phiMinus: 0.15 });
  });

  it('dephasing with p = 0.2 moves 20% of Phi+ to Phi-', () => {
    const out = applyPauliChannel(PERFECT_PAIR, dephasingChannel(0.2));
    expectClose(out.phiPlus, 0.8);
    expectClose(out.phiMinus, 0.2);
    expect(out.psiPlus).toBe(0);
  });

  it('bit flip with p = 0.3 moves 30% of Phi+ to Psi+', () => {
    const out = applyPauliChannel(PERFECT_PAIR, bitFlipChannel(0.3));
    expectClose(out.psiPlus, 0.3);
    expectClose(out.phiPlus, 0.7);
  });

  it('single-qubit depolarising mixes with the maximally mixed state: w -> (1-p) w + p/4', () => {
    const out = applyPauliChannel(STATE, depolarisingChannel(0.4));
    expectClose(out.phiPlus, 0.6 * 0.7 + 0.1);
    expectClose(out.psiMinus, 0.6 * 0.1 + 0.1);
    expectStateClose(applyPauliChannel(STATE, depolarisingChannel(1)), MAXIMALLY_MIXED);
  });

  it('two-qubit depolarising with reliability r multiplies the Werner parameter by r', () => {
    const out = depolarisePair(wernerState(0.9), 0.95);
    expectClose((4 * out.phiPlus - 1) / 3, 0.95 * ((4 * 0.9 - 1) / 3));
  });

  it('keeps states valid and never produces NaN (property)', () => {
    fc.assert(
      fc.property(bellDiagonalArbitrary, probabilityArbitrary, probabilityArbitrary, (state, x, z) => {
        const channel = pauliChannel(x / 3, (1 - x) / 3, z / 3);
        return isValidState(applyPauliChannel(state, channel)) && isValidState(depolarisePair(state, z));
      }),
    );
  });

  it('channels commute on Bell-diagonal states (property)', () => {
    fc.assert(
      fc.property(bellDiagonalArbitrary, probabilityArbitrary, probabilityArbitrary, (state, p, q) => {
        const ab = applyPauliChannel(applyPauliChannel(state, dephasingChannel(p)), bitFlipChannel(q));
        const ba = applyPauliChannel(applyPauliChannel(state, bitFlipChannel(q)), dephasingChannel(p));
        return Math.abs(ab.psiMinus - ba.psiMinus) < 1e-12 && Math.abs(ab.phiPlus - ba.phiPlus) < 1e-12;
      }),
    );
  });

  it('rejects invalid probabilities and states, naming the field', () => {
    expect(() => dephasingChannel(1.5)).toThrow(/dephasingProbability/);
    expect(() => pauliChannel(0.5, 0.5, 0.5)).toThrow(ParameterError);
    expect(() => pauliChannel(-0.1, 0, 0)).toThrow(/bitFlip/);
    expect(() => applyPauliChannel({ ...STATE, phiPlus: 0.9 }, dephasingChannel(0.1))).toThrow(/state/);
    expect(() => depolarisePair(STATE, Number.NaN)).toThrow(/twoQubitGateReliability/);
  });
});
