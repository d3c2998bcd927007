/**
 * The host API inside the Electron window: a thin wrapper over `window.qnetHost`, the named functions the
 * sandboxed preload (electron/preload.cjs) exposes, one per HOST_CHANNELS entry plus onMenuCommand.
 * Electron prefixes errors thrown in the main process with "Error invoking remote method '<channel>': Error:";
 * the wrapper strips that so the user sees the main process's own message (which names the file and problem).
 * Assumptions: the preload's functions take the method's single argument and return its promise.
 */
import type { HostApi, HostMethod } from '../../core/host-api.js';
import { QnetError } from '../../core/index.js';
import type { MenuCommand } from '../../core/host-payloads.js';

/** What electron/preload.cjs exposes as `window.qnetHost`. */
export type PreloadBridge = {
  readonly [M in HostMethod]: (argument?: unknown) => Promise<unknown>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (callback: (command: MenuCommand) => void) => () => void;
};

/** The host plus the Electron-only menu subscription. */
export interface ElectronHost extends HostApi {
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}

/** The main process's message, without Electron's IPC prefix. */
export function cleanIpcError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const cleaned = message
    .replace(/^Error invoking remote method '[^']*':\s*/, '')
    .replace(/^(\w*Error):\s*/, '');
  return new QnetError(cleaned);
}

/** The bridge the preload exposed, or undefined outside Electron. */
export function findPreloadBridge(scope: unknown = globalThis): PreloadBridge | undefined {
  const bridge = (scope as { qnetHost?: PreloadBridge }).qnetHost;
  return bridge && typeof bridge.listExamples === 'function' ? bridge : undefined;
}

/** Wraps the preload bridge as a HostApi (kind 'electron', native dialogs). */
export function createElectronHost(bridge: PreloadBridge): ElectronHost {
  const invoke =
    <T>(method: HostMethod) =>
    async (argument?: unknown): Promise<T> => {
      try {
        return (await (argument === undefined ? bridge[method]() : bridge[method](argument))) as T;
      } catch (error) {
        throw cleanIpcError(error);
      }
    };
  return {
    kind: 'electron',
    nativeDialogs: true,
    listExamples: invoke('listExamples'),
    listPresets: invoke('listPresets'),
    openScenario: invoke('openScenario'),
    saveScenario: invoke('saveScenario'),
    listRecent: invoke('listRecent'),
    writeAutosave: invoke('writeAutosave'),
    readAutosave: invoke('readAutosave'),
    clearAutosave: invoke('clearAutosave'),
    exportFile: invoke('exportFile'),
    renderPdf: invoke('renderPdf'),
    setDocumentState: invoke('setDocumentState'),
    onMenuCommand: (callback) => bridge.onMenuCommand(callback),
  };
}
