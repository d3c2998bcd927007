import { describe, expect, it } from 'vitest';
import { analysePath, type PathPerformance } from '../../../src/network/path-analysis/index.js';
import { wernerState } from '../../../src/physics/bell-diagonal.js';
import { roundsToReach } from '../../../src/physics/purification-schedule.js';
import { expectClose } from '../../support/close.js';
import { delivered, heralded, identicalRoute, route } from './route-fixtures.js';

function expectAllFinite(result: PathPerformance): void {
  const numbers = [
    result.deliveredRate,
    result.rawRate,
    result.deliveredFidelity,
    result.rawFidelity,
    result.latency,
    result.jitter,
    result.purificationRounds,
    result.pairsConsumedPerDelivered,
    result.meanRawWaitingTime,
    ...result.perHop.flatMap((hop) => Object.values(hop).filter((value) => typeof value === 'number')),
  ];
  for (const value of numbers) expect(Number.isFinite(value), `${value} is finite`).toBe(true);
}

describe('analysePath: limits', () => {
  it('one hop: rate = link rate, fidelity = link fidelity, no swap, no waiting, even with memories', () => {
    const result = analysePath(
      route([heralded(0.02, 1e-3, 0.93)], () => ({
        memory: { model: 'depolarising', depolarisingTime: 0.01 },
      })),
      { targetFidelity: 0.9 },
    );
    expect(result.status).toBe('ok');
    expectClose(result.deliveredRate, 20, { relative: 1e-12 });
    expectClose(result.rawRate, 20, { relative: 1e-12 });
    expectClose(result.deliveredFidelity, 0.93, { relative: 1e-12 });
    expectClose(result.latency, 0.05, { relative: 1e-12 });
    expectClose(result.jitter, (1e-3 * Math.sqrt(0.98)) / 0.02, { relative: 1e-12 });
    expect(result.perHop[0]!.decayFactor).toBe(1);
    expect(result.purificationPlacement).toBe('none');
    expect(result.methods[0]).toMatch(/^exact: one hop/);
  });

  it('perfect memories and operations: fidelity is the Werner product (physics.md §3)', () => {
    expectClose(
      analysePath(identicalRoute(4, 0.1, 1e-3, 0.95), { targetFidelity: 0.5 }).rawFidelity,
      0.819126,
      {
        absolute: 5e-7,
      },
    );
    const fidelities = [0.99, 0.9, 0.95];
    const result = analysePath(route(fidelities.map((f, i) => heralded(0.01 * (i + 1), 1e-4 * (i + 1), f))), {
      targetFidelity: 0.5,
    });
    const w = fidelities.reduce((product, f) => (product * (4 * f - 1)) / 3, 1);
    expectClose(result.rawFidelity, (1 + 3 * w) / 4, { relative: 1e-12 });
  });

  it('identical hops: waiting time equals the exact formula (physics.md §5)', () => {
    for (const [hops, attempts] of [
      [2, 14.7368],
      [4, 20.2734],
      [8, 26.2958],
    ] as const) {
      for (const policy of ['swap-asap', 'nested'] as const) {
        const result = analysePath(identicalRoute(hops, 0.1, 2e-4), {
          targetFidelity: 0.5,
          swapPolicy: policy,
        });
        expectClose(result.meanRawWaitingTime / 2e-4, attempts, { absolute: 5e-5 });
        expectClose(result.rawRate, 1 / result.meanRawWaitingTime, { relative: 1e-12 });
        expect(result.methods[0]).toMatch(/^exact: waiting time of identical hops/);
      }
    }
  });

  it('two hops with a lossy Bell measurement: (3 - 2p)/(p (2 - p) p_s) attempts', () => {
    const result = analysePath(
      identicalRoute(2, 0.01, 1e-3, 1, (i) => (i === 1 ? { bellMeasurementSuccessProbability: 0.5 } : {})),
      { targetFidelity: 0.5 },
    );
    expectClose(result.meanRawWaitingTime / 1e-3, (3 - 0.02) / (0.01 * 1.99 * 0.5), { relative: 1e-12 });
    expectClose(result.perHop[0]!.pairsPerDelivered, 2, { relative: 1e-12 });
  });
});

describe('analysePath: purification', () => {
  const fourHops = identicalRoute(4, 0.1, 1e-3, 0.95); // raw fidelity 0.819126

  it('is inserted exactly when the raw fidelity is below the target', () => {
    const below = analysePath(fourHops, { targetFidelity: 0.819 });
    expect(below.purificationPlacement).toBe('none');
    expect(below.purificationRounds).toBe(0);
    expect(below.deliveredRate).toBe(below.rawRate);
    const above = analysePath(fourHops, { targetFidelity: 0.8192 });
    expect(above.status).toBe('ok');
    expect(above.purificationRounds).toBeGreaterThan(0);
    expect(above.deliveredFidelity).toBeGreaterThanOrEqual(0.8192);
    expect(above.deliveredRate).toBeLessThan(above.rawRate);
  });

  it('end-to-end: delivered rate = raw rate / expected raw pairs of the schedule, latency adds round trips', () => {
    const result = analysePath(fourHops, { targetFidelity: 0.9, purification: { placement: 'end-to-end' } });
    // With perfect operations the raw state of Werner hops is the Werner state of the raw fidelity.
    const schedule = roundsToReach(0.9, {
      initialState: wernerState(result.rawFidelity),
      scheme: 'recurrence',
    });
    expect(result.purificationPlacement).toBe('end-to-end');
    expect(result.purificationRounds).toBe(schedule.round);
    expectClose(result.pairsConsumedPerDelivered, schedule.expectedRawPairs, { relative: 1e-12 });
    expectClose(result.deliveredRate, result.rawRate / schedule.expectedRawPairs, { relative: 1e-12 });
    const oneWay = 4 * 5e-4;
    expectClose(
      result.latency,
      result.meanRawWaitingTime * schedule.expectedRawPairs + oneWay + schedule.round * 2 * oneWay,
      { relative: 1e-12 },
    );
    expectClose(result.perHop[2]!.pairsPerDelivered, schedule.expectedRawPairs, { relative: 1e-12 });
  });

  it('per-link: purifies each hop, slows it down and meets the target', () => {
    const result = analysePath(fourHops, { targetFidelity: 0.9, purification: { placement: 'per-link' } });
    expect(result.status).toBe('ok');
    expect(result.purificationPlacement).toBe('per-link');
    expect(result.deliveredFidelity).toBeGreaterThanOrEqual(0.9);
    for (const hop of result.perHop) {
      expect(hop.purificationRounds).toBe(result.purificationRounds);
      expect(hop.meanGenerationTime).toBeGreaterThan(1e-3 / 0.1);
      expect(hop.pairsPerDelivered).toBeGreaterThan(1);
    }
  });

  it("'auto' is never worse than either placement and says which it chose", () => {
    for (const target of [0.85, 0.9, 0.95]) {
      const rates = (['end-to-end', 'per-link'] as const).map((placement) => {
        const result = analysePath(fourHops, { targetFidelity: target, purification: { placement } });
        return result.status === 'ok' ? result.deliveredRate : 0;
      });
      const auto = analysePath(fourHops, { targetFidelity: target });
      expect(auto.deliveredRate).toBeGreaterThanOrEqual(Math.max(...rates) * (1 - 1e-12));
      expect(auto.explanation).toMatch(/auto placement chose/);
    }
  });

  it('an unreachable target is explained with the cap, the noise and the node', () => {
    const noisy = identicalRoute(3, 0.1, 1e-3, 0.97, (i) => ({
      localNoise: { twoQubitGateReliability: i === 3 ? 0.97 : 0.99, measurementFidelity: 0.99 },
    }));
    const result = analysePath(noisy, { targetFidelity: 0.99, purification: { placement: 'end-to-end' } });
    expect(result.status).toBe('unreachable');
    expect(result.explanation).toMatch(
      /^target fidelity 0\.99 is above the 0\.9\d+ that recurrence purification \(dejmps\) can reach from the raw end-to-end fidelity 0\.\d+ with gate reliability 0\.97 and measurement fidelity 0\.99 at node 'n3'$/,
    );
    expect(result.deliveredRate).toBe(0);
    expect(result.rawRate).toBeGreaterThan(0);
    expect(result.bottleneck.reason).toMatch(/unreachable/);
    expectAllFinite(result);
    const auto = analysePath(noisy, { targetFidelity: 0.99 });
    expect(auto.status).toBe('unreachable');
    expect(auto.explanation).toMatch(/per-link/);
  });

  it('says per-link purification cannot help when links are near perfect and memories decohere while waiting', () => {
    // Links at F = 0.9999 with 1 % gate noise: any round lowers them; slow links and 0.1 s memories push the raw
    // end-to-end fidelity below the target (the continental-repeater-chain example's situation).
    const decaying = identicalRoute(3, 1e-3, 1e-3, 0.9999, () => ({
      localNoise: { twoQubitGateReliability: 0.99, measurementFidelity: 0.99 },
      memory: { model: 'depolarising', depolarisingTime: 0.1 },
    }));
    const result = analysePath(decaying, { targetFidelity: 0.9 });
    expect(result.status).toBe('unreachable');
    expect(result.explanation).toMatch(
      /per-link recurrence purification \(dejmps\) cannot raise any hop's link fidelity: .* \(weakest hop 'edge0' at fidelity 0\.9999\)/,
    );
    expect(result.explanation).not.toMatch(/even without memory decoherence/);
    expect(result.bottleneck.reason).toMatch(/memory decoherence/);
  });

  it('a raw fidelity at or below 1/2 cannot be purified', () => {
    const result = analysePath(identicalRoute(2, 0.1, 1e-3, 0.6), {
      targetFidelity: 0.8,
      purification: { placement: 'end-to-end' },
    });
    expect(result.status).toBe('unreachable');
    expect(result.explanation).toMatch(/at or below 1\/2/);
  });
});

describe('analysePath: no rate, memories, delivered hops, latency', () => {
  it('reports no-rate for a dead hop, a node that cannot swap or too few memories, with finite numbers', () => {
    const dead = analysePath(route([heralded(0.1, 1e-3), heralded(0, 1e-3)]), { targetFidelity: 0.5 });
    expect(dead.status).toBe('no-rate');
    expect(dead.explanation).toMatch(/hop 'edge1' never succeeds/);
    expect(dead.bottleneck.hopIndex).toBe(1);
    expectAllFinite(dead);
    const noShip = analysePath(route([delivered(0, 0.9, 10)]), { targetFidelity: 0.5 });
    expect(noShip.explanation).toMatch(/delivers no pairs/);
    const noSwap = analysePath(
      identicalRoute(2, 0.1, 1e-3, 1, (i) => (i === 1 ? { bellMeasurementSuccessProbability: 0 } : {})),
      {
        targetFidelity: 0.5,
      },
    );
    expect(noSwap.explanation).toMatch(/node 'n1' cannot swap/);
    const oneMemory = analysePath(
      identicalRoute(2, 0.1, 1e-3, 1, (i) => (i === 1 ? { memoryCount: 1 } : {})),
      {
        targetFidelity: 0.5,
      },
    );
    expect(oneMemory.status).toBe('no-rate');
    expect(oneMemory.explanation).toBe("node 'n1' has 1 memory qubit(s) but one chain needs 2 there");
  });

  it('memory counts: parallel chains = min over nodes of floor(m / qubits per chain)', () => {
    const plain = analysePath(identicalRoute(3, 0.1, 1e-3, 0.97), { targetFidelity: 0.5 });
    const memories = analysePath(
      identicalRoute(3, 0.1, 1e-3, 0.97, (i) => ({ memoryCount: i === 0 || i === 3 ? 10 : 7 })),
      { targetFidelity: 0.5 },
    );
    expect(memories.parallelChains).toBe(3);
    expectClose(memories.rawRate, 3 * plain.rawRate, { relative: 1e-12 });
    // End-to-end recurrence with k rounds holds k + 1 pairs at each end node.
    const purified = analysePath(
      identicalRoute(3, 0.1, 1e-3, 0.97, (i) => ({ memoryCount: i === 0 || i === 3 ? 5 : 8 })),
      { targetFidelity: 0.97, purification: { placement: 'end-to-end' } },
    );
    expect(purified.parallelChains).toBe(Math.min(4, Math.floor(5 / (purified.purificationRounds + 1))));
  });

  it('a delivered hop adds its latency and caps the rate', () => {
    const ship = analysePath(route([delivered(0.01, 0.99, 86_400)]), { targetFidelity: 0.9 });
    expectClose(ship.deliveredRate, 0.01, { relative: 1e-12 });
    expectClose(ship.latency, 100 + 86_400, { relative: 1e-12 });
    const mixed = analysePath(
      route([heralded(0.1, 1e-3, 0.98), delivered(50, 0.99, 3600)], () => ({ memoryCount: 1000 })),
      { targetFidelity: 0.9 },
    );
    expectClose(mixed.deliveredRate, 50, { relative: 1e-12 });
    expect(mixed.latency).toBeGreaterThan(3600);
    expect(mixed.perHop[1]).toMatchObject({ kind: 'delivered', attemptDuration: 0, successProbability: 1 });
  });

  it('latency: waiting + one-way signalling + per-swap processing', () => {
    const result = analysePath(route([heralded(0.05, 1e-3), heralded(0.02, 2e-3), heralded(0.1, 1e-3)]), {
      targetFidelity: 0.5,
      classicalLatencyPerSwap: 1e-4,
    });
    expectClose(result.latency, result.meanRawWaitingTime + (5e-4 + 1e-3 + 5e-4) + 2e-4, { relative: 1e-12 });
    expect(result.bottleneck).toMatchObject({ hopIndex: 1, edgeKey: 'edge1' });
    expect(result.bottleneck.reason).toMatch(/^lowest rate on the route: 10 pairs\/s/);
  });

  it('names memory decoherence as the bottleneck when waiting costs more than the link', () => {
    const result = analysePath(
      route([heralded(0.5, 1e-3, 0.99), heralded(0.001, 1e-3, 0.99)], (i) =>
        i === 0 ? { memory: { model: 'dephasing', t2: 0.5 } } : {},
      ),
      { targetFidelity: 0.95 },
    );
    expect(result.bottleneck.hopIndex).toBe(0);
    expect(result.bottleneck.reason).toMatch(/^memory decoherence while its link waits/);
  });

  it('labels every method exact or approximation and lists assumptions', () => {
    const result = analysePath(
      route([heralded(0.05, 1e-3, 0.95), heralded(0.02, 2e-3, 0.97)], () => ({
        memory: { model: 'depolarising', depolarisingTime: 1 },
      })),
      { targetFidelity: 0.95, cutoff: 0.2 },
    );
    expect(result.methods.length).toBeGreaterThan(3);
    for (const method of result.methods) expect(method).toMatch(/^(exact|approximation): /);
    expect(result.assumptions.some((a) => a.startsWith('cutoff 0.2 s'))).toBe(true);
  });
});
