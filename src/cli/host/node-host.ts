/**
 * The Node side of the host API, shared by `qnet serve` (HTTP) and the Electron main process (IPC): examples,
 * presets, opening and atomically saving scenarios, the recent list, autosave, exports and PDF rendering.
 * Everything that needs a dialog is the caller's: here every open, save and export takes a path.
 * Source: src/core/host-api.ts (the contract), docs/decisions/0004-host-api.md.
 * Assumptions: paths are absolute (validated); opening or saving a scenario records it as recent; the PDF
 * renderer defaults to headless Chromium (src/cli/report-output/html-to-pdf.ts).
 */
import type {
  AutosaveEntry,
  DocumentState,
  ExampleEntry,
  ExportRequest,
  OpenedFile,
  PresetFile,
  RecentFile,
  SaveRequest,
  SavedFile,
} from '../../core/host-api.js';
import {
  requireAbsolutePath,
  validateAutosaveEntry,
  validateDocumentState,
  validateExportRequest,
  validateHtml,
  validateSaveRequest,
} from '../../core/host-payloads.js';
import { NETWORK_MODELS_DIR, PLATFORMS_DIR } from '../files.js';
import { AppStateStore } from './app-state.js';
import { listExampleEntries, listPresetFiles } from './catalogue.js';
import { readUserFile, writeUserFile } from './file-access.js';

/** Renders self-contained HTML to PDF bytes. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/** Options of {@link createNodeHost}. */
export interface NodeHostOptions {
  /** Folder for recent.json and autosave.json (see resolveConfigDir for the default users get). */
  readonly configDir: string;
  /** Shipped scenarios; default network-models/ of the package. */
  readonly examplesDir?: string;
  /** Shipped platform presets; default network-models/platforms/. */
  readonly platformsDir?: string;
  /** PDF renderer; default headless Chromium through playwright-core. */
  readonly renderPdf?: PdfRenderer;
  /** Clock for recent and autosave times; default the wall clock. */
  readonly now?: () => Date;
}

/** The host operations that need no dialog; each validates its input and rejects with a user-fit message. */
export interface NodeHost {
  readonly configDir: string;
  listExamples(): Promise<readonly ExampleEntry[]>;
  listPresets(): Promise<readonly PresetFile[]>;
  /** Reads the scenario at `path` and records it as recent. */
  openScenario(path: string): Promise<OpenedFile>;
  /** Writes `request.text` atomically to `request.path` (required here) and records it as recent. */
  saveScenario(request: SaveRequest): Promise<SavedFile>;
  listRecent(): Promise<readonly RecentFile[]>;
  writeAutosave(entry: AutosaveEntry): Promise<void>;
  readAutosave(): Promise<AutosaveEntry | null>;
  clearAutosave(): Promise<void>;
  /** Writes an export atomically to `path` (the caller chose it, by dialog or otherwise). */
  exportFileTo(path: string, request: ExportRequest): Promise<SavedFile>;
  renderPdf(html: string): Promise<Uint8Array>;
  /** Records the renderer's document state (title, dirty) for confirm-on-close. */
  setDocumentState(state: DocumentState): Promise<void>;
  /** The last state the renderer reported (initially untitled and clean). */
  documentState(): DocumentState;
}

async function chromiumPdf(html: string): Promise<Uint8Array> {
  // Loaded on first use: playwright-core is large and most sessions never export a PDF.
  const { htmlToPdf } = await import('../report-output/html-to-pdf.js');
  const buffer = await htmlToPdf(html);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Creates the Node host service over one configuration folder. */
export function createNodeHost(options: NodeHostOptions): NodeHost {
  const configDir = requireAbsolutePath('configDir', options.configDir);
  const examplesDir = options.examplesDir ?? NETWORK_MODELS_DIR;
  const platformsDir = options.platformsDir ?? PLATFORMS_DIR;
  const renderer = options.renderPdf ?? chromiumPdf;
  const now = options.now ?? (() => new Date());
  const store = new AppStateStore(configDir);
  let state: DocumentState = { title: 'Untitled', dirty: false };

  return {
    configDir,
    listExamples: async () => listExampleEntries(examplesDir),
    listPresets: async () => listPresetFiles(platformsDir),
    async openScenario(path) {
      const opened = await readUserFile(requireAbsolutePath('path', path));
      await store.addRecent(opened.path as string, now().toISOString());
      return opened;
    },
    async saveScenario(request) {
      const valid = validateSaveRequest(request, true);
      const saved = writeUserFile(valid.path as string, valid.text);
      await store.addRecent(saved.path, now().toISOString());
      return saved;
    },
    listRecent: () => store.listRecent(),
    writeAutosave: async (entry) => store.writeAutosave(validateAutosaveEntry(entry)),
    readAutosave: () => store.readAutosave(),
    clearAutosave: () => store.clearAutosave(),
    async exportFileTo(path, request) {
      const target = requireAbsolutePath('path', path);
      return writeUserFile(target, validateExportRequest(request).data, 'export to');
    },
    renderPdf: async (html) => renderer(validateHtml(html)),
    async setDocumentState(next) {
      state = validateDocumentState(next);
    },
    documentState: () => state,
  };
}
