import { describe, expect, it } from 'vitest';
import {
  breakEvenQubitRate,
  compareTimes,
  crossoverDimension,
  resolveWorkload,
  withDimension,
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
const link: TimeOptions = {
  ebitRate: 1e6,
  classicalRate: 1e9,
  latency: 0.001,
  encoding: 'quantum-data',
  logicalGateTime: 1e-9,
};

const quantumFaster = (dimension: number) =>
  compareTimes(withDimension(workload, dimension), 'inference', link).faster === 'quantum';

describe('crossoverDimension', () => {
  it('finds the first power of two where quantum is faster', () => {
    const result = crossoverDimension(workload, link);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(Number.isInteger(Math.log2(result.dimension))).toBe(true);
    expect(quantumFaster(result.dimension)).toBe(true);
    expect(quantumFaster(result.dimension / 2)).toBe(false);
    expect(result.quantumTime).toBeLessThan(result.classicalTime);
  });

  it('refines to an integer N by bisection', () => {
    const result = crossoverDimension(workload, link, { integer: true });
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.dimension).toBeGreaterThan(result.powerOfTwoDimension / 2);
    expect(result.dimension).toBeLessThanOrEqual(result.powerOfTwoDimension);
    expect(quantumFaster(result.dimension)).toBe(true);
    expect(quantumFaster(result.dimension - 1)).toBe(false);
  });

  it('reports not-found when state preparation makes quantum compute grow with N', () => {
    const result = crossoverDimension(
      workload,
      { ...link, encoding: 'state-preparation', logicalGateTime: 25e-6 },
      { maxExponent: 40 },
    );
    expect(result.status).toBe('not-found');
  });

  it('starts a graph-CNN search at N >= D', () => {
    const graph = resolveWorkload({
      model: 'graph-cnn',
      dimension: 64,
      graphFeatures: 8,
      epsilon: 0.05,
      delta: 0.05,
    });
    const result = crossoverDimension(graph, link, { integer: true });
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.dimension).toBeGreaterThanOrEqual(8);
  });

  it('rejects a bad exponent', () => {
    expect(() => crossoverDimension(workload, link, { maxExponent: 54 })).toThrow(/maxExponent/);
  });
});

describe('breakEvenQubitRate', () => {
  it('communication-only closed form: 2.70e8 qubits/s at 1 Gbit/s (distributed-ml.md)', () => {
    const result = breakEvenQubitRate(workload, 'inference', { ebitRate: 0, classicalRate: 1e9, latency: 0 });
    expectClose(result.communicationOnlyRate, 2.7e8, { relative: 5e-3 });
    expectClose(result.communicationOnlyRate, (1e9 * 106_272) / 393_216);
  });

  it('at the break-even rate the two totals are equal', () => {
    const result = breakEvenQubitRate(workload, 'inference', { ...link, transport: 'direct' });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const at = compareTimes(workload, 'inference', {
      ...link,
      transport: 'direct',
      ebitRate: result.qubitRate,
    });
    expect(at.quantum.status).toBe('ok');
    if (at.quantum.status !== 'ok') return;
    expectClose(at.quantum.breakdown.total, at.classical.breakdown.total, { relative: 1e-9 });
    expect(result.reachableByTeleportation).toBe(result.qubitRate <= 5e8);
  });

  it('is unreachable when quantum latency and compute alone exceed the classical total', () => {
    const result = breakEvenQubitRate(workload, 'inference', {
      ...link,
      encoding: 'state-preparation',
      logicalGateTime: 1e-3,
    });
    expect(result.status).toBe('unreachable');
  });
});
