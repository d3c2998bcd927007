/**
 * The planner end to end on small scenarios whose answers can be worked out by hand: a single hop equals the
 * elementary link, sharing an edge splits its time, and every failure mode gets a per-demand explanation instead
 * of a crash or NaN.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHighsSolver } from '../../../src/cli/highs-solver.js';
import type { LpSolver } from '../../../src/network/index.js';
import { planScenario, parseScenarioValue, type Scenario } from '../../../src/network/index.js';
import {
  capacityReportFromPlan,
  renderReportCsv,
  renderReportHtml,
  renderReportMarkdown,
  validateCapacityReport,
} from '../../../src/report/index.js';
import { loadPresets, minimalDocument, type DocumentDraft } from '../scenario/fixtures.js';
import { expectClose } from '../../support/close.js';

let solver: LpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});

function scenarioOf(change: (document: DocumentDraft) => void = () => {}): Scenario {
  const document = minimalDocument() as DocumentDraft;
  change(document);
  const parsed = parseScenarioValue(document, { presets: loadPresets() });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** A star: alice, bob and carol each linked to a hub; two demands share nothing, one pair shares hub-carol. */
function starDocument(document: DocumentDraft): void {
  document.nodes = ['alice', 'bob', 'carol', 'hub'].map((key) => ({
    key,
    kind: key === 'hub' ? 'repeater' : 'end-node',
    platform: 'nv-diamond',
  }));
  document.edges = [
    { key: 'alice-hub', source: 'alice', target: 'hub', kind: 'fibre', lengthKm: 5 },
    { key: 'bob-hub', source: 'bob', target: 'hub', kind: 'fibre', lengthKm: 5 },
    { key: 'hub-carol', source: 'hub', target: 'carol', kind: 'fibre', lengthKm: 5 },
  ];
  document.demands = [
    { key: 'alice-carol', source: 'alice', target: 'carol', targetFidelity: 0.55 },
    { key: 'bob-carol', source: 'bob', target: 'carol', targetFidelity: 0.55 },
  ];
}

describe('planScenario', () => {
  it('skips the min-cut bounds on request and changes nothing else', () => {
    const scenario = scenarioOf(starDocument);
    const full = planScenario(scenario, {}, solver);
    const quick = planScenario(scenario, { minCutBounds: false }, solver);
    expect(full.demands.some((demand) => demand.minCutBound !== undefined)).toBe(true);
    expect(quick.demands.every((demand) => demand.minCutBound === undefined)).toBe(true);
    expect(quick.demands).toEqual(full.demands.map((demand) => ({ ...demand, minCutBound: undefined })));
    const report = capacityReportFromPlan(scenario, quick, { version: 'test' });
    expect(validateCapacityReport(report).ok).toBe(true);
    expect(report.settings.minCutBounds).toMatch(/^skipped/);
  });

  it('plans a single hop at the elementary link rate times the parallel chains', () => {
    const scenario = scenarioOf((d) => (d.demands[0].targetFidelity = 0.5));
    const plan = planScenario(scenario);
    const demand = plan.demands[0]!;
    const edge = plan.edges.get('link')!;
    expect(demand.status).toBe('ok');
    expect(edge.usable).toBe(true);
    const performance = demand.best!.performance;
    expectClose(demand.standaloneRate, (edge.usable ? edge.rate : 0) * performance.parallelChains, {
      relative: 1e-9,
    });
    expectClose(demand.fidelity!, edge.usable ? edge.fidelity : 0, { relative: 1e-9 });
    expect(demand.best!.path.edges).toEqual(['link']);
    expect(plan.assumptions.some((line) => line.includes('no LP solver'))).toBe(true);
  });

  it('gives a lone demand its standalone rate through the LP, and time-shares a shared edge', () => {
    const lone = planScenario(
      scenarioOf((d) => (d.demands[0].targetFidelity = 0.5)),
      {},
      solver,
    );
    expectClose(lone.demands[0]!.allocatedRate, lone.demands[0]!.standaloneRate, { relative: 1e-6 });

    const star = planScenario(scenarioOf(starDocument), { objective: 'max-min' }, solver);
    const [first, second] = star.demands;
    expect(first!.status).toBe('ok');
    expect(second!.status).toBe('ok');
    // Both paths cross hub-carol: x1/D1 + x2/D2 <= 1, and max-min with the standalone rates as references gives
    // each demand half of its standalone rate.
    const shares =
      first!.allocatedRate / first!.standaloneRate + second!.allocatedRate / second!.standaloneRate;
    expectClose(shares, 1, { relative: 1e-5 });
    expectClose(first!.allocatedRate / first!.standaloneRate, 0.5, { relative: 1e-4 });
    const binding = star.allocation!.constraints.filter((constraint) => constraint.binding).map((c) => c.key);
    expect(binding).toContain('hub-carol');
  });

  it('explains a demand between disconnected nodes', () => {
    const scenario = scenarioOf((d) => {
      d.nodes.push({ key: 'island', kind: 'end-node', platform: 'nv-diamond' });
      d.demands.push({ key: 'lonely', source: 'alice', target: 'island', targetFidelity: 0.6 });
    });
    const lonely = planScenario(scenario, {}, solver).demands[1]!;
    expect(lonely.status).toBe('no-route');
    expect(lonely.explanation).toMatch(/different components/);
    expect(lonely.allocatedRate).toBe(0);
  });

  it('leaves out an edge without hardware values and says why', () => {
    const scenario = scenarioOf((d) => {
      for (const node of d.nodes) delete node.platform;
    });
    const plan = planScenario(scenario);
    expect(plan.edges.get('link')!.usable).toBe(false);
    expect(plan.demands[0]!.status).toBe('no-route');
    expect(plan.demands[0]!.explanation).toMatch(
      /unusable edges: .*"link".*has a platform preset to take hardware values from/,
    );
    expect(plan.assumptions.some((line) => line.includes('has a platform preset'))).toBe(true);
  });

  it('reports an unreachable fidelity with the reason and finite numbers', () => {
    const plan = planScenario(
      scenarioOf((d) => (d.demands[0].targetFidelity = 0.9999)),
      {},
      solver,
    );
    const demand = plan.demands[0]!;
    expect(demand.status).toBe('unreachable');
    expect(demand.explanation).toMatch(/0\.9999/);
    expect(demand.allocatedRate).toBe(0);
  });

  it('limits teleported qubits by the classical channel (two bits per qubit)', () => {
    const scenario = scenarioOf((d) => (d.demands[0].targetFidelity = 0.5));
    const plan = planScenario(scenario, { classicalRate: 0.01 });
    const bandwidth = plan.demands[0]!.effectiveBandwidth!;
    expect(bandwidth.classicalLimited).toBe(true);
    expect(bandwidth.qubitsPerSecond).toBe(0.005);
  });

  it('measures every demand against the PLOB bound of its weakest hop and the min cut', () => {
    const plan = planScenario(scenarioOf(starDocument));
    for (const demand of plan.demands) {
      expect(demand.allocatedRate).toBeLessThanOrEqual(demand.chainBound!);
      expect(demand.chainBound!).toBeLessThanOrEqual(demand.minCutBound! * (1 + 1e-12));
    }
  });

  it('plans over a lossless microwave line, whose PLOB bound is infinite, and leaves that bound out of the report', () => {
    const scenario = scenarioOf((d) => {
      d.nodes = ['left', 'right'].map((key) => ({
        key,
        kind: 'end-node',
        platform: 'superconducting-transducer',
        overrides: { cycleTimeS: 1e-6 },
      }));
      d.edges = [{ key: 'line', source: 'left', target: 'right', kind: 'microwave', lengthM: 5 }];
      d.demands = [{ key: 'd', source: 'left', target: 'right', targetFidelity: 0.9 }];
    });
    const plan = planScenario(scenario, {}, solver);
    const demand = plan.demands[0]!;
    expect(demand.status).toBe('ok');
    expect(demand.fidelity).toBe(1);
    expect(demand.minCutBound).toBe(Number.POSITIVE_INFINITY);
    const report = capacityReportFromPlan(scenario, plan, { version: 'test' });
    expect(report.demands[0]!.bound!.minCutPairsPerS).toBeUndefined();
    expect(validateCapacityReport(report).ok).toBe(true);
  });

  it('reports the whole route length, ship leg included, and long latencies in days', async () => {
    const { exampleText } = await import('../scenario/fixtures.js');
    const { parseScenario } = await import('../../../src/network/index.js');
    const parsed = parseScenario(exampleText('transpacific-ship.qnet.json'), { presets: loadPresets() });
    if (!parsed.ok) throw parsed.error;
    const plan = planScenario(parsed.value);
    const report = capacityReportFromPlan(parsed.value, plan, { version: 'test' });
    const route = report.demands[0]!.route!;
    expect(route.edges).toContain('pacific-ship');
    expectClose(route.lengthM, plan.demands[0]!.best!.path.length, { relative: 1e-12 });
    expect(route.lengthM).toBeGreaterThan(7_000_000);
    expect(renderReportMarkdown(report)).toMatch(/\d+(\.\d+)? days/);
  });

  it('rejects bad options naming the field', () => {
    expect(() => planScenario(scenarioOf(), { metric: 'speed' as never })).toThrow(/metric: must be one of/);
    expect(() => planScenario(scenarioOf(), { candidatePaths: 0 })).toThrow(/candidatePaths/);
  });

  it("charts dark-count heralds (F <= 1/2) apart from the link's entangled rate", () => {
    const scenario = scenarioOf((document) => {
      starDocument(document);
      (document.edges as Record<string, unknown>[])[2]!.lengthKm = 1500;
    });
    const report = capacityReportFromPlan(scenario, planScenario(scenario, {}, solver), { version: 'test' });
    const chart = report.charts!.find((spec) => spec.id === 'rate-vs-distance')!;
    expect(chart.series.map((series) => series.label)).toEqual([
      'single-click link (entangled, F > 1/2)',
      'PLOB bound at the same mode rate',
      'heralds with F <= 1/2 (dark counts, no entanglement)',
    ]);
    // The 40 swept lengths are split between the two herald series, nearest lengths entangled.
    const [entangled, , junk] = chart.series;
    expect(entangled!.points.length + junk!.points.length).toBe(40);
    expect(Math.max(...entangled!.points.map((point) => point.x))).toBeLessThan(
      Math.min(...junk!.points.map((point) => point.x)),
    );
    expect(validateCapacityReport(report).ok).toBe(true);
  });

  it('turns a plan into a valid capacity report that renders in every text format', () => {
    const scenario = scenarioOf(starDocument);
    const plan = planScenario(scenario, {}, solver);
    const report = capacityReportFromPlan(scenario, plan, { version: '0.0.0-test', file: 'star.qnet.json' });
    const validated = validateCapacityReport(report);
    expect(validated.ok ? [] : validated.error.issues).toEqual([]);
    expect(report.settings.objective).toBe('max-total');
    expect(report.demands.map((demand) => demand.status)).toEqual(['ok', 'ok']);
    expect(report.charts!.map((chart) => chart.id)).toEqual(['demand-rates', 'rate-vs-distance']);
    expect(renderReportMarkdown(report)).toContain('alice-carol');
    expect(renderReportCsv(report).split('\r\n').length).toBeGreaterThan(2);
    expect(renderReportHtml(report)).toContain('<svg');
  });
});
