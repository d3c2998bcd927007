import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import {
  ML_DEFAULTS,
  resolveWorkload,
  withDimension,
  workloadAssumptions,
  type WorkloadOptions,
} from '../../src/ml/index.js';

const base: WorkloadOptions = {
  dimension: 4096,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
};

function expectFieldError(options: WorkloadOptions, field: string): void {
  let caught: unknown;
  try {
    resolveWorkload(options);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ParameterError);
  expect((caught as ParameterError).field).toBe(field);
}

describe('resolveWorkload', () => {
  it('fills every constant with its stated default', () => {
    const w = resolveWorkload(base);
    expect(w.model).toBe('deep-unitary');
    expect(w.bitsPerNumber).toBe(32);
    expect(w.hoeffdingConstant).toBe(ML_DEFAULTS.hoeffdingConstant);
    expect(w.shadowConstant).toBe(1);
    expect(w.shadowEpsilonExponent).toBe(4);
    expect(w.trainingSteps).toBeUndefined();
    expect(w.margin).toBeUndefined();
  });

  it('keeps overrides', () => {
    const w = resolveWorkload({ ...base, bitsPerNumber: 16, shadowConstant: 3, shadowEpsilonExponent: 2 });
    expect([w.bitsPerNumber, w.shadowConstant, w.shadowEpsilonExponent]).toEqual([16, 3, 2]);
  });

  it('rejects bad input naming the field', () => {
    expectFieldError({ ...base, dimension: 1 }, 'dimension');
    expectFieldError({ ...base, dimension: 100.5 }, 'dimension');
    expectFieldError({ ...base, dimension: 2 ** 60 }, 'dimension');
    expectFieldError({ ...base, layers: 0 }, 'layers');
    expectFieldError({ ...base, layers: undefined }, 'layers');
    expectFieldError({ ...base, paramsPerUnitary: 0 }, 'paramsPerUnitary');
    expectFieldError({ ...base, epsilon: 0 }, 'epsilon');
    expectFieldError({ ...base, epsilon: 1 }, 'epsilon');
    expectFieldError({ ...base, epsilon: Number.NaN }, 'epsilon');
    expectFieldError({ ...base, delta: 1.5 }, 'delta');
    expectFieldError({ ...base, delta: 0 }, 'delta');
    expectFieldError({ ...base, bitsPerNumber: 0 }, 'bitsPerNumber');
    expectFieldError({ ...base, trainingSteps: 0 }, 'trainingSteps');
    expectFieldError({ ...base, shadowConstant: -1 }, 'shadowConstant');
    expectFieldError({ ...base, model: 'transformer' as never }, 'model');
  });

  it('needs a margin in (0, 1] for the linear classifier', () => {
    expectFieldError({ ...base, model: 'linear-classifier' }, 'margin');
    expectFieldError({ ...base, model: 'linear-classifier', margin: 2 }, 'margin');
    expect(resolveWorkload({ ...base, model: 'linear-classifier', margin: 0.1 }).margin).toBe(0.1);
  });

  it('derives the graph dimension from V x D and checks consistency', () => {
    const w = resolveWorkload({
      epsilon: 0.1,
      delta: 0.1,
      model: 'graph-cnn',
      graphNodes: 1000,
      graphFeatures: 8,
    });
    expect(w.dimension).toBe(8000);
    expect(w.layers).toBe(1);
    expectFieldError(
      { epsilon: 0.1, delta: 0.1, model: 'graph-cnn', graphNodes: 10, graphFeatures: 8, dimension: 81 },
      'dimension',
    );
    expectFieldError(
      { epsilon: 0.1, delta: 0.1, model: 'graph-cnn', dimension: 4, graphFeatures: 8 },
      'graphFeatures',
    );
  });

  it('withDimension changes only N', () => {
    const w = withDimension(resolveWorkload({ ...base, trainingSteps: 5 }), 2 ** 20);
    expect(w.dimension).toBe(2 ** 20);
    expect(w.trainingSteps).toBe(5);
    expect(w.layers).toBe(2);
  });

  it('states every constant for reports', () => {
    const lines = workloadAssumptions(resolveWorkload({ ...base, shadowConstant: 7 }));
    expect(lines.join('\n')).toContain('ceil(7 log2');
    expect(lines.join('\n')).toContain('b = 32');
  });
});
