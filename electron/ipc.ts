/**
 * The main process's IPC: one `ipcMain.handle` per HOST_CHANNELS entry. Each handler first checks the sender
 * (the frame must be the app's own file:// index page, top-level) and then the payload (the shared validators
 * of src/core/host-payloads.ts), and only then touches the disk through the Node host service (src/cli/host),
 * so a compromised or navigated-away page cannot read or write files.
 * Source: Electron security checklist, item 17 ("Validate the sender of all IPC messages").
 * Assumptions: dialogs belong to the window that asked; a cancelled dialog resolves null.
 */
import { HOST_CHANNELS, type DocumentState, type HostMethod } from '../src/core/host-api.js';
import { validateHostPayload } from '../src/core/host-payloads.js';
import type { NodeHost } from '../src/cli/host/index.js';
import type { IpcInvokeEventLike, IpcMainLike } from './electron-types.js';

/** The native dialogs the handlers need (null = the user cancelled). */
export interface HostDialogs {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  chooseExportPath(suggestedName: string, mimeType: string): Promise<string | null>;
}

/** What {@link registerIpc} needs. */
export interface IpcDeps {
  readonly host: NodeHost;
  readonly dialogs: HostDialogs;
  /** True when the event comes from the app's own page. */
  isTrustedSender(event: IpcInvokeEventLike): boolean;
  /** PDF rendering; in Electron printToPDF in a hidden window. */
  renderPdf(html: string): Promise<Uint8Array>;
  /** The renderer's title and dirty flag changed. */
  onDocumentState(state: DocumentState): void;
  /** A file was opened or saved (the Open Recent menu is rebuilt). */
  onRecentChanged(): void;
}

/** A sender check accepting only the top-level frame showing `indexUrl` (query and fragment ignored). */
export function createSenderCheck(indexUrl: string): (event: IpcInvokeEventLike) => boolean {
  const expected = new URL(indexUrl);
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || (frame.parent !== null && frame.parent !== undefined)) return false;
    try {
      const actual = new URL(frame.url);
      return (
        actual.protocol === expected.protocol &&
        actual.host === expected.host &&
        actual.pathname === expected.pathname
      );
    } catch {
      return false;
    }
  };
}

/** The handlers, by method, before the sender check and payload validation wrap them. */
function handlers(deps: IpcDeps): { [M in HostMethod]: (payload: unknown) => Promise<unknown> } {
  const { host, dialogs } = deps;
  return {
    listExamples: () => host.listExamples(),
    listPresets: () => host.listPresets(),
    async openScenario(payload) {
      const path = validateHostPayload('openScenario', payload) ?? (await dialogs.chooseOpenPath());
      if (path === null) return null;
      const opened = await host.openScenario(path);
      deps.onRecentChanged();
      return opened;
    },
    async saveScenario(payload) {
      const request = validateHostPayload('saveScenario', payload);
      const path = request.path ?? (await dialogs.chooseSavePath(request.suggestedName));
      if (path === null) return null;
      const saved = await host.saveScenario({ ...request, path });
      deps.onRecentChanged();
      return saved;
    },
    listRecent: () => host.listRecent(),
    writeAutosave: (payload) => host.writeAutosave(validateHostPayload('writeAutosave', payload)),
    readAutosave: () => host.readAutosave(),
    clearAutosave: () => host.clearAutosave(),
    async exportFile(payload) {
      const request = validateHostPayload('exportFile', payload);
      const path = await dialogs.chooseExportPath(request.suggestedName, request.mimeType);
      return path === null ? null : host.exportFileTo(path, request);
    },
    renderPdf: (payload) => deps.renderPdf(validateHostPayload('renderPdf', payload)),
    async setDocumentState(payload) {
      const state = validateHostPayload('setDocumentState', payload);
      await host.setDocumentState(state);
      deps.onDocumentState(state);
    },
  };
}

/**
 * Registers one handler per HOST_CHANNELS entry on `ipcMain`. A handler rejects (the renderer's promise
 * rejects with the message) for an untrusted sender or an invalid payload without doing anything else.
 */
export function registerIpc(ipcMain: IpcMainLike, deps: IpcDeps): void {
  const table = handlers(deps);
  for (const method of Object.keys(HOST_CHANNELS) as HostMethod[]) {
    const channel = HOST_CHANNELS[method];
    ipcMain.handle(channel, async (event, ...args) => {
      if (!deps.isTrustedSender(event)) {
        throw new Error(`refused ${channel}: the message did not come from the app's own page`);
      }
      if (args.length > 1) throw new Error(`${channel}: expected at most one argument, got ${args.length}`);
      const payload = args[0];
      validateHostPayload(method, payload);
      return table[method](payload);
    });
  }
}
