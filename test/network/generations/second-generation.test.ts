/** Tests of the second-generation (HEG + QEC) model (second-generation.ts). */
import { describe, expect, it } from 'vitest';
import {
  codeLogicalErrorProbability,
  codePseudoThreshold,
  physicalQubitError,
  resolveGenerationOptions,
  secondGenerationRow,
  STANDARD_CSS_CODES,
  type GenerationComparisonOptions,
} from '../../../src/network/generations/index.js';
import { expectClose } from '../../support/close.js';

const STEANE = STANDARD_CSS_CODES[0]!;
const GOLAY = STANDARD_CSS_CODES[1]!;

function row(options: GenerationComparisonOptions, code = STEANE) {
  const resolved = resolveGenerationOptions(options);
  return secondGenerationRow({
    hardware: resolved.hardware,
    repeaterSpacing: resolved.second.repeaterSpacing,
    code,
  });
}

describe('codePseudoThreshold', () => {
  it('is where the code stops helping: p_L(q) = q (Steane 0.0578503, Golay 0.0684731)', () => {
    const steane = codePseudoThreshold(STEANE);
    expectClose(steane, 0.0578502657136767, { relative: 1e-9 });
    expectClose(codeLogicalErrorProbability(7, 3, steane), steane, { relative: 1e-9 });
    expectClose(codePseudoThreshold(GOLAY), 0.0684730556375696, { relative: 1e-9 });
    expect(codePseudoThreshold({ qubits: 1, distance: 1 })).toBe(0.5);
  });
});

describe('physicalQubitError', () => {
  it('is 2(1-F0)/3 + 16 eG/15 + eM', () => {
    const { hardware } = resolveGenerationOptions({
      totalLength: 1e5,
      repeaterSpacing: 1e4,
      elementaryPairFidelity: 0.97,
      gateError: 0.003,
      measurementError: 0.002,
    });
    expectClose(physicalQubitError(hardware), 0.02 + 0.0032 + 0.002, { relative: 1e-12 });
  });
});

describe('secondGenerationRow', () => {
  it('delivers the end-to-end logical error accumulated over the segments, 4n qubits per station', () => {
    const result = row({ totalLength: 1000e3, repeaterSpacing: 10e3 });
    expect(result.status).toBe('feasible');
    expect(result.qubitsPerStation).toBe(28);
    expect(result.segments).toBe(100);
    const pL = Number(result.parameters['logicalErrorPerSegment']);
    const e = (1 - (1 - 2 * pL) ** 100) / 2;
    expectClose(result.fidelity!, (1 - e) ** 2, { relative: 1e-12 });
    expectClose(result.bitErrorRate!, e, { relative: 1e-12 });
  });

  it('is infeasible above the pseudo-threshold, saying so', () => {
    const result = row({ totalLength: 1000e3, repeaterSpacing: 10e3, gateError: 0.05 });
    expect(result.status).toBe('infeasible');
    expect(result.reason).toMatch(/pseudo-threshold/);
    expect(result.rate).toBe(0);
  });

  it('just below the threshold the code runs (feasibility boundary in the gate error)', () => {
    const threshold = codePseudoThreshold(STEANE);
    // q = (0.5 + 16/15 + 1) eG for the default F0 and eM = eG; pick eG a little below and above.
    const atThreshold = threshold / (0.5 + 16 / 15 + 1);
    const short = { totalLength: 20e3, repeaterSpacing: 20e3, targetFidelity: 0.5 };
    expect(row({ ...short, gateError: atThreshold * 0.99 }).reason ?? '').not.toMatch(/pseudo-threshold/);
    expect(row({ ...short, gateError: atThreshold * 1.01 }).reason).toMatch(/pseudo-threshold/);
  });

  it('a larger code lowers the error at the price of rate and qubits', () => {
    const options = { totalLength: 5000e3, repeaterSpacing: 10e3, gateError: 3e-3, targetFidelity: 0.25 };
    const steane = row(options, STEANE);
    const golay = row(options, GOLAY);
    expect(golay.error!).toBeLessThan(steane.error!);
    expect(steane.status).toBe('feasible');
    expect(golay.rate).toBeLessThan(steane.rate);
    expect(golay.qubitsPerStation).toBe(92);
  });
});
