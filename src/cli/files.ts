/**
 * File access for the CLI: reading user files with clear errors, atomic writes (temporary file in the same
 * directory, then rename, so an interrupted save never leaves a half-written file), and the locations of
 * the files shipped with the package (network-models/, platform presets).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QnetError } from '../core/index.js';

/**
 * Root of the installed package: the nearest folder above this file that holds package.json, so the CLI finds
 * network-models/ both from the sources (src/cli) and from a compiled build (dist/src/cli).
 */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let directory = start; ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json'))) return directory;
    if (path.dirname(directory) === directory) throw new Error(`no package.json above ${start}`);
  }
}
/** Shipped scenarios and presets. */
export const NETWORK_MODELS_DIR = path.join(PACKAGE_ROOT, 'network-models');
/** Shipped hardware platform presets. */
export const PLATFORMS_DIR = path.join(NETWORK_MODELS_DIR, 'platforms');

/** The package version from package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Reads a UTF-8 text file; a missing or unreadable file becomes a QnetError naming the file. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, expected a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new QnetError(`${file}: ${reason}`);
  }
}

/** Suffix that keeps temporary names of one process apart. */
let temporaryCounter = 0;

/**
 * The temporary sibling the next {@link writeFileAtomic} of `file` will write first. The base name is cut to 100
 * characters so a target whose own name is near the file-system limit (255) can still be saved.
 */
export function nextTemporaryPath(file: string): string {
  const base = path.basename(file).slice(0, 100);
  return path.join(path.dirname(file), `.qnet-tmp-${process.pid}-${temporaryCounter + 1}-${base}`);
}

/**
 * Writes `content` to `file` atomically: write a temporary sibling, then rename over the target.
 * Creates the parent directory if needed. On failure the temporary file is removed and the target is untouched.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const directory = path.dirname(file);
  // pid + a per-process counter: a long-lived process (qnet serve, Electron) may save the same file twice.
  const temporary = nextTemporaryPath(file);
  temporaryCounter += 1;
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(temporary, content, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The cleanup failing (e.g. the name is taken by a directory) must not hide why the write failed.
    }
    throw new QnetError(`${file}: could not write (${(error as Error).message})`);
  }
}

/** Names of the `*.json` files of a directory (sorted, excluding JSON Schema files). */
export function listJsonFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort();
}
