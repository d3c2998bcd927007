/**
 * GraphML / GEXF import and export: pure conversions between graphs and scenario documents, and the
 * browser-side file reading and writing.
 */
export * from './graph-to-scenario.js';
export * from './scenario-to-graph.js';
export * from './graph-files.js';
