/**
 * Workload tasks over two links: the counts of distributed-ml.md, agreement with the one-link functions
 * (compareTimes, trainingTime, breakEvenQubitRate, crossoverDimension) when both links are the same, the
 * break-even rate as the point where both totals meet, the crossover as the first faster power of two, a
 * classical side that uses its own latency, "no quantum route" instead of Infinity, and no NaN anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import {
  breakEvenQubitRate,
  compareTimes,
  crossoverDimension,
  resolveWorkload,
  trainingTime,
  withDimension,
  type TimeOptions,
} from '../../src/ml/index.js';
import {
  WORKLOAD_TASKS,
  evaluateWorkloadTask,
  evaluateWorkloadTasks,
  tasksOfWorkload,
  workloadTaskLabel,
  workloadTaskCost,
  type WorkloadTaskResult,
} from '../../src/ml/workload-tasks.js';
import { expectClose } from '../support/close.js';

/** distributed-ml.md first test case: N = 2^12, L = 2, P = 16, eps = delta = 0.05. */
const firstCase = resolveWorkload({
  dimension: 4096,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
  trainingSteps: 100,
});
const fastLink: TimeOptions = {
  ebitRate: 1e6,
  classicalRate: 1e9,
  latency: 0.001,
  encoding: 'quantum-data',
  logicalGateTime: 1e-9,
};

describe('tasksOfWorkload and workloadTaskCost', () => {
  it('lists every task for a deep-unitary workload with T, readout gradients for a graph CNN, inference for a linear classifier', () => {
    expect(tasksOfWorkload(firstCase)).toEqual(WORKLOAD_TASKS);
    const noSteps = resolveWorkload({ ...firstCase, trainingSteps: undefined });
    expect(tasksOfWorkload(noSteps)).toEqual(['inference', 'gradient-naive', 'gradient-shadow']);
    const graph = resolveWorkload({ model: 'graph-cnn', dimension: 1024, epsilon: 0.1, delta: 0.1 });
    expect(tasksOfWorkload(graph)).toEqual(['inference', 'gradient-naive', 'gradient-shadow']);
    const graphWithSteps = resolveWorkload({ ...graph, trainingSteps: 10 });
    expect(tasksOfWorkload(graphWithSteps)).toEqual([
      'inference',
      'gradient-naive',
      'gradient-shadow',
      'training-naive',
      'training-shadow',
    ]);
    const linear = resolveWorkload({
      model: 'linear-classifier',
      dimension: 1024,
      margin: 0.1,
      epsilon: 0.1,
      delta: 0.1,
    });
    expect(tasksOfWorkload(linear)).toEqual(['inference']);
  });

  it('labels the graph CNN gradient estimators for what they are', () => {
    expect(workloadTaskLabel('graph-cnn', 'gradient-shadow')).toBe('readout gradient step (one pool)');
    expect(workloadTaskLabel('deep-unitary', 'gradient-shadow')).toBe('gradient step (shadow tomography)');
    expect(workloadTaskLabel('graph-cnn', 'inference')).toBe('inference');
  });

  it('reproduces the distributed-ml.md test values (b = 32)', () => {
    expect(workloadTaskCost(firstCase, 'inference')).toEqual({
      copies: 2952,
      qubits: 106_272,
      bits: 393_216,
    });
    expectClose(workloadTaskCost(firstCase, 'gradient-naive').qubits, 2.893e7, { relative: 5e-4 });
    expect(workloadTaskCost(firstCase, 'gradient-naive').bits).toBe(786_432);
  });

  it('counts T steps for full training, and needs T', () => {
    const step = workloadTaskCost(firstCase, 'gradient-shadow');
    const training = workloadTaskCost(firstCase, 'training-shadow');
    expect(training).toEqual({ copies: 100 * step.copies, qubits: 100 * step.qubits, bits: 100 * step.bits });
    const noSteps = resolveWorkload({ ...firstCase, trainingSteps: undefined });
    expect(() => workloadTaskCost(noSteps, 'training-naive')).toThrow(ParameterError);
    expect(() => workloadTaskCost(noSteps, 'training-naive')).toThrow(/^trainingSteps:/);
  });
});

describe('evaluateWorkloadTask with the same link on both sides', () => {
  it('matches compareTimes, breakEvenQubitRate and crossoverDimension for inference', () => {
    const result = evaluateWorkloadTask(firstCase, 'inference', { quantum: fastLink, classical: fastLink });
    const reference = compareTimes(firstCase, 'inference', fastLink);
    expect(result.quantum).toEqual(reference.quantum);
    expect(result.classical).toEqual(reference.classical.breakdown);
    expect(result.faster).toBe(reference.faster);
    expect(result.quantumSpeedup).toBe(reference.quantumSpeedup);
    const breakEven = breakEvenQubitRate(firstCase, 'inference', fastLink);
    expect(result.breakEven?.status).toBe('ok');
    expect(breakEven.status).toBe('ok');
    if (result.breakEven?.status === 'ok' && breakEven.status === 'ok') {
      expectClose(result.breakEven.qubitRate, breakEven.qubitRate, { relative: 1e-12 });
      expect(result.breakEven.reachableByTeleportation).toBe(breakEven.reachableByTeleportation);
    }
    const crossover = crossoverDimension(firstCase, fastLink);
    expect(result.crossover).toEqual(
      crossover.status === 'found'
        ? {
            status: 'found',
            dimension: crossover.dimension,
            quantumTime: crossover.quantumTime,
            classicalTime: crossover.classicalTime,
          }
        : crossover,
    );
  });

  it('gives the communication-only break-even of distributed-ml.md: 2.70e8 qubits/s at 1 Gbit/s', () => {
    const result = evaluateWorkloadTask(firstCase, 'inference', { classical: fastLink });
    expectClose(result.breakEven!.communicationOnlyRate, 2.7e8, { relative: 2e-3 });
    expect(result.quantum).toBeNull();
    expect(result.crossover).toBeNull();
    expect(result.faster).toBeNull();
  });

  it('matches trainingTime for T parameter-shift steps', () => {
    const result = evaluateWorkloadTask(firstCase, 'training-naive', {
      quantum: fastLink,
      classical: fastLink,
    });
    const reference = trainingTime(firstCase, 'gradient-naive', fastLink);
    expect(result.quantum).toEqual(reference.quantum);
    expect(result.classical).toEqual(reference.classical.breakdown);
  });

  it('computes counts only without links', () => {
    const [inference] = evaluateWorkloadTasks(firstCase, {});
    expect(inference).toMatchObject({
      task: 'inference',
      qubits: 106_272,
      quantum: null,
      classical: null,
      breakEven: null,
      crossover: null,
    });
  });
});

describe('evaluateWorkloadTask over two different links', () => {
  const quantum: TimeOptions = { ...fastLink, latency: 0.002 };
  const classical: TimeOptions = { ...fastLink, ebitRate: 0, latency: 0.01 };

  it('times each side with its own latency', () => {
    const result = evaluateWorkloadTask(firstCase, 'inference', { quantum, classical });
    // H = 3 hops: three rounds on each side.
    expect(result.quantum?.status).toBe('ok');
    if (result.quantum?.status === 'ok') expectClose(result.quantum.breakdown.latency, 3 * 0.002);
    expectClose(result.classical!.latency, 3 * 0.01);
  });

  it('breaks even where the two totals meet, and wins above that rate', () => {
    const result = evaluateWorkloadTask(firstCase, 'inference', { quantum, classical });
    const breakEven = result.breakEven!;
    expect(breakEven.status).toBe('ok');
    if (breakEven.status !== 'ok') return;
    const at = (rate: number) =>
      evaluateWorkloadTask(firstCase, 'inference', {
        quantum: { ...quantum, ebitRate: rate, transport: 'direct' },
        classical,
      });
    const even = at(breakEven.qubitRate);
    expect(even.quantum?.status).toBe('ok');
    if (even.quantum?.status === 'ok') {
      expectClose(even.quantum.breakdown.total, even.classical!.total, { relative: 1e-9 });
    }
    expect(at(breakEven.qubitRate * 1.01).faster).toBe('quantum');
    expect(at(breakEven.qubitRate * 0.99).faster).toBe('classical');
  });

  it('finds the crossover as the first power of two where quantum is faster', () => {
    // The route waits twice as long per round as the classical link, so quantum wins only at larger N.
    const links = { quantum: { ...fastLink, latency: 0.004 }, classical: { ...classical, latency: 0.002 } };
    const result = evaluateWorkloadTask(firstCase, 'inference', links);
    expect(result.crossover?.status).toBe('found');
    if (result.crossover?.status !== 'found') return;
    const n = result.crossover.dimension;
    expect(n).toBeGreaterThan(2);
    const faster = (dimension: number) =>
      evaluateWorkloadTask(withDimension(firstCase, dimension), 'inference', links).faster;
    expect(faster(n)).toBe('quantum');
    expect(faster(n / 2)).not.toBe('quantum');
  });

  it('says "no quantum route" without a rate, never Infinity', () => {
    const none = { ...quantum, ebitRate: 0 };
    const result = evaluateWorkloadTask(firstCase, 'gradient-naive', { quantum: none, classical });
    expect(result.quantum?.status).toBe('no-quantum-route');
    expect(result.faster).toBe('classical');
    expect(result.quantumSpeedup).toBeNull();
    expect(result.crossover?.status).toBe('not-found');
    // The break-even rate does not depend on the route's current rate.
    expect(result.breakEven?.status).toBe('ok');
  });

  it('reports an unreachable break-even when latency and compute alone exceed the classical time', () => {
    const slowQpu = { ...quantum, encoding: 'state-preparation' as const, logicalGateTime: 1e-3 };
    const result = evaluateWorkloadTask(firstCase, 'inference', { quantum: slowQpu, classical });
    expect(result.breakEven?.status).toBe('unreachable');
    if (result.breakEven?.status === 'unreachable') expect(result.breakEven.reason).toMatch(/compute/);
  });

  it('names the link field for invalid options', () => {
    expect(() =>
      evaluateWorkloadTask(firstCase, 'inference', { quantum: { ...quantum, latency: -1 }, classical }),
    ).toThrow(/^latency:/);
  });
});

function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersOf);
  return [];
}

describe('properties', () => {
  it('never yields NaN or Infinity over wide parameter ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 1e-3, max: 0.9, noNaN: true }),
        fc.double({ min: 1e-6, max: 0.9, noNaN: true }),
        // Rates below 1e-6/s are left out: the time model divides by them (Q / 5e-324 overflows).
        fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e12, noNaN: true })),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (exponent, layers, params, epsilon, delta, ebitRate, classicalRate, latency) => {
          const workload = resolveWorkload({
            dimension: 2 ** exponent,
            layers,
            paramsPerUnitary: params,
            epsilon,
            delta,
            trainingSteps: 10,
          });
          const links = {
            quantum: { ebitRate, classicalRate, latency },
            classical: { ebitRate: 0, classicalRate, latency: latency / 2 },
          };
          for (const result of evaluateWorkloadTasks(workload, links) as WorkloadTaskResult[]) {
            for (const number of numbersOf(result)) expect(Number.isFinite(number)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a faster route never makes the quantum side slower', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        (rate, factor) => {
          const classical = { ...fastLink, ebitRate: 0 };
          const total = (ebitRate: number) => {
            const result = evaluateWorkloadTask(firstCase, 'gradient-naive', {
              quantum: { ...fastLink, ebitRate },
              classical,
            });
            return result.quantum?.status === 'ok' ? result.quantum.breakdown.total : Number.NaN;
          };
          expect(total(rate * factor)).toBeLessThanOrEqual(total(rate));
        },
      ),
      { numRuns: 50 },
    );
  });
});
