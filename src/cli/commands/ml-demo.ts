/**
 * `qnet ml demo`: the distributed protocol run on a state vector (src/ml/demo.ts) — the sampled estimate against the
 * exact expectation, its error beside sqrt((1 - F^2)/S), and the qubits the shots cost, at S/100, S/10 and S shots
 * with one seed (the same angles), so the convergence is visible. Model: distributed-ml.md reference ansatz.
 */
import type { Command } from 'commander';
import { demo } from '../../ml/index.js';
import type { CliIo } from '../io.js';
import { parseInteger } from '../options.js';
import { emit } from '../output.js';
import { renderDemo, type ConvergenceRow } from './ml-output.js';
import { withOptionNames } from './ml-option-names.js';

interface DemoCommandOptions {
  qubits: number;
  layers: number;
  shots: number;
  seed: number;
  json?: boolean;
}

/** Registers `qnet ml demo` under the `ml` command. */
export function registerDemo(ml: Command, io: CliIo): void {
  ml.command('demo')
    .description(
      'run the protocol on a state vector: sampled estimate against the exact value, and its qubits',
    )
    .requiredOption('--qubits <n>', 'qubits n (1..20); the data has 2^n entries x_j = j + 1', parseInteger)
    .requiredOption(
      '--layers <L>',
      'layers L (each: phase by x, RY by the angles, CNOT ladder)',
      parseInteger,
    )
    .requiredOption('--shots <S>', 'measurement shots S (1e4 notation accepted)', parseInteger)
    .option('--seed <s>', 'seed of the generator (angles and shots)', parseInteger, 1)
    .option('--json', 'machine-readable output')
    .action((options: DemoCommandOptions) => {
      const run = (shots: number) =>
        withOptionNames(() =>
          demo({ qubits: options.qubits, layers: options.layers, shots, seed: options.seed }),
        );
      const result = run(options.shots);
      // Same seed: the same angles are drawn first, so every run estimates the same F.
      const smaller = [100, 10]
        .map((factor) => Math.floor(options.shots / factor))
        .filter((shots) => shots >= 1);
      const convergence: ConvergenceRow[] = [...smaller.map(run), result].map((r) => ({
        shots: r.shots,
        estimate: r.estimate,
        error: r.error,
        standardError: r.standardError,
        qubits: r.ledger.totalQubits,
      }));
      const inputs = {
        qubits: options.qubits,
        layers: options.layers,
        shots: options.shots,
        seed: options.seed,
      };
      emit(io, options.json, 'ml demo', inputs, { ...result, convergence }, () =>
        renderDemo(result, convergence),
      );
    });
}
