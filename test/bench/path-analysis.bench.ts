/**
 * Benchmark of path analysis (src/network/path-analysis): the planner must plan 100 demands in 200 ms, so
 * analysing 100 routes of 10 heterogeneous hops with purification should take a few milliseconds.
 * Routes are drawn from a fixed seed: fibre-like hops with p in [0.002, 0.05], attempt durations of 50 to
 * 250 us, fidelities 0.95 to 0.995, depolarising or dephasing memories of 1 to 10 s, gate reliability
 * 0.995 to 1.
 */
import { createRng, type Rng } from '../../src/core/index.js';
import { wernerState } from '../../src/physics/bell-diagonal.js';
import { analysePath, type PathAnalysisOptions, type Route } from '../../src/network/path-analysis/index.js';
import { medianMilliseconds, type BenchResult } from './bench-result.js';

const ROUTES = 100;
const HOPS = 10;
const REPETITIONS = 7;

function between(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng.nextFloat();
}

/** A heterogeneous route of `hops` heralded hops with noisy memories and gates. */
export function randomRoute(rng: Rng, hops: number): Route {
  return {
    hops: Array.from({ length: hops }, (_, index) => {
      const p = between(rng, 0.002, 0.05);
      const attemptDuration = between(rng, 5e-5, 2.5e-4);
      const fidelity = between(rng, 0.95, 0.995);
      return {
        kind: 'heralded' as const,
        edgeKey: `e${index}`,
        length: attemptDuration * 1e8,
        link: {
          successProbability: p,
          attemptDuration,
          rate: p / attemptDuration,
          state: wernerState(fidelity),
          fidelity,
        },
        classicalDelay: attemptDuration / 2,
      };
    }),
    nodes: Array.from({ length: hops + 1 }, (_, index) => ({
      key: `n${index}`,
      memory:
        rng.nextFloat() < 0.5
          ? { model: 'depolarising' as const, depolarisingTime: between(rng, 1, 10) }
          : { model: 'dephasing' as const, t2: between(rng, 1, 10) },
      localNoise: {
        twoQubitGateReliability: between(rng, 0.995, 1),
        measurementFidelity: between(rng, 0.998, 1),
      },
    })),
  };
}

/** Median CPU milliseconds (user + system) of `repetitions` runs: steadier than wall time on a shared machine. */
function medianCpuMilliseconds(work: () => void, repetitions: number): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** Times 100 routes with end-to-end and with automatic purification placement. */
export async function run(): Promise<BenchResult[]> {
  const rng = createRng(20_240_601);
  const routes = Array.from({ length: ROUTES }, () => randomRoute(rng, HOPS));
  const describe = (options: PathAnalysisOptions): string => {
    const results = routes.map((route) => analysePath(route, options));
    const ok = results.filter((result) => result.status === 'ok');
    const rounds = ok.reduce((sum, result) => sum + result.purificationRounds, 0) / Math.max(1, ok.length);
    const cpu = medianCpuMilliseconds(
      () => routes.forEach((route) => analysePath(route, options)),
      REPETITIONS,
    );
    return (
      `median of ${REPETITIONS} (CPU ${cpu.toFixed(1)} ms); ${ok.length}/${ROUTES} ok, ` +
      `mean ${rounds.toFixed(1)} purification rounds, target F ${options.targetFidelity}`
    );
  };
  const cases: { name: string; options: PathAnalysisOptions; target: number }[] = [
    {
      name: 'no purification needed',
      options: { targetFidelity: 0.5 },
      target: 10,
    },
    {
      name: 'end-to-end purification',
      options: { targetFidelity: 0.8, purification: { placement: 'end-to-end' } },
      target: 10,
    },
    {
      name: 'auto placement (default)',
      options: { targetFidelity: 0.8 },
      target: 20,
    },
  ];
  return cases.map(({ name, options, target }) => ({
    name: `${ROUTES} routes x ${HOPS} hops, ${name}`,
    value: medianMilliseconds(() => routes.forEach((route) => analysePath(route, options)), REPETITIONS),
    unit: 'ms',
    target,
    note: describe(options),
  }));
}
