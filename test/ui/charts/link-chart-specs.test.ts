/**
 * Link charts of the app against the physics they re-evaluate: the sweep at 0 km is the link model's own rate at
 * zero length, rate falls with distance, fidelity stays in [0, 1], the purification trade-off starts at the raw
 * link and pays rate for fidelity, and edges without a distance (carriers, satellites) get no distance charts.
 */
import { describe, expect, it } from 'vitest';
import { metresToKm } from '../../../src/core/index.js';
import {
  computeResolvedLink,
  parseScenarioValue,
  planScenario,
  routeNodeOf,
  type Scenario,
} from '../../../src/network/index.js';
import { recurrenceSchedule } from '../../../src/physics/index.js';
import {
  edgeAtLength,
  linkChartSpecs,
  physicsOfEdge,
  sweepableLength,
  SWEEP_POINTS,
  worthwhileRounds,
} from '../../../src/ui/charts/link-chart-specs.js';
import { exampleScenario } from '../../ml/plan-workload-fixtures.js';
import { allKindsDocument, loadPresets, minimalDocument } from '../../network/scenario/fixtures.js';
import { expectClose } from '../../support/close.js';

const metro = exampleScenario('metro-three-node.qnet.json');

function parsed(document: Record<string, unknown>): Scenario {
  const result = parseScenarioValue(document, { presets: loadPresets() });
  if (!result.ok) throw result.error;
  return result.value;
}

function allFinite(charts: ReturnType<typeof linkChartSpecs>): boolean {
  return charts.every((chart) =>
    chart.series.every((series) => series.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))),
  );
}

describe('linkChartSpecs far beyond the dark-count limit', () => {
  it('puts heralds with F <= 1/2 in their own series, never in the link rate', () => {
    const long = exampleScenario('metro-three-node.qnet.json', (document) => {
      const edges = document.edges as Record<string, unknown>[];
      edges[0] = { ...edges[0], lengthKm: 1500 };
    });
    const chart = linkChartSpecs(long, long.edges[0]!.key).find(
      (spec) => spec.id === 'link-rate-vs-distance',
    )!;
    const [entangled, , junk] = chart.series;
    expect(junk?.label).toMatch(/F <= 1\/2/);
    expect(junk!.points.length).toBeGreaterThan(0);
    expect(entangled!.points.length).toBeGreaterThan(0);
    // Each sweep point lands in exactly one of the two series, and the split is at F = 1/2.
    expect(entangled!.points.length + junk!.points.length).toBe(SWEEP_POINTS);
    const fidelity = linkChartSpecs(long, long.edges[0]!.key).find(
      (spec) => spec.id === 'link-fidelity-vs-distance',
    )!;
    for (const point of junk!.points) {
      const at = fidelity.series[0]!.points.find((candidate) => candidate.x === point.x)!;
      expect(at.y).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('linkChartSpecs on the metro example', () => {
  const charts = linkChartSpecs(metro, 'delft-leiden');
  const byId = new Map(charts.map((chart) => [chart.id, chart]));
  const rate = byId.get('link-rate-vs-distance')!;
  const fidelity = byId.get('link-fidelity-vs-distance')!;

  it('builds the rate, fidelity and purification charts for the selected edge', () => {
    expect(charts.map((chart) => chart.id)).toEqual([
      'link-rate-vs-distance',
      'link-fidelity-vs-distance',
      'purification-trade-off',
    ]);
    expect(rate.title).toContain('"delft-leiden"');
    expect(rate.logY).toBe(true);
    expect(rate.series[0]!.points).toHaveLength(SWEEP_POINTS);
    expect(allFinite(charts)).toBe(true);
  });

  it('draws no false-herald series while every swept pair is entangled', () => {
    expect(rate.series.map((series) => series.label)).toEqual([
      'link rate (entangled, F > 1/2)',
      'PLOB bound at the same mode rate',
    ]);
  });

  it("starts at the link model's own rate at 0 km (the planner's resolved hardware, length 0)", () => {
    const resolved = planScenario(metro).edges.get('delft-leiden');
    expect(resolved?.usable && resolved.fibreLink).toBeTruthy();
    const hardware = (resolved as { fibreLink: Parameters<typeof computeResolvedLink>[0] }).fibreLink;
    const atZero = computeResolvedLink({ ...hardware, request: { ...hardware.request, length: 0 } });
    expect(rate.series[0]!.points[0]!.x).toBe(0);
    expectClose(rate.series[0]!.points[0]!.y, atZero.rate, { relative: 1e-12 });
    expectClose(fidelity.series[0]!.points[0]!.y, atZero.fidelity, { relative: 1e-12 });
  });

  it('passes through the edge itself at its own length (the marker)', () => {
    const edge = metro.edgeByKey.get('delft-leiden')!;
    const length = sweepableLength(edge)!;
    expectClose(rate.markers![0]!.x, metresToKm(length));
    const ownRate = physicsOfEdge(metro, edge);
    const atLength = physicsOfEdge(metro, edgeAtLength(edge, length)!);
    expect(ownRate.usable && atLength.usable).toBe(true);
    if (ownRate.usable && atLength.usable) expect(atLength.rate).toBe(ownRate.rate);
  });

  it('falls with distance and keeps fidelity in [0, 1]', () => {
    const rates = rate.series[0]!.points;
    for (let i = 1; i < rates.length; i++) {
      expect(rates[i]!.x).toBeGreaterThan(rates[i - 1]!.x);
      expect(rates[i]!.y).toBeLessThan(rates[i - 1]!.y);
    }
    for (const point of fidelity.series[0]!.points) {
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(1);
    }
    // The bound falls too (PLOB at a fixed mode rate).
    const bound = rate.series[1]!.points;
    expect(bound.length).toBeGreaterThan(1);
    expect(bound.at(-1)!.y).toBeLessThan(bound[1]!.y);
  });

  it('draws the purification trade-off from the raw link: rate falls as rounds are added', () => {
    const chart = byId.get('purification-trade-off')!;
    const edge = metro.edgeByKey.get('delft-leiden')!;
    const physics = physicsOfEdge(metro, edge);
    if (!physics.usable || physics.hop.kind !== 'heralded') throw new Error('expected a heralded edge');
    const [recurrence, pumping] = chart.series;
    expectClose(recurrence!.points[0]!.y, physics.rate, { relative: 1e-12 });
    expectClose(recurrence!.points[0]!.x, physics.fidelity, { relative: 1e-12 });
    expectClose(pumping!.points[0]!.y, physics.rate, { relative: 1e-12 });
    // The recurrence rounds from the schedule directly (both metro ends run the same NV preset, so either end's
    // gate noise is the noisier one): rate / expected raw pairs at each kept round's fidelity. With that noise
    // one DEJMPS round lowers this link's fidelity (0.911 -> 0.893), so round 1 is not worth doing and is left out.
    const noise = routeNodeOf(metro.nodeByKey.get('delft')!).node.localNoise;
    const rounds = recurrenceSchedule({ initialState: physics.hop.link.state, protocol: 'dejmps', noise }, 5);
    expect(rounds[1]!.fidelity).toBeLessThan(rounds[0]!.fidelity);
    const kept = worthwhileRounds(rounds);
    expect(kept[0]!.round).toBe(0);
    expect(kept.map((round) => round.round)).not.toContain(1);
    expect(recurrence!.label).toBe(`recurrence, rounds ${kept.map((round) => round.round).join(', ')}`);
    recurrence!.points.forEach((point, index) => {
      expectClose(point.x, kept[index]!.fidelity, { relative: 1e-12 });
      expectClose(point.y, physics.rate / kept[index]!.expectedRawPairs, { relative: 1e-12 });
      if (index > 0) {
        expect(point.x).toBeGreaterThan(recurrence!.points[index - 1]!.x);
        expect(point.y).toBeLessThan(recurrence!.points[index - 1]!.y);
      }
    });
    for (const series of [recurrence!, pumping!]) {
      for (const point of series.points) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(1);
        expect(point.y).toBeLessThanOrEqual(physics.rate * (1 + 1e-12));
      }
    }
  });
});

describe('linkChartSpecs edge choice and edge kinds', () => {
  it('uses the first usable edge without a (known) selection, and nothing without edges', () => {
    expect(linkChartSpecs(metro, null)[0]!.title).toContain(`"${metro.edges[0]!.key}"`);
    expect(linkChartSpecs(metro, 'no-such-edge')[0]!.title).toContain(`"${metro.edges[0]!.key}"`);
    const bare = minimalDocument();
    (bare as { edges: unknown[] }).edges = [];
    (bare as { demands: unknown[] }).demands = [];
    expect(linkChartSpecs(parsed(bare), null)).toEqual([]);
  });

  it('gives a carrier edge only the purification chart, and a satellite edge no distance sweep', () => {
    const ship = exampleScenario('transpacific-ship.qnet.json');
    expect(linkChartSpecs(ship, 'pacific-ship').map((chart) => chart.id)).toEqual(['purification-trade-off']);
    const kinds = parsed(allKindsDocument());
    const satellite = kinds.edges.find(
      (edge) => edge.kind === 'free-space' && edge.path.kind === 'satellite',
    )!;
    expect(sweepableLength(satellite)).toBeUndefined();
    expect(linkChartSpecs(kinds, satellite.key).some((chart) => chart.id === 'link-rate-vs-distance')).toBe(
      false,
    );
  });

  it('sweeps direct free-space and microwave edges without NaN', () => {
    const kinds = parsed(allKindsDocument());
    for (const edge of kinds.edges) {
      const charts = linkChartSpecs(kinds, edge.key);
      expect(allFinite(charts), edge.key).toBe(true);
      if (edge.kind === 'free-space' && edge.path.kind === 'direct' && physicsOfEdge(kinds, edge).usable) {
        expect(charts.map((chart) => chart.id)).toContain('link-rate-vs-distance');
      }
    }
  });

  it('keeps the other fields when changing the length', () => {
    const edge = metro.edgeByKey.get('delft-leiden')!;
    const longer = edgeAtLength(edge, 123_000)!;
    expect(longer).toMatchObject({ key: edge.key, kind: 'fibre', length: 123_000 });
    expect(sweepableLength(longer)).toBe(123_000);
  });
});

describe('worthwhileRounds', () => {
  it('keeps round 0 and each round that beats every earlier fidelity', () => {
    const round = (index: number, fidelity: number) =>
      ({ round: index, fidelity, expectedRawPairs: 2 ** index }) as Parameters<
        typeof worthwhileRounds
      >[0][number];
    const kept = worthwhileRounds([
      round(0, 0.9),
      round(1, 0.88),
      round(2, 0.905),
      round(3, 0.9),
      round(4, 0.95),
    ]);
    expect(kept.map((entry) => entry.round)).toEqual([0, 2, 4]);
    expect(worthwhileRounds([])).toEqual([]);
  });
});
