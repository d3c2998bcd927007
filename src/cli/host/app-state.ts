/**
 * The app's own state in the configuration folder: `recent.json` (the recent-files list) and `autosave.json`
 * (unsaved work offered back after a crash). Both are written atomically; a missing, corrupt or hand-edited
 * file reads as empty, never as an error, because losing a recent list must not stop the app from starting.
 * Assumptions: one app instance writes at a time (a second instance's writes win, none is ever half-written).
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AutosaveEntry, RecentFile } from '../../core/host-api.js';
import { pushRecentFile, sanitizeRecentFiles, validateAutosaveEntry } from '../../core/host-payloads.js';
import { writeUserFile } from './file-access.js';

/** File names inside the configuration folder. */
export const RECENT_FILE = 'recent.json';
export const AUTOSAVE_FILE = 'autosave.json';
/** Format version written into both files. */
const STATE_VERSION = 1;

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads and writes the recent-files list and the autosave of one configuration folder. */
export class AppStateStore {
  constructor(readonly configDir: string) {}

  get recentPath(): string {
    return path.join(this.configDir, RECENT_FILE);
  }

  get autosavePath(): string {
    return path.join(this.configDir, AUTOSAVE_FILE);
  }

  /** The recent files, newest first; empty when the file is missing or corrupt. */
  async listRecent(): Promise<RecentFile[]> {
    const document = (await readJson(this.recentPath)) as { files?: unknown } | undefined;
    return sanitizeRecentFiles(document?.files);
  }

  /** Moves `file` to the top of the recent list. */
  async addRecent(file: string, usedAt: string): Promise<RecentFile[]> {
    const files = pushRecentFile(await this.listRecent(), file, usedAt);
    writeUserFile(
      this.recentPath,
      `${JSON.stringify({ version: STATE_VERSION, files }, null, 2)}\n`,
      'write',
    );
    return files;
  }

  /** Replaces the autosave. */
  async writeAutosave(entry: AutosaveEntry): Promise<void> {
    writeUserFile(this.autosavePath, JSON.stringify({ version: STATE_VERSION, ...entry }), 'write');
  }

  /** The autosave, or null when there is none or it is unreadable. */
  async readAutosave(): Promise<AutosaveEntry | null> {
    const document = await readJson(this.autosavePath);
    if (document === undefined) return null;
    try {
      return validateAutosaveEntry(document);
    } catch {
      return null;
    }
  }

  /** Deletes the autosave (no error when there is none). */
  async clearAutosave(): Promise<void> {
    await rm(this.autosavePath, { force: true });
  }
}
