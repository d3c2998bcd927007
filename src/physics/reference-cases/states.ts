/**
 * Reference cases for `qnet verify`: swapping, memory decoherence and cutoffs, purification, and the
 * closed-form repeater-chain waiting times. Each expected value is taken from physics.md (computed there
 * from the cited formula, printed to 6 significant digits, hence absolute tolerances of half a unit in
 * the last digit) or computed independently of this code (Python direct sums and a transcription of
 * Duer's noisy recurrence formulas), as each case's `source` says. The purification cases live in
 * states-purification.ts to keep files short.
 */
import type { ReferenceCase } from '../../core/index.js';
import { wernerState } from '../bell-diagonal.js';
import { twoLinkCutoff } from '../cutoff.js';
import { purificationReferenceCases } from './states-purification.js';
import {
  amplitudeDampedFidelity,
  decohereOneQubit,
  dephasedFidelity,
  depolarisedFidelity,
  expectedDecayWhileWaiting,
} from '../memory-decoherence.js';
import {
  bellMeasurementSuccessProbability,
  swapBellDiagonal,
  swapChain,
  swappedWernerFidelity,
} from '../swapping.js';
import {
  expectedAttemptsDeterministicSwaps,
  expectedAttemptsInclusionExclusion,
  expectedAttemptsTwoSegments,
  sangouardExpectedAttempts,
} from '../waiting-time.js';

const SIX_DECIMALS = { absolute: 5e-7 } as const;
const FOUR_DECIMALS = { absolute: 5e-5 } as const;
const NOISY = { twoQubitGateReliability: 0.99, measurementFidelity: 0.99 } as const;
/** p = 0.1, 1 ms attempts, cutoff 5 attempts, links F = 0.95, Werner decay time 10 ms. */
const CUTOFF_EXAMPLE = {
  linkSuccessProbability: 0.1,
  attemptDuration: 1e-3,
  cutoff: 5e-3,
  linkFidelity: 0.95,
  pairDepolarisingTime: 1e-2,
} as const;
const swapping: ReferenceCase[] = [
  {
    id: 'swap.werner.0.9x0.9',
    group: 'swapping',
    description: 'Perfect swap of two Werner pairs of fidelity 0.9 (Werner parameters multiply)',
    source: 'physics.md §3, computed from w = w1 w2 (Duer et al., PRA 59, 169 (1999))',
    expected: 0.813333,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => swapBellDiagonal(wernerState(0.9), wernerState(0.9)).fidelity,
  },
  {
    id: 'swap.chain.4x0.95',
    group: 'swapping',
    description: 'Four Werner links of fidelity 0.95 after three perfect swaps',
    source: 'physics.md §3, computed from w = w^4',
    expected: 0.819126,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => swapChain([0.95, 0.95, 0.95, 0.95].map((f) => wernerState(f))).fidelity,
  },
  {
    id: 'swap.noisy.bell-diagonal',
    group: 'swapping',
    description: 'Swap of two Werner 0.9 pairs with p2 = 0.99, eta_m = 0.99 (full Bell-diagonal model)',
    source:
      'physics.md §3, computed from w_out = p2 (4 eta_m^2 - 1)/3 w1 w2 (Duer et al., PRA 59, 169 (1999))',
    expected: 0.792902,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => swapBellDiagonal(wernerState(0.9), wernerState(0.9), NOISY).fidelity,
  },
  {
    id: 'swap.noisy.werner-formula',
    group: 'swapping',
    description: 'The same noisy swap by the closed Werner formula',
    source: 'physics.md §3, Duer et al., PRA 59, 169 (1999)',
    expected: 0.792902,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => swappedWernerFidelity(0.9, 0.9, NOISY),
  },
  {
    id: 'swap.linear-optics.success',
    group: 'swapping',
    description: 'Success probability of a linear-optics Bell measurement without ancillas',
    source: 'Calsamiglia & Luetkenhaus, Appl. Phys. B 72, 67 (2001): at most 1/2',
    expected: 0.5,
    unit: '',
    compute: () => bellMeasurementSuccessProbability('linear-optics'),
  },
];

const waiting: ReferenceCase[] = [
  ...(
    [
      [2, 0.1, 14.7368],
      [2, 0.01, 149.7487],
      [4, 0.1, 20.2734],
      [8, 0.1, 26.2958],
    ] as const
  ).map(([segments, p, expected]): ReferenceCase => ({
    id: `waiting-time.deterministic-swaps.${segments}-segments.p${p}`,
    group: 'swapping',
    description: `Expected attempts until all ${segments} links exist, p = ${p}, deterministic swaps (stable recursion)`,
    source:
      'physics.md §5 (exact, computed two ways); E[T] = sum_k (-1)^(k+1) C(N,k)/(1-(1-p)^k), Bernardes et al., PRA 83, 012323 (2011)',
    expected,
    unit: 'attempts',
    tolerance: FOUR_DECIMALS,
    compute: () => expectedAttemptsDeterministicSwaps(segments, p),
  })),
  {
    id: 'waiting-time.inclusion-exclusion.4-segments.p0.1',
    group: 'swapping',
    description: 'The 4-segment value by the alternating inclusion-exclusion sum',
    source: 'physics.md §5 (exact, computed two ways)',
    expected: 20.2734,
    unit: 'attempts',
    tolerance: FOUR_DECIMALS,
    compute: () => expectedAttemptsInclusionExclusion(4, 0.1),
  },
  {
    id: 'waiting-time.two-segments.p0.1',
    group: 'swapping',
    description: 'Two segments, p = 0.1, p_s = 1 by (3 - 2p)/(p(2 - p)p_s)',
    source: 'physics.md §5',
    expected: 14.7368,
    unit: 'attempts',
    tolerance: FOUR_DECIMALS,
    compute: () => expectedAttemptsTwoSegments(0.1, 1),
  },
  {
    id: 'waiting-time.two-segments.p0.1.ps0.5',
    group: 'swapping',
    description: 'Two segments, p = 0.1, p_s = 0.5 (failed swap regenerates both links)',
    source: 'computed from (3 - 2p)/(p(2 - p)p_s), physics.md §5',
    expected: 29.4737,
    unit: 'attempts',
    tolerance: FOUR_DECIMALS,
    compute: () => expectedAttemptsTwoSegments(0.1, 0.5),
  },
  {
    id: 'waiting-time.sangouard.n1.p0.1',
    group: 'swapping',
    description: 'Sangouard approximation (3/2)^n/(p p_s^n) for 2 segments, p = 0.1 (exact: 14.7368)',
    source: 'Sangouard et al., Rev. Mod. Phys. 83, 33 (2011); physics.md §5',
    expected: 15,
    unit: 'attempts',
    compute: () => sangouardExpectedAttempts(1, 0.1, 1),
  },
];

const memory: ReferenceCase[] = [
  {
    id: 'memory.dephasing.t-equals-T2',
    group: 'memory',
    description: 'Fidelity of Phi+ after one qubit dephases for t = T2',
    source: 'physics.md §3, computed from F = (1 + e^(-t/T2))/2',
    expected: 0.68394,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => dephasedFidelity(1, 1),
  },
  {
    id: 'memory.dephasing.state',
    group: 'memory',
    description: 'The same, from the Bell-diagonal state after the dephasing channel',
    source: 'physics.md §3',
    expected: 0.68394,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => decohereOneQubit(wernerState(1), { model: 'dephasing', t2: 1 }, 1).phiPlus,
  },
  {
    id: 'memory.amplitude-damping.t1-2t.t2-t',
    group: 'memory',
    description: 'Fidelity after amplitude damping and dephasing with t = 1 s, T1 = 2 s, T2 = 1 s',
    source: 'computed from F = (1 + e^(-t/T1) + 2 e^(-t/T2))/4 (physics.md §3) in Python',
    expected: 0.5855723855138795,
    unit: '',
    compute: () => amplitudeDampedFidelity(1, 2, 1),
  },
  {
    id: 'memory.depolarising.f0.95',
    group: 'memory',
    description: 'Fidelity of a 0.95 pair after one qubit depolarises for t = T',
    source: 'computed from F = 1/4 + (F0 - 1/4) e^(-t/T) (physics.md §3) in Python',
    expected: 0.5075156088200097,
    unit: '',
    compute: () => depolarisedFidelity(0.95, 1, 1),
  },
  {
    id: 'memory.waiting-decay.p0.1.tau-over-T-0.01',
    group: 'memory',
    description: 'E[e^(-N tau/T)] for geometric N, p = 0.1, tau/T = 0.01',
    source: 'direct sum of the series sum_n p(1-p)^(n-1) e^(-n tau/T) in Python (physics.md §3 formula)',
    expected: 0.9086764940894503,
    unit: '',
    tolerance: { relative: 1e-12 },
    compute: () => expectedDecayWhileWaiting(0.1, 1e-3, 0.1),
  },
  {
    id: 'cutoff.two-links.m5.attempts',
    group: 'memory',
    description: 'Two parallel links, p = 0.1, cutoff 5 attempts: expected rounds until both are held',
    source:
      'direct iteration of the two-link Markov chain with cutoff in Python (cf. Li, Coopmans & Elkouss 2021)',
    expected: 20.751172475087152,
    unit: 'attempts',
    tolerance: { relative: 1e-9 },
    compute: () => twoLinkCutoff(CUTOFF_EXAMPLE).expectedAttempts,
  },
  {
    id: 'cutoff.two-links.m5.fidelity',
    group: 'memory',
    description: 'Same case: mean fidelity of the swapped pair, links F = 0.95, tau/T = 0.1 (Werner decay)',
    source: 'direct iteration of the two-link Markov chain with cutoff in Python',
    expected: 0.7675246108273054,
    unit: '',
    tolerance: { relative: 1e-9 },
    compute: () => twoLinkCutoff(CUTOFF_EXAMPLE).meanSwappedFidelity,
  },
  {
    id: 'cutoff.two-links.m0.attempts',
    group: 'memory',
    description: 'Cutoff shorter than one attempt: both links must succeed together, 1/p^2 = 100',
    source: 'direct iteration of the two-link Markov chain in Python; limiting case 1/p^2',
    expected: 100,
    unit: 'attempts',
    compute: () => twoLinkCutoff({ ...CUTOFF_EXAMPLE, cutoff: 0 }).expectedAttempts,
  },
];

/** Reference cases of the state models (groups 'swapping', 'memory', 'purification'), for `qnet verify`. */
export const statesReferenceCases: readonly ReferenceCase[] = [
  ...swapping,
  ...waiting,
  ...memory,
  ...purificationReferenceCases,
];
