/**
 * The Electron main process, thin: one secured window showing dist/ui/index.html, the menus, native dialogs,
 * confirm-on-close, printToPDF in a hidden window, and the IPC handlers (ipc.ts) over the Node host service
 * (src/cli/host) that `qnet serve` shares, so file handling is written once.
 * Security (Electron checklist): contextIsolation and sandbox on, nodeIntegration off, webSecurity on, the
 * app's CSP on every response, navigation, new windows, webviews and permission requests denied.
 * Source: design.md ("Electron on these machines"); https://www.electronjs.org/docs/latest/tutorial/security.
 * Assumptions: the electron module is passed in (electron/main.js), never imported, so tests drive this file
 * with a fake; the UI has been built into dist/ui (npm start builds it first).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentState } from '../src/core/host-api.js';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../src/core/host-payloads.js';
import {
  CONTENT_SECURITY_POLICY,
  createNodeHost,
  resolveConfigDir,
  type NodeHost,
} from '../src/cli/host/index.js';
import type {
  BrowserWindowLike,
  BrowserWindowOptions,
  ElectronLike,
  WebContentsLike,
} from './electron-types.js';
import { createSenderCheck, registerIpc, type HostDialogs } from './ipc.js';
import { menuTemplate } from './menu.js';

/** The package root (electron/..). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Options of {@link createMainProcess}. */
export interface MainProcessOptions {
  /** Package root holding dist/ui and electron/preload.cjs; default the folder above electron/. */
  readonly rootDir?: string;
  /** Host service; default createNodeHost over resolveConfigDir(). */
  readonly host?: NodeHost;
  /** Folder for the temporary HTML printToPDF loads; default the OS temp folder. */
  readonly tempDir?: string;
}

/** The secure webPreferences of every window this app opens. */
export function windowOptions(preload: string | undefined, show: boolean): BrowserWindowOptions {
  return {
    width: 1280,
    height: 820,
    show,
    title: 'qnet-planner',
    webPreferences: {
      ...(preload ? { preload } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  };
}

/** Denies navigation away from the loaded page, new windows and webviews for one webContents. */
export function lockDownWebContents(contents: WebContentsLike): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The running main process. */
export interface MainProcess {
  /** Waits for the app, installs the security hooks, IPC and menu, and opens the window. */
  start(): Promise<BrowserWindowLike | null>;
  /** The main window, once open. */
  window(): BrowserWindowLike | null;
}

/** Wires the main process to the given electron module. */
export function createMainProcess(electron: ElectronLike, options: MainProcessOptions = {}): MainProcess {
  const rootDir = options.rootDir ?? ROOT;
  const indexHtml = path.join(rootDir, 'dist', 'ui', 'index.html');
  const preload = path.join(rootDir, 'electron', 'preload.cjs');
  // The host's own renderPdf is printToPDF too, so no code path here loads headless Chromium.
  const host =
    options.host ?? createNodeHost({ configDir: resolveConfigDir(), renderPdf: (html) => renderPdf(html) });
  const { app, BrowserWindow, dialog, Menu, session } = electron;
  let mainWindow: BrowserWindowLike | null = null;
  let documentState: DocumentState = { title: 'Untitled', dirty: false };

  function requireWindow(): BrowserWindowLike {
    if (!mainWindow) throw new Error('the app window is not open');
    return mainWindow;
  }

  async function rebuildMenu(): Promise<void> {
    const recent = await host.listRecent();
    const template = menuTemplate(recent, {
      send: (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
      about: () =>
        dialog.showMessageBoxSync(requireWindow(), {
          type: 'info',
          title: 'About qnet-planner',
          message: `qnet-planner ${app.getVersion()}`,
          detail: 'Planning tool for the quantum internet. MIT licence.',
        }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  const scenarioFilters = [{ name: 'qnet scenario', extensions: ['json'] }];
  const dialogs: HostDialogs = {
    async chooseOpenPath() {
      const result = await dialog.showOpenDialog(requireWindow(), {
        title: 'Open scenario',
        properties: ['openFile'],
        filters: [...scenarioFilters, { name: 'All files', extensions: ['*'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName) {
      const result = await dialog.showSaveDialog(requireWindow(), {
        title: 'Save scenario',
        defaultPath: suggestedName,
        filters: scenarioFilters,
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportPath(suggestedName, mimeType) {
      const extension = path.extname(suggestedName).slice(1);
      const result = await dialog.showSaveDialog(requireWindow(), {
        title: 'Export',
        defaultPath: suggestedName,
        filters: extension ? [{ name: mimeType, extensions: [extension] }] : [],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };

  /** printToPDF of the report in a hidden window with JavaScript off (reports are static pages). */
  async function renderPdf(html: string): Promise<Uint8Array> {
    const folder = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'qnet-pdf-'));
    const file = path.join(folder, 'report.html');
    const printer = new BrowserWindow({
      ...windowOptions(undefined, false),
      webPreferences: { ...windowOptions(undefined, false).webPreferences, javascript: false },
    });
    try {
      await writeFile(file, html, 'utf8');
      await printer.loadFile(file);
      const pdf = await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      printer.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  }

  function onDocumentState(state: DocumentState): void {
    documentState = state;
    const window = requireWindow();
    window.setTitle(`${state.dirty ? '• ' : ''}${state.title} — qnet-planner`);
    window.setDocumentEdited?.(state.dirty);
  }

  function openWindow(): BrowserWindowLike {
    const window = new BrowserWindow(windowOptions(preload, false));
    lockDownWebContents(window.webContents);
    window.once('ready-to-show', () => window.show());
    window.on('close', (event) => {
      if (!documentState.dirty) return;
      const choice = dialog.showMessageBoxSync(window, {
        type: 'warning',
        buttons: ['Discard changes', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Discard unsaved changes?',
        detail: `“${documentState.title}” has changes that are not saved.`,
      });
      if (choice !== 0) event.preventDefault();
    });
    return window;
  }

  return {
    window: () => mainWindow,
    async start() {
      await app.whenReady();
      app.on('web-contents-created', (_event: unknown, contents: WebContentsLike) =>
        lockDownWebContents(contents),
      );
      app.on('window-all-closed', () => app.quit());
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      );
      session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
        callback({
          responseHeaders: {
            ...(details.responseHeaders ?? {}),
            'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
            'X-Content-Type-Options': ['nosniff'],
          },
        }),
      );
      if (!existsSync(indexHtml)) {
        dialog.showErrorBox(
          'qnet-planner',
          `The app is not built: ${indexHtml} is missing. Run \`npm start\`.`,
        );
        app.quit();
        return null;
      }
      registerIpc(electron.ipcMain, {
        host,
        dialogs,
        isTrustedSender: createSenderCheck(pathToFileURL(indexHtml).href),
        renderPdf,
        onDocumentState,
        onRecentChanged: () => void rebuildMenu(),
      });
      mainWindow = openWindow();
      await rebuildMenu();
      await mainWindow.loadFile(indexHtml);
      return mainWindow;
    },
  };
}
