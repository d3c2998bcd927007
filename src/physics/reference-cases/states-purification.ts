/**
 * Reference cases of the purification models (group 'purification') for `qnet verify`, aggregated by
 * states.ts. Expected values come from physics.md §4 (6 significant digits, hence absolute tolerances of
 * half a unit in the last digit) or were computed independently of this code in Python, as each case's
 * `source` says.
 */
import type { ReferenceCase } from '../../core/index.js';
import { wernerState } from '../bell-diagonal.js';
import { bbpsswWernerRound } from '../purification-bbpssw.js';
import { dejmpsRound } from '../purification-dejmps.js';
import { pumpingFidelityLimit, recurrenceFidelityLimit } from '../purification-noise.js';
import { recurrenceSchedule } from '../purification-schedule.js';

const SIX_DECIMALS = { absolute: 5e-7 } as const;
const NOISY = { twoQubitGateReliability: 0.99, measurementFidelity: 0.99 } as const;
const DUER_FORMULAS =
  "iteration of Duer's noisy DEJMPS recurrence formulas (W. Duer, thesis 'Quantum communication over long " +
  "distances using quantum repeaters'; transcription in github.com/jamiegl/quantum-networks-purification " +
  'src/original/oxiter.py), computed independently in Python';

const dejmpsWerner09 = () => dejmpsRound(wernerState(0.9), wernerState(0.9));

/** Purification reference cases. */
export const purificationReferenceCases: readonly ReferenceCase[] = [
  {
    id: 'bbpssw.f0.8.success',
    group: 'purification',
    description: 'BBPSSW on two Werner pairs of fidelity 0.8: success probability',
    source: 'physics.md §4, Bennett et al., PRL 76, 722 (1996)',
    expected: 0.768889,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => bbpsswWernerRound(0.8).successProbability,
  },
  {
    id: 'bbpssw.f0.8.fidelity',
    group: 'purification',
    description: 'BBPSSW on two Werner pairs of fidelity 0.8: output fidelity',
    source: 'physics.md §4, Bennett et al., PRL 76, 722 (1996)',
    expected: 0.83815,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => bbpsswWernerRound(0.8).fidelity,
  },
  {
    id: 'bbpssw.fixed-point',
    group: 'purification',
    description: 'BBPSSW leaves F = 1/2 unchanged',
    source: 'physics.md §4, Bennett et al., PRL 76, 722 (1996)',
    expected: 0.5,
    unit: '',
    tolerance: { absolute: 1e-12 },
    compute: () => bbpsswWernerRound(0.5).fidelity,
  },
  ...(
    [
      ['phiPlus', 0.926396],
      ['psiMinus', 0.002538],
      ['psiPlus', 0.002538],
      ['phiMinus', 0.068528],
    ] as const
  ).map(([weight, expected]): ReferenceCase => ({
    id: `dejmps.werner-0.9.${weight}`,
    group: 'purification',
    description: `DEJMPS on two Werner 0.9 pairs: ${weight} weight of the output`,
    source: 'physics.md §4, Deutsch et al., PRL 77, 2818 (1996)',
    expected,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => dejmpsWerner09().state[weight],
  })),
  {
    id: 'dejmps.werner-0.9.success',
    group: 'purification',
    description: 'DEJMPS on two Werner 0.9 pairs: success probability',
    source: 'physics.md §4, Deutsch et al., PRL 77, 2818 (1996)',
    expected: 0.875556,
    unit: '',
    tolerance: SIX_DECIMALS,
    compute: () => dejmpsWerner09().successProbability,
  },
  {
    id: 'dejmps.werner-0.9.round-2',
    group: 'purification',
    description: 'Recurrence DEJMPS from Werner 0.9, fidelity after round 2 (BBPSSW gives 0.947208)',
    source: 'physics.md §4 DEJMPS formulas iterated independently in Python',
    expected: 0.9887635446044234,
    unit: '',
    tolerance: { relative: 1e-12 },
    compute: () => recurrenceSchedule({ initialState: 0.9, protocol: 'dejmps' }, 2)[2]!.fidelity,
  },
  {
    id: 'bbpssw.werner-0.9.round-2',
    group: 'purification',
    description: 'Recurrence BBPSSW from Werner 0.9, fidelity after round 2',
    source: 'physics.md §4 BBPSSW formula iterated independently in Python',
    expected: 0.9472077932330234,
    unit: '',
    tolerance: { relative: 1e-12 },
    compute: () => recurrenceSchedule({ initialState: 0.9, protocol: 'bbpssw' }, 2)[2]!.fidelity,
  },
  {
    id: 'dejmps.pumping-limit.werner-0.9',
    group: 'purification',
    description: 'Entanglement pumping with fresh Werner 0.9 pairs, perfect operations: fixed-point fidelity',
    source: 'physics.md §4 DEJMPS formula iterated to convergence independently in Python',
    expected: 0.9601731217040121,
    unit: '',
    tolerance: { relative: 1e-10 },
    compute: () => pumpingFidelityLimit(0.9, { protocol: 'dejmps' }).fidelity,
  },
  {
    id: 'dejmps.recurrence-limit.p2-0.99.eta-0.99',
    group: 'purification',
    description: 'Maximum fidelity of recurrence DEJMPS with p2 = 0.99, eta_m = 0.99',
    source: DUER_FORMULAS,
    expected: 0.9859621636195784,
    unit: '',
    tolerance: { relative: 1e-10 },
    compute: () => recurrenceFidelityLimit({ protocol: 'dejmps', noise: NOISY }).fidelity,
  },
  {
    id: 'dejmps.recurrence-limit.p2-0.97.eta-0.97',
    group: 'purification',
    description: 'Maximum fidelity of recurrence DEJMPS with p2 = 0.97, eta_m = 0.97',
    source: DUER_FORMULAS,
    expected: 0.9439663538521839,
    unit: '',
    tolerance: { relative: 1e-10 },
    compute: () =>
      recurrenceFidelityLimit({
        protocol: 'dejmps',
        noise: { twoQubitGateReliability: 0.97, measurementFidelity: 0.97 },
      }).fidelity,
  },
];
