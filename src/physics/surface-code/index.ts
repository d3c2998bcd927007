/**
 * Error-corrected (surface-code) quantum memories: logical error models, code-distance choice with a
 * floating-point guard, patch qubit counts, and memory sizing / lifetime. Used by the sneakernet model
 * (network/sneakernet) and, later, any model that stores logical qubits.
 */
export * from './logical-error-models.js';
export * from './rounding.js';
export * from './code-distance.js';
export * from './patches.js';
export * from './memory.js';
