/**
 * Sneakernet: shipping error-corrected quantum memories (Devitt et al., Sci. Rep. 6, 36163 (2016)).
 * Memory sticks and packing, carrier presets, voyages, fleets, loading/unloading, stockpiles, delivery
 * schedules, the end-to-end `sneakernetLink` (a network edge: rate, fidelity, latency) and the
 * reproduction of the paper's Table 1.
 */
export * from './memory-stick.js';
export * from './carriers.js';
export * from './voyage.js';
export * from './fleet.js';
export * from './loading.js';
export * from './stockpile.js';
export * from './schedule.js';
export * from './link.js';
export * from './devitt-table.js';
export * from './carrier-edge.js';
