/**
 * The list of charts the app's charts panel shows, each exactly once: the link charts of the selected (or first)
 * edge, then the report's own charts (rate per demand, ...), then the distributed-ML charts. The report already
 * carries the ML charts (withWorkloads adds them); they are taken out of the report's list and put last in
 * workloadChartSpecs' order, so no chart is passed twice. DOM-free.
 * Assumptions: chart ids are unique within each source; a report chart is an ML chart when workloadChartSpecs
 * picks it.
 */
import type { Scenario } from '../../network/index.js';
import type { CapacityReport, ChartSpec } from '../../report/index.js';
import { linkChartSpecs } from './link-chart-specs.js';
import { workloadChartSpecs } from './workload-chart-specs.js';

/**
 * The charts of the panel for the current scenario (undefined while it is invalid), the latest report
 * (undefined before the first plan) and the selected edge (null: the first edge).
 */
export function panelChartSpecs(
  scenario: Scenario | undefined,
  report: CapacityReport | undefined,
  selectedEdgeId: string | null,
): ChartSpec[] {
  const link = scenario ? linkChartSpecs(scenario, selectedEdgeId) : [];
  if (!report) return link;
  const workload = workloadChartSpecs(report);
  const workloadIds = new Set(workload.map((chart) => chart.id));
  const linkIds = new Set(link.map((chart) => chart.id));
  const own = (report.charts ?? []).filter((chart) => !workloadIds.has(chart.id) && !linkIds.has(chart.id));
  return [...link, ...own, ...workload];
}
