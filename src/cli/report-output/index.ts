/**
 * The effectful half of capacity reports: chart images (chart.js on @napi-rs/canvas), PDF (Chromium via
 * playwright-core) and atomic file output in every format. The pure renderers are in
 * src/report/capacity-report.
 */
export * from './chart-png.js';
export * from './html-to-pdf.js';
export * from './write-report.js';
