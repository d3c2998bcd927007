import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import {
  classicalTime,
  protocolCost,
  quantumTime,
  resolveTimeOptions,
  resolveWorkload,
  type QuantumTime,
  type QuantumTimeResult,
  type TimeOptions,
} from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

const workload = resolveWorkload({
  dimension: 4096,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
});
const cost = protocolCost(workload, 'inference'); // S = 2952, H = 3, n = 12, Q = 106,272, P_tot = 64
const link: TimeOptions = { ebitRate: 1e6, classicalRate: 1e9, latency: 0.01, encoding: 'quantum-data' };

function ok(result: QuantumTimeResult): QuantumTime {
  expect(result.status).toBe('ok');
  return result as QuantumTime;
}

describe('quantum time', () => {
  it('batched: H latency + Q / rate + copies x gates x gate time', () => {
    const q = ok(quantumTime(cost, resolveTimeOptions(link)));
    expectClose(q.breakdown.communication, 106_272 / 1e6);
    expectClose(q.breakdown.latency, 3 * 0.01);
    expectClose(q.breakdown.compute, 2952 * 64 * 25e-6);
    expectClose(q.breakdown.total, q.breakdown.communication + q.breakdown.compute + q.breakdown.latency);
    expect(q.qubitRate).toBe(1e6);
    expect(q.memoryQubits).toBe(2952 * 12);
    expect(q.encodingTime).toBe(0);
  });

  it('sequential copies pay S x H latencies and hold one copy', () => {
    const q = ok(quantumTime(cost, resolveTimeOptions({ ...link, schedule: 'sequential' })));
    expectClose(q.breakdown.latency, 2952 * 3 * 0.01);
    expect(q.rounds).toBe(2952 * 3);
    expect(q.memoryQubits).toBe(12);
  });

  it('pipelined copies stream: (S + H - 1) n / rate', () => {
    const q = ok(quantumTime(cost, resolveTimeOptions({ ...link, schedule: 'pipelined' })));
    expectClose(q.breakdown.communication, ((2952 + 2) * 12) / 1e6);
    expectClose(q.breakdown.latency, 0.03);
    // Per hop: one copy plus 1e6 x 0.01 qubits waiting for their teleportation bits.
    expect(q.memoryQubits).toBe(3 * (12 + 10_000));
  });

  it('teleportation is capped at classicalRate / 2; direct transport is not', () => {
    const fast = { ...link, ebitRate: 1e10 };
    expect(ok(quantumTime(cost, resolveTimeOptions(fast))).qubitRate).toBe(5e8);
    expect(ok(quantumTime(cost, resolveTimeOptions({ ...fast, transport: 'direct' }))).qubitRate).toBe(1e10);
  });

  it('zero qubit rate gives a typed no-quantum-route status, not Infinity', () => {
    const result = quantumTime(cost, resolveTimeOptions({ ...link, ebitRate: 0 }));
    expect(result.status).toBe('no-quantum-route');
  });

  it('a stockpile removes the generation wait but not the latency', () => {
    const covered = ok(quantumTime(cost, resolveTimeOptions({ ...link, ebitRate: 0, preSharedPairs: 1e6 })));
    expectClose(covered.breakdown.communication, 106_272 / 5e8);
    expectClose(covered.breakdown.latency, 0.03);
    expect(covered.qubitsFromStockpile).toBe(106_272);
    const partial = ok(quantumTime(cost, resolveTimeOptions({ ...link, preSharedPairs: 6272 })));
    expectClose(partial.breakdown.communication, 6272 / 5e8 + 100_000 / 1e6);
    expect(quantumTime(cost, resolveTimeOptions({ ...link, ebitRate: 0, preSharedPairs: 100 })).status).toBe(
      'no-quantum-route',
    );
  });

  it('encoding assumptions: state preparation O(N) gates, QRAM O(log N) depth with N qubits', () => {
    const prep = ok(quantumTime(cost, resolveTimeOptions({ ...link, encoding: 'state-preparation' })));
    expectClose(prep.encodingTime, 2952 * 2 * 4096 * 25e-6);
    expectClose(prep.breakdown.compute, 2952 * (2 * 4096 + 64) * 25e-6);
    const qram = ok(quantumTime(cost, resolveTimeOptions({ ...link, encoding: 'qram', parallelQpus: 4 })));
    expectClose(qram.encodingTime, (2952 * 12 * 25e-6) / 4);
    expect(qram.qramQubits).toBe(4096);
  });

  it('repetitions share one stockpile and repeat latency and compute', () => {
    const options = resolveTimeOptions({ ...link, ebitRate: 0, preSharedPairs: 3 * 106_272 });
    const three = ok(quantumTime(cost, options, 3));
    expectClose(three.breakdown.communication, (3 * 106_272) / 5e8);
    expectClose(three.breakdown.latency, 9 * 0.01);
    expect(quantumTime(cost, options, 4).status).toBe('no-quantum-route');
  });

  it('more ebit rate is never slower, and nothing is NaN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e12, noNaN: true }),
        fc.double({ min: 1.001, max: 1e3, noNaN: true }),
        fc.constantFrom('batched', 'sequential', 'pipelined'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rate, factor, schedule, latency) => {
          const slow = quantumTime(cost, resolveTimeOptions({ ...link, latency, schedule, ebitRate: rate }));
          const fast = quantumTime(
            cost,
            resolveTimeOptions({ ...link, latency, schedule, ebitRate: rate * factor }),
          );
          const a = ok(slow).breakdown;
          const b = ok(fast).breakdown;
          expect(b.total).toBeLessThanOrEqual(a.total);
          for (const value of [...Object.values(a), ...Object.values(b)])
            expect(Number.isFinite(value)).toBe(true);
        },
      ),
    );
  });
});

describe('classical time', () => {
  it('bits / rate + H latencies + flops / flop rate', () => {
    const c = classicalTime(cost, resolveTimeOptions(link));
    expectClose(c.breakdown.communication, 393_216 / 1e9);
    expectClose(c.breakdown.latency, 0.03);
    expect(c.flops).toBe(8 * 4096 * 64);
    expectClose(c.breakdown.compute, (8 * 4096 * 64) / 1e12);
  });
});

describe('time options', () => {
  it('rejects bad input naming the field', () => {
    const bad: [Partial<TimeOptions>, string][] = [
      [{ ebitRate: -1 }, 'ebitRate'],
      [{ classicalRate: 0 }, 'classicalRate'],
      [{ latency: Number.NaN }, 'latency'],
      [{ parallelQpus: 1.5 }, 'parallelQpus'],
      [{ logicalGateTime: 0 }, 'logicalGateTime'],
      [{ transport: 'direct', preSharedPairs: 10 }, 'preSharedPairs'],
      [{ encoding: 'qrom' as never }, 'encoding'],
      [{ schedule: 'batch' as never }, 'schedule'],
    ];
    for (const [override, field] of bad) {
      let caught: unknown;
      try {
        resolveTimeOptions({ ...link, ...override });
      } catch (error) {
        caught = error;
      }
      expect(caught, field).toBeInstanceOf(ParameterError);
      expect((caught as ParameterError).field).toBe(field);
    }
    expect(() => resolveTimeOptions({ ...link, schedule: 'batch' as never })).toThrow(
      /did you mean "batched"/,
    );
  });
});
