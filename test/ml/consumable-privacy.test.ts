import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import { consumableDataBreakEven, privacyFigure, resolveWorkload } from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

const workload = resolveWorkload({
  dimension: 4096,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
});
const link = { ebitRate: 1e6, classicalRate: 1e9, latency: 0.01, encoding: 'quantum-data' as const };

describe('consumableDataBreakEven', () => {
  it('by communication: floor(N b / Q_inf) + 1 uses', () => {
    const result = consumableDataBreakEven(workload, link);
    expect(result.bitsOnce).toBe(4096 * 32);
    expect(result.qubitsPerUse).toBe(106_272);
    expect(result.usesUntilFewerClassicalBits).toBe(2);
  });

  it('by time: the first k with k t_q > t_once + k t_local', () => {
    const result = consumableDataBreakEven(workload, link);
    expect(result.byTime.status).toBe('classical-faster-from');
    if (result.byTime.status !== 'classical-faster-from') return;
    const k = result.byTime.uses;
    const tq = result.quantumTimePerUse!;
    const classical = (uses: number) => result.classicalTimeOnce + uses * result.classicalTimePerUse;
    expect(k * tq).toBeGreaterThan(classical(k));
    expect((k - 1) * tq).toBeLessThanOrEqual(classical(k - 1));
    expectClose(result.classicalTimeOnce, (4096 * 32) / 1e9 + 0.01);
  });

  it('has a typed status without a quantum route', () => {
    const result = consumableDataBreakEven(workload, { ...link, ebitRate: 0 });
    expect(result.byTime.status).toBe('no-quantum-route');
    expect(result.quantumTimePerUse).toBeNull();
  });
});

describe('privacyFigure (Holevo cap)', () => {
  it('caps learnable bits at the qubits exchanged, against N b data bits', () => {
    const p = privacyFigure(workload, 1000);
    expect(p.learnableBitsCap).toBe(1000);
    expect(p.dataBits).toBe(131_072);
    expectClose(p.fractionOfDataCap, 1000 / 131_072);
    expect(privacyFigure(workload, 1000, 2).learnableBitsCap).toBe(2000);
    expect(privacyFigure(workload, 1e9).fractionOfDataCap).toBe(1);
  });

  it('is a fraction in [0, 1] and rejects bad input', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (qubits) => {
        const f = privacyFigure(workload, qubits).fractionOfDataCap;
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
      }),
    );
    expect(() => privacyFigure(workload, -1)).toThrow(ParameterError);
    expect(() => privacyFigure(workload, 1, 3)).toThrow(/bitsPerQubit/);
  });
});
