/** Tests of compareGenerations: limits, monotonicity, feasibility, no NaN, and input errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  compareGenerations,
  type GenerationComparisonOptions,
  type GenerationRow,
} from '../../../src/network/generations/index.js';

function byGeneration(options: GenerationComparisonOptions): Record<'1G' | '2G' | '3G', GenerationRow> {
  const [first, second, third] = compareGenerations(options).rows;
  return { '1G': first, '2G': second, '3G': third };
}

describe('compareGenerations: limits', () => {
  it('over a short route (50 km) 1G is feasible and cheapest, and 3G is ruled out by loss', () => {
    const comparison = compareGenerations({ totalLength: 50e3, repeaterSpacing: 25e3 });
    const [first, , third] = comparison.rows;
    expect(first.status).toBe('feasible');
    expect(first.qubitsPerStation).toBe(2);
    expect(comparison.bestByCost).toBe('1G');
    expect(third.status).toBe('infeasible');
  });

  it('over 5000 km with 2 km spacing, small gate errors and good coupling 3G is cheapest', () => {
    const comparison = compareGenerations({
      totalLength: 5000e3,
      repeaterSpacing: 2e3,
      gateError: 1e-4,
      couplingEfficiency: 0.95,
    });
    expect(comparison.rows.map((row) => row.status)).toEqual(['feasible', 'feasible', 'feasible']);
    expect(comparison.bestByCost).toBe('3G');
    const [first, second, third] = comparison.rows;
    expect(third.costPerEbitPerKm!).toBeLessThan(second.costPerEbitPerKm!);
    expect(second.costPerEbitPerKm!).toBeLessThan(first.costPerEbitPerKm!);
  });

  it('with 1% gate errors over 10,000 km only 1G (purification) remains feasible', () => {
    const rows = byGeneration({ totalLength: 10_000e3, repeaterSpacing: 10e3, gateError: 1e-2 });
    expect(rows['1G'].status).toBe('feasible');
    expect(rows['2G'].status).toBe('infeasible');
    expect(rows['3G'].status).toBe('infeasible');
  });

  it('has no best generation when none is feasible, and says why for each', () => {
    const comparison = compareGenerations({
      totalLength: 1000e3,
      repeaterSpacing: 10e3,
      couplingEfficiency: 0,
    });
    expect(comparison.bestByCost).toBeUndefined();
    for (const row of comparison.rows) {
      expect(row.status).toBe('infeasible');
      expect(row.reason!.length).toBeGreaterThan(20);
    }
  });

  it('labels every row with its method and assumptions and notes the cost definition', () => {
    const comparison = compareGenerations({ totalLength: 300e3, repeaterSpacing: 10e3 });
    expect(comparison.rows.map((row) => row.generation)).toEqual(['1G', '2G', '3G']);
    for (const row of comparison.rows) {
      expect(row.method.length).toBeGreaterThan(0);
      expect(row.assumptions.length).toBeGreaterThan(0);
    }
    expect(comparison.notes.join(' ')).toMatch(/qubitsPerStation \/ \(rate x spacing\[km\]\)/);
    expect(comparison.costBasis).toBe('ebit');
  });

  it('on the secret-key basis divides by the key rate instead', () => {
    const comparison = compareGenerations({
      totalLength: 300e3,
      repeaterSpacing: 10e3,
      costBasis: 'secret-key',
    });
    const second = comparison.rows[1];
    expect(second.costPerSecretBitPerKm!).toBeCloseTo(
      second.qubitsPerStation / (second.secretKeyRate * 10),
      12,
    );
    expect(second.costPerSecretBitPerKm!).toBeGreaterThan(second.costPerEbitPerKm!);
  });
});

describe('compareGenerations: monotonicity in the route length', () => {
  const hardware = { gateError: 1e-4, couplingEfficiency: 0.95 } as const;

  it('2G and 3G with fixed codes: rate and fidelity do not rise when segments are added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 80 }),
        fc.double({ min: 1e3, max: 3e3, noNaN: true }),
        (a, b, spacing) => {
          const [short, long] = a < b ? [a, b] : [b, a];
          const options = (segments: number): GenerationComparisonOptions => ({
            ...hardware,
            totalLength: segments * spacing,
            repeaterSpacing: spacing,
            targetFidelity: 0.25,
            secondGeneration: { codeQubits: 7, codeDistance: 3 },
            thirdGeneration: { blocks: 10, photonsPerBlock: 5 },
          });
          const near = byGeneration(options(short));
          const far = byGeneration(options(long));
          return (['2G', '3G'] as const).every(
            (g) =>
              far[g].rate <= near[g].rate * (1 + 1e-12) &&
              (far[g].fidelity ?? 0) <= (near[g].fidelity ?? 0) + 1e-12,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('1G over 2^j segments of fixed spacing: rate does not rise and cost does not fall', () => {
    let previous: GenerationRow | undefined;
    for (let j = 0; j <= 10; j++) {
      const row = compareGenerations({ ...hardware, totalLength: 2 ** j * 5e3, repeaterSpacing: 5e3 })
        .rows[0];
      expect(row.status).toBe('feasible');
      if (previous !== undefined) {
        expect(row.rate).toBeLessThanOrEqual(previous.rate);
        expect(row.costPerEbitPerKm!).toBeGreaterThanOrEqual(previous.costPerEbitPerKm!);
      }
      previous = row;
    }
  });

  it('the cheapest cost of each generation does not fall as the route grows (code and rounds re-chosen)', () => {
    const costs = [20, 40, 80, 160, 320, 640].map((segments) =>
      compareGenerations({ ...hardware, totalLength: segments * 2e3, repeaterSpacing: 2e3 }).rows.map(
        (row) => row.costPerEbitPerKm ?? Number.POSITIVE_INFINITY,
      ),
    );
    for (let i = 1; i < costs.length; i++) {
      for (let g = 0; g < 3; g++)
        expect(costs[i]![g]!).toBeGreaterThanOrEqual(costs[i - 1]![g]! * (1 - 1e-12));
    }
  });
});

describe('compareGenerations: never NaN', () => {
  const logUniform = (min: number, max: number) =>
    fc.double({ min: Math.log10(min), max: Math.log10(max), noNaN: true }).map((x) => 10 ** x);

  it('every number of every row is finite and the status matches the reason, over wide inputs', () => {
    fc.assert(
      fc.property(
        fc.record({
          totalLength: logUniform(1, 2e7),
          repeaterSpacing: logUniform(10, 2e5),
          attenuation: fc.double({ min: 0, max: 1e-3, noNaN: true }),
          couplingEfficiency: fc.double({ min: 0, max: 1, noNaN: true }),
          gateError: fc.double({ min: 0, max: 1, noNaN: true }),
          measurementError: fc.double({ min: 0, max: 0.5, noNaN: true }),
          elementaryPairFidelity: fc.double({ min: 0.25, max: 1, noNaN: true }),
          localOperationTime: logUniform(1e-9, 1e-2),
          targetFidelity: fc.double({ min: 0.25, max: 1, noNaN: true }),
          costBasis: fc.constantFrom('ebit' as const, 'secret-key' as const),
          thirdGeneration: fc.record({
            maxBlocks: fc.integer({ min: 1, max: 12 }),
            maxPhotonsPerBlock: fc.integer({ min: 1, max: 12 }),
          }),
        }),
        (options) => {
          const comparison = compareGenerations(options);
          for (const row of comparison.rows) {
            const numbers = [
              row.rate,
              row.secretKeyRate,
              row.qubitsPerStation,
              row.segments,
              row.totalQubits,
              row.spacing,
              ...[row.fidelity, row.error, row.costPerEbitPerKm, row.costPerSecretBitPerKm].filter(
                (x) => x !== undefined,
              ),
              ...Object.values(row.parameters).filter((x): x is number => typeof x === 'number'),
            ];
            if (!numbers.every((x) => Number.isFinite(x))) return false;
            if (row.status === 'infeasible' && !(row.reason && row.rate === 0)) return false;
            if (row.status === 'feasible' && (row.reason !== undefined || !(row.rate > 0))) return false;
            if (row.status === 'feasible' && !(row.fidelity! >= options.targetFidelity)) return false;
          }
          return (
            comparison.bestByCost === undefined ||
            comparison.rows.some((r) => r.generation === comparison.bestByCost)
          );
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('compareGenerations: bad input names the field', () => {
  const base: GenerationComparisonOptions = { totalLength: 100e3, repeaterSpacing: 10e3 };
  const cases: [string, Record<string, unknown>][] = [
    ['totalLength', { totalLength: -1 }],
    ['repeaterSpacing', { repeaterSpacing: 0 }],
    ['repeaterSpacing', { totalLength: 1e9, repeaterSpacing: 1 }],
    ['couplingEfficiency', { couplingEfficiency: 1.5 }],
    ['gateError', { gateError: Number.NaN }],
    ['measurementError', { measurementError: 0.6 }],
    ['elementaryPairFidelity', { elementaryPairFidelity: 0.1 }],
    ['targetFidelity', { targetFidelity: 1.01 }],
    ['localOperationTime', { localOperationTime: 0 }],
    ['attenuation', { attenuation: -1e-4 }],
    ['costBasis', { costBasis: 'dollars' }],
    ['firstGeneration.maxPurificationRounds', { firstGeneration: { maxPurificationRounds: 13 } }],
    ['firstGeneration.protocol', { firstGeneration: { protocol: 'magic' } }],
    ['firstGeneration.repeaterSpacing', { firstGeneration: { repeaterSpacing: -5 } }],
    ['secondGeneration.codeDistance', { secondGeneration: { codeQubits: 7, codeDistance: 4 } }],
    ['secondGeneration.codeDistance', { secondGeneration: { codeQubits: 7 } }],
    ['secondGeneration.codeQubits', { secondGeneration: { codeQubits: 0.5, codeDistance: 1 } }],
    ['thirdGeneration.blocks', { thirdGeneration: { blocks: 0 } }],
    ['thirdGeneration.maxPhotonsPerBlock', { thirdGeneration: { maxPhotonsPerBlock: 500 } }],
  ];

  it.each(cases)('%s', (field, change) => {
    const call = () => compareGenerations({ ...base, ...change } as GenerationComparisonOptions);
    expect(call).toThrow(ParameterError);
    try {
      call();
    } catch (error) {
      expect((error as ParameterError).field).toBe(field);
    }
  });

  it('rejects a missing options object', () => {
    expect(() => compareGenerations(undefined as unknown as GenerationComparisonOptions)).toThrow(
      ParameterError,
    );
  });
});
