/**
 * cli: the `qnet` command. Effects (files, stdout, exit codes) live here; every number comes from the pure
 * layers. Entry points: `main(argv, io)` for tests and embedding, `qnet.mjs` for the shell.
 */
export { main, buildProgram, processIo, EXIT } from './main.js';
export type { CliIo } from './io.js';
