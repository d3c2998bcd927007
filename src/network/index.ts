/**
 * network: scenario files (schema, parse, migrate, serialise), hardware platform presets, the graph model and
 * routing, repeater-chain waiting times, link parameters from presets, capacity allocation (LP) and min-cut
 * bounds, sneakernet carrier links.
 * May import core and physics only. Pure: no I/O, no globals.
 */
export * from './scenario/index.js';
export * from './platforms/index.js';
export * from './graph/index.js';
export * from './routing/index.js';
export * from './chain/index.js';
export * from './allocation/index.js';
export * from './bounds/index.js';
export * from './sneakernet/index.js';
export * from './generations/index.js';
export * from './link-parameters.js';
export * from './path-analysis/index.js';
export * from './planner/index.js';
export * from './reference-cases/index.js';
