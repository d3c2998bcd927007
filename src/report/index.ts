/**
 * report: turns model results into things people read — number formatting, text tables, the verification
 * run behind `qnet verify`, and (later) capacity reports in JSON, CSV, Markdown, HTML and PDF.
 * May import core, physics, network, sim, ml. Pure: renderers return strings; writing files is the caller's job.
 */
export * from './format-number.js';
export * from './text-table.js';
export * from './verification.js';
export * from './capacity-report/index.js';
export * from './plan-report.js';
