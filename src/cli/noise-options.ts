/**
 * The local-operation noise options shared by `qnet swap` and `qnet purify`: two-qubit gate quality, given
 * either as the depolarising model's reliability p2 (Duer et al. 1999) or as the gate's process fidelity
 * (converted, p2 = (16F - 1)/15), and the measurement fidelity eta_m.
 */
import type { Command } from 'commander';
import { ParameterError } from '../core/index.js';
import { gateReliabilityFromProcessFidelity, type LocalOperationNoise } from '../physics/index.js';
import { parseNumber } from './options.js';

/** Parsed noise options. */
export interface NoiseOptions {
  gateFidelity?: number;
  gateReliability?: number;
  measurementFidelity?: number;
}

/** Adds --gate-fidelity, --gate-reliability and --measurement-fidelity to a command. */
export function addNoiseOptions(command: Command): Command {
  return command
    .option(
      '--gate-fidelity <F>',
      'two-qubit gate process fidelity (converted to p2 = (16F-1)/15)',
      parseNumber,
    )
    .option(
      '--gate-reliability <p2>',
      'two-qubit gate reliability p2 of the depolarising model (Duer 1999)',
      parseNumber,
    )
    .option(
      '--measurement-fidelity <eta>',
      'single-qubit measurement fidelity eta_m (0.5..1, default 1)',
      parseNumber,
    );
}

/** Turns the options into the physics noise model; giving both gate options is an error. */
export function localNoiseFrom(
  options: NoiseOptions,
): LocalOperationNoise & { twoQubitGateReliability: number } {
  if (options.gateFidelity !== undefined && options.gateReliability !== undefined) {
    throw new ParameterError(
      '--gate-fidelity',
      'give either --gate-fidelity or --gate-reliability, not both',
    );
  }
  const twoQubitGateReliability =
    options.gateReliability ??
    (options.gateFidelity === undefined ? 1 : gateReliabilityFromProcessFidelity(options.gateFidelity));
  return {
    twoQubitGateReliability,
    ...(options.measurementFidelity === undefined
      ? {}
      : { measurementFidelity: options.measurementFidelity }),
  };
}
