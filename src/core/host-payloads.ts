/**
 * Validators for every payload that crosses the host boundary (Electron IPC and `POST /api/<method>`), so the
 * Electron main process, the HTTP server and the in-memory fake accept and reject exactly the same input.
 * Also the two small pure helpers all three hosts share: the recent-files list update and a path's base name.
 *
 * Source: the contract in ./host-api.ts; design.md ("Electron on these machines": main validates the sender
 * and the payload of every message).
 * Assumptions: payloads arrive untyped (structured clone or JSON), so every field is checked for type and size;
 * sizes are measured in UTF-16 code units for text (a 50 M-unit string is at most 150 MB of UTF-8), in bytes
 * for binary data; paths are the host's absolute paths (POSIX `/…`, Windows `C:\…` or `\\server\…`).
 */
import { ParameterError } from './errors.js';
import type {
  AutosaveEntry,
  DocumentState,
  ExportRequest,
  HostMethod,
  RecentFile,
  SaveRequest,
} from './host-api.js';

/** Largest scenario, autosave or report HTML text accepted: 50 Mi UTF-16 code units. */
export const MAX_TEXT_LENGTH = 50 * 1024 * 1024;
/** Largest binary export (PDF) accepted: 100 MiB. */
export const MAX_BINARY_BYTES = 100 * 1024 * 1024;
/** Longest path accepted (Linux PATH_MAX). */
export const MAX_PATH_LENGTH = 4096;
/** Longest file name, MIME type or window title accepted. */
export const MAX_NAME_LENGTH = 255;
/** Length of the recent-files list. */
export const MAX_RECENT_FILES = 10;

/** IPC channel on which the Electron main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'qnet:menu-command';
/** Menu commands the app's menus send (Electron only; the browser app has its own toolbar). */
export const MENU_COMMANDS = [
  'new',
  'open',
  'open-recent',
  'save',
  'save-as',
  'export-report',
  'undo',
  'redo',
] as const;
/** The name of a menu command. */
export type MenuCommandName = (typeof MENU_COMMANDS)[number];
/** A menu command; `open-recent` carries the file's path. */
export interface MenuCommand {
  readonly command: MenuCommandName;
  readonly path?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'bytes';
  return typeof value;
}

/** Requires a string of at most `maxLength` code units (and at least one when `nonEmpty`). */
export function requireString(field: string, value: unknown, maxLength: number, nonEmpty = false): string {
  if (typeof value !== 'string') throw new ParameterError(field, `must be a string (got ${typeName(value)})`);
  if (nonEmpty && value.length === 0) throw new ParameterError(field, 'must not be empty');
  if (value.length > maxLength) {
    throw new ParameterError(field, `is too long (${value.length} characters, at most ${maxLength})`);
  }
  return value;
}

/** True for a POSIX (`/a/b`) or Windows (`C:\a`, `C:/a`, `\\server\share`) absolute path. */
export function isAbsoluteHostPath(value: string): boolean {
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\');
}

/** Requires an absolute path without NUL bytes, at most {@link MAX_PATH_LENGTH} long. */
export function requireAbsolutePath(field: string, value: unknown): string {
  const text = requireString(field, value, MAX_PATH_LENGTH, true);
  if (text.includes('\0')) throw new ParameterError(field, 'must not contain a NUL character');
  if (!isAbsoluteHostPath(text)) throw new ParameterError(field, `must be an absolute path (got "${text}")`);
  return text;
}

/** Requires a plain file name (no directory part), e.g. a Save As suggestion. */
export function requireFileName(field: string, value: unknown): string {
  const text = requireString(field, value, MAX_NAME_LENGTH, true);
  if (/[\\/\0]/.test(text) || text === '.' || text === '..') {
    throw new ParameterError(field, `must be a file name without a directory (got "${text}")`);
  }
  return text;
}

function requireRecord(field: string, value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new ParameterError(field, `must be an object (got ${typeName(value)})`);
  return value;
}

function requireIsoTime(field: string, value: unknown): string {
  const text = requireString(field, value, 64, true);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text)) {
    throw new ParameterError(field, `must be an ISO-8601 date-time (got "${text}")`);
  }
  return text;
}

/** Validates the argument of `openScenario`: nothing (ask the user) or an absolute path. */
export function validateOpenPath(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : requireAbsolutePath('path', value);
}

/** Validates a {@link SaveRequest}; with `requirePath` a missing path is an error (hosts without dialogs). */
export function validateSaveRequest(value: unknown, requirePath = false): SaveRequest {
  const record = requireRecord('request', value);
  const text = requireString('text', record.text, MAX_TEXT_LENGTH);
  const suggestedName = requireFileName('suggestedName', record.suggestedName);
  const missing = record.path === undefined || record.path === null;
  if (missing && requirePath) throw new ParameterError('path', 'is required (this host has no save dialog)');
  return { text, suggestedName, path: missing ? null : requireAbsolutePath('path', record.path) };
}

/** Validates an {@link ExportRequest}: text up to {@link MAX_TEXT_LENGTH}, bytes up to {@link MAX_BINARY_BYTES}. */
export function validateExportRequest(value: unknown): ExportRequest {
  const record = requireRecord('request', value);
  const suggestedName = requireFileName('suggestedName', record.suggestedName);
  const mimeType = requireString('mimeType', record.mimeType, MAX_NAME_LENGTH, true);
  if (!/^[\w.+-]+\/[\w.+-]+(;.*)?$/.test(mimeType)) {
    throw new ParameterError('mimeType', `must look like type/subtype (got "${mimeType}")`);
  }
  const data = record.data;
  if (data instanceof Uint8Array) {
    if (data.byteLength > MAX_BINARY_BYTES) {
      throw new ParameterError(
        'data',
        `is too large (${data.byteLength} bytes, at most ${MAX_BINARY_BYTES})`,
      );
    }
    return { suggestedName, mimeType, data };
  }
  return { suggestedName, mimeType, data: requireString('data', data, MAX_TEXT_LENGTH) };
}

/** Validates an {@link AutosaveEntry}. */
export function validateAutosaveEntry(value: unknown): AutosaveEntry {
  const record = requireRecord('entry', value);
  return {
    text: requireString('text', record.text, MAX_TEXT_LENGTH),
    path: record.path === null || record.path === undefined ? null : requireAbsolutePath('path', record.path),
    savedAt: requireIsoTime('savedAt', record.savedAt),
  };
}

/** Validates a {@link DocumentState}. */
export function validateDocumentState(value: unknown): DocumentState {
  const record = requireRecord('state', value);
  if (typeof record.dirty !== 'boolean') {
    throw new ParameterError('dirty', `must be a boolean (got ${typeName(record.dirty)})`);
  }
  return { title: requireString('title', record.title, MAX_NAME_LENGTH * 4), dirty: record.dirty };
}

/** Validates the HTML given to `renderPdf`. */
export function validateHtml(value: unknown): string {
  return requireString('html', value, MAX_TEXT_LENGTH, true);
}

/** Validates a {@link MenuCommand} (what the renderer receives from the Electron menus). */
export function validateMenuCommand(value: unknown): MenuCommand {
  const record = requireRecord('menuCommand', value);
  const command = record.command;
  if (typeof command !== 'string' || !(MENU_COMMANDS as readonly string[]).includes(command)) {
    throw new ParameterError('command', `must be one of ${MENU_COMMANDS.join(', ')}`);
  }
  if (command !== 'open-recent') return { command: command as MenuCommandName };
  return { command: 'open-recent', path: requireAbsolutePath('path', record.path) };
}

function requireNoPayload(method: string, value: unknown): undefined {
  if (value !== undefined && value !== null) {
    throw new ParameterError(method, `takes no argument (got ${typeName(value)})`);
  }
  return undefined;
}

/** The validated argument type of each host method (undefined for methods without one). */
export interface HostPayloads {
  listExamples: undefined;
  listPresets: undefined;
  openScenario: string | undefined;
  saveScenario: SaveRequest;
  listRecent: undefined;
  writeAutosave: AutosaveEntry;
  readAutosave: undefined;
  clearAutosave: undefined;
  exportFile: ExportRequest;
  renderPdf: string;
  setDocumentState: DocumentState;
}

/**
 * Validates the single argument of a host method as it arrived over IPC or HTTP and returns it typed.
 * @throws ParameterError naming the offending field.
 */
export function validateHostPayload<M extends HostMethod>(method: M, payload: unknown): HostPayloads[M] {
  const validators: { [K in HostMethod]: (value: unknown) => HostPayloads[K] } = {
    listExamples: (value) => requireNoPayload('listExamples', value),
    listPresets: (value) => requireNoPayload('listPresets', value),
    openScenario: validateOpenPath,
    saveScenario: (value) => validateSaveRequest(value),
    listRecent: (value) => requireNoPayload('listRecent', value),
    writeAutosave: validateAutosaveEntry,
    readAutosave: (value) => requireNoPayload('readAutosave', value),
    clearAutosave: (value) => requireNoPayload('clearAutosave', value),
    exportFile: validateExportRequest,
    renderPdf: validateHtml,
    setDocumentState: validateDocumentState,
  };
  const validator = validators[method] as ((value: unknown) => HostPayloads[M]) | undefined;
  if (!validator) throw new ParameterError('method', `unknown host method "${String(method)}"`);
  return validator(payload);
}

/** The last path segment of a POSIX or Windows path. */
export function baseName(filePath: string): string {
  const parts = filePath.split(/[\\/]/).filter((part) => part.length > 0);
  return parts[parts.length - 1] ?? filePath;
}

/**
 * The recent-files list after opening or saving `filePath` at `usedAt`: that file first, no duplicates,
 * at most {@link MAX_RECENT_FILES} entries.
 */
export function pushRecentFile(list: readonly RecentFile[], filePath: string, usedAt: string): RecentFile[] {
  const entry: RecentFile = { path: filePath, name: baseName(filePath), usedAt };
  return [entry, ...list.filter((item) => item.path !== filePath)].slice(0, MAX_RECENT_FILES);
}

/** Keeps the well-formed entries of a recent-files list read from disk (a hand-edited file may hold anything). */
export function sanitizeRecentFiles(value: unknown): RecentFile[] {
  if (!Array.isArray(value)) return [];
  const kept: RecentFile[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.path !== 'string' || typeof item.usedAt !== 'string') continue;
    if (!isAbsoluteHostPath(item.path) || kept.some((other) => other.path === item.path)) continue;
    kept.push({ path: item.path, name: baseName(item.path), usedAt: item.usedAt });
  }
  return kept.slice(0, MAX_RECENT_FILES);
}
