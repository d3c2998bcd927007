/**
 * Can Electron start here? `npm start` asks before launching the desktop window and falls back to the browser
 * (`qnet serve`) when not. The electron package's own `require('electron')` would try to DOWNLOAD the binary
 * when it is missing (node_modules/electron/index.js), which on these offline machines hangs or fails noisily,
 * so this module reproduces its lookup without side effects: path.txt names the executable under dist/
 * (or under $ELECTRON_OVERRIDE_DIST_PATH), which must exist and answer `--version` (run as Node, which proves
 * the binary and its libraries load), and on Linux there must be a display to open a window on.
 * Source: node_modules/electron/index.js (electron 45).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Either the Electron executable, or why there is none (one line for the user). */
export type ElectronBinary =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/** Finds a runnable Electron executable without downloading anything. */
export function findElectronBinary(
  environment: NodeJS.ProcessEnv = process.env,
  resolveFrom: string = import.meta.url,
): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(resolveFrom).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = environment.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) {
    return { ok: false, reason: 'no Electron binary was downloaded (node_modules/electron/dist is missing)' };
  }
  const executable = override
    ? path.join(override, relative || 'electron')
    : path.join(packageDir, 'dist', relative);
  if (!existsSync(executable)) return { ok: false, reason: `the Electron binary ${executable} is missing` };
  if (process.platform === 'linux' && !environment.DISPLAY && !environment.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  const probe = spawnSync(executable, ['--version'], {
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...environment, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (probe.error || probe.status !== 0) {
    const why = probe.error?.message ?? (probe.stderr.trim().split('\n')[0] || `exit code ${probe.status}`);
    return { ok: false, reason: `the Electron binary ${executable} does not run (${why})` };
  }
  return { ok: true, path: executable };
}
