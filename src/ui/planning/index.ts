/**
 * Planning for the app: the worker protocol, the debounced client and the plan computation itself.
 */
export * from './plan-compute.js';
export * from './planning-client.js';
export type { WorkerMessage } from './plan-worker.js';
