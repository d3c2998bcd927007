/**
 * The slice of Electron's API the main process uses, as structural types, so the main-process code can be
 * driven by a fake electron object in tests (no Electron binary exists on these machines) and never imports
 * the `electron` module itself; electron/main.js passes the real one in.
 * Source: Electron 45 API (BrowserWindow, ipcMain, dialog, Menu, app, session).
 */

/** The IPC event a handler receives; only the sender frame is used (to validate who is asking). */
export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent?: unknown } | null;
}

/** ipcMain's handle registration. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
}

/** The parts of webContents used. */
export interface WebContentsLike {
  send(channel: string, ...args: unknown[]): void;
  on(
    event: 'will-navigate' | 'will-attach-webview',
    listener: (event: { preventDefault(): void }) => void,
  ): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void;
  printToPDF(options: Record<string, unknown>): Promise<Uint8Array>;
  getURL(): string;
}

/** The parts of a BrowserWindow used. */
export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  loadFile(file: string): Promise<void>;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void;
  once(event: 'ready-to-show', listener: () => void): void;
  show(): void;
  close(): void;
  destroy(): void;
  setTitle(title: string): void;
  setDocumentEdited?(edited: boolean): void;
}

/** BrowserWindow options as passed to the constructor. */
export interface BrowserWindowOptions {
  readonly width?: number;
  readonly height?: number;
  readonly show?: boolean;
  readonly title?: string;
  readonly webPreferences: {
    readonly preload?: string;
    readonly contextIsolation: boolean;
    readonly sandbox: boolean;
    readonly nodeIntegration: boolean;
    readonly webSecurity: boolean;
    readonly allowRunningInsecureContent?: boolean;
    readonly javascript?: boolean;
    readonly spellcheck?: boolean;
  };
}

/** A menu item template (a subset of Electron's MenuItemConstructorOptions). */
export interface MenuItemTemplate {
  readonly label?: string;
  readonly role?: string;
  readonly type?: 'separator' | 'submenu' | 'normal';
  readonly accelerator?: string;
  readonly enabled?: boolean;
  readonly click?: () => void;
  readonly submenu?: readonly MenuItemTemplate[];
}

/** Response headers callback of session.webRequest.onHeadersReceived. */
export type HeadersReceivedListener = (
  details: { readonly url: string; readonly responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

/** The Electron module as the main process uses it. */
export interface ElectronLike {
  readonly app: {
    whenReady(): Promise<void>;
    on(event: 'window-all-closed' | 'web-contents-created', listener: (...args: never[]) => void): void;
    quit(): void;
    getName(): string;
    getVersion(): string;
  };
  readonly BrowserWindow: new (options: BrowserWindowOptions) => BrowserWindowLike;
  readonly ipcMain: IpcMainLike;
  readonly dialog: {
    showOpenDialog(
      window: BrowserWindowLike,
      options: Record<string, unknown>,
    ): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(
      window: BrowserWindowLike,
      options: Record<string, unknown>,
    ): Promise<{ canceled: boolean; filePath?: string }>;
    showMessageBoxSync(window: BrowserWindowLike, options: Record<string, unknown>): number;
    showErrorBox(title: string, content: string): void;
  };
  readonly Menu: {
    buildFromTemplate(template: readonly MenuItemTemplate[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  readonly session: {
    readonly defaultSession: {
      readonly webRequest: { onHeadersReceived(listener: HeadersReceivedListener): void };
      setPermissionRequestHandler(
        handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
      ): void;
    };
  };
}
