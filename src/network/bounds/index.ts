/**
 * network/bounds: network-level upper bounds on end-to-end entanglement rates, the min cut of per-edge
 * capacities between a demand's ends (Pirandola, Commun. Phys. 2, 51 (2019)), computed by max-flow.
 */
export * from './max-flow.js';
export * from './min-cut-bounds.js';
export * from './min-cut-values.js';
