/** Tests of the third-generation (one-way QEC with a quantum parity code) model (third-generation.ts). */
import { describe, expect, it } from 'vitest';
import {
  parityCodeSuccessProbability,
  resolveGenerationOptions,
  thirdGenerationRow,
  type GenerationComparisonOptions,
} from '../../../src/network/generations/index.js';
import { expectClose } from '../../support/close.js';

function row(options: GenerationComparisonOptions) {
  const resolved = resolveGenerationOptions(options);
  return thirdGenerationRow({
    hardware: resolved.hardware,
    ...resolved.third,
    costBasis: resolved.costBasis,
  });
}

/** Spacing at which the fibre alone transmits half the photons at 0.2 dB/km: 10 log10(2) / 0.2 km. */
const HALF_LOSS_SPACING = ((10 * Math.log10(2)) / 0.2) * 1e3;

describe('thirdGenerationRow', () => {
  it('uses the given code: rate P_enc^N / t0 and 2nm qubits per station', () => {
    const result = row({
      totalLength: 10e3,
      repeaterSpacing: 1e3,
      thirdGeneration: { blocks: 4, photonsPerBlock: 4 },
    });
    const eta = 0.9 * 10 ** -0.02;
    expect(result.status).toBe('feasible');
    expect(result.qubitsPerStation).toBe(32);
    expectClose(
      result.rate,
      parityCodeSuccessProbability({ blocks: 4, photonsPerBlock: 4 }, eta) ** 10 / 1e-6,
      {
        relative: 1e-12,
      },
    );
  });

  it('is infeasible beyond 50% photon loss, the erasure limit of one-way codes, and not just below it', () => {
    const lossy = row({
      totalLength: HALF_LOSS_SPACING * 1.01,
      repeaterSpacing: HALF_LOSS_SPACING * 1.01,
      couplingEfficiency: 1,
    });
    expect(lossy.status).toBe('infeasible');
    expect(lossy.reason).toMatch(/beyond 1\/2/);
    const tolerable = row({
      totalLength: HALF_LOSS_SPACING * 0.99,
      repeaterSpacing: HALF_LOSS_SPACING * 0.99,
      couplingEfficiency: 1,
    });
    expect(tolerable.reason ?? '').not.toMatch(/beyond 1\/2/);
  });

  it('with a moderate loss a searched code corrects it where a bare photon (QPC(1,1)) cannot', () => {
    const options = {
      totalLength: 1000e3,
      repeaterSpacing: 1.5e3,
      gateError: 1e-4,
      couplingEfficiency: 0.95,
    };
    const searched = row(options);
    expect(searched.status).toBe('feasible');
    expect(
      Number(searched.parameters['blocks']) * Number(searched.parameters['photonsPerBlock']),
    ).toBeGreaterThan(1);
    const bare = row({ ...options, thirdGeneration: { blocks: 1, photonsPerBlock: 1 } });
    expect(bare.status).toBe('infeasible');
  });

  it('the searched code is no more expensive than any single code of the search range', () => {
    const options = { totalLength: 500e3, repeaterSpacing: 2e3, gateError: 1e-4, couplingEfficiency: 0.95 };
    const best = row({ ...options, thirdGeneration: { maxBlocks: 12, maxPhotonsPerBlock: 12 } });
    expect(best.status).toBe('feasible');
    for (const [blocks, photonsPerBlock] of [
      [4, 4],
      [8, 5],
      [12, 12],
      [6, 3],
    ] as const) {
      const fixed = row({ ...options, thirdGeneration: { blocks, photonsPerBlock } });
      if (fixed.costPerEbitPerKm !== undefined) {
        expect(best.costPerEbitPerKm!).toBeLessThanOrEqual(fixed.costPerEbitPerKm);
      }
    }
  });

  it('explains the closest code when none in the range is feasible', () => {
    const result = row({ totalLength: 1000e3, repeaterSpacing: 10e3 });
    expect(result.status).toBe('infeasible');
    expect(result.reason).toMatch(/no parity code QPC\(n, m\) with n <= 40 and m <= 40 is feasible/);
  });
});
