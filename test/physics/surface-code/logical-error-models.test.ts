import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  LOGICAL_ERROR_MODELS,
  logicalErrorModel,
  logicalErrorPerCycle,
  requireBelowThreshold,
  type LogicalErrorModelId,
} from '../../../src/physics/surface-code/index.js';
import { expectClose } from '../../support/close.js';

const MODELS: LogicalErrorModelId[] = ['devitt-2016', 'fowler-2012', 'qualtran'];

describe('logical error models', () => {
  it('evaluates each published formula', () => {
    // Devitt fit 0.13 (61 p)^((d+1)/2) at the NV (optical) row: p = 1e-3, d = 33.
    expectClose(
      logicalErrorPerCycle({ errorModel: 'devitt-2016', physicalErrorRate: 1e-3, codeDistance: 33 }),
      0.13 * 0.061 ** 17,
    );
    // Fowler 2012: 0.03 (p / 0.0057)^((d+1)/2).
    expectClose(
      logicalErrorPerCycle({ errorModel: 'fowler-2012', physicalErrorRate: 1e-3, codeDistance: 25 }),
      0.03 * (1e-3 / 0.0057) ** 13,
    );
    // Qualtran: 0.1 (100 p)^((d+1)/2); p = 1e-3, d = 17 gives 0.1 x 0.1^9 = 1e-10.
    expectClose(
      logicalErrorPerCycle({ errorModel: 'qualtran', physicalErrorRate: 1e-3, codeDistance: 17 }),
      1e-10,
    );
  });

  it('states the thresholds', () => {
    expectClose(LOGICAL_ERROR_MODELS['devitt-2016'].threshold, 1 / 61);
    expect(LOGICAL_ERROR_MODELS['fowler-2012'].threshold).toBe(0.0057);
    expect(LOGICAL_ERROR_MODELS.qualtran.threshold).toBe(0.01);
    expect(LOGICAL_ERROR_MODELS['devitt-2016'].source).toMatch(/reconstructed/);
  });

  it('rejects a physical error rate at or above threshold, naming the field and the threshold', () => {
    for (const id of MODELS) {
      const model = logicalErrorModel(id);
      for (const p of [model.threshold, model.threshold * 1.01, 0.5]) {
        try {
          requireBelowThreshold(model, p);
          expect.unreachable(`p = ${p} should be rejected for ${id}`);
        } catch (error) {
          expect(error).toBeInstanceOf(ParameterError);
          expect((error as ParameterError).field).toBe('physicalErrorRate');
          expect((error as ParameterError).message).toContain(model.threshold.toPrecision(4));
        }
      }
      expect(requireBelowThreshold(model, model.threshold * 0.999)).toBe(model.threshold * 0.999);
    }
  });

  it('rejects bad input', () => {
    expect(() => logicalErrorPerCycle({ physicalErrorRate: -1e-3, codeDistance: 3 })).toThrow(ParameterError);
    expect(() => logicalErrorPerCycle({ physicalErrorRate: Number.NaN, codeDistance: 3 })).toThrow(
      /physicalErrorRate/,
    );
    expect(() => logicalErrorPerCycle({ physicalErrorRate: 1e-3, codeDistance: 2.5 })).toThrow(
      /codeDistance/,
    );
    expect(() => logicalErrorModel('qualtram')).toThrow(/did you mean "qualtran"/);
  });

  it('is zero at p = 0 and falls with distance, rises with p, below threshold', () => {
    expect(logicalErrorPerCycle({ physicalErrorRate: 0, codeDistance: 3 })).toBe(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (id, fraction, d) => {
          const p = fraction * LOGICAL_ERROR_MODELS[id].threshold;
          const here = logicalErrorPerCycle({ errorModel: id, physicalErrorRate: p, codeDistance: d });
          const larger = logicalErrorPerCycle({ errorModel: id, physicalErrorRate: p, codeDistance: d + 1 });
          const worse = logicalErrorPerCycle({
            errorModel: id,
            physicalErrorRate: p * 1.0001,
            codeDistance: d,
          });
          expect(Number.isFinite(here)).toBe(true);
          expect(here).toBeGreaterThanOrEqual(0);
          expect(here).toBeLessThanOrEqual(1);
          expect(larger).toBeLessThanOrEqual(here);
          expect(worse).toBeGreaterThanOrEqual(here);
        },
      ),
    );
  });
});
