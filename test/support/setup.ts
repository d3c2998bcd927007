/**
 * Global test setup: property tests run from a fixed seed so every run of the suite is identical
 * (deterministic results, design.md). To explore new cases locally, set FC_SEED to another integer.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261124) });
