/**
 * The distributed-ML charts of a capacity report for the app: per workload, inference time against data dimension
 * N over the quantum route and the classical link with the crossover and the workload's own N marked, then (for
 * deep-unitary workloads) communication against precision. These are exactly the charts src/ml builds
 * (plan-workload-charts.ts) and withWorkloads puts into the report; this picks them out in that order, so the
 * app and the printed report show the same figures. DOM-free.
 * Assumptions: a report without workloads has no ML charts; the chart ids are those of plan-workload-charts.ts.
 */
import type { CapacityReport, ChartSpec } from '../../report/index.js';

/** Id prefixes of the ML charts, in display order. */
export const WORKLOAD_CHART_PREFIXES: readonly string[] = ['ml-time-vs-n-', 'ml-communication-vs-eps-'];

/** The ML charts of `report` (time against N first, per demand in report order); [] without workloads. */
export function workloadChartSpecs(report: CapacityReport): ChartSpec[] {
  if (!report.workloads || report.workloads.length === 0) return [];
  const charts = report.charts ?? [];
  const result: ChartSpec[] = [];
  for (const workload of report.workloads) {
    for (const prefix of WORKLOAD_CHART_PREFIXES) {
      const chart = charts.find((candidate) => candidate.id === `${prefix}${workload.demandKey}`);
      if (chart && !result.includes(chart)) result.push(chart);
    }
  }
  return result;
}
