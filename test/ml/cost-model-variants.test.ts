import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import {
  TRAINING_CAVEAT,
  graphCnnCost,
  graphCnnGradientCost,
  protocolCost,
  linearClassifierCost,
  resolveWorkload,
  trainingCost,
} from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

describe('last-layer training (distributed-ml.md example)', () => {
  const w = resolveWorkload({
    dimension: 2 ** 20,
    layers: 1,
    paramsPerUnitary: 1000,
    epsilon: 0.05,
    delta: 0.01,
    trainingSteps: 10_000,
  });

  it('K_T 7.968e9, Q_train 1.594e11, C_train 33,554,432, with the caveat', () => {
    const t = trainingCost(w);
    expectClose(t.copies, 7.968e9, { relative: 5e-4 });
    expect(t.copies).toBe(7_968_419_655);
    expectClose(t.qubits, 1.594e11, { relative: 5e-4 });
    expect(t.qubits).toBe(20 * t.copies);
    expect(t.bits).toBe(33_554_432);
    expect(t.caveat).toBe(TRAINING_CAVEAT);
    expect(t.caveat).toContain('not in');
  });

  it('grows only polylogarithmically in T', () => {
    const t1 = trainingCost(resolveWorkload({ ...w, trainingSteps: 1000 }));
    const t2 = trainingCost(resolveWorkload({ ...w, trainingSteps: 1_000_000 }));
    // log2(T P)^2 goes from log2(1e6)^2 to log2(1e9)^2: a factor (29.9/19.9)^2 = 2.25, not 1000.
    expectClose(t2.copies / t1.copies, (Math.log2(1e9) / Math.log2(1e6)) ** 2, { relative: 1e-6 });
  });

  it('needs trainingSteps', () => {
    expect(() => trainingCost(resolveWorkload({ ...w, trainingSteps: undefined }))).toThrow(/trainingSteps/);
  });
});

describe('graph CNN', () => {
  it('uses ceil(log2 V) + ceil(log2 D) qubits over one hop and N b classical bits', () => {
    const w = resolveWorkload({
      model: 'graph-cnn',
      graphNodes: 1024,
      graphFeatures: 4,
      epsilon: 0.05,
      delta: 0.05,
    });
    const c = graphCnnCost(w);
    expect(c.graphNodes).toBe(1024);
    expect(c.qubitsPerCopy).toBe(12);
    expect(c.hops).toBe(1);
    expect(c.copies).toBe(2952);
    expect(c.qubits).toBe(35_424);
    expect(c.bits).toBe(4096 * 32);
    expect(c.classicalLowerBoundBits).toBe(64);
  });

  it('qubits grow like log N, the classical lower bound like sqrt N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), (exponent) => {
        const at = (e: number) =>
          graphCnnCost(resolveWorkload({ model: 'graph-cnn', dimension: 4 ** e, epsilon: 0.1, delta: 0.1 }));
        const a = at(exponent);
        const b = at(exponent + 1);
        expect(b.qubits - a.qubits).toBe(2 * a.copies);
        expect(b.classicalLowerBoundBits / a.classicalLowerBoundBits).toBeCloseTo(2, 6);
      }),
    );
  });
});

describe('graph CNN readout gradient', () => {
  const w = resolveWorkload({
    model: 'graph-cnn',
    graphNodes: 1024,
    graphFeatures: 4,
    epsilon: 0.05,
    delta: 0.05,
  });

  it('needs S_m = ceil(2 ln(2 m / delta) / eps^2) copies per estimate, m S_m per derivative or S_m pooled', () => {
    // Independently: 2 ln(2 * 4 / 0.05) / 0.05^2 = 800 ln 160 = 4060.14 -> 4061.
    const g = graphCnnGradientCost(w);
    expect(g.readoutParameters).toBe(4);
    expect(g.copiesPerEstimate).toBe(4061);
    expect(g.naiveCopies).toBe(16_244);
    expect(g.pooledCopies).toBe(4061);
    expect(g.bits).toBe(4096 * 32);
    expect(protocolCost(w, 'gradient-shadow').qubits).toBe(48_732);
    expect(protocolCost(w, 'gradient-naive').qubits).toBe(194_928);
  });

  it('with one readout weight the pooled gradient costs what one inference does', () => {
    const single = resolveWorkload({ model: 'graph-cnn', dimension: 4096, epsilon: 0.05, delta: 0.05 });
    expect(graphCnnGradientCost(single).pooledCopies).toBe(graphCnnCost(single).copies);
    expect(graphCnnGradientCost(single).naiveCopies).toBe(graphCnnCost(single).copies);
  });

  it('pooling never costs more than per-derivative copies, and both grow with m', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (exponent) => {
        const at = (features: number) =>
          graphCnnGradientCost(
            resolveWorkload({
              model: 'graph-cnn',
              graphNodes: 64,
              graphFeatures: features,
              epsilon: 0.1,
              delta: 0.1,
            }),
          );
        const a = at(2 ** exponent);
        const b = at(2 ** (exponent + 1));
        expect(a.pooledCopies).toBeLessThanOrEqual(a.naiveCopies);
        expect(b.pooledCopies).toBeGreaterThanOrEqual(a.pooledCopies);
        expect(b.naiveCopies).toBeGreaterThan(a.naiveCopies);
      }),
    );
  });

  it('is not modelled for the linear classifier, and the error says why', () => {
    const linear = resolveWorkload({
      model: 'linear-classifier',
      dimension: 1024,
      margin: 0.1,
      epsilon: 0.1,
      delta: 0.1,
    });
    expect(() => protocolCost(linear, 'gradient-naive')).toThrow(/^task: .*classification only/);
  });
});

describe('linear classifier', () => {
  it('has no exponential advantage: sqrt(N / ceil(gamma N)) qubits vs min(N, 1/gamma^2) bits', () => {
    const w = resolveWorkload({
      model: 'linear-classifier',
      dimension: 10_000,
      margin: 0.01,
      epsilon: 0.1,
      delta: 0.1,
    });
    const c = linearClassifierCost(w);
    expect(c.qubitsLowerBound).toBe(10);
    expect(c.bitsUpperBound).toBe(10_000);
    expect(c.maximumAdvantage).toBe(1000);
  });

  it('at margin 1/N the gain is at most sqrt(N), polynomial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 2 ** 40 }), (n) => {
        const w = resolveWorkload({
          model: 'linear-classifier',
          dimension: n,
          margin: 1 / n,
          epsilon: 0.1,
          delta: 0.1,
        });
        const c = linearClassifierCost(w);
        expect(c.maximumAdvantage).toBeLessThanOrEqual(Math.sqrt(n) * 1.0001 + 1);
      }),
    );
  });

  it('needs a linear-classifier workload', () => {
    const w = resolveWorkload({ dimension: 16, layers: 1, paramsPerUnitary: 1, epsilon: 0.1, delta: 0.1 });
    expect(() => linearClassifierCost(w)).toThrow(ParameterError);
  });
});
