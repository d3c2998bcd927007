/**
 * planner: a scenario in, per-demand plans out — edge physics, routing, path analysis, capacity allocation,
 * bounds and effective qubit bandwidth.
 */
export * from './edge-physics.js';
export * from './route-nodes.js';
export * from './plan-options.js';
export * from './plan-types.js';
export * from './plan-allocation.js';
export * from './plan.js';
