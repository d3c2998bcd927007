/**
 * An in-memory host for unit tests of the app (src/ui): examples, presets and files live in maps, saves and
 * exports are recorded so a test can read them back, and the "user" answering dialogs is a settable field.
 * It validates every payload with the same validators as the real hosts, so a test that passes here does not
 * send the Electron or HTTP host something they refuse.
 * Assumptions: time comes from an injectable clock (default: a fixed 2026-01-01T00:00:00Z plus one second per
 * call, so recent-list order is deterministic); paths are absolute POSIX-style strings.
 */
import type {
  AutosaveEntry,
  DocumentState,
  ExampleEntry,
  ExportRequest,
  HostApi,
  OpenedFile,
  PresetFile,
  RecentFile,
  SavedFile,
} from '../../core/host-api.js';
import { QnetError } from '../../core/index.js';
import {
  baseName,
  pushRecentFile,
  requireAbsolutePath,
  validateAutosaveEntry,
  validateDocumentState,
  validateExportRequest,
  validateHtml,
  validateOpenPath,
  validateSaveRequest,
} from '../../core/host-payloads.js';

/** An example with its file text. */
export interface MemoryExample extends ExampleEntry {
  readonly text: string;
}

/** What the memory host starts with. */
export interface MemoryHostSeed {
  readonly examples?: readonly MemoryExample[];
  readonly presets?: readonly PresetFile[];
  /** Files by absolute path. */
  readonly files?: Readonly<Record<string, string>>;
}

/** Options of {@link createMemoryHost}. */
export interface MemoryHostOptions {
  /** Pretend to have native dialogs (answered from `host.dialog`); default false, like the browser. */
  readonly nativeDialogs?: boolean;
  /** Clock; default a deterministic one (see the file header). */
  readonly now?: () => Date;
  /** Result of renderPdf; default the bytes of `%PDF-` followed by the HTML's length in ASCII. */
  readonly renderPdf?: (html: string) => Promise<Uint8Array>;
}

/** One recorded export. */
export interface RecordedExport extends SavedFile {
  readonly request: ExportRequest;
}

/** The memory host: a HostApi plus what a test needs to look inside. */
export interface MemoryHost extends HostApi {
  /** Every file by path (seeded, examples and saved). */
  readonly files: ReadonlyMap<string, string>;
  /** Paths saved through saveScenario, in order. */
  readonly saved: readonly string[];
  /** Exports, in order. */
  readonly exports: readonly RecordedExport[];
  /** The last document state reported, or null. */
  readonly documentState: DocumentState | null;
  /** The stored autosave, or null. */
  readonly autosave: AutosaveEntry | null;
  /** What the simulated user answers in dialogs (null = cancel); used only with nativeDialogs. */
  readonly dialog: { openPath: string | null; savePath: string | null; exportPath: string | null };
  /** The text of a file, or undefined. */
  readFile(path: string): string | undefined;
  /** Makes the next calls of `method` reject with `message` (e.g. to test a failing save); null clears. */
  failNext(method: 'openScenario' | 'saveScenario' | 'exportFile', message: string | null): void;
}

function deterministicClock(): () => Date {
  let tick = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
}

function defaultPdf(html: string): Promise<Uint8Array> {
  return Promise.resolve(new TextEncoder().encode(`%PDF-memory ${html.length}`));
}

/** Creates an in-memory host (kind 'memory'). */
export function createMemoryHost(seed: MemoryHostSeed = {}, options: MemoryHostOptions = {}): MemoryHost {
  const files = new Map<string, string>(Object.entries(seed.files ?? {}));
  for (const example of seed.examples ?? []) files.set(example.path, example.text);
  const examples: ExampleEntry[] = (seed.examples ?? []).map(({ id, title, path }) => ({ id, title, path }));
  const presets = [...(seed.presets ?? [])];
  const now = options.now ?? deterministicClock();
  const renderPdf = options.renderPdf ?? defaultPdf;
  const saved: string[] = [];
  const exports: RecordedExport[] = [];
  const failures = new Map<string, string>();
  let recent: RecentFile[] = [];
  let autosave: AutosaveEntry | null = null;
  let documentState: DocumentState | null = null;
  const dialog = {
    openPath: null as string | null,
    savePath: null as string | null,
    exportPath: null as string | null,
  };
  const nativeDialogs = options.nativeDialogs ?? false;

  function checkFailure(method: string): void {
    const message = failures.get(method);
    if (message !== undefined) throw new QnetError(message);
  }

  const host: MemoryHost = {
    kind: 'memory',
    nativeDialogs,
    files,
    saved,
    exports,
    get documentState() {
      return documentState;
    },
    get autosave() {
      return autosave;
    },
    dialog,
    readFile: (path) => files.get(path),
    failNext(method, message) {
      if (message === null) failures.delete(method);
      else failures.set(method, message);
    },
    listExamples: async () => examples,
    listPresets: async () => presets,
    async openScenario(path?: string): Promise<OpenedFile | null> {
      const requested = validateOpenPath(path) ?? (nativeDialogs ? dialog.openPath : null);
      if (requested === null || requested === undefined) return null;
      checkFailure('openScenario');
      const text = files.get(requestAbsolute(requested));
      if (text === undefined) throw new QnetError(`cannot read ${requested}: no such file`);
      recent = pushRecentFile(recent, requested, now().toISOString());
      return { path: requested, name: baseName(requested), text };
    },
    async saveScenario(request) {
      const valid = validateSaveRequest(request);
      const target = valid.path ?? (nativeDialogs ? dialog.savePath : null);
      if (target === null) return null;
      checkFailure('saveScenario');
      files.set(requestAbsolute(target), valid.text);
      saved.push(target);
      recent = pushRecentFile(recent, target, now().toISOString());
      return { path: target, name: baseName(target), bytes: new TextEncoder().encode(valid.text).byteLength };
    },
    listRecent: async () => recent,
    async writeAutosave(entry) {
      autosave = validateAutosaveEntry(entry);
    },
    readAutosave: async () => autosave,
    async clearAutosave() {
      autosave = null;
    },
    async exportFile(request) {
      const valid = validateExportRequest(request);
      const target = nativeDialogs ? dialog.exportPath : `/downloads/${valid.suggestedName}`;
      if (target === null) return null;
      checkFailure('exportFile');
      const bytes =
        typeof valid.data === 'string'
          ? new TextEncoder().encode(valid.data).byteLength
          : valid.data.byteLength;
      const record: RecordedExport = { path: target, name: baseName(target), bytes, request: valid };
      exports.push(record);
      if (typeof valid.data === 'string') files.set(target, valid.data);
      return { path: record.path, name: record.name, bytes };
    },
    renderPdf: async (html) => renderPdf(validateHtml(html)),
    async setDocumentState(state) {
      documentState = validateDocumentState(state);
    },
  };
  return host;
}

function requestAbsolute(path: string): string {
  return requireAbsolutePath('path', path);
}
