/**
 * The ML charts for the app come from the report (as src/ml built them): time against N with the crossover
 * marked first, nothing without workloads.
 */
import { describe, expect, it } from 'vitest';
import { workloadReportsForPlan } from '../../../src/ml/plan-workloads.js';
import { planScenario } from '../../../src/network/index.js';
import { capacityReportFromPlan, withWorkloads } from '../../../src/report/index.js';
import { workloadChartSpecs } from '../../../src/ui/charts/workload-chart-specs.js';
import { exampleScenario } from '../../ml/plan-workload-fixtures.js';

describe('workloadChartSpecs', () => {
  const scenario = exampleScenario('metro-three-node.qnet.json');
  const plan = planScenario(scenario);
  const base = capacityReportFromPlan(scenario, plan, { version: 'test' });
  const { workloads, charts } = workloadReportsForPlan(scenario, plan);
  const report = withWorkloads(base, workloads, charts);

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
