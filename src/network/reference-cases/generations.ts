/**
 * Reference cases for `qnet verify`, group `repeater-generations`: the 1G/2G/3G models of
 * src/network/generations against closed forms and values computed independently (40-digit mpmath
 * evaluations of the same formulas, and the physics.md values they reduce to).
 *
 * No number is taken from Muralidharan et al., Sci. Rep. 6, 20463 (2016): its figures come from numerical
 * optimisations this module does not reproduce, so every expected value here is either a published closed
 * form's value (physics.md, Shor & Preskill) or "computed".
 * Assumptions: default hardware of generation-options.ts unless a case states otherwise.
 */
import type { ReferenceCase } from '../../core/index.js';
import {
  bb84SecretFraction,
  codeLogicalErrorProbability,
  codePseudoThreshold,
  compareGenerations,
  expectedMaximumAttempts,
  parityCodeSuccessProbability,
  type GenerationComparisonOptions,
  type GenerationRow,
} from '../generations/index.js';

const GROUP = 'repeater-generations';
const TIGHT = { relative: 1e-9 };

/** A row's value, or -1 (which no expected value equals) when the row has no such number. */
function rowValue(
  options: GenerationComparisonOptions,
  index: 0 | 1 | 2,
  pick: (row: GenerationRow) => number | undefined,
): number {
  return pick(compareGenerations(options).rows[index]) ?? -1;
}

/** 100 km in two 50 km segments, Werner pairs F = 0.9, 1% gate and measurement errors, no purification. */
const TWO_SEGMENT_NOISY: GenerationComparisonOptions = {
  totalLength: 100e3,
  repeaterSpacing: 50e3,
  elementaryPairFidelity: 0.9,
  gateError: 0.01,
  measurementError: 0.01,
  targetFidelity: 0.5,
  firstGeneration: { maxPurificationRounds: 0 },
};

/** 100 km in two 50 km segments, default hardware, Steane code for 2G. */
const TWO_SEGMENT_STEANE: GenerationComparisonOptions = {
  totalLength: 100e3,
  repeaterSpacing: 50e3,
  secondGeneration: { codeQubits: 7, codeDistance: 3 },
};

/** 10 km in ten 1 km segments, default hardware, QPC(4, 4) for 3G. */
const TEN_SEGMENT_QPC: GenerationComparisonOptions = {
  totalLength: 10e3,
  repeaterSpacing: 1e3,
  thirdGeneration: { blocks: 4, photonsPerBlock: 4 },
};

function bb84Threshold(): number {
  let low = 0.05;
  let high = 0.2;
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (bb84SecretFraction(mid, mid) > 0) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Reference cases of the repeater-generations comparison. */
export const generationsReferenceCases: readonly ReferenceCase[] = [
  {
    id: 'generations.qpc.success.eta0.9.n3.m3',
    group: GROUP,
    description: 'QPC(3,3) encoded Bell-measurement success at photon survival 0.9',
    source:
      'computed: (1-(1-eta)^m)^n - (1-(1-eta)^m-eta^m)^n (Muralidharan et al., PRL 112, 250501 (2014)) = 0.999^3 - 0.27^3',
    expected: 0.977319999,
    unit: '',
    tolerance: TIGHT,
    compute: () => parityCodeSuccessProbability({ blocks: 3, photonsPerBlock: 3 }, 0.9),
  },
  {
    id: 'generations.1g.two-segment.noisy-swap-fidelity',
    group: GROUP,
    description: '1G, two segments, F0 = 0.9, p2 = eta_m = 0.99, no purification: delivered fidelity',
    source:
      'physics.md §3 (computed): w_out = p2 (4 eta_m^2 - 1)/3 w1 w2 (Duer et al., PRA 59, 169 (1999)) -> F 0.792902',
    expected: 0.792902,
    unit: '',
    tolerance: { absolute: 5e-7, relative: 0 },
    compute: () => rowValue(TWO_SEGMENT_NOISY, 0, (row) => row.fidelity),
  },
  {
    id: 'generations.1g.two-segment.rate',
    group: GROUP,
    description: '1G, 100 km in two 50 km segments, eta_c 0.9, 0.2 dB/km, t0 1 us: pairs per second',
    source:
      'computed: P0 = 0.81 x 0.1 / 2, tau = t0 + 50 km / (2e8 m/s); T = (3/2) tau / P0 + t0 + 50 km / c; rate 1/T',
    expected: 104.74169534132216,
    unit: 'Hz',
    tolerance: TIGHT,
    compute: () => rowValue(TWO_SEGMENT_NOISY, 0, (row) => row.rate),
  },
  {
    id: 'generations.2g.steane.logical-error.q0.01',
    group: GROUP,
    description: 'Steane [[7,1,3]] logical error at per-qubit error 0.01 (bounded-distance decoding)',
    source: 'computed: 1 - (1-q)^7 - 7 q (1-q)^6 at q = 0.01',
    expected: 0.00203104163494,
    unit: '',
    tolerance: TIGHT,
    compute: () => codeLogicalErrorProbability(7, 3, 0.01),
  },
  {
    id: 'generations.2g.steane.pseudo-threshold',
    group: GROUP,
    description: 'Steane [[7,1,3]] pseudo-threshold: p_L(q) = q',
    source: 'computed: root of sum_{j>=2} C(7,j) q^j (1-q)^(7-j) = q (mpmath findroot)',
    expected: 0.0578502657136767,
    unit: '',
    tolerance: { relative: 1e-9 },
    compute: () => codePseudoThreshold({ qubits: 7, distance: 3 }),
  },
  {
    id: 'generations.2g.golay.pseudo-threshold',
    group: GROUP,
    description: 'Golay [[23,1,7]] pseudo-threshold: p_L(q) = q',
    source: 'computed: root of sum_{j>=4} C(23,j) q^j (1-q)^(23-j) = q (mpmath findroot)',
    expected: 0.0684730556375696,
    unit: '',
    tolerance: { relative: 1e-9 },
    compute: () => codePseudoThreshold({ qubits: 23, distance: 7 }),
  },
  {
    id: 'generations.2g.two-segment.rate',
    group: GROUP,
    description: '2G Steane, 100 km in two 50 km segments, default hardware: pairs per second',
    source:
      'computed: 1 / (tau E[max of 14 Geometric(P0)] + 2 t0), P0 = 0.0405, E by the tail sum in 40-digit arithmetic',
    expected: 50.33149563038033,
    unit: 'Hz',
    tolerance: TIGHT,
    compute: () => rowValue(TWO_SEGMENT_STEANE, 1, (row) => row.rate),
  },
  {
    id: 'generations.2g.two-segment.fidelity',
    group: GROUP,
    description: '2G Steane, two segments, gate/measurement error 1e-3, F0 = 1 - 3e-3/4: delivered fidelity',
    source: 'computed: q = 2(1-F0)/3 + 16 eG/15 + eM; p_L Steane; e = (1-(1-2 p_L)^2)/2; F = (1-e)^2',
    expected: 0.9994514933845146,
    unit: '',
    tolerance: TIGHT,
    compute: () => rowValue(TWO_SEGMENT_STEANE, 1, (row) => row.fidelity),
  },
  {
    id: 'generations.3g.qpc44.rate',
    group: GROUP,
    description: '3G QPC(4,4), 10 km in ten 1 km segments, eta_c 0.9, t0 1 us: pairs per second',
    source: 'computed: P_enc(4,4) at eta = 0.9 x 10^-0.02, rate = P_enc^10 / t0 (40-digit arithmetic)',
    expected: 637639.9062534659,
    unit: 'Hz',
    tolerance: TIGHT,
    compute: () => rowValue(TEN_SEGMENT_QPC, 2, (row) => row.rate),
  },
  {
    id: 'generations.bb84.threshold',
    group: GROUP,
    description: 'QBER at which the asymptotic BB84 secret fraction 1 - 2h(Q) vanishes',
    source:
      'Shor & Preskill, PRL 85, 441 (2000): about 11%; exact root 0.1100278644 computed (mpmath findroot)',
    expected: 0.11002786443835955,
    unit: '',
    tolerance: { relative: 1e-9 },
    compute: bb84Threshold,
  },
  {
    id: 'generations.max-geometric.two-links',
    group: GROUP,
    description: 'Expected attempts until both of two links with p = 0.1 have succeeded',
    source: 'physics.md §5: 14.7368 (two segments, deterministic swaps)',
    expected: 14.7368,
    unit: 'attempts',
    tolerance: { absolute: 5e-5, relative: 0 },
    compute: () => expectedMaximumAttempts(2, 0.1),
  },
  {
    id: 'generations.max-geometric.asymptotic.1000',
    group: GROUP,
    description: 'Expected maximum of 1000 Geometric(0.1) variables by the asymptotic form H_K/lambda + 1/2',
    source:
      'computed: exact tail sum sum_t (1 - (1 - 0.9^t)^1000) = 71.546263 in 40-digit arithmetic; the asymptotic form ' +
      '(Eisenberg, Stat. Probab. Lett. 78, 135 (2008)) is guaranteed within 1/2; its periodic correction is ' +
      'exponentially small for small p, so it agrees to rounding here',
    expected: 71.54626257582591,
    unit: 'attempts',
    tolerance: TIGHT,
    compute: () => expectedMaximumAttempts(1000, 0.1),
  },
];
