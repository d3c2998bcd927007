import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError, UnreachableError, daysToSeconds } from '../../../src/core/index.js';
import {
  LOGICAL_ERROR_MODELS,
  logicalErrorPerCycle,
  requiredCodeDistance,
  type DistanceRounding,
  type LogicalErrorModelId,
} from '../../../src/physics/surface-code/index.js';
import { expectClose } from '../../support/close.js';

const MODELS: LogicalErrorModelId[] = ['devitt-2016', 'fowler-2012', 'qualtran'];
const ROUNDINGS: DistanceRounding[] = ['odd-ceil', 'devitt-2016'];

function qualtranDistance(physicalErrorRate: number, budget: number): number {
  return requiredCodeDistance({
    errorModel: 'qualtran',
    physicalErrorRate,
    cycles: 1,
    targetInfidelity: budget,
  }).codeDistance;
}

describe('code distance: Qualtran examples', () => {
  it('p = 1e-3, budget 1e-10 gives d = 17 (shared/reference/sneakernet.md)', () => {
    expect(qualtranDistance(1e-3, 1e-10)).toBe(17);
  });

  it('p = 1e-3, budget 1e-12 gives 21, not the 23 of a bare ceil on 11.000000000000002', () => {
    const bare = 2 * Math.ceil(Math.log(10 * 1e-12) / Math.log(100 * 1e-3)) - 1;
    expect(bare).toBe(23);
    expect(qualtranDistance(1e-3, 1e-12)).toBe(21);
    // d = 21 really meets the budget: 0.1 x 0.1^11 = 1e-12.
    const result = requiredCodeDistance({
      errorModel: 'qualtran',
      physicalErrorRate: 1e-3,
      cycles: 1,
      targetInfidelity: 1e-12,
    });
    expect(result.meetsTarget).toBe(true);
    expectClose(result.achievedInfidelity, 1e-12);
  });

  it('other closed-form values', () => {
    expect(qualtranDistance(1e-4, 1e-10)).toBe(9); // ln(1e-9)/ln(1e-2) = 4.5
    expect(qualtranDistance(1e-3, 1e-3)).toBe(3); // r* = 2 -> d = 3 (also the minimum)
    expect(qualtranDistance(1e-3, 1e-5)).toBe(7); // r* = 4 exactly
  });
});

describe('code distance: Devitt 2016 rule', () => {
  // Table 1: 20-day voyage, one cycle per gate time, 1 - F = 1e-10.
  const cases: [number, number, number][] = [
    [3.5e-6, 1e-3, 33],
    [1.0e-4, 1e-5, 11],
    [4.0e-8, 1e-5, 13],
    [3.2e-8, 1e-3, 36],
    [1.0e-3, 1e-3, 29],
    [5.0e-8, 1e-3, 36],
  ];
  it.each(cases)('gate %s s, p = %s gives d = %s', (gateTime, p, expected) => {
    const result = requiredCodeDistance({
      errorModel: 'devitt-2016',
      rounding: 'devitt-2016',
      physicalErrorRate: p,
      cycles: daysToSeconds(20) / gateTime,
      targetInfidelity: 1e-10,
    });
    expect(result.codeDistance).toBe(expected);
    // Flooring lands just below d*, so the achieved error is above the target, by less than (p_th/p)^(1/2).
    expect(result.realDistance).toBeGreaterThan(expected);
    expect(result.realDistance).toBeLessThan(expected + 1);
    expect(result.meetsTarget).toBe(false);
  });

  it('allows even distances; odd-ceil never does', () => {
    const options = { physicalErrorRate: 1e-3, cycles: daysToSeconds(20) / 3.2e-8, targetInfidelity: 1e-10 };
    expect(requiredCodeDistance({ ...options, rounding: 'devitt-2016' }).codeDistance).toBe(36);
    const odd = requiredCodeDistance({ ...options, rounding: 'odd-ceil' });
    expect(odd.codeDistance).toBe(37);
    expect(odd.meetsTarget).toBe(true);
  });
});

describe('code distance: limits and errors', () => {
  it('p -> 0 or no cycles gives the minimum distance', () => {
    for (const p of [0, 1e-15, 1e-12]) {
      expect(
        requiredCodeDistance({ physicalErrorRate: p, cycles: 1e6, targetInfidelity: 1e-10 }).codeDistance,
      ).toBe(3);
    }
    const none = requiredCodeDistance({ physicalErrorRate: 1e-3, cycles: 0, targetInfidelity: 1e-10 });
    expect(none.codeDistance).toBe(3);
    expect(none.achievedInfidelity).toBe(0);
    expect(
      requiredCodeDistance({ physicalErrorRate: 0, cycles: 1, targetInfidelity: 1e-3, minimumDistance: 1 })
        .codeDistance,
    ).toBe(1);
  });

  it('a target needing d beyond the limit is unreachable, with the numbers', () => {
    const near = LOGICAL_ERROR_MODELS['devitt-2016'].threshold * 0.999;
    expect(() =>
      requiredCodeDistance({ physicalErrorRate: near, cycles: 1e15, targetInfidelity: 1e-15 }),
    ).toThrow(UnreachableError);
    expect(() =>
      requiredCodeDistance({ physicalErrorRate: near, cycles: 1e15, targetInfidelity: 1e-15 }),
    ).toThrow(/up to 1000.*threshold 0\.01639.*d = \d+/);
    expect(() =>
      requiredCodeDistance({
        physicalErrorRate: 1e-3,
        cycles: 1e9,
        targetInfidelity: 1e-10,
        maximumDistance: 15,
      }),
    ).toThrow(UnreachableError);
  });

  it('rejects bad input, naming the field', () => {
    const base = { physicalErrorRate: 1e-3, cycles: 100, targetInfidelity: 1e-10 };
    const cases: [Record<string, unknown>, string][] = [
      [{ physicalErrorRate: 0.02 }, 'physicalErrorRate'],
      [{ errorModel: 'qualtran', physicalErrorRate: 0.01 }, 'physicalErrorRate'],
      [{ errorModel: 'fowler-2012', physicalErrorRate: 0.006 }, 'physicalErrorRate'],
      [{ cycles: -1 }, 'cycles'],
      [{ cycles: Number.NaN }, 'cycles'],
      [{ targetInfidelity: 0 }, 'targetInfidelity'],
      [{ targetInfidelity: 1 }, 'targetInfidelity'],
      [{ targetInfidelity: 2 }, 'targetInfidelity'],
      [{ rounding: 'round' }, 'rounding'],
      [{ minimumDistance: 4 }, 'minimumDistance'],
      [{ minimumDistance: 0 }, 'minimumDistance'],
      [{ maximumDistance: 2 }, 'maximumDistance'],
      [{ errorModel: 'devit-2016' }, 'errorModel'],
    ];
    for (const [override, field] of cases) {
      try {
        requiredCodeDistance({ ...base, ...override } as never);
        expect.unreachable(`${JSON.stringify(override)} should throw`);
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as ParameterError).field).toBe(field);
      }
    }
  });
});

/** The distance, or undefined when the case is unreachable (a legitimate outcome near threshold). */
function distanceOrUnreachable(options: Parameters<typeof requiredCodeDistance>[0]) {
  try {
    return requiredCodeDistance(options);
  } catch (error) {
    if (error instanceof UnreachableError) return undefined;
    throw error;
  }
}

describe('code distance: properties', () => {
  const arbitraryCase = fc.record({
    model: fc.constantFrom(...MODELS),
    rounding: fc.constantFrom(...ROUNDINGS),
    fraction: fc.double({ min: 1e-4, max: 0.95, noNaN: true }),
    cycles: fc.double({ min: 1, max: 1e18, noNaN: true }),
    target: fc.double({ min: 1e-18, max: 0.1, noNaN: true }),
  });

  it('odd-ceil gives the smallest odd distance meeting the target', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ model, fraction, cycles, target }) => {
        const p = fraction * LOGICAL_ERROR_MODELS[model].threshold;
        const result = distanceOrUnreachable({
          errorModel: model,
          physicalErrorRate: p,
          cycles,
          targetInfidelity: target,
        });
        if (!result) return;
        expect(result.codeDistance % 2).toBe(1);
        expect(result.meetsTarget).toBe(true);
        if (result.codeDistance > 3) {
          const smaller = logicalErrorPerCycle({
            errorModel: model,
            physicalErrorRate: p,
            codeDistance: result.codeDistance - 2,
          });
          expect(cycles * smaller).toBeGreaterThan(target * (1 - 1e-9));
        }
      }),
    );
  });

  it('d is non-decreasing in the cycles (voyage time) and in 1/target, never NaN', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.double({ min: 1, max: 1e3, noNaN: true }), (c, factor) => {
        const p = c.fraction * LOGICAL_ERROR_MODELS[c.model].threshold;
        const at = (cycles: number, target: number) =>
          distanceOrUnreachable({
            errorModel: c.model,
            rounding: c.rounding,
            physicalErrorRate: p,
            cycles,
            targetInfidelity: target,
          });
        const base = at(c.cycles, c.target);
        if (!base) return;
        expect(Number.isInteger(base.codeDistance)).toBe(true);
        expect(Number.isNaN(base.achievedInfidelity)).toBe(false);
        // A harder case is either unreachable or needs at least the same distance.
        expect(at(c.cycles * factor, c.target)?.codeDistance ?? Infinity).toBeGreaterThanOrEqual(
          base.codeDistance,
        );
        expect(at(c.cycles, c.target / factor)?.codeDistance ?? Infinity).toBeGreaterThanOrEqual(
          base.codeDistance,
        );
      }),
    );
  });
});
