/**
 * cli/serve: the browser fallback (`qnet serve`): the built UI and the host API over HTTP on 127.0.0.1,
 * plus the UI build step and the Electron check `npm start` uses to choose between window and browser.
 */
export { startServer } from './server.js';
export type { RunningServer, StartServerOptions } from './server.js';
export { buildUi, ensureUiBuilt, uiNeedsBuild, DEFAULT_UI_DIR, DEFAULT_VITE_CONFIG } from './ui-build.js';
export { findElectronBinary } from './electron-binary.js';
export type { ElectronBinary } from './electron-binary.js';
export { TOKEN_HEADER } from './security.js';
export { HTTP_METHODS } from './api-routes.js';
