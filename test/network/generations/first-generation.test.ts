/** Tests of the first-generation (HEG + HEP) model (first-generation.ts). */
import { describe, expect, it } from 'vitest';
import {
  firstGenerationLink,
  firstGenerationRow,
  nestedPurification,
  resolveGenerationOptions,
  type GenerationComparisonOptions,
} from '../../../src/network/generations/index.js';
import { swappedWernerFidelity } from '../../../src/physics/swapping.js';
import { expectClose } from '../../support/close.js';

function row(options: GenerationComparisonOptions) {
  const resolved = resolveGenerationOptions(options);
  return firstGenerationRow({ hardware: resolved.hardware, ...resolved.first });
}

describe('firstGenerationLink', () => {
  it('rounds the segments up to a power of two and shortens the spacing accordingly', () => {
    const { hardware } = resolveGenerationOptions({ totalLength: 1000e3, repeaterSpacing: 10e3 });
    const link = firstGenerationLink(hardware, 10e3);
    expect(link.levels).toBe(7);
    expect(link.segments).toBe(128);
    expectClose(link.spacing, 1000e3 / 128);
    // Double click: P0 = eta_c^2 eta_f / 2 with eta_f = 10^(-0.2 x 7.8125 / 10).
    expectClose(link.heraldProbability, (0.81 * 10 ** -0.15625) / 2, { relative: 1e-12 });
    expectClose(link.attemptDuration, 1e-6 + 1000e3 / 128 / 2e8, { relative: 1e-12 });
  });

  it('uses a single segment when the route is no longer than the spacing', () => {
    const { hardware } = resolveGenerationOptions({ totalLength: 5e3, repeaterSpacing: 10e3 });
    const link = firstGenerationLink(hardware, 10e3);
    expect(link.levels).toBe(0);
    expect(link.segments).toBe(1);
  });
});

describe('nestedPurification', () => {
  const options: GenerationComparisonOptions = {
    totalLength: 100e3,
    repeaterSpacing: 50e3,
    elementaryPairFidelity: 0.9,
    gateError: 0.01,
    measurementError: 0.01,
  };

  it('without purification, two segments give the noisy Werner swap of Duer et al. 1999', () => {
    const { hardware } = resolveGenerationOptions(options);
    const outcome = nestedPurification(hardware, firstGenerationLink(hardware, 50e3), 0, 'dejmps');
    const expected = swappedWernerFidelity(0.9, 0.9, {
      twoQubitGateReliability: 0.99,
      measurementFidelity: 0.99,
    });
    expectClose(outcome.state.phiPlus, expected, { relative: 1e-12 });
    expectClose(expected, 0.792902, { absolute: 5e-7 });
  });

  it('one purification round per level raises the fidelity and costs at least twice the time', () => {
    const { hardware } = resolveGenerationOptions(options);
    const link = firstGenerationLink(hardware, 50e3);
    const plain = nestedPurification(hardware, link, 0, 'dejmps');
    const purified = nestedPurification(hardware, link, 1, 'dejmps');
    expect(purified.state.phiPlus).toBeGreaterThan(plain.state.phiPlus);
    expect(purified.meanTime).toBeGreaterThan(2 * plain.meanTime);
  });
});

describe('firstGenerationRow', () => {
  it('uses the fewest purification rounds that reach the target and reports the depth-first qubit count', () => {
    const result = row({ totalLength: 1000e3, repeaterSpacing: 10e3 });
    expect(result.status).toBe('feasible');
    const rounds = Number(result.parameters['purificationRoundsPerLevel']);
    expect(rounds).toBeGreaterThanOrEqual(1);
    expect(result.qubitsPerStation).toBe(2 * (8 * rounds + 1));
    expect(result.fidelity).toBeGreaterThanOrEqual(0.95);
    const fewer = row({
      totalLength: 1000e3,
      repeaterSpacing: 10e3,
      firstGeneration: { maxPurificationRounds: rounds - 1 },
    });
    expect(fewer.status).toBe('infeasible');
    expect(fewer.reason).toMatch(/reaches at most fidelity/);
  });

  it('is infeasible with a reason when purification cannot beat the noise (F0 <= 1/2)', () => {
    const result = row({ totalLength: 200e3, repeaterSpacing: 50e3, elementaryPairFidelity: 0.5 });
    expect(result.status).toBe('infeasible');
    expect(result.rate).toBe(0);
    expect(result.costPerEbitPerKm).toBeUndefined();
    expect(result.reason).toMatch(/below the target 0.95/);
    expect(Number.isFinite(result.fidelity)).toBe(true);
  });

  it('is infeasible when no photon can arrive', () => {
    const result = row({ totalLength: 100e3, repeaterSpacing: 50e3, couplingEfficiency: 0 });
    expect(result.status).toBe('infeasible');
    expect(result.reason).toMatch(/no pair is ever heralded/);
  });
});
