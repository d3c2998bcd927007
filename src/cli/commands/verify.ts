/**
 * `qnet verify`: runs every built-in reference case (published values and independently computed ones, each
 * with its source) and prints case, expected, model, relative error and pass/fail. Exit 1 if any case fails.
 */
import type { Command } from 'commander';
import type { ReferenceCase } from '../../core/index.js';
import { PHYSICS_REFERENCE_CASES } from '../../physics/index.js';
import { NETWORK_REFERENCE_CASES } from '../../network/index.js';
import { ML_REFERENCE_CASES } from '../../ml/index.js';
import { formatNumber, renderTextTable, runReferenceCases } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';
import { ExitCode, EXIT } from '../main.js';

/** Every reference case of every layer, in a stable order. */
export const ALL_REFERENCE_CASES: readonly ReferenceCase[] = [
  ...PHYSICS_REFERENCE_CASES,
  ...NETWORK_REFERENCE_CASES,
  ...ML_REFERENCE_CASES,
];

export function registerVerifyCommand(program: Command, io: CliIo): void {
  program
    .command('verify')
    .description('check every model against published and independently computed reference values')
    .option('--filter <text>', 'only cases whose id or group contains this text')
    .option('--sources', 'also print the source of each case')
    .option('--json', 'machine-readable output')
    .action((options: { filter?: string; sources?: boolean; json?: boolean }) => {
      const summary = runReferenceCases(ALL_REFERENCE_CASES, options.filter);
      emit(io, options.json, 'verify', { filter: options.filter ?? null }, summary, () => {
        const rows = summary.rows.map((row) => [
          row.id,
          `${formatNumber(row.expected, 7)}${row.unit ? ` ${row.unit}` : ''}`,
          row.model === null ? `error: ${row.error}` : formatNumber(row.model, 7),
          row.relativeError === null ? '-' : row.relativeError.toExponential(2),
          row.pass ? 'pass' : 'FAIL',
          ...(options.sources ? [row.source] : []),
        ]);
        const columns = [
          { header: 'case' },
          { header: 'expected', align: 'right' as const },
          { header: 'model', align: 'right' as const },
          { header: 'rel. error', align: 'right' as const },
          { header: 'result' },
          ...(options.sources ? [{ header: 'source' }] : []),
        ];
        return `${renderTextTable(columns, rows)}\n\n${summary.passed} passed, ${summary.failed} failed`;
      });
      if (summary.rows.length === 0) {
        io.stderr(`qnet: verify: no reference case matches "${options.filter}"\n`);
        throw new ExitCode(EXIT.badInput);
      }
      if (summary.failed > 0) throw new ExitCode(EXIT.badInput);
    });
}
