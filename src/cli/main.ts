/**
 * The `qnet` command: builds the commander program, runs it, and maps outcomes to exit codes:
 * 0 success, 1 bad input (a QnetError: invalid file, parameter out of range, failed verification),
 * 2 usage (unknown command or option, missing argument, malformed number).
 * No stack trace reaches the user for anything they can cause.
 */
import { Command, CommanderError } from 'commander';
import { QnetError } from '../core/index.js';
import type { CliIo } from './io.js';
import { packageVersion } from './files.js';
import { COMMANDS } from './commands/index.js';

/** Exit codes of `qnet`. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** Thrown by a command that has already printed its outcome and must exit with a non-zero code. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** The real process's stdout/stderr/cwd. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
  };
}

/** Builds the program with every command registered, writing through `io`. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('qnet')
    .description(
      'qnet-planner: plan quantum networks — links, repeaters, purification, transduction, sneakernet.',
    )
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of COMMANDS) register(program, io);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/** Runs `qnet` with the given arguments (without `node` and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ExitCode) return error.code;
    if (error instanceof CommanderError) {
      // Help and version requests also arrive here, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof QnetError) {
      io.stderr(`qnet: ${error.message}\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `qnet: internal error: ${message}\nThis is a bug in qnet-planner; please report it with the command you ran.\n`,
    );
    // The stack helps a bug report; it is shown only on request, so a user never faces one by default.
    if (process.env.QNET_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.badInput;
  }
}
