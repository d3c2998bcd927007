/**
 * The ML charts for the app come from the report (as src/ml built them): time against N with the crossover
 * marked first, nothing without workloads. The charts panel gets each chart once: link charts, the report's own
 * charts, then the ML charts (which the report also carries), not the ML charts twice.
 */
import { describe, expect, it } from 'vitest';
import { workloadReportsForPlan } from '../../../src/ml/plan-workloads.js';
import { planScenario } from '../../../src/network/index.js';
import { capacityReportFromPlan, withWorkloads } from '../../../src/report/index.js';
import { linkChartSpecs } from '../../../src/ui/charts/link-chart-specs.js';
import { panelChartSpecs } from '../../../src/ui/charts/panel-chart-specs.js';
import { workloadChartSpecs } from '../../../src/ui/charts/workload-chart-specs.js';
import { exampleScenario } from '../../ml/plan-workload-fixtures.js';

const scenario = exampleScenario('metro-three-node.qnet.json');
const plan = planScenario(scenario);
const base = capacityReportFromPlan(scenario, plan, { version: 'test' });
const { workloads, charts } = workloadReportsForPlan(scenario, plan);
const report = withWorkloads(base, workloads, charts);

describe('workloadChartSpecs', () => {
  it('returns the time-against-N chart of each workload with its markers, before the communication chart', () => {
    expect(workloads.length).toBeGreaterThan(0);
    const specs = workloadChartSpecs(report);
    const demand = workloads[0]!.demandKey;
    expect(specs[0]!.id).toBe(`ml-time-vs-n-${demand}`);
    expect(specs[0]!.series.map((series) => series.label)).toEqual(
      expect.arrayContaining(['classical link']),
    );
    expect(specs[0]!.markers!.some((marker) => marker.label.startsWith('this workload'))).toBe(true);
    const crossover = workloads[0]!.tasks.find((task) => task.task === 'inference')!.crossoverDimension;
    if (crossover !== undefined) {
      expect(specs[0]!.markers!.some((marker) => marker.x === crossover)).toBe(true);
    }
    // Exactly the report's ML charts, no others, no copies.
    expect(specs.every((spec) => report.charts!.includes(spec))).toBe(true);
    expect(specs.map((spec) => spec.id)).not.toContain('demand-rates');
    expect(new Set(specs.map((spec) => spec.id)).size).toBe(specs.length);
  });

  it('is empty for a report without workloads', () => {
    expect(workloadChartSpecs(base)).toEqual([]);
    expect(workloadChartSpecs({ ...report, workloads: [] })).toEqual([]);
  });
});

describe('panelChartSpecs', () => {
  it('lists every chart exactly once: link charts, report charts, then the ML charts', () => {
    const ids = panelChartSpecs(scenario, report, null).map((chart) => chart.id);
    expect(new Set(ids).size).toBe(ids.length);
    const link = linkChartSpecs(scenario, null).map((chart) => chart.id);
    const ml = workloadChartSpecs(report).map((chart) => chart.id);
    expect(ml.length).toBeGreaterThan(0);
    // The report carries the ML charts itself: they must not come twice.
    expect(ml.every((id) => report.charts!.some((chart) => chart.id === id))).toBe(true);
    const own = report.charts!.map((chart) => chart.id).filter((id) => !ml.includes(id));
    expect(own.length).toBeGreaterThan(0);
    expect(ids).toEqual([...link, ...own, ...ml]);
  });

  it('shows only the link charts before the first plan, and nothing without a valid scenario', () => {
    expect(panelChartSpecs(scenario, undefined, null).map((chart) => chart.id)).toEqual(
      linkChartSpecs(scenario, null).map((chart) => chart.id),
    );
    expect(panelChartSpecs(undefined, undefined, null)).toEqual([]);
    expect(panelChartSpecs(undefined, base, null).map((chart) => chart.id)).toEqual(
      (base.charts ?? []).map((chart) => chart.id),
    );
  });
});
