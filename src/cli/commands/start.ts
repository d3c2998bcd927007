/**
 * `qnet start` (what `npm start` runs): opens the desktop app. When an Electron binary can start here it
 * launches `electron .` (electron/main.js); otherwise it says why in one line and serves the same app in the
 * browser (`qnet serve`), printing the address. Either way the UI is built first when missing or stale.
 * Source: design.md ("Electron on these machines": no Electron binary can be downloaded on these machines).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { PACKAGE_ROOT } from '../files.js';
import { parseInteger } from '../options.js';
import { ensureUiBuilt, findElectronBinary } from '../serve/index.js';
import { serveUntilStopped, waitForStopSignal } from '../serve/run-until-stopped.js';
import { ExitCode } from '../main.js';

/** Runs `electron .` in the package root until the window closes; Ctrl-C is passed on to Electron. */
async function runElectron(executable: string): Promise<number> {
  const child = spawn(executable, ['.'], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 0));
  });
  void waitForStopSignal().then((signal) => child.kill(signal));
  return exited;
}

export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description(
      'open the app: a desktop window, or the browser when Electron cannot start (what `npm start` runs)',
    )
    .option('--port <n>', 'port for the browser fallback (0 = any free port)', parseInteger)
    .option('--ui-dir <dir>', 'serve this prebuilt UI folder instead of building dist/ui')
    .option('--no-open', 'in the browser fallback, do not open a browser, only print the address')
    .action(async (options: { port?: number; open: boolean; uiDir?: string }) => {
      const electron = findElectronBinary();
      if (electron.ok) {
        await ensureUiBuilt({ log: (line) => io.stdout(`${line}\n`) });
        const code = await runElectron(electron.path);
        if (code !== 0) throw new ExitCode(code);
        return;
      }
      io.stdout(`Electron cannot start here: ${electron.reason}; opening the app in the browser instead.\n`);
      await serveUntilStopped(io, {
        open: options.open,
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.uiDir !== undefined ? { uiDir: path.resolve(io.cwd, options.uiDir) } : {}),
      });
    });
}
