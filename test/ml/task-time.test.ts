import { describe, expect, it } from 'vitest';
import {
  compareTimes,
  protocolCost,
  resolveWorkload,
  trainingTime,
  type QuantumTime,
  type TimeOptions,
} from '../../src/ml/index.js';
import { expectClose } from '../support/close.js';

const workload = resolveWorkload({
  dimension: 4096,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
  trainingSteps: 100,
});
const link: TimeOptions = { ebitRate: 1e6, classicalRate: 1e9, latency: 0.01, encoding: 'quantum-data' };

describe('compareTimes', () => {
  it('reports both sides and the faster one', () => {
    const result = compareTimes(workload, 'inference', link);
    expect(result.cost.qubits).toBe(106_272);
    expect(result.quantum.status).toBe('ok');
    const q = (result.quantum as QuantumTime).breakdown.total;
    const c = result.classical.breakdown.total;
    expect(result.faster).toBe(q < c ? 'quantum' : 'classical');
    expectClose(result.quantumSpeedup!, c / q);
  });

  it('without a quantum route the classical side wins and the speedup is null', () => {
    const result = compareTimes(workload, 'inference', { ...link, ebitRate: 0 });
    expect(result.faster).toBe('classical');
    expect(result.quantumSpeedup).toBeNull();
  });

  it('graph CNN: inference and readout gradients, not the one-pool last-layer training', () => {
    const graph = resolveWorkload({ model: 'graph-cnn', dimension: 4096, epsilon: 0.05, delta: 0.05 });
    expect(compareTimes(graph, 'inference', link).cost.hopsPerCopy).toBe(1);
    expect(compareTimes(graph, 'gradient-naive', link).cost.hopsPerCopy).toBe(1);
    expect(() => protocolCost({ ...graph, trainingSteps: 10 }, 'training-last-layer')).toThrow(/^task:/);
    expect(() => protocolCost(workload, 'everything' as never)).toThrow(/task/);
  });

  it('every protocol cost satisfies qubits = copies x hops x qubits per copy', () => {
    for (const task of ['inference', 'gradient-naive', 'gradient-shadow', 'training-last-layer'] as const) {
      const c = protocolCost(workload, task);
      expect(c.qubits, task).toBe(c.copies * c.hopsPerCopy * c.qubitsPerCopy);
    }
  });
});

describe('trainingTime', () => {
  it('is T gradient steps plus T updates on both sides', () => {
    const steps = 100;
    const step = compareTimes(workload, 'gradient-naive', link);
    const training = trainingTime(workload, 'gradient-naive', link);
    const update = (steps * 2 * 64) / 1e12;
    expectClose(training.updateTime, update);
    const q = (training.quantum as QuantumTime).breakdown;
    const q1 = (step.quantum as QuantumTime).breakdown;
    expectClose(q.communication, steps * q1.communication);
    expectClose(q.latency, steps * q1.latency);
    expectClose(q.compute, steps * q1.compute + update);
    expectClose(training.classical.breakdown.total, steps * step.classical.breakdown.total + update);
  });

  it('needs trainingSteps and a gradient task', () => {
    const noSteps = resolveWorkload({ ...workload, trainingSteps: undefined });
    expect(() => trainingTime(noSteps, 'gradient-naive', link)).toThrow(/trainingSteps/);
    expect(() => trainingTime(workload, 'inference' as never, link)).toThrow(/gradientTask/);
  });
});
