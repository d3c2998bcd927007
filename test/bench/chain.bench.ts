/**
 * Benchmarks of the nested repeater-chain waiting-time model (src/network/chain): the issue's targets are
 * <= 1 s on one core for 16 segments (p = 0.1, p_s = 0.5) and <= 1 s for 4 segments with fidelity tracking.
 * For scale: Brand et al.'s published Python code needs minutes for 16 segments and 516 s for 4 segments
 * with fidelity (landscape.md, measured on a 2-core machine).
 */
import { chainWaitingTime } from '../../src/network/chain/index.js';
import { medianMilliseconds, type BenchResult } from './bench-result.js';

const REPETITIONS = 7;

/** Times the two target cases and one long chain, median of REPETITIONS runs after a warm-up. */
export async function run(): Promise<BenchResult[]> {
  const sixteen = { segments: 16, pGen: 0.1, pSwap: 0.5 };
  const fidelity = {
    segments: 4,
    pGen: 0.1,
    pSwap: 0.5,
    werner0: 0.98,
    coherenceAttempts: 100,
    cutoffAttempts: 40,
  };
  const long = { segments: 64, pGen: 0.05, pSwap: 0.8, werner0: 0.99, coherenceAttempts: 1e4 };
  const describe = (options: object): string => {
    const result = chainWaitingTime(options as Parameters<typeof chainWaitingTime>[0]);
    return (
      `median of ${REPETITIONS}; mean ${result.meanAttempts.toFixed(2)} attempts, ` +
      `${result.pmf.length} attempts of support, F ${result.meanFidelity.toFixed(4)}, ${result.exact ? 'exact' : 'approximate'}`
    );
  };
  return [
    {
      name: 'chain waiting time, 16 segments, p 0.1, p_s 0.5',
      value: medianMilliseconds(() => chainWaitingTime(sixteen), REPETITIONS),
      unit: 'ms',
      target: 1000,
      note: describe(sixteen),
    },
    {
      name: 'chain waiting time + fidelity, 4 segments, T_coh 100, cut-off 40',
      value: medianMilliseconds(() => chainWaitingTime(fidelity), REPETITIONS),
      unit: 'ms',
      target: 1000,
      note: describe(fidelity),
    },
    {
      name: 'chain waiting time + fidelity, 64 segments, p 0.05, p_s 0.8',
      value: medianMilliseconds(() => chainWaitingTime(long), 3),
      unit: 'ms',
      note: describe(long).replace(`median of ${REPETITIONS}`, 'median of 3'),
    },
  ];
}
