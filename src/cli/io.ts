/**
 * The CLI's side of the world: where output goes. Commands write through a {@link CliIo} so tests can
 * run the whole program in-process and capture what a user would see.
 */

/** Output sinks of one CLI run. */
export interface CliIo {
  /** Writes to standard output (text is written as given; add your own newline). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Working directory relative paths are resolved against. */
  readonly cwd: string;
}

/** An in-memory CliIo for tests: returns the sinks and the captured text. */
export function memoryIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    cwd,
    out: () => out,
    err: () => err,
  };
}
