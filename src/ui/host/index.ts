/**
 * ui/host: the renderer's side of the host API. `detectHost()` picks the implementation for the page it runs
 * in: the Electron preload bridge when present, the HTTP host when the page was served by `qnet serve` (it
 * carries the token meta tag), else an empty in-memory host (a static preview with nothing to save to).
 * `onMenuCommand` subscribes to the Electron menus and is a no-op elsewhere.
 */
import type { HostApi } from '../../core/host-api.js';
import type { MenuCommand } from '../../core/host-payloads.js';
import { createElectronHost, findPreloadBridge, type ElectronHost } from './electron-host.js';
import { createHttpHost, readPageToken } from './http-host.js';
import { createMemoryHost } from './memory-host.js';

export { createElectronHost, cleanIpcError, findPreloadBridge } from './electron-host.js';
export type { ElectronHost, PreloadBridge } from './electron-host.js';
export { createHttpHost, readPageToken, HTTP_ROUTES } from './http-host.js';
export type { HttpHostOptions } from './http-host.js';
export { createMemoryHost } from './memory-host.js';
export type {
  MemoryExample,
  MemoryHost,
  MemoryHostOptions,
  MemoryHostSeed,
  RecordedExport,
} from './memory-host.js';
export type { MenuCommand, MenuCommandName } from '../../core/host-payloads.js';

/** The host for this page (see the file header for the order). */
export function detectHost(scope: unknown = globalThis): HostApi {
  const bridge = findPreloadBridge(scope);
  if (bridge) return createElectronHost(bridge);
  const page = (scope as { document?: Document }).document;
  if (page && readPageToken(page)) return createHttpHost({ document: page });
  return createMemoryHost();
}

/** Subscribes to menu commands when the host has menus (Electron); returns the unsubscribe function. */
export function onMenuCommand(host: HostApi, callback: (command: MenuCommand) => void): () => void {
  const withMenus = host as Partial<ElectronHost>;
  return typeof withMenus.onMenuCommand === 'function' ? withMenus.onMenuCommand(callback) : () => undefined;
}
