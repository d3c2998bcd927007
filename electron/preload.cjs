// Sandboxed preload of the app window: exposes `window.qnetHost`, one named function per host method plus
// onMenuCommand, and nothing else (no ipcRenderer, no generic invoke). Sandboxed preloads may only
// require('electron'), so the channel names are duplicated here from src/core/host-api.ts (HOST_CHANNELS);
// test/electron/preload.test.ts asserts they are equal.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload can only require('electron').
const { contextBridge, ipcRenderer } = require('electron');

const CHANNELS = {
  listExamples: 'qnet:list-examples',
  listPresets: 'qnet:list-presets',
  openScenario: 'qnet:open-scenario',
  saveScenario: 'qnet:save-scenario',
  listRecent: 'qnet:list-recent',
  writeAutosave: 'qnet:write-autosave',
  readAutosave: 'qnet:read-autosave',
  clearAutosave: 'qnet:clear-autosave',
  exportFile: 'qnet:export-file',
  renderPdf: 'qnet:render-pdf',
  setDocumentState: 'qnet:set-document-state',
};
const MENU_COMMAND_CHANNEL = 'qnet:menu-command';

contextBridge.exposeInMainWorld('qnetHost', {
  listExamples: () => ipcRenderer.invoke(CHANNELS.listExamples),
  listPresets: () => ipcRenderer.invoke(CHANNELS.listPresets),
  openScenario: (path) => ipcRenderer.invoke(CHANNELS.openScenario, path),
  saveScenario: (request) => ipcRenderer.invoke(CHANNELS.saveScenario, request),
  listRecent: () => ipcRenderer.invoke(CHANNELS.listRecent),
  writeAutosave: (entry) => ipcRenderer.invoke(CHANNELS.writeAutosave, entry),
  readAutosave: () => ipcRenderer.invoke(CHANNELS.readAutosave),
  clearAutosave: () => ipcRenderer.invoke(CHANNELS.clearAutosave),
  exportFile: (request) => ipcRenderer.invoke(CHANNELS.exportFile, request),
  renderPdf: (html) => ipcRenderer.invoke(CHANNELS.renderPdf, html),
  setDocumentState: (state) => ipcRenderer.invoke(CHANNELS.setDocumentState, state),
  onMenuCommand: (callback) => {
    // Only the command object reaches the page, never the IPC event (which exposes the sender).
    const listener = (_event, command) => callback(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
  },
});

module.exports = { CHANNELS, MENU_COMMAND_CHANNEL };
