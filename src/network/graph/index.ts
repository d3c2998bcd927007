/**
 * network/graph: the network graph model of record (graphology undirected multigraph), its input
 * validation, great-circle distances and connected components.
 */
export * from './graph-types.js';
export * from './network-graph.js';
export * from './components.js';
export type { ValidatedGraph } from './validate-graph-input.js';
export { validateGraphInput } from './validate-graph-input.js';
