import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import { demo } from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

describe('demo', () => {
  it('reproduces the reference value and charges H x n qubits per shot', () => {
    const result = demo({
      qubits: 2,
      layers: 2,
      shots: 1000,
      seed: 1,
      data: [1, 2, 3, 4],
      angles: [
        [0.3, -0.7],
        [1.1, 0.5],
      ],
    });
    expectClose(result.exact, -0.20527365150159, { relative: 1e-12 });
    expect(result.ledger.hopsPerShot).toBe(3);
    expect(result.ledger.qubitsPerShot).toBe(6);
    expect(result.ledger.totalQubits).toBe(6000);
    expect(result.ledger.entries.map((e) => `${e.from}->${e.to}`)).toEqual([
      'Alice->Bob',
      'Bob->Alice',
      'Alice->Bob',
    ]);
    expect(result.ledger.classicalBits).toBe(3 * 4 * 32);
    expectClose(result.standardError, Math.sqrt((1 - result.exact ** 2) / 1000));
    expect(Math.abs(result.error)).toBeLessThan(5 * result.standardError);
  });

  it('is deterministic for a seed', () => {
    const options = { qubits: 4, layers: 3, shots: 500, seed: 42 };
    expect(demo(options)).toEqual(demo(options));
    expect(demo({ ...options, seed: 43 }).estimate).not.toBe(demo(options).estimate);
  });

  it('the error shrinks like sqrt((1 - F^2) / S) (seeded, statistical tolerance)', () => {
    // 400 seeded runs at each S: the RMS error must match the standard error within 15%
    // (the RMS of 400 samples has a relative spread of about 1/sqrt(800) = 3.5%).
    const rms = (shots: number) => {
      let sum = 0;
      let expected = 0;
      for (let seed = 0; seed < 400; seed++) {
        const r = demo({
          qubits: 3,
          layers: 2,
          shots,
          seed,
          angles: [
            [0.4, -1.2, 0.8],
            [0.3, 0.9, -0.5],
          ],
        });
        sum += r.error ** 2;
        expected = r.standardError;
      }
      return { rms: Math.sqrt(sum / 400), expected };
    };
    const small = rms(100);
    const large = rms(10_000);
    expect(small.rms / small.expected).toBeGreaterThan(0.85);
    expect(small.rms / small.expected).toBeLessThan(1.15);
    expect(large.rms / large.expected).toBeGreaterThan(0.85);
    expect(large.rms / large.expected).toBeLessThan(1.15);
    // 100x the shots: 10x smaller error.
    expect(small.rms / large.rms).toBeGreaterThan(8);
    expect(small.rms / large.rms).toBeLessThan(12.5);
  });

  it('rejects bad options naming the field', () => {
    const base = { qubits: 2, layers: 1, shots: 10, seed: 0 };
    const fields: [object, string][] = [
      [{ qubits: 21 }, 'qubits'],
      [{ qubits: 0 }, 'qubits'],
      [{ layers: 0 }, 'layers'],
      [{ shots: 0 }, 'shots'],
      [{ seed: -1 }, 'seed'],
      [
        {
          angles: [
            [0, 0],
            [0, 0],
          ],
        },
        'angles',
      ],
      [{ data: [1, 2, 3, 4, 5] }, 'data'],
    ];
    for (const [override, field] of fields) {
      let caught: unknown;
      try {
        demo({ ...base, ...override });
      } catch (error) {
        caught = error;
      }
      expect(caught, field).toBeInstanceOf(ParameterError);
      expect((caught as ParameterError).field).toBe(field);
    }
  });
});
