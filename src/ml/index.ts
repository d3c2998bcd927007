/**
 * ml: distributed-ML over quantum links. Communication cost model (Gilboa, Michaeli, Soudry & McClean,
 * arXiv 2310.07136) with every constant explicit, end-to-end time (communication + compute + latency),
 * crossover, consumable data, privacy cap, and a small state-vector simulator of the reference protocol.
 * May import core, physics and network. Pure: no I/O, no globals, randomness only from a passed-in seed.
 */
export * from './workload.js';
export * from './cost-model.js';
export * from './cost-model-training.js';
export * from './cost-model-variants.js';
export * from './protocol-cost.js';
export * from './time-options.js';
export * from './end-to-end-time.js';
export * from './task-time.js';
export * from './consumable-data.js';
export * from './privacy.js';
export * from './crossover.js';
export * from './tabulate.js';
export * from './state-vector.js';
export * from './reference-ansatz.js';
export * from './communication-ledger.js';
export * from './demo.js';
export { ML_REFERENCE_CASES } from './reference-cases.js';
export * from './workload-tasks.js';
export * from './plan-workloads.js';
export * from './plan-workload-charts.js';
export type * from './workload-report.js';
