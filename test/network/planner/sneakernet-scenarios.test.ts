/**
 * The sneakernet example scenarios plan end to end: network-models/transpacific-ship.qnet.json (Tokyo and
 * Seattle data centres, fibre to the ports, a container-ship leg) and ship-fibre-satellite.qnet.json (the same
 * sites by ship, a submarine repeater chain or a satellite relay). The ship leg's rate and latency are checked
 * against the Devitt-compatible model computed here by hand (shared/reference/sneakernet.md); no LP solver.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHighsSolver } from '../../../src/cli/highs-solver.js';
import { loadPresetRegistry } from '../../../src/cli/presets.js';
import { parseScenario, planScenario, type Scenario } from '../../../src/network/index.js';
import { expectClose } from '../../support/close.js';
import { ROOT } from '../../support/run-cli.js';

const presets = loadPresetRegistry();
const DAY = 86_400;

function load(name: string): Scenario {
  const text = readFileSync(path.join(ROOT, 'network-models', name), 'utf8');
  const parsed = parseScenario(text, { presets, fileName: name });
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/** Haversine on the 6371.0088 km mean-radius sphere, m. */
function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/**
 * The ship leg by hand: Port of Tokyo (35.5987, 139.76) to Port of Seattle (47.581, -122.353), great circle x
 * 1.05 at 33.336 km/h plus 33.6 h in port; trapped-ion memory (p = 1e-5, 100 us cycles, 1.5 mm pitch),
 * p_L = 0.13 (61 p)^((d+1)/2), smallest odd d with cycles x p_L <= 1e-10, capacity floor(1 / ((2d-1) a)^3),
 * 10,000 containers per ship, one departure every 7 days.
 */
function expectedShipLeg(): { transit: number; codeDistance: number; rate: number } {
  const length = haversine(35.5987, 139.76, 47.581, -122.353) * 1.05;
  const transit = length / (33.336 / 3.6) + 33.6 * 3600;
  const cycles = transit / 1e-4;
  const half = Math.log(1e-10 / (cycles * 0.13)) / Math.log(61 * 1e-5);
  const codeDistance = 2 * Math.ceil(half) - 1;
  const capacity = Math.floor(1 / ((2 * codeDistance - 1) * 1.5e-3) ** 3);
  return { transit, codeDistance, rate: (capacity * 10_000) / (7 * DAY) };
}

describe('transpacific-ship scenario', () => {
  const scenario = load('transpacific-ship.qnet.json');
  const plan = planScenario(scenario);
  const demand = plan.demands[0]!;

  it('plans the data-centre demand through both ports and the ship leg', () => {
    expect(demand.status).toBe('ok');
    expect(demand.best!.path.nodes).toEqual(['tokyo-dc', 'tokyo-port', 'seattle-port', 'seattle-dc']);
    expect(demand.best!.path.edges).toContain('pacific-ship');
    expect(scenario.nodeByKey.get('tokyo-port')!.kind).toBe('port');
    expect(scenario.nodeByKey.get('seattle-port')!.kind).toBe('port');
  });

  it("shares the ship's pairs between the data centres and the port-to-port stockpile, not its time", async () => {
    const allocated = planScenario(scenario, {}, await createHighsSolver());
    const demand = allocated.demands.find((entry) => entry.demand.key === 'tokyo-seattle')!;
    const ports = allocated.demands.find((entry) => entry.demand.key === 'port-to-port')!;
    const ship = allocated.edges.get('pacific-ship')!;
    if (!ship.usable) throw new Error(ship.reason);
    // Each route takes one ship pair per delivered pair: 109.6 + 400 <= 529 pairs/s, so both get all they ask.
    expectClose(demand.allocatedRate, demand.standaloneRate, { relative: 1e-6 });
    expectClose(ports.allocatedRate, 400, { relative: 1e-6 });
    expect(demand.allocatedRate + ports.allocatedRate).toBeLessThanOrEqual(ship.rate * (1 + 1e-9));
    // Time-sharing would have left the data centres (1 - 400 / 529) x 109.6 = 26.7 pairs/s.
    expect(demand.allocatedRate).toBeGreaterThan(100);
  });

  it('turns the carrier edge into a delivered hop with the hand-computed rate, fidelity and latency', () => {
    const expected = expectedShipLeg();
    const ship = plan.edges.get('pacific-ship')!;
    if (!ship.usable) throw new Error(ship.reason);
    expect(ship.hop.kind).toBe('delivered');
    expect(ship.method).toContain(`d = ${expected.codeDistance}`);
    expectClose(ship.rate, expected.rate, { relative: 1e-9 });
    if (ship.hop.kind === 'delivered') expectClose(ship.hop.latency, expected.transit, { relative: 1e-9 });
    expect(ship.fidelity).toBeGreaterThanOrEqual(1 - 1e-10);
    // The Tokyo-Seattle great circle is about 7,700 km; the voyage takes 10-12 days.
    expect(expected.transit / DAY).toBeGreaterThan(10);
    expect(expected.transit / DAY).toBeLessThan(12);
  });

  it('includes the voyage in the end-to-end latency and never delivers more than the ship carries', () => {
    const expected = expectedShipLeg();
    expect(demand.latency!).toBeGreaterThanOrEqual(expected.transit);
    expect(demand.latency!).toBeLessThan(expected.transit + DAY);
    // Parallel chains (several memories per node) share the delivered hop, so it caps the route.
    expect(demand.standaloneRate).toBeGreaterThan(0);
    expect(demand.standaloneRate).toBeLessThanOrEqual(expected.rate * (1 + 1e-9));
    expect(demand.fidelity!).toBeGreaterThanOrEqual(scenario.demands[0]!.targetFidelity);
    expect(demand.best!.performance.bottleneck.edgeKey).toBe('tokyo-fibre');
  });
});

describe('ship-fibre-satellite scenario', () => {
  const scenario = load('ship-fibre-satellite.qnet.json');
  const plan = planScenario(scenario, { candidatePaths: 3 });
  const demand = plan.demands[0]!;
  const kindsOf = (edges: readonly string[]) =>
    new Set(edges.map((key) => scenario.edgeByKey.get(key)!.kind));

  it('has exactly the three ways between the data centres as candidates, the ship first', () => {
    expect(demand.status).toBe('ok');
    expect(demand.candidates).toHaveLength(3);
    expect(demand.best!.path.edges).toEqual(['tokyo-fibre', 'pacific-ship', 'seattle-fibre']);
    const routes = demand.candidates.map((candidate) => candidate.path.edges);
    const satellite = routes.find((edges) => edges.includes('satellite'))!;
    expect([...kindsOf(satellite)].sort()).toEqual(['fibre', 'free-space']);
    const chain = routes.find((edges) => edges.includes('cable-01'))!;
    expect(chain).toHaveLength(40);
    expect([...kindsOf(chain)]).toEqual(['fibre']);
  });

  it('shares the ship leg with transpacific-ship and reports why the alternatives fall short', () => {
    const ship = plan.edges.get('pacific-ship')!;
    if (!ship.usable) throw new Error(ship.reason);
    expectClose(ship.rate, expectedShipLeg().rate, { relative: 1e-9 });
    for (const candidate of demand.candidates.slice(1)) {
      expect(candidate.performance.deliveredRate).toBeLessThan(demand.standaloneRate);
      if (candidate.performance.status !== 'ok') expect(candidate.performance.explanation).toBeTruthy();
    }
  });

  it('places the satellite high enough to see both ground stations, and every hop is usable', () => {
    const edge = scenario.edgeByKey.get('satellite')!;
    if (edge.kind !== 'free-space' || edge.path.kind !== 'satellite') throw new Error('not a satellite edge');
    expect(edge.path.altitude).toBe(4_000_000);
    // Stations ~7,730 km apart: slant range to a satellite 4,000 km above the midpoint is ~6,290 km.
    expectClose(edge.path.slantRangeSource, 6.29e6, { relative: 0.01 });
    for (const physics of plan.edges.values()) expect(physics.usable, physics.edgeKey).toBe(true);
  });
});
