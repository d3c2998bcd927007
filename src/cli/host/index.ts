/**
 * cli/host: the Node-side host service behind both desktop hosts, `qnet serve` (src/cli/serve) and the
 * Electron main process (electron/main-process.ts), so atomic saves, recent files and autosave are written once.
 */
export { createNodeHost } from './node-host.js';
export type { NodeHost, NodeHostOptions, PdfRenderer } from './node-host.js';
export { resolveConfigDir } from './config-dir.js';
export { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './content-security-policy.js';
export { AppStateStore, AUTOSAVE_FILE, RECENT_FILE } from './app-state.js';
export { describeFsError, readUserFile, writeUserFile } from './file-access.js';
