/**
 * `qnet swap`: entanglement swapping of two or more Werner pairs (one --fidelity per link) with optional gate
 * and measurement noise, exact on Bell-diagonal states (physics/swapping.ts).
 */
import type { Command } from 'commander';
import { ParameterError } from '../../core/index.js';
import {
  bellDiagonalToArray,
  swapChain,
  wernerState,
  BELL_MEASUREMENT_SUCCESS,
} from '../../physics/index.js';
import { formatQuantity, renderKeyValues } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { addNoiseOptions, localNoiseFrom, type NoiseOptions } from '../noise-options.js';
import { collectNumbers, parseNumber } from '../options.js';
import { emit } from '../output.js';

interface SwapCommandOptions extends NoiseOptions {
  fidelity: number[];
  bellMeasurementSuccess?: number;
  linearOptics?: boolean;
  json?: boolean;
}

export function registerSwapCommand(program: Command, io: CliIo): void {
  const command = program
    .command('swap')
    .description('entanglement swapping of Werner pairs, with gate and measurement noise')
    .requiredOption(
      '--fidelity <F>',
      'fidelity of a link (repeat once per link, at least twice)',
      collectNumbers,
    );
  addNoiseOptions(command)
    .option(
      '--bell-measurement-success <p>',
      'success probability of each Bell measurement (default 1)',
      parseNumber,
    )
    .option('--linear-optics', 'linear-optics Bell measurement without ancillas (success 1/2)')
    .option('--json', 'machine-readable output')
    .action((options: SwapCommandOptions) => {
      if (options.fidelity.length < 2) {
        throw new ParameterError(
          '--fidelity',
          `give at least two links to swap (got ${options.fidelity.length})`,
        );
      }
      const links = options.fidelity.map((fidelity, index) => {
        try {
          return wernerState(fidelity);
        } catch {
          throw new ParameterError(`--fidelity[${index}]`, `must be between 0 and 1 (got ${fidelity})`);
        }
      });
      const noise = localNoiseFrom(options);
      const bellMeasurementSuccessProbability =
        options.bellMeasurementSuccess ??
        (options.linearOptics ? BELL_MEASUREMENT_SUCCESS['linear-optics'] : 1);
      const result = swapChain(links, { ...noise, bellMeasurementSuccessProbability });
      const inputs = { fidelities: options.fidelity, ...noise, bellMeasurementSuccessProbability };
      emit(io, options.json, 'swap', inputs, { ...result, swaps: links.length - 1 }, () =>
        renderKeyValues([
          ['links', options.fidelity.map((f) => formatQuantity(f, '', 6)).join(', ')],
          ['swaps', String(links.length - 1)],
          ['gate reliability p2', formatQuantity(noise.twoQubitGateReliability, '', 6)],
          ['measurement fidelity', formatQuantity(noise.measurementFidelity ?? 1, '', 6)],
          ['output fidelity', formatQuantity(result.fidelity, '', 6)],
          [
            'state (Φ+, Ψ-, Ψ+, Φ-)',
            bellDiagonalToArray(result.state)
              .map((x) => formatQuantity(x, '', 6))
              .join(', '),
          ],
          ['success probability', formatQuantity(result.successProbability, '', 6)],
        ]),
      );
    });
}
