/**
 * Reference cases for `qnet verify`, group `repeater-chain`: the nested repeater-chain waiting time and
 * delivered Werner parameter of src/network/chain against closed forms, the values in physics.md §5, and a
 * value from the published reference implementation of Li, Coopmans & Elkouss.
 *
 * For p_s = 1 the nested protocol ("swap as soon as both halves exist") delivers when the last of the 2^n
 * elementary links is ready, so its waiting time is the maximum of 2^n geometric variables, the same as
 * parallel generation with deterministic swaps: physics.md's values 14.7368, 20.2734, 26.2958 are both.
 * Assumptions: the model's own (Brand, Coopmans & Elkouss 2020) protocol; times in elementary attempts.
 */
import type { ReferenceCase } from '../../core/index.js';
import { chainWaitingTime } from '../chain/chain-waiting-time.js';

const GROUP = 'repeater-chain';
/** The physics.md values are rounded to 4 decimals: accept half a unit in the last place. */
const FOUR_DECIMALS = { absolute: 5e-5, relative: 0 };

/** Binary entropy in nats, as in the reference implementation's secret_fraction (utility_functions.py). */
function entropyNats(x: number): number {
  return -x * Math.log(x) - (1 - x) * Math.log(1 - x);
}

/** Reference cases of the repeater-chain model. */
export const chainReferenceCases: readonly ReferenceCase[] = [
  ...[
    { segments: 2, expected: 14.7368 },
    { segments: 4, expected: 20.2734 },
    { segments: 8, expected: 26.2958 },
  ].map(({ segments, expected }): ReferenceCase => ({
    id: `chain.mean.deterministic-swap.p0.1.${segments}seg`,
    group: GROUP,
    description: `Mean waiting time, ${segments} segments, pGen 0.1, pSwap 1 (exact distribution)`,
    source:
      'physics.md §5 (computed two ways); equals E[max of N Geometric(p)] = ' +
      'sum_k (-1)^(k+1) C(N,k)/(1-(1-p)^k), nested and parallel generation coincide for pSwap 1',
    expected,
    unit: 'attempts',
    tolerance: FOUR_DECIMALS,
    compute: () => chainWaitingTime({ segments, pGen: 0.1, pSwap: 1 }).meanAttempts,
  })),
  {
    id: 'chain.mean.deterministic-swap.p0.01.2seg',
    group: GROUP,
    description: 'Mean waiting time, 2 segments, pGen 0.01, pSwap 1 (exact distribution)',
    source: 'physics.md §5; (3 - 2p)/(p (2 - p) p_s) = 2.98/0.0199',
    expected: 149.7487,
    unit: 'attempts',
    tolerance: FOUR_DECIMALS,
    compute: () => chainWaitingTime({ segments: 2, pGen: 0.01, pSwap: 1 }).meanAttempts,
  },
  {
    id: 'chain.mean.deterministic-swap.p0.1.16seg',
    group: GROUP,
    description: 'Mean waiting time, 16 segments, pGen 0.1, pSwap 1 (exact distribution)',
    source: 'computed: sum_{k=1..16} (-1)^(k+1) C(16,k)/(1-0.9^k) in exact rational arithmetic',
    expected: 32.58724798014852,
    unit: 'attempts',
    tolerance: { relative: 1e-9 },
    compute: () => chainWaitingTime({ segments: 16, pGen: 0.1, pSwap: 1 }).meanAttempts,
  },
  {
    id: 'chain.mean.two-segment.p0.1.ps0.5',
    group: GROUP,
    description: 'Mean waiting time, 2 segments, pGen 0.1, pSwap 0.5 (exact distribution)',
    source: 'physics.md §5: (3 - 2p)/(p (2 - p) p_s) = 2.8/(0.1 x 1.9 x 0.5)',
    expected: 2.8 / (0.1 * 1.9 * 0.5),
    unit: 'attempts',
    tolerance: { relative: 1e-9 },
    compute: () => chainWaitingTime({ segments: 2, pGen: 0.1, pSwap: 0.5 }).meanAttempts,
  },
  {
    id: 'chain.werner.two-segment.decoherence',
    group: GROUP,
    description:
      'Mean delivered Werner parameter, 2 segments, pGen 0.1, pSwap 0.5, werner0 0.95, T_coh 50 attempts',
    source:
      'computed: w0^2 E[exp(-|T_A - T_B|/T_coh)] = w0^2 p/(2-p) (1 + b(1-p))/(1 - b(1-p)), b = exp(-1/50) ' +
      '(Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020) model)',
    expected: 0.7588065460082927,
    unit: '',
    tolerance: { relative: 1e-9 },
    compute: () =>
      chainWaitingTime({ segments: 2, pGen: 0.1, pSwap: 0.5, werner0: 0.95, coherenceAttempts: 50 })
        .meanWerner,
  },
  {
    id: 'chain.key-rate.li-coopmans-elkouss.cutoff5',
    group: GROUP,
    description:
      'Secret-key rate (1 - 2 h_nats((1-W)/2)) / E[T], 2 segments, pGen 0.1, pSwap 0.5, werner0 0.99, ' +
      'cut-off 5 attempts, T_coh 30 attempts',
    source:
      'Li, Coopmans & Elkouss, arXiv:2005.06859, reference implementation github.com/BoxiLi/' +
      'repeater-cut-off-optimization, test_protocol.py test_secret_key_rate: 0.0148367 (their rtol 1e-3; ' +
      'their entropy uses natural logarithms, reproduced here)',
    expected: 0.0148367,
    unit: '1/attempt',
    tolerance: { relative: 1e-5 },
    compute: () => {
      const result = chainWaitingTime({
        segments: 2,
        pGen: 0.1,
        pSwap: 0.5,
        werner0: 0.99,
        cutoffAttempts: 5,
        coherenceAttempts: 30,
      });
      return (1 - 2 * entropyNats((1 - result.meanWerner) / 2)) / result.meanAttempts;
    },
  },
];
