import { describe, it, expect } from 'vitest';
import { wernerState } from '../../src/physics/bell-diagonal.js';
import { requireBellDiagonal, stateOrWerner } from '../../src/physics/bell-diagonal-checks.js';
import {
  bellMeasurementErrorChannel,
  parityReportedCorrectly,
  resolveLocalOperationNoise,
} from '../../src/physics/local-operation-noise.js';
import {
  PURIFICATION_PROTOCOLS,
  purificationRound,
  requirePurificationProtocol,
} from '../../src/physics/purification-protocol.js';
import { expectClose } from '../support/close.js';

describe('local-operation noise and shared state checks', () => {
  it('defaults to perfect operations', () => {
    expect(resolveLocalOperationNoise()).toEqual({ twoQubitGateReliability: 1, measurementFidelity: 1 });
    expect(resolveLocalOperationNoise({ measurementFidelity: 0.9 })).toEqual({
      twoQubitGateReliability: 1,
      measurementFidelity: 0.9,
    });
  });

  it('Bell-measurement errors: I eta^2, X and Z eta(1-eta), Y (1-eta)^2', () => {
    const channel = bellMeasurementErrorChannel(0.9);
    expectClose(channel.identity, 0.81);
    expectClose(channel.bitFlip, 0.09);
    expectClose(channel.phaseFlip, 0.09);
    expectClose(channel.bitPhaseFlip, 0.01);
    expectClose(parityReportedCorrectly(0.9), 0.82);
    expect(parityReportedCorrectly(0.5)).toBe(0.5);
  });

  it('states may be given as Werner fidelities', () => {
    expect(stateOrWerner('initialState', 0.7)).toEqual(wernerState(0.7));
    expect(() => stateOrWerner('initialState', 7)).toThrow(/^initialState/);
    expect(() => requireBellDiagonal('links[2]', null as never)).toThrow(
      /^links\[2\]: must be a Bell-diagonal/,
    );
  });

  it('dispatches both protocols and rejects unknown ones', () => {
    expect(PURIFICATION_PROTOCOLS).toEqual(['bbpssw', 'dejmps']);
    const skewed = { phiPlus: 0.8, psiMinus: 0, psiPlus: 0, phiMinus: 0.2 };
    expect(purificationRound('dejmps', skewed, skewed).fidelity).toBeGreaterThan(
      purificationRound('bbpssw', skewed, skewed).fidelity,
    );
    expect(() => requirePurificationProtocol('protocol', 'pumping' as 'dejmps')).toThrow(
      /^protocol: must be/,
    );
  });

  it('rejects bad noise values, naming the field', () => {
    expect(() => resolveLocalOperationNoise({ twoQubitGateReliability: 1.01 })).toThrow(
      /^twoQubitGateReliability/,
    );
    expect(() => resolveLocalOperationNoise({ measurementFidelity: 0.4 })).toThrow(/^measurementFidelity/);
    expect(() => bellMeasurementErrorChannel(Number.NaN)).toThrow(/^measurementFidelity/);
  });
});
