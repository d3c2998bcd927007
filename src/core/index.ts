/**
 * core: units, parameter guards, errors, Result, seeded RNG, numeric helpers and shared contracts.
 * Imports nothing from src; every other layer may import it.
 */
export * from './errors.js';
export * from './validate.js';
export * from './result.js';
export * from './units.js';
export * from './rng.js';
export * from './numeric.js';
export * from './did-you-mean.js';
export type * from './reference-case.js';
export type * from './chart-spec.js';
export * from './host-api.js';
