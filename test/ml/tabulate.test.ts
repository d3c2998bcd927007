import { describe, expect, it } from 'vitest';
import { communicationVersusEpsilon, resolveWorkload, timeVersusDimension } from '../../src/ml/index.js';

const workload = resolveWorkload({
  dimension: 4096,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
});

describe('timeVersusDimension', () => {
  it('gives one point per power of two, quantum qubits growing slower than classical bits', () => {
    const points = timeVersusDimension(
      workload,
      'inference',
      { ebitRate: 1e6, classicalRate: 1e9, latency: 0.01 },
      4,
      24,
    );
    expect(points.map((p) => p.dimension)).toEqual(Array.from({ length: 21 }, (_, i) => 2 ** (i + 4)));
    const first = points[0]!;
    const last = points.at(-1)!;
    expect(last.bits / first.bits).toBe(2 ** 20);
    expect(last.qubits / first.qubits).toBe(24 / 4);
    for (const p of points) {
      expect(p.quantumStatus).toBe('ok');
      expect(p.quantumTotal).toBeCloseTo(p.quantumCommunication! + p.quantumCompute! + p.quantumLatency!, 9);
    }
  });

  it('marks points without a quantum route with null, never Infinity', () => {
    const points = timeVersusDimension(
      workload,
      'inference',
      { ebitRate: 0, classicalRate: 1e9, latency: 0.01 },
      1,
      3,
    );
    for (const p of points) {
      expect(p.quantumStatus).toBe('no-quantum-route');
      expect(p.quantumTotal).toBeNull();
      expect(Number.isFinite(p.classicalTotal)).toBe(true);
    }
  });

  it('rejects bad exponents', () => {
    const link = { ebitRate: 1, classicalRate: 1, latency: 0 };
    expect(() => timeVersusDimension(workload, 'inference', link, 0, 3)).toThrow(/fromExponent/);
    expect(() => timeVersusDimension(workload, 'inference', link, 5, 3)).toThrow(/toExponent/);
  });
});

describe('communicationVersusEpsilon', () => {
  it('inference scales as eps^-2, shadow gradients as eps^-4, classical bits not at all', () => {
    const [coarse, fine] = communicationVersusEpsilon(workload, [0.1, 0.01]);
    expect(fine!.inferenceQubits / coarse!.inferenceQubits).toBeCloseTo(100, -1);
    expect(fine!.shadowGradientQubits / coarse!.shadowGradientQubits).toBeCloseTo(1e4, -2);
    expect(fine!.inferenceBits).toBe(coarse!.inferenceBits);
    expect(fine!.naiveGradientQubits).toBeGreaterThan(coarse!.naiveGradientQubits);
  });

  it('rejects eps outside (0, 1) and non-deep-unitary models', () => {
    expect(() => communicationVersusEpsilon(workload, [0.1, 1])).toThrow(/epsilon/);
    const graph = resolveWorkload({ model: 'graph-cnn', dimension: 64, epsilon: 0.1, delta: 0.1 });
    expect(() => communicationVersusEpsilon(graph, [0.1])).toThrow(/model/);
  });
});
