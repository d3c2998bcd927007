/**
 * `qnet validate FILE...`: checks scenario files against format v1 and their cross-references (nodes, presets,
 * workloads), printing every problem with its JSON path. Exit 1 if any file is invalid.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { QnetError, ValidationError, formatIssue, type ValidationIssue } from '../../core/index.js';
import { parseScenario } from '../../network/index.js';
import { readTextFile } from '../files.js';
import type { CliIo } from '../io.js';
import { ExitCode, EXIT } from '../main.js';
import { emit } from '../output.js';
import { loadPresetRegistry } from '../presets.js';

/** Outcome for one file. */
interface FileValidation {
  readonly file: string;
  readonly valid: boolean;
  readonly issues: readonly ValidationIssue[];
  readonly summary?: { nodes: number; edges: number; demands: number; workloads: number };
}

export function registerValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check scenario files (*.qnet.json) and report every problem with its JSON path')
    .argument('<files...>', 'scenario files')
    .option('--json', 'machine-readable output')
    .action((files: string[], options: { json?: boolean }) => {
      const presets = loadPresetRegistry();
      const results = files.map((file): FileValidation => {
        try {
          const parsed = parseScenario(readTextFile(path.resolve(io.cwd, file)), {
            presets,
            fileName: path.basename(file),
          });
          if (!parsed.ok) return { file, valid: false, issues: parsed.error.issues };
          const { nodes, edges, demands, workloads } = parsed.value;
          const summary = {
            nodes: nodes.length,
            edges: edges.length,
            demands: demands.length,
            workloads: workloads.length,
          };
          return { file, valid: true, issues: [], summary };
        } catch (error) {
          if (!(error instanceof QnetError)) throw error;
          const issues =
            error instanceof ValidationError ? error.issues : [{ path: '', message: error.message }];
          return { file, valid: false, issues };
        }
      });
      emit(io, options.json, 'validate', { files }, results, () =>
        results
          .map((result) =>
            result.valid
              ? `ok       ${result.file} (${result.summary!.nodes} nodes, ${result.summary!.edges} edges, ${result.summary!.demands} demands)`
              : `invalid  ${result.file}\n${result.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
          )
          .join('\n'),
      );
      if (results.some((result) => !result.valid)) throw new ExitCode(EXIT.badInput);
    });
}
