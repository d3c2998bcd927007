/**
 * `qnet generations`: compares first-, second- and third-generation repeater architectures (Muralidharan et al.,
 * Sci. Rep. 6, 20463 (2016)) for one route — rate, fidelity, qubits per station and the cost per ebit (or secret
 * bit) per km — and names the cheapest feasible one.
 */
import { Option, type Command } from 'commander';
import { dbPerKmToDbPerMetre, kmToMetres, requirePositive } from '../../core/index.js';
import { compareGenerations } from '../../network/index.js';
import { formatNumber, formatQuantity, renderTextTable } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { parseNumber } from '../options.js';
import { emit } from '../output.js';

interface GenerationsOptions {
  lengthKm: number;
  spacingKm: number;
  thirdSpacingKm?: number;
  attenuationDbPerKm?: number;
  gateError?: number;
  couplingEfficiency?: number;
  targetFidelity?: number;
  costBasis: 'ebit' | 'secret-key';
  json?: boolean;
}

export function registerGenerationsCommand(program: Command, io: CliIo): void {
  program
    .command('generations')
    .description(
      'compare repeater generations (1G, 2G, 3G) on one route: rate, fidelity, qubits, cost per km',
    )
    .requiredOption('--length-km <L>', 'route length in km', parseNumber)
    .requiredOption('--spacing-km <L0>', 'repeater spacing in km', parseNumber)
    .option(
      '--third-spacing-km <L0>',
      'separate spacing for the third generation (one-way, short hops)',
      parseNumber,
    )
    .option('--attenuation-db-per-km <dB>', 'fibre attenuation (default 0.2)', parseNumber)
    .option('--gate-error <e>', 'gate error probability (default 1e-3)', parseNumber)
    .option('--coupling-efficiency <p>', 'photon coupling efficiency (default 0.9)', parseNumber)
    .option('--target-fidelity <F>', 'fidelity the delivered pairs must reach (default 0.95)', parseNumber)
    .addOption(
      new Option('--cost-basis <basis>', 'cost per ebit or per secret bit')
        .choices(['ebit', 'secret-key'])
        .default('ebit'),
    )
    .option('--json', 'machine-readable output')
    .action((options: GenerationsOptions) => {
      requirePositive('--length-km', options.lengthKm);
      requirePositive('--spacing-km', options.spacingKm);
      const comparison = compareGenerations({
        totalLength: kmToMetres(options.lengthKm),
        repeaterSpacing: kmToMetres(options.spacingKm),
        costBasis: options.costBasis,
        ...(options.attenuationDbPerKm === undefined
          ? {}
          : { attenuation: dbPerKmToDbPerMetre(options.attenuationDbPerKm) }),
        ...(options.gateError === undefined ? {} : { gateError: options.gateError }),
        ...(options.couplingEfficiency === undefined
          ? {}
          : { couplingEfficiency: options.couplingEfficiency }),
        ...(options.targetFidelity === undefined ? {} : { targetFidelity: options.targetFidelity }),
        ...(options.thirdSpacingKm === undefined
          ? {}
          : { thirdGeneration: { repeaterSpacing: kmToMetres(options.thirdSpacingKm) } }),
      });
      emit(io, options.json, 'generations', { ...options, json: undefined }, comparison, () => {
        const table = renderTextTable(
          [
            { header: 'generation' },
            { header: 'status' },
            { header: 'rate', align: 'right' },
            { header: 'fidelity', align: 'right' },
            { header: 'qubits/station', align: 'right' },
            { header: 'stations', align: 'right' },
            {
              header: `cost per ${options.costBasis === 'ebit' ? 'ebit' : 'secret bit'} per km`,
              align: 'right',
            },
          ],
          comparison.rows.map((row) => [
            `${row.generation} ${row.architecture}`,
            row.status,
            formatQuantity(row.rate, 'Hz'),
            row.fidelity === undefined ? '-' : formatNumber(row.fidelity, 5),
            formatNumber(row.qubitsPerStation),
            formatNumber(row.repeaterStations),
            formatNumber(
              (options.costBasis === 'ebit' ? row.costPerEbitPerKm : row.costPerSecretBitPerKm) ?? Number.NaN,
            ),
          ]),
        );
        const reasons = comparison.rows
          .filter((row) => row.reason)
          .map((row) => `${row.generation}: ${row.reason}`);
        const best = comparison.bestByCost
          ? `cheapest: ${comparison.bestByCost}`
          : 'no generation is feasible';
        return [table, '', ...reasons, best, '', ...comparison.notes.map((note) => `note: ${note}`)].join(
          '\n',
        );
      });
    });
}
