/**
 * physics: the models of one link, one pair and one memory — propagation in fibre and free space, multiplexing,
 * detectors, elementary link generation (single-click, double-click, midpoint source), Bell-diagonal states,
 * swapping, memory decoherence and cutoffs, purification (BBPSSW, DEJMPS, recurrence, pumping), transduction,
 * capacity bounds (PLOB, TGW), closed-form chain waiting times, and error-corrected (surface-code) memories.
 * May import core only. Pure: no I/O, no globals.
 */
export * from './bell-diagonal-checks.js';
export * from './bell-diagonal.js';
export * from './capacity-bounds.js';
export * from './cutoff.js';
export * from './demonstrations.js';
export * from './detectors.js';
export * from './double-click.js';
export * from './earth-geometry.js';
export * from './elementary-link.js';
export * from './fibre.js';
export * from './free-space.js';
export * from './link-generation.js';
export * from './link-hardware.js';
export * from './local-operation-noise.js';
export * from './memory-decoherence.js';
export * from './microwave-link.js';
export * from './midpoint-source.js';
export * from './multiplexing.js';
export * from './pauli-channels.js';
export * from './purification-bbpssw.js';
export * from './purification-dejmps.js';
export * from './purification-noise.js';
export * from './purification-protocol.js';
export * from './purification-schedule.js';
export * from './single-click.js';
export * from './swapping.js';
export * from './transduction.js';
export * from './waiting-time.js';
export * from './surface-code/index.js';
export * from './reference-cases/index.js';
