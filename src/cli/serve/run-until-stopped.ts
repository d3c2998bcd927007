/**
 * Running the browser app from the command line: start the server, print the address, optionally open the
 * user's browser, and stop cleanly on Ctrl-C (SIGINT) or SIGTERM. Shared by `qnet serve` and `npm start`.
 * Assumptions: opening a browser is a convenience; when no opener exists (a server, a container) the address
 * printed is enough, so a failure to open is one line on stderr, never an error.
 */
import { spawn } from 'node:child_process';
import { QnetError } from '../../core/index.js';
import type { CliIo } from '../io.js';
import { startServer, type RunningServer } from './server.js';

/** The port `qnet serve` tries first when none is given. */
export const DEFAULT_PORT = 4737;

/** Options of {@link serveUntilStopped}. */
export interface ServeOptions {
  /** Port asked for by the user; undefined tries {@link DEFAULT_PORT}, then any free port. */
  readonly port?: number;
  /** Open the default browser at the address. */
  readonly open: boolean;
  /** A prebuilt UI folder to serve instead of dist/ui (never rebuilt). */
  readonly uiDir?: string;
}

/** Opens `url` in the platform's default browser (xdg-open, open, start); reports failure through `onError`. */
export function openBrowser(url: string, onError: (message: string) => void): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', (error) => onError(`could not open a browser (${command}: ${error.message})`));
    child.unref();
  } catch (error) {
    onError(`could not open a browser (${(error as Error).message})`);
  }
}

/** Resolves with the signal name on the first SIGINT or SIGTERM. */
export function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function listen(
  io: CliIo,
  port: number | undefined,
  uiDir: string | undefined,
): Promise<RunningServer> {
  const log = (line: string): void => io.stdout(`${line}\n`);
  const where = uiDir === undefined ? {} : { uiDir };
  try {
    return await startServer({ port: port ?? DEFAULT_PORT, log, ...where });
  } catch (error) {
    // The default port is only a preference: when something else holds it, any free port will do.
    if (port === undefined && error instanceof QnetError && /already in use/.test(error.message)) {
      return startServer({ port: 0, log, build: false, ...where });
    }
    throw error;
  }
}

/** Serves the app until Ctrl-C, printing `qnet-planner is running at http://127.0.0.1:PORT/`. */
export async function serveUntilStopped(io: CliIo, options: ServeOptions): Promise<void> {
  const server = await listen(io, options.port, options.uiDir);
  io.stdout(`qnet-planner is running at ${server.url}\n`);
  io.stdout('Press Ctrl-C to stop.\n');
  if (options.open) openBrowser(server.url, (message) => io.stderr(`${message}\n`));
  const signal = await waitForStopSignal();
  await server.close();
  io.stdout(`stopped (${signal})\n`);
}
