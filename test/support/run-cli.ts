/**
 * Runs `qnet` for tests: in-process through main() (fast, captures output) or as a real child process through
 * the installed launcher (slower; proves the binary, exit codes and streams work as a user sees them).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Result of one qnet run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs qnet in-process with the repository root as working directory (or `cwd`). */
export async function runQnet(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  const io = memoryIo(cwd);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Runs qnet in-process with --json appended and parses the envelope. */
export async function runQnetJson<T = Record<string, unknown>>(
  args: readonly string[],
): Promise<{
  code: number;
  json: { qnet: string; command: string; inputs: Record<string, unknown>; result: T };
}> {
  const run = await runQnet([...args, '--json']);
  if (run.code !== 0) throw new Error(`qnet ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return { code: run.code, json: JSON.parse(run.stdout) };
}

/** Runs the real `qnet` launcher (src/cli/qnet.mjs) as a child process. */
export function spawnQnet(args: readonly string[], cwd = ROOT): CliRun {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/qnet.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
