/**
 * The application menu: File (New, Open…, Open Recent, Save, Save As…, Export report…, Quit), Edit (Undo,
 * Redo and the clipboard roles text fields need), View, Help. Commands that act on the document are sent to
 * the renderer (MENU_COMMAND_CHANNEL), which owns the document and its undo stack; only Quit, the clipboard
 * and the view roles are handled by Electron itself.
 * Source: Electron Menu API (roles); src/core/host-payloads.ts (MenuCommand).
 */
import type { RecentFile } from '../src/core/host-api.js';
import type { MenuCommand } from '../src/core/host-payloads.js';
import type { MenuItemTemplate } from './electron-types.js';

/** What the menu needs from the main process. */
export interface MenuActions {
  /** Sends a command to the renderer. */
  send(command: MenuCommand): void;
  /** Shows the About box. */
  about(): void;
}

/** The menu template for the given recent files (newest first). */
export function menuTemplate(recent: readonly RecentFile[], actions: MenuActions): MenuItemTemplate[] {
  const command = (name: MenuCommand['command']) => () => actions.send({ command: name });
  const recentItems: MenuItemTemplate[] =
    recent.length === 0
      ? [{ label: 'No recent files', enabled: false }]
      : recent.map((file) => ({
          label: file.path,
          click: () => actions.send({ command: 'open-recent', path: file.path }),
        }));
  return [
    {
      label: 'File',
      submenu: [
        { label: 'New', accelerator: 'CmdOrCtrl+N', click: command('new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: command('open') },
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: command('save') },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: command('save-as') },
        { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: command('export-report') },
        { type: 'separator' },
        { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // The document's undo stack lives in the renderer; it forwards to the text field when one has focus.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: command('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: command('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'About qnet-planner', click: () => actions.about() }] },
  ];
}
