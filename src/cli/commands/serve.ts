/**
 * `qnet serve [--port N] [--no-open]`: the desktop app in the browser. Builds the UI when needed, serves it
 * and the host API on 127.0.0.1 (per-run token), prints the address and runs until Ctrl-C.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { parseInteger } from '../options.js';
import { DEFAULT_PORT, serveUntilStopped } from '../serve/run-until-stopped.js';

export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('run the app in your browser: serve it on 127.0.0.1 until Ctrl-C')
    .option(
      '--port <n>',
      `port on 127.0.0.1 (0 = any free port; default ${DEFAULT_PORT} or any free)`,
      parseInteger,
    )
    .option('--ui-dir <dir>', 'serve this prebuilt UI folder instead of building dist/ui')
    .option('--no-open', 'do not open a browser, only print the address')
    .action(async (options: { port?: number; open: boolean; uiDir?: string }) => {
      await serveUntilStopped(io, {
        open: options.open,
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.uiDir !== undefined ? { uiDir: path.resolve(io.cwd, options.uiDir) } : {}),
      });
    });
}
