/**
 * Reference cases of the distributed-ML layer for `qnet verify`: the test values of distributed-ml.md
 * (computed from the explicit-constant cost model after Gilboa, Michaeli, Soudry & McClean,
 * arXiv 2310.07136) and the reference ansatz value and parameter-shift gradient (computed independently
 * from the circuit definition in distributed-ml.md).
 * Assumptions: values quoted to 4 significant figures in distributed-ml.md are checked to 5e-4 relative.
 */
import type { ReferenceCase } from '../core/index.js';
import { gradientCost, inferenceCost } from './cost-model.js';
import { trainingCost } from './cost-model-training.js';
import { graphCnnGradientCost } from './cost-model-variants.js';
import { breakEvenQubitRate } from './crossover.js';
import { ansatzExpectation, parameterShiftGradient } from './reference-ansatz.js';
import { resolveWorkload } from './workload.js';

const GROUP = 'distributed-ml';
const COST_SOURCE =
  'distributed-ml.md test values (cost model after Gilboa et al., arXiv 2310.07136; b = 32)';
const ANSATZ_SOURCE = 'distributed-ml.md reference ansatz (little-endian), computed independently';
const FOUR_FIGURES = { relative: 5e-4 };

/** N = 2^12, L = 2, P = 16, eps = delta = 0.05. */
const firstCase = () =>
  resolveWorkload({ dimension: 2 ** 12, layers: 2, paramsPerUnitary: 16, epsilon: 0.05, delta: 0.05 });
/** N = 2^20, L = 10, P = 1000, eps = delta = 0.01. */
const secondCase = () =>
  resolveWorkload({ dimension: 2 ** 20, layers: 10, paramsPerUnitary: 1000, epsilon: 0.01, delta: 0.01 });
/** N = 2^20, P = 1000, T = 1e4, eps = 0.05, delta = 0.01 (last-layer training). */
const trainingCase = () =>
  resolveWorkload({
    dimension: 2 ** 20,
    layers: 1,
    paramsPerUnitary: 1000,
    epsilon: 0.05,
    delta: 0.01,
    trainingSteps: 10_000,
  });

const ANSATZ_DATA = [1, 2, 3, 4];
const ANSATZ_ANGLES = [
  [0.3, -0.7],
  [1.1, 0.5],
];
const EXPECTED_GRADIENT = [
  [-0.155324519512, -0.352501041193],
  [0.420059064609, 0],
];

const costCase = (
  id: string,
  description: string,
  expected: number,
  unit: string,
  compute: () => number,
  tolerance?: { relative: number },
): ReferenceCase => ({
  id: `ml.${id}`,
  group: GROUP,
  description,
  source: COST_SOURCE,
  expected,
  unit,
  compute,
  ...(tolerance ? { tolerance } : {}),
});

/** Every reference case of the distributed-ML layer. */
export const ML_REFERENCE_CASES: readonly ReferenceCase[] = [
  costCase(
    'inference.copies.n4096',
    'S_inf, N=2^12 L=2 P=16 eps=delta=0.05',
    2952,
    'copies',
    () => inferenceCost(firstCase()).copies,
  ),
  costCase(
    'inference.qubits.n4096',
    'Q_inf = S_inf H n, first case',
    106_272,
    'qubits',
    () => inferenceCost(firstCase()).qubits,
  ),
  costCase(
    'inference.bits.n4096',
    'C_inf = H N b, first case',
    393_216,
    'bits',
    () => inferenceCost(firstCase()).bits,
  ),
  costCase(
    'gradient.naive-qubits.n4096',
    'Q_naive = 2 P_tot S_pair H n, first case',
    2.893e7,
    'qubits',
    () => gradientCost(firstCase()).naiveQubits,
    FOUR_FIGURES,
  ),
  costCase(
    'gradient.bits.n4096',
    'C_grad = 2 H N b, first case',
    786_432,
    'bits',
    () => gradientCost(firstCase()).bits,
  ),
  costCase(
    'inference.copies.n2^20',
    'S_inf, N=2^20 L=10 P=1000 eps=delta=0.01',
    105_967,
    'copies',
    () => inferenceCost(secondCase()).copies,
  ),
  costCase(
    'inference.qubits.n2^20',
    'Q_inf, second case',
    40_267_460,
    'qubits',
    () => inferenceCost(secondCase()).qubits,
  ),
  costCase(
    'inference.bits.n2^20',
    'C_inf, second case',
    637_534_208,
    'bits',
    () => inferenceCost(secondCase()).bits,
  ),
  costCase(
    'break-even-rate.n4096',
    'break-even qubit rate classical_rate Q_inf / C_inf, first case at 1 Gbit/s',
    2.7e8,
    'qubits/s',
    () =>
      breakEvenQubitRate(firstCase(), 'inference', { ebitRate: 0, classicalRate: 1e9, latency: 0 })
        .communicationOnlyRate,
    { relative: 5e-3 },
  ),
  costCase(
    'training.copies',
    'K_T, N=2^20 P=1000 T=1e4 eps=0.05 delta=0.01',
    7.968e9,
    'copies',
    () => trainingCost(trainingCase()).copies,
    FOUR_FIGURES,
  ),
  costCase(
    'training.qubits',
    'Q_train = K_T n, training case',
    1.594e11,
    'qubits',
    () => trainingCost(trainingCase()).qubits,
    FOUR_FIGURES,
  ),
  costCase(
    'training.bits',
    'C_train = N b, training case',
    33_554_432,
    'bits',
    () => trainingCost(trainingCase()).bits,
  ),
  {
    id: 'ml.graph-cnn.gradient.pooled-copies',
    group: GROUP,
    description:
      'graph-CNN readout gradient S_m = ceil(2 ln(2 m / delta) / eps^2), V=1024 D=m=4 eps=delta=0.05',
    source: 'computed by hand: 800 ln 160 = 4060.14 -> 4061 (cost-model-variants.ts derivation)',
    expected: 4061,
    unit: 'copies',
    compute: () =>
      graphCnnGradientCost(
        resolveWorkload({
          model: 'graph-cnn',
          graphNodes: 1024,
          graphFeatures: 4,
          epsilon: 0.05,
          delta: 0.05,
        }),
      ).pooledCopies,
  },
  {
    id: 'ml.ansatz.expectation',
    group: GROUP,
    description: 'F = <Z_0>, N=4 L=2 x=(1,2,3,4) theta=[[0.3,-0.7],[1.1,0.5]]',
    source: ANSATZ_SOURCE,
    expected: -0.20527365150159,
    unit: '',
    tolerance: { relative: 1e-10, absolute: 1e-12 },
    compute: () => ansatzExpectation(ANSATZ_DATA, ANSATZ_ANGLES),
  },
  ...EXPECTED_GRADIENT.flatMap((row, layer) =>
    row.map((expected, k): ReferenceCase => ({
      id: `ml.ansatz.gradient.${layer}.${k}`,
      group: GROUP,
      description: `dF/dtheta[${layer}][${k}] by parameter shift, reference ansatz`,
      source: ANSATZ_SOURCE,
      expected,
      unit: '',
      tolerance: { relative: 1e-9, absolute: 1e-11 },
      compute: () => parameterShiftGradient(ANSATZ_DATA, ANSATZ_ANGLES)[layer]![k]!,
    })),
  ),
];
