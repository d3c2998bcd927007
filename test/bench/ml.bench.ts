/**
 * Distributed-ML benchmarks: the state-vector simulator at its largest size (20 qubits x 10 layers, exact
 * expectation, target 1 s) and 10,000 cost-model configurations (resolve the workload, inference and
 * gradient costs, quantum-vs-classical time; target 50 ms).
 */
import {
  ansatzExpectation,
  compareTimes,
  gradientCost,
  inferenceCost,
  resolveTimeOptions,
  resolveWorkload,
  type WorkloadOptions,
} from '../../src/ml/index.js';
import { medianMilliseconds, type BenchResult } from './bench-result.js';

const CONFIGURATIONS = 10_000;
const QUBITS = 20;
const LAYERS = 10;

/** Deterministic spread of workloads (a fixed grid walked by index). */
function workloadOptions(index: number): WorkloadOptions {
  return {
    dimension: 2 ** (2 + (index % 40)),
    layers: 1 + ((index >> 3) % 20),
    paramsPerUnitary: 1 + ((index * 7) % 5000),
    epsilon: [0.1, 0.05, 0.01, 0.001][(index >> 5) % 4]!,
    delta: [0.1, 0.05, 0.01][index % 3]!,
    trainingSteps: 1 + (index % 1000),
  };
}

/** Runs the distributed-ML benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const data = Array.from({ length: 2 ** QUBITS }, (_, j) => 1 + Math.sin(j));
  const angles = Array.from({ length: LAYERS }, (_, l) =>
    Array.from({ length: QUBITS }, (_, k) => 0.1 * (l + 1) - 0.03 * k),
  );
  let checksum = 0;
  const simulator = medianMilliseconds(() => {
    checksum += ansatzExpectation(data, angles);
  }, 3);

  const inputs = Array.from({ length: CONFIGURATIONS }, (_, index) => workloadOptions(index));
  const link = resolveTimeOptions({ ebitRate: 1e6, classicalRate: 1e10, latency: 0.005, encoding: 'qram' });
  const costModel = medianMilliseconds(() => {
    for (const options of inputs) {
      const workload = resolveWorkload(options);
      checksum += inferenceCost(workload).qubits + gradientCost(workload).shadowQubits;
      const comparison = compareTimes(workload, 'inference', link);
      checksum += comparison.classical.breakdown.total;
    }
  });
  return [
    {
      name: `state vector ${QUBITS} qubits x ${LAYERS} layers, exact <Z>`,
      value: simulator,
      unit: 'ms',
      target: 1000,
      note: `median of 3 runs after a warm-up; amplitude encoding + phase + RY layer + CNOT ladder per layer`,
    },
    {
      name: `cost model x ${CONFIGURATIONS} configurations`,
      value: costModel,
      unit: 'ms',
      target: 50,
      note: `median of 5 runs; resolveWorkload + inference + gradient + time comparison (checksum ${checksum.toExponential(3)})`,
    },
  ];
}
