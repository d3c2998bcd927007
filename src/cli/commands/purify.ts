/**
 * `qnet purify`: entanglement purification (BBPSSW or DEJMPS) by recurrence or pumping, round by round, with
 * the fidelity, success probability, Bell-diagonal state and raw pairs consumed, plus the highest fidelity the
 * scheme can reach with the given local-operation noise (physics/purification-*.ts).
 */
import { Option, type Command } from 'commander';
import {
  PURIFICATION_PROTOCOLS,
  bellDiagonalToArray,
  pumpingFidelityLimit,
  pumpingSchedule,
  recurrenceFidelityLimit,
  recurrenceSchedule,
  roundsToReach,
  type PurificationProtocol,
  type PurificationScheme,
} from '../../physics/index.js';
import { formatQuantity, renderKeyValues, renderTextTable } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { addNoiseOptions, localNoiseFrom, type NoiseOptions } from '../noise-options.js';
import { parseInteger, parseNumber } from '../options.js';
import { emit } from '../output.js';

interface PurifyOptions extends NoiseOptions {
  protocol: PurificationProtocol;
  fidelity: number;
  rounds?: number;
  scheme: PurificationScheme;
  targetFidelity?: number;
  json?: boolean;
}

export function registerPurifyCommand(program: Command, io: CliIo): void {
  const command = program
    .command('purify')
    .description('entanglement purification by recurrence or pumping, round by round')
    .addOption(
      new Option('--protocol <name>', 'purification protocol')
        .choices(PURIFICATION_PROTOCOLS)
        .default('dejmps'),
    )
    .requiredOption('--fidelity <F>', 'fidelity of the raw (Werner) pairs', parseNumber)
    .option('--rounds <k>', 'rounds to run (default 1; ignored with --target-fidelity)', parseInteger)
    .addOption(
      new Option('--scheme <scheme>', 'recurrence (purify equals) or pumping (fresh pairs)')
        .choices(['recurrence', 'pumping'])
        .default('recurrence'),
    )
    .option('--target-fidelity <F>', 'run as many rounds as needed to reach this fidelity', parseNumber);
  addNoiseOptions(command)
    .option('--json', 'machine-readable output')
    .action((options: PurifyOptions) => {
      const noise = localNoiseFrom(options);
      const scheduleOptions = { initialState: options.fidelity, protocol: options.protocol, noise };
      const rounds =
        options.targetFidelity === undefined
          ? (options.rounds ?? 1)
          : roundsToReach(options.targetFidelity, { ...scheduleOptions, scheme: options.scheme }).round;
      const schedule =
        options.scheme === 'recurrence'
          ? recurrenceSchedule(scheduleOptions, rounds)
          : pumpingSchedule(scheduleOptions, rounds);
      const limit =
        options.scheme === 'recurrence'
          ? recurrenceFidelityLimit({ protocol: options.protocol, noise })
          : pumpingFidelityLimit(options.fidelity, { protocol: options.protocol, noise });
      const result = {
        rounds: schedule.map((round) => ({ ...round, stateArray: bellDiagonalToArray(round.state) })),
        reachableFidelity: limit.fidelity,
      };
      const inputs = {
        ...scheduleOptions,
        scheme: options.scheme,
        targetFidelity: options.targetFidelity ?? null,
      };
      emit(io, options.json, 'purify', inputs, result, () => {
        const table = renderTextTable(
          [
            { header: 'round', align: 'right' },
            { header: 'fidelity', align: 'right' },
            { header: 'p(success)', align: 'right' },
            { header: 'raw pairs (expected)', align: 'right' },
            { header: 'state (Φ+, Ψ-, Ψ+, Φ-)' },
          ],
          schedule.map((round) => [
            String(round.round),
            formatQuantity(round.fidelity, '', 6),
            formatQuantity(round.successProbability, '', 6),
            formatQuantity(round.expectedRawPairs, '', 4),
            bellDiagonalToArray(round.state)
              .map((x) => formatQuantity(x, '', 4))
              .join(', '),
          ]),
        );
        const footer = renderKeyValues([
          ['protocol / scheme', `${options.protocol} / ${options.scheme}`],
          ['gate reliability p2', formatQuantity(noise.twoQubitGateReliability, '', 6)],
          ['measurement fidelity', formatQuantity(noise.measurementFidelity ?? 1, '', 6)],
          ['highest reachable fidelity', formatQuantity(limit.fidelity, '', 6)],
        ]);
        return `${table}\n\n${footer}`;
      });
    });
}
