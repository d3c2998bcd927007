/**
 * A fake electron module for the main-process tests (no Electron binary exists on these machines): records
 * windows, their options and listeners, IPC handlers, menus, dialogs and the session hooks, and lets a test
 * answer dialogs and fire events.
 */
import type {
  BrowserWindowLike,
  BrowserWindowOptions,
  ElectronLike,
  HeadersReceivedListener,
  IpcInvokeEventLike,
  MenuItemTemplate,
  WebContentsLike,
} from '../../electron/electron-types.js';

type Listener = (...args: never[]) => unknown;

export class FakeWebContents implements WebContentsLike {
  readonly sent: [string, unknown[]][] = [];
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  url = '';
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, args]);
  }
  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void {
    this.windowOpenHandler = handler;
  }
  async printToPDF(): Promise<Uint8Array> {
    return new TextEncoder().encode(`%PDF-fake ${this.url}`);
  }
  getURL(): string {
    return this.url;
  }
  /** Fires an event with a preventable event object; returns whether a listener prevented it. */
  fire(event: string): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (event: { preventDefault(): void }) => void)({ preventDefault: () => (prevented = true) });
    }
    return prevented;
  }
}

export class FakeBrowserWindow implements BrowserWindowLike {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly listeners = new Map<string, Listener[]>();
  title = '';
  edited = false;
  shown = false;
  destroyed = false;
  loaded: string | null = null;
  constructor(readonly options: BrowserWindowOptions) {
    FakeBrowserWindow.instances.push(this);
  }
  async loadFile(file: string): Promise<void> {
    this.loaded = file;
    this.webContents.url = `file://${file}`;
  }
  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  once(event: string, listener: Listener): void {
    this.on(event, listener);
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.fire('close');
  }
  destroy(): void {
    this.destroyed = true;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.edited = edited;
  }
  fire(event: string): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (event: { preventDefault(): void }) => void)({ preventDefault: () => (prevented = true) });
    }
    return prevented;
  }
}

export interface FakeElectron extends ElectronLike {
  readonly handlers: Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>;
  readonly appListeners: Map<string, Listener>;
  readonly menus: MenuItemTemplate[][];
  readonly dialogAnswers: { open: string | null; save: string | null; messageBox: number };
  readonly dialogCalls: string[];
  headersListener: HeadersReceivedListener | null;
  permissionHandler:
    ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  quitCalls: number;
  errors: string[];
}

/** A fresh fake electron module. */
export function createFakeElectron(): FakeElectron {
  FakeBrowserWindow.instances = [];
  const fake: FakeElectron = {
    handlers: new Map(),
    appListeners: new Map(),
    menus: [],
    dialogAnswers: { open: null, save: null, messageBox: 1 },
    dialogCalls: [],
    headersListener: null,
    permissionHandler: null,
    quitCalls: 0,
    errors: [],
    app: {
      whenReady: async () => undefined,
      on: (event, listener) => void fake.appListeners.set(event, listener),
      quit: () => void fake.quitCalls++,
      getName: () => 'qnet-planner',
      getVersion: () => '0.1.0',
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel, listener) => void fake.handlers.set(channel, listener) },
    dialog: {
      showOpenDialog: async () => {
        fake.dialogCalls.push('open');
        const answer = fake.dialogAnswers.open;
        return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
      },
      showSaveDialog: async (_window, options) => {
        fake.dialogCalls.push(`save:${String(options.defaultPath)}`);
        const answer = fake.dialogAnswers.save;
        return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
      },
      showMessageBoxSync: (_window, options) => {
        fake.dialogCalls.push(`message:${String(options.message)}`);
        return fake.dialogAnswers.messageBox;
      },
      showErrorBox: (_title, content) => void fake.errors.push(content),
    },
    Menu: {
      buildFromTemplate: (template) => template,
      setApplicationMenu: (menu) => void fake.menus.push(menu as MenuItemTemplate[]),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (listener) => void (fake.headersListener = listener) },
        setPermissionRequestHandler: (handler) => void (fake.permissionHandler = handler),
      },
    },
  };
  return fake;
}
