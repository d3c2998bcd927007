/**
 * The host API contract: everything the app's renderer (src/ui) may ask of the process that hosts it.
 * Three implementations honour it: the Electron preload (electron/preload.ts, over IPC to electron/main.ts),
 * HTTP on 127.0.0.1 for the browser fallback (`qnet serve`, per-run token), and an in-memory fake for tests.
 *
 * Types and channel names only: no behaviour lives here, so the renderer, the main process and the HTTP
 * server agree on one shape and a change to it fails the type-check everywhere at once.
 *
 * Assumptions: every call is asynchronous (IPC and HTTP both are); file contents cross the boundary as
 * UTF-8 text except PDF and other binary exports, which cross as bytes; paths are the host's absolute paths.
 */

/** Which implementation is answering: decides, for example, whether native file dialogs exist. */
export type HostKind = 'electron' | 'http' | 'memory';

/** An example scenario shipped in network-models/. */
export interface ExampleEntry {
  /** File name without `.qnet.json`, e.g. `metro-three-node`. */
  readonly id: string;
  /** The scenario's own `name` (or the id when it has none). */
  readonly title: string;
  /** Absolute path on the host. */
  readonly path: string;
}

/** A shipped hardware platform preset, as the raw JSON text of its file (parsed by src/network). */
export interface PresetFile {
  /** File name, e.g. `nv-diamond.json`. */
  readonly fileName: string;
  readonly text: string;
}

/** A scenario file read from the host. */
export interface OpenedFile {
  /** Absolute path, or null for text that came from outside the file system (an upload, a recovery). */
  readonly path: string | null;
  /** Base name shown to the user. */
  readonly name: string;
  readonly text: string;
}

/** Where a save or export landed. */
export interface SavedFile {
  readonly path: string;
  readonly name: string;
  /** Bytes written. */
  readonly bytes: number;
}

/** A recently opened or saved scenario, newest first in lists. */
export interface RecentFile {
  readonly path: string;
  readonly name: string;
  /** ISO-8601 time of the last open or save. */
  readonly usedAt: string;
}

/** Unsaved work kept by autosave, offered back after a crash. */
export interface AutosaveEntry {
  readonly text: string;
  /** The file the work belongs to, or null for a scenario never saved. */
  readonly path: string | null;
  /** ISO-8601 time the autosave was written. */
  readonly savedAt: string;
}

/** Request to save scenario text. Without `path` the host asks the user for one (Save As). */
export interface SaveRequest {
  readonly text: string;
  readonly path?: string | null;
  /** Name offered in the Save As dialog, e.g. `my-network.qnet.json`. */
  readonly suggestedName: string;
}

/** Request to export a file (report, scenario copy, GraphML/GEXF); the host asks where to put it. */
export interface ExportRequest {
  readonly suggestedName: string;
  readonly mimeType: string;
  /** UTF-8 text, or bytes for binary formats such as PDF. */
  readonly data: string | Uint8Array;
}

/** What the renderer tells the host about the open document: window title and confirm-on-close. */
export interface DocumentState {
  readonly title: string;
  readonly dirty: boolean;
}

/**
 * The host API. Every method rejects with an Error whose message is fit to show the user (it names the file
 * and the problem) and never leaves a half-written file behind: saves and exports are atomic.
 */
export interface HostApi {
  readonly kind: HostKind;
  /** True when the host can show native open/save dialogs (Electron); otherwise the UI asks for paths itself. */
  readonly nativeDialogs: boolean;
  listExamples(): Promise<readonly ExampleEntry[]>;
  listPresets(): Promise<readonly PresetFile[]>;
  /** Reads the file at `path`; without a path asks the user (resolves null if they cancel). */
  openScenario(path?: string): Promise<OpenedFile | null>;
  /** Writes atomically (temporary file, then rename) and records the file as recent; null if cancelled. */
  saveScenario(request: SaveRequest): Promise<SavedFile | null>;
  listRecent(): Promise<readonly RecentFile[]>;
  writeAutosave(entry: AutosaveEntry): Promise<void>;
  readAutosave(): Promise<AutosaveEntry | null>;
  clearAutosave(): Promise<void>;
  /** Saves an export where the user chooses (a download in the browser); null if cancelled. */
  exportFile(request: ExportRequest): Promise<SavedFile | null>;
  /** Renders a self-contained HTML page to PDF bytes (printToPDF in Electron, headless Chromium over HTTP). */
  renderPdf(html: string): Promise<Uint8Array>;
  setDocumentState(state: DocumentState): Promise<void>;
}

/**
 * IPC channel (Electron) and HTTP route (`POST /api/<name>`) for each method that crosses a process boundary.
 * `exportFile` in the browser is a download the page makes itself, so it has a channel only for Electron.
 */
export const HOST_CHANNELS = {
  listExamples: 'qnet:list-examples',
  listPresets: 'qnet:list-presets',
  openScenario: 'qnet:open-scenario',
  saveScenario: 'qnet:save-scenario',
  listRecent: 'qnet:list-recent',
  writeAutosave: 'qnet:write-autosave',
  readAutosave: 'qnet:read-autosave',
  clearAutosave: 'qnet:clear-autosave',
  exportFile: 'qnet:export-file',
  renderPdf: 'qnet:render-pdf',
  setDocumentState: 'qnet:set-document-state',
} as const satisfies Record<Exclude<keyof HostApi, 'kind' | 'nativeDialogs'>, string>;

/** The name of a host method that crosses the boundary. */
export type HostMethod = keyof typeof HOST_CHANNELS;
