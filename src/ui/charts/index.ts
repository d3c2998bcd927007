/**
 * The app's charts: the panel that draws ChartSpecs with chart.js, and the DOM-free builders of the link charts
 * (rate and fidelity against distance, purification trade-off) and the distributed-ML charts of a report.
 */
export { createChartsPanel, type ChartsPanel } from './charts-panel.js';
export { linkChartSpecs } from './link-chart-specs.js';
export { workloadChartSpecs } from './workload-chart-specs.js';
export { panelChartSpecs } from './panel-chart-specs.js';
