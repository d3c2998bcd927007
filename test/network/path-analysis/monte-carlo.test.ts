import { describe, expect, it } from 'vitest';
import { analysePath, type Route, type SwapPolicy } from '../../../src/network/path-analysis/index.js';
import { delivered, heralded, identicalRoute, route } from './route-fixtures.js';
import { simulateRoute } from './route-monte-carlo.js';

/** Heterogeneous hops: different p, attempt durations and fidelities. */
const HOPS = [
  heralded(0.05, 1e-4, 0.97),
  heralded(0.02, 2e-4, 0.95),
  heralded(0.08, 1.5e-4, 0.98),
  heralded(0.03, 1e-4, 0.96),
];

/** Every memory model and some gate noise, strong enough to cost ~0.3 in fidelity. */
const MIXED_NODES = [
  { memory: { model: 'depolarising' as const, depolarisingTime: 0.05 } },
  {
    memory: { model: 'dephasing' as const, t2: 0.02 },
    localNoise: { twoQubitGateReliability: 0.99, measurementFidelity: 0.995 },
  },
  { memory: { model: 'amplitude-damping' as const, t1: 0.05, t2: 0.03 } },
  {
    memory: { model: 'depolarising' as const, depolarisingTime: 0.03 },
    bellMeasurementSuccessProbability: 0.8,
  },
  { memory: { model: 'dephasing' as const, t2: 0.1 } },
];

function expectAgreement(route: Route, policy: SwapPolicy, samples: number, seed: number): void {
  const analytic = analysePath(route, { targetFidelity: 0.25, swapPolicy: policy });
  const simulated = simulateRoute(route, policy, samples, seed);
  const waitingGap = Math.abs(analytic.meanRawWaitingTime - simulated.meanWaiting);
  const fidelityGap = Math.abs(analytic.rawFidelity - simulated.meanFidelity);
  expect(waitingGap, `waiting ${analytic.meanRawWaitingTime} vs ${simulated.meanWaiting}`).toBeLessThan(
    4 * simulated.meanWaitingError,
  );
  expect(fidelityGap, `fidelity ${analytic.rawFidelity} vs ${simulated.meanFidelity}`).toBeLessThan(
    4 * simulated.meanFidelityError,
  );
}

describe('analytic path model versus a seeded Monte Carlo of the protocol (within 4 standard errors)', () => {
  it('swap-asap, heterogeneous hops, every memory model, gate noise and a lossy Bell measurement', () => {
    expectAgreement(
      route(HOPS, (i) => MIXED_NODES[i]!),
      'swap-asap',
      40_000,
      11,
    );
  });

  it('swap-asap, identical hops (exact waiting time) with depolarising memories', () => {
    const identical = identicalRoute(4, 0.05, 1e-4, 0.97, () => ({
      memory: { model: 'depolarising', depolarisingTime: 0.02 },
    }));
    expectAgreement(identical, 'swap-asap', 40_000, 12);
  });

  it('swap-asap with a delivered hop (ship or stockpile) next to heralded hops', () => {
    const hops = [heralded(0.05, 1e-4, 0.97), delivered(200, 0.99, 10), heralded(0.03, 2e-4, 0.96)];
    expectAgreement(
      route(hops, (i) => ({ memory: { model: 'depolarising', depolarisingTime: 0.01 * (i + 1) } })),
      'swap-asap',
      40_000,
      13,
    );
  });

  it('nested with deterministic swaps, five heterogeneous hops', () => {
    const hops = [...HOPS, heralded(0.04, 1e-4, 0.99)];
    const nodes = [
      ...MIXED_NODES.map((node) => ({ ...node, bellMeasurementSuccessProbability: 1 })),
      { memory: { model: 'depolarising' as const, depolarisingTime: 0.04 } },
    ];
    expectAgreement(
      route(hops, (i) => nodes[i]!),
      'nested',
      40_000,
      14,
    );
  });

  it('sequential, heterogeneous hops with memories and a lossy Bell measurement', () => {
    expectAgreement(
      route(HOPS, (i) => MIXED_NODES[i]!),
      'sequential',
      40_000,
      15,
    );
  });
});
