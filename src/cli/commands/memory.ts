/**
 * `qnet memory`: fidelity of a stored pair after a storage time, for pure dephasing (T2), amplitude damping plus
 * dephasing (T1, T2) or depolarising memories, on one or both qubits (physics/memory-decoherence.ts).
 */
import type { Command } from 'commander';
import { ParameterError } from '../../core/index.js';
import {
  bellDiagonalToArray,
  decohereBothQubits,
  decohereOneQubit,
  wernerState,
  type MemoryNoise,
} from '../../physics/index.js';
import { formatQuantity, renderKeyValues } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { parseNumber } from '../options.js';
import { emit } from '../output.js';

interface MemoryOptions {
  t1S?: number;
  t2S?: number;
  depolarisingTimeS?: number;
  timeS: number;
  fidelity: number;
  bothQubits?: boolean;
  json?: boolean;
}

export function registerMemoryCommand(program: Command, io: CliIo): void {
  program
    .command('memory')
    .description('decoherence of a stored pair: fidelity after a storage time')
    .option(
      '--t1-s <T1>',
      'energy relaxation time T1 in s (with --t2-s: amplitude damping + dephasing)',
      parseNumber,
    )
    .option('--t2-s <T2>', 'coherence time T2 in s (alone: pure dephasing)', parseNumber)
    .option('--depolarising-time-s <T>', 'depolarising memory with this time constant', parseNumber)
    .requiredOption('--time-s <t>', 'storage time in s', parseNumber)
    .option('--fidelity <F0>', 'initial fidelity of the (Werner) pair', parseNumber, 1)
    .option('--both-qubits', 'both qubits of the pair are stored for the time (default: one)')
    .option('--json', 'machine-readable output')
    .action((options: MemoryOptions) => {
      const noise = memoryNoise(options);
      const initial = wernerState(options.fidelity);
      const state = options.bothQubits
        ? decohereBothQubits(initial, noise, options.timeS)
        : decohereOneQubit(initial, noise, options.timeS);
      const inputs = {
        noise,
        timeS: options.timeS,
        fidelity: options.fidelity,
        bothQubits: Boolean(options.bothQubits),
      };
      emit(io, options.json, 'memory', inputs, { fidelity: state.phiPlus, state }, () =>
        renderKeyValues([
          ['model', describe(noise)],
          ['storage time', formatQuantity(options.timeS, 's')],
          ['qubits stored', options.bothQubits ? 'both' : 'one'],
          ['initial fidelity', formatQuantity(options.fidelity, '', 6)],
          ['fidelity after storage', formatQuantity(state.phiPlus, '', 6)],
          [
            'state (Φ+, Ψ-, Ψ+, Φ-)',
            bellDiagonalToArray(state)
              .map((x) => formatQuantity(x, '', 6))
              .join(', '),
          ],
        ]),
      );
    });
}

/** Picks the memory model from the options given; ambiguous or incomplete combinations are errors. */
function memoryNoise(options: MemoryOptions): MemoryNoise {
  if (options.depolarisingTimeS !== undefined) {
    if (options.t1S !== undefined || options.t2S !== undefined) {
      throw new ParameterError('--depolarising-time-s', 'cannot be combined with --t1-s or --t2-s');
    }
    return { model: 'depolarising', depolarisingTime: options.depolarisingTimeS };
  }
  if (options.t2S === undefined) {
    throw new ParameterError('--t2-s', 'required (or give --depolarising-time-s for a depolarising memory)');
  }
  if (options.t1S === undefined) return { model: 'dephasing', t2: options.t2S };
  return { model: 'amplitude-damping', t1: options.t1S, t2: options.t2S };
}

function describe(noise: MemoryNoise): string {
  switch (noise.model) {
    case 'dephasing':
      return `pure dephasing, T2 = ${formatQuantity(noise.t2, 's')}`;
    case 'amplitude-damping':
      return `amplitude damping + dephasing, T1 = ${formatQuantity(noise.t1, 's')}, T2 = ${formatQuantity(noise.t2, 's')}`;
    case 'depolarising':
      return `depolarising, T = ${formatQuantity(noise.depolarisingTime, 's')}`;
  }
}
