/**
 * Capacity reports: the versioned report model, its validation and re-import, and the pure renderers (JSON,
 * CSV, Markdown, self-contained HTML with an SVG topology). Chart images and PDF are effects and live in
 * src/cli/report-output (and the app). Pure: every function returns a string or a Result.
 */
export * from './report-model.js';
export {
  capacityReportSchema,
  chartSpecSchema,
  parseCapacityReport,
  validateCapacityReport,
  validateChartSpec,
} from './report-schema.js';
export { canonicalReport, renderReportJson } from './render-json.js';
export { CSV_COLUMNS, renderReportCsv, type CsvColumn } from './render-csv.js';
export { csvCell, type CsvValue } from './csv-cell.js';
export { renderReportMarkdown } from './render-markdown.js';
export { escapeMarkdown } from './markdown-text.js';
export { renderReportHtml, REPORT_CSP, type HtmlReportOptions } from './render-html.js';
export { escapeHtml } from './html-text.js';
export { chartSeriesTable } from './chart-table.js';
export type { TextTable } from './report-text.js';
export * from './topology-layout.js';
export * from './topology-svg.js';
