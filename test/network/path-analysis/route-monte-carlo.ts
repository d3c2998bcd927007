/**
 * A direct Monte Carlo simulation of repeater protocols on a heterogeneous route, written independently of
 * the analytic path model so the tests can compare the two.
 *
 * Each heralded hop draws a geometric number of attempts (its link exists at attempts x attempt duration),
 * each delivered hop an exponential arrival time. The protocol is then played out event by event:
 * - 'swap-asap': a repeater swaps when both of its links exist; the end nodes hold their qubits until the last
 *   swap; each swap succeeds with the node's Bell-measurement probability, and any failure restarts the round.
 * - 'sequential': hop k starts when the chain over hops 0..k-1 exists; a failed swap restarts from hop 0.
 * - 'nested': a node swaps when every hop of the range it joins has its link (ranges split in halves, left
 *   half rounded up); p_s = 1 only.
 * Every stored qubit decoheres under its node's memory model for its storage time (physics
 * decohereOneQubit), and the hop states are then swapped with each node's noise (physics swapBellDiagonal).
 */
import { createRng, type Rng } from '../../../src/core/index.js';
import { decohereOneQubit } from '../../../src/physics/memory-decoherence.js';
import { swapBellDiagonal } from '../../../src/physics/swapping.js';
import type { Route, SwapPolicy } from '../../../src/network/path-analysis/index.js';
import { wernerState, type BellDiagonal } from '../../../src/physics/bell-diagonal.js';

/** Sample means and standard errors. */
export interface RouteSimulationSummary {
  readonly meanWaiting: number;
  readonly meanWaitingError: number;
  readonly meanFidelity: number;
  readonly meanFidelityError: number;
}

function drawTimes(route: Route, rng: Rng): number[] {
  return route.hops.map((hop) =>
    hop.kind === 'heralded'
      ? rng.nextGeometric(hop.link.successProbability) * hop.link.attemptDuration
      : -Math.log(1 - rng.nextFloat()) / hop.rate,
  );
}

function hopState(route: Route, hop: number): BellDiagonal {
  const spec = route.hops[hop]!;
  return spec.kind === 'heralded' ? spec.link.state : wernerState(spec.fidelity);
}

/** The release time of each node's qubits given the hop times (swap-asap or nested). */
function releaseTimes(times: readonly number[], policy: SwapPolicy): number[] {
  const hops = times.length;
  const last = Math.max(...times);
  const release = Array.from({ length: hops + 1 }, () => last);
  if (policy === 'swap-asap') {
    for (let node = 1; node < hops; node++) release[node] = Math.max(times[node - 1]!, times[node]!);
  } else {
    const split = (from: number, to: number): void => {
      if (to - from < 2) return;
      const middle = from + Math.ceil((to - from) / 2);
      release[middle] = Math.max(...times.slice(from, to));
      split(from, middle);
      split(middle, to);
    };
    split(0, hops);
  }
  return release;
}

function decohere(route: Route, state: BellDiagonal, node: number, storage: number): BellDiagonal {
  const memory = route.nodes[node]!.memory;
  return memory === undefined || storage <= 0 ? state : decohereOneQubit(state, memory, storage);
}

function compose(route: Route, states: BellDiagonal[]): BellDiagonal {
  let state = states[0]!;
  for (let hop = 1; hop < states.length; hop++) {
    state = swapBellDiagonal(state, states[hop]!, route.nodes[hop]!.localNoise ?? {}).state;
  }
  return state;
}

function swapsSucceed(route: Route, rng: Rng): boolean {
  for (let node = 1; node < route.hops.length; node++) {
    if (rng.nextFloat() >= (route.nodes[node]!.bellMeasurementSuccessProbability ?? 1)) return false;
  }
  return true;
}

function parallelDelivery(route: Route, policy: SwapPolicy, rng: Rng): { time: number; fidelity: number } {
  let elapsed = 0;
  for (;;) {
    const times = drawTimes(route, rng);
    const release = releaseTimes(times, policy);
    const last = Math.max(...times);
    if (!swapsSucceed(route, rng)) {
      elapsed += last;
      continue;
    }
    const states = times.map((created, hop) => {
      const left = decohere(route, hopState(route, hop), hop, release[hop]! - created);
      return decohere(route, left, hop + 1, release[hop + 1]! - created);
    });
    return { time: elapsed + last, fidelity: compose(route, states).phiPlus };
  }
}

function sequentialDelivery(route: Route, rng: Rng): { time: number; fidelity: number } {
  let elapsed = 0;
  restart: for (;;) {
    const times = drawTimes(route, rng);
    const states = [hopState(route, 0)];
    let clock = times[0]!;
    for (let hop = 1; hop < times.length; hop++) {
      clock += times[hop]!;
      // The chain's qubit at node 0 and its qubit at node `hop` wait while this hop generates.
      const waiting = decohere(route, decohere(route, states[hop - 1]!, 0, times[hop]!), hop, times[hop]!);
      states[hop - 1] = waiting;
      states.push(hopState(route, hop));
      if (rng.nextFloat() >= (route.nodes[hop]!.bellMeasurementSuccessProbability ?? 1)) {
        elapsed += clock;
        continue restart;
      }
    }
    return { time: elapsed + clock, fidelity: compose(route, states).phiPlus };
  }
}

/** Simulates `samples` end-to-end deliveries of `policy` on `route` with the given seed. */
export function simulateRoute(
  route: Route,
  policy: SwapPolicy,
  samples: number,
  seed: number,
): RouteSimulationSummary {
  const rng = createRng(seed);
  let sumTime = 0;
  let sumTime2 = 0;
  let sumFidelity = 0;
  let sumFidelity2 = 0;
  for (let i = 0; i < samples; i++) {
    const delivery =
      policy === 'sequential' ? sequentialDelivery(route, rng) : parallelDelivery(route, policy, rng);
    sumTime += delivery.time;
    sumTime2 += delivery.time * delivery.time;
    sumFidelity += delivery.fidelity;
    sumFidelity2 += delivery.fidelity * delivery.fidelity;
  }
  const meanWaiting = sumTime / samples;
  const meanFidelity = sumFidelity / samples;
  const error = (sum2: number, mean: number): number =>
    Math.sqrt(Math.max(0, sum2 / samples - mean * mean) / (samples - 1));
  return {
    meanWaiting,
    meanWaitingError: error(sumTime2, meanWaiting),
    meanFidelity,
    meanFidelityError: error(sumFidelity2, meanFidelity),
  };
}
