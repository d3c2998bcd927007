/**
 * Mean storage time of each hop's two qubits under a parallel swap policy (a diagnostic per hop): a qubit of
 * hop h waits at its node until every hop of the node's release set (parallel-decay.ts) holds a link, so its
 * mean storage is E[max over the release set] - E[T_h]. E[max] is closed-form for two shifted exponentials
 * (below), the exact or quadrature moments of max-of-hops.ts otherwise. Assumptions: those of hop-timing.ts
 * (independent hops, shifted-exponential model for heterogeneous hops).
 */
import type { Seconds } from '../../core/index.js';
import { identicalHeraldedPair, type HopTiming } from './hop-timing.js';
import { maxOfHops } from './max-of-hops.js';
import type { StorageLayout } from './parallel-decay.js';

/**
 * E[max(T_a, T_b)] of two shifted exponentials in closed form: E[T_a] + E[T_b] - E[min], where, with
 * s_a <= s_b, E[min] = s_a + (1 - e^(-mu_a d))/mu_a + e^(-mu_a d)/(mu_a + mu_b), d = s_b - s_a.
 */
export function meanOfPairMax(first: HopTiming, second: HopTiming): Seconds {
  const firstEarly = first.shift <= second.shift;
  const early = firstEarly ? first : second;
  const late = firstEarly ? second : first;
  const gap = late.shift - early.shift;
  const stillWaiting = Math.exp(-early.decayRate * gap);
  const meanOfMin =
    early.shift +
    -Math.expm1(-early.decayRate * gap) / early.decayRate +
    stillWaiting / (early.decayRate + late.decayRate);
  return first.shift + 1 / first.decayRate + (second.shift + 1 / second.decayRate) - meanOfMin;
}

/** True when `set` is 0, 1, ..., hops - 1 (the release set of the end nodes). */
function isWholeRoute(set: readonly number[], hops: number): boolean {
  if (set.length !== hops) return false;
  for (let hop = 0; hop < hops; hop++) if (set[hop] !== hop) return false;
  return true;
}

/**
 * Mean storage time of each hop's [left, right] qubit, s: E[max over the release set] - E[T_hop].
 * @param meanOfAll E[max over all hops] if already known.
 */
export function meanStorageTimes(
  timings: readonly HopTiming[],
  layout: StorageLayout,
  meanOfAll?: Seconds,
): readonly (readonly [Seconds, Seconds])[] {
  const hops = timings.length;
  if (hops === 1) return [[0, 0] as const];
  // E[max] once per node (each is the release of two hops) and once for the whole route, which several
  // nodes share: each value is a pure function of its set, so computing it once changes no bit.
  const meanOfMax = (set: readonly number[]): number =>
    set.length === 2 && !identicalHeraldedPair(timings[set[0]!]!, timings[set[1]!]!)
      ? meanOfPairMax(timings[set[0]!]!, timings[set[1]!]!)
      : maxOfHops(set.map((hop) => timings[hop]!)).mean;
  let wholeRoute = meanOfAll;
  const nodeMeans = new Float64Array(hops + 1);
  for (let node = 0; node <= hops; node++) {
    const set = layout.releaseSets[node]!;
    if (isWholeRoute(set, hops)) {
      wholeRoute ??= meanOfMax(set);
      nodeMeans[node] = wholeRoute;
    } else {
      nodeMeans[node] = meanOfMax(set);
    }
  }
  return timings.map(
    (timing, hop) =>
      [Math.max(0, nodeMeans[hop]! - timing.mean), Math.max(0, nodeMeans[hop + 1]! - timing.mean)] as const,
  );
}
