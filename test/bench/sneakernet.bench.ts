/**
 * Sneakernet what-if speed: 10,000 evaluations of `sneakernetLink` over varied platforms, routes, fleets
 * and loading rates (target <= 50 ms for the batch, i.e. <= 5 us per evaluation), and the Devitt 2016
 * Table 1 reproduction.
 */
import { daysToSeconds } from '../../src/core/index.js';
import {
  devittTable1,
  sneakernetLink,
  type SneakernetLinkOptions,
} from '../../src/network/sneakernet/index.js';
import { medianMilliseconds, type BenchResult } from './bench-result.js';

const EVALUATIONS = 10_000;

/** Deterministic spread of what-if inputs (no RNG needed: a fixed grid walked by index). */
function whatIfOptions(index: number): SneakernetLinkOptions {
  const physicalErrorRates = [1e-5, 1e-4, 1e-3, 3e-3];
  const gateTimes = [4e-8, 1e-6, 1e-4, 1e-3];
  const pitches = [2e-7, 1e-6, 3e-4, 1.5e-3];
  return {
    physicalErrorRate: physicalErrorRates[index % 4]!,
    gateTime: gateTimes[(index >> 2) % 4]!,
    qubitPitch: pitches[(index >> 4) % 4]!,
    carrier: 'container-ship',
    routeLength: 5e6 + (index % 97) * 1e5,
    departureInterval: daysToSeconds(1 + (index % 13)),
    targetInfidelity: index % 2 === 0 ? 1e-10 : 1e-6,
    loading: index % 3 === 0 ? { rate: 1e9 } : undefined,
  };
}

/** Runs the sneakernet benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const inputs = Array.from({ length: EVALUATIONS }, (_, index) => whatIfOptions(index));
  let checksum = 0;
  const batch = medianMilliseconds(() => {
    for (const options of inputs) checksum += sneakernetLink(options).codeDistance;
  });
  const table = medianMilliseconds(() => {
    checksum += devittTable1().length;
  }, 21);
  return [
    {
      name: `sneakernetLink x ${EVALUATIONS} what-ifs`,
      value: batch,
      unit: 'ms',
      target: 50,
      note: `median of 5 runs after a warm-up; varied p, gate time, pitch, route, interval, loading (checksum ${checksum})`,
    },
    { name: 'devittTable1 (6 platforms)', value: table, unit: 'ms', note: 'median of 21 runs' },
  ];
}
