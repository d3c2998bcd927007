/**
 * Builds the browser app (src/ui, vite) into dist/ui when it is missing or older than the sources, so
 * `qnet serve` and `npm start` work straight after `npm ci` with no separate build step.
 * Source: vite's JavaScript API (`build({ configFile })`), https://vite.dev/guide/api-javascript.
 * Assumptions: the UI imports only from src/, so "older than src/" is the newest modification time of any
 * file under src/ compared with dist/ui/index.html; the vite config decides the output folder.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { QnetError } from '../../core/index.js';
import { PACKAGE_ROOT } from '../files.js';

/** The built UI's folder. */
export const DEFAULT_UI_DIR = path.join(PACKAGE_ROOT, 'dist', 'ui');
/** The UI's vite config. */
export const DEFAULT_VITE_CONFIG = path.join(PACKAGE_ROOT, 'src', 'ui', 'vite.config.ts');

/** Newest modification time (ms since the epoch) of any file under `directory`; 0 for an empty tree. */
export function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestModification(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when `uiDir/index.html` is missing or older than any file under `sourceDir`. */
export function uiNeedsBuild(uiDir: string, sourceDir: string = path.join(PACKAGE_ROOT, 'src')): boolean {
  const index = path.join(uiDir, 'index.html');
  if (!existsSync(index)) return true;
  return newestModification(sourceDir) > statSync(index).mtimeMs;
}

/** Options of {@link buildUi}. */
export interface BuildUiOptions {
  /** Vite config file; default src/ui/vite.config.ts. */
  readonly configFile?: string;
  /** Where the config is expected to write (checked afterwards); default dist/ui. */
  readonly uiDir?: string;
  /** Sources whose changes trigger a rebuild; default src/. */
  readonly sourceDir?: string;
  /** Progress lines (without newline). */
  readonly log?: (line: string) => void;
}

/** Runs the vite production build and checks that it produced `uiDir/index.html`. */
export async function buildUi(options: BuildUiOptions = {}): Promise<void> {
  const configFile = options.configFile ?? DEFAULT_VITE_CONFIG;
  const uiDir = options.uiDir ?? DEFAULT_UI_DIR;
  if (!existsSync(configFile)) throw new QnetError(`cannot build the app: ${configFile} is missing`);
  options.log?.('building the app…');
  const started = performance.now();
  const { build } = await import('vite');
  try {
    // 'runner' evaluates the config in place instead of bundling it into node_modules/.vite-temp (see vite.config.ts).
    await build({ configFile, configLoader: 'runner', logLevel: 'warn' });
  } catch (error) {
    // Vite colours its messages for a terminal; the error is shown once, plainly.
    const plain = stripVTControlCharacters((error as Error).message);
    throw new QnetError(`building the app failed: ${plain}`);
  }
  if (!existsSync(path.join(uiDir, 'index.html'))) {
    throw new QnetError(`building the app did not produce ${path.join(uiDir, 'index.html')}`);
  }
  options.log?.(`built the app in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds the UI when {@link uiNeedsBuild}; returns whether it built. */
export async function ensureUiBuilt(options: BuildUiOptions = {}): Promise<boolean> {
  if (!uiNeedsBuild(options.uiDir ?? DEFAULT_UI_DIR, options.sourceDir)) return false;
  await buildUi(options);
  return true;
}
