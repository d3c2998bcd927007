/**
 * The Electron main process driven by a fake electron module: every IPC channel is registered and works,
 * a wrong sender and a bad payload are refused without touching the disk, the window's security settings,
 * navigation / window.open / webview / permission denial, the CSP on responses, dialogs, printToPDF in a
 * hidden window, confirm-on-close for unsaved work, and the menus sending commands to the renderer.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { HOST_CHANNELS, type HostMethod } from '../../src/core/host-api.js';
import { MENU_COMMAND_CHANNEL } from '../../src/core/host-payloads.js';
import { CONTENT_SECURITY_POLICY, createNodeHost } from '../../src/cli/host/index.js';
import { createMainProcess } from '../../electron/main-process.js';
import type { IpcInvokeEventLike, MenuItemTemplate } from '../../electron/electron-types.js';
import { ROOT } from '../support/run-cli.js';
import {
  createFakeElectron,
  FakeBrowserWindow,
  FakeWebContents,
  type FakeElectron,
} from './fake-electron.js';

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'qnet-electron-'));

let electron: FakeElectron;
let rootDir: string;
let trusted: IpcInvokeEventLike;

async function startApp(): Promise<FakeBrowserWindow> {
  const process = createMainProcess(electron, {
    rootDir,
    host: createNodeHost({ configDir: scratch() }),
    tempDir: scratch(),
  });
  const window = await process.start();
  return window as FakeBrowserWindow;
}

function invoke(method: HostMethod, event: IpcInvokeEventLike, ...args: unknown[]): Promise<unknown> {
  const handler = electron.handlers.get(HOST_CHANNELS[method]);
  if (!handler) throw new Error(`no handler for ${method}`);
  return Promise.resolve().then(() => handler(event, ...args));
}

beforeEach(() => {
  electron = createFakeElectron();
  rootDir = scratch();
  mkdirSync(path.join(rootDir, 'dist', 'ui'), { recursive: true });
  writeFileSync(path.join(rootDir, 'dist', 'ui', 'index.html'), '<html></html>');
  trusted = {
    senderFrame: { url: pathToFileURL(path.join(rootDir, 'dist', 'ui', 'index.html')).href, parent: null },
  };
});

describe('window security', () => {
  it('opens one sandboxed, isolated window without Node, loading dist/ui/index.html', async () => {
    const window = await startApp();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: path.join(rootDir, 'electron', 'preload.cjs'),
    });
    expect(window.loaded).toBe(path.join(rootDir, 'dist', 'ui', 'index.html'));
    expect(window.shown).toBe(false);
    window.fire('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('denies navigation, window.open and webviews, in the app window and any other web contents', async () => {
    const window = await startApp();
    expect(window.webContents.fire('will-navigate')).toBe(true);
    expect(window.webContents.fire('will-attach-webview')).toBe(true);
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const other = new FakeWebContents();
    (
      electron.appListeners.get('web-contents-created') as (event: unknown, contents: FakeWebContents) => void
    )({}, other);
    expect(other.fire('will-navigate')).toBe(true);
    expect(other.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });

  it('sets the strict CSP on every response and denies permission requests', async () => {
    await startApp();
    let headers: Record<string, string[]> = {};
    electron.headersListener!(
      { url: 'file:///x', responseHeaders: { 'X-Other': ['1'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(headers['X-Other']).toEqual(['1']);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    let granted: boolean | undefined;
    electron.permissionHandler!({}, 'geolocation', (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('shows an error and quits when the UI is not built', async () => {
    const missingRoot = scratch();
    const window = await createMainProcess(electron, {
      rootDir: missingRoot,
      host: createNodeHost({ configDir: scratch() }),
    }).start();
    expect(window).toBeNull();
    expect(electron.errors[0]).toContain('is missing');
    expect(electron.quitCalls).toBe(1);
  });
});

describe('IPC', () => {
  it('registers exactly one handler per HOST_CHANNELS entry', async () => {
    await startApp();
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
  });

  it('answers every channel for the app’s own page', async () => {
    const window = await startApp();
    const examples = (await invoke('listExamples', trusted)) as { id: string; path: string }[];
    const metro = examples.find((example) => example.id === 'metro-three-node')!;
    expect(((await invoke('listPresets', trusted)) as unknown[]).length).toBeGreaterThan(3);
    const opened = (await invoke('openScenario', trusted, metro.path)) as { text: string };
    expect(opened.text).toBe(
      readFileSync(path.join(ROOT, 'network-models/metro-three-node.qnet.json'), 'utf8'),
    );
    const target = path.join(scratch(), 'a.qnet.json');
    await invoke('saveScenario', trusted, { text: opened.text, path: target, suggestedName: 'a.qnet.json' });
    expect(readFileSync(target, 'utf8')).toBe(opened.text);
    expect(((await invoke('listRecent', trusted)) as { path: string }[]).map((item) => item.path)).toEqual([
      target,
      metro.path,
    ]);
    const entry = { text: 'draft', path: null, savedAt: '2026-11-24T03:00:00.000Z' };
    await invoke('writeAutosave', trusted, entry);
    expect(await invoke('readAutosave', trusted)).toEqual(entry);
    await invoke('clearAutosave', trusted);
    expect(await invoke('readAutosave', trusted)).toBeNull();
    electron.dialogAnswers.save = path.join(scratch(), 'report.csv');
    const exported = (await invoke('exportFile', trusted, {
      suggestedName: 'report.csv',
      mimeType: 'text/csv',
      data: 'a,b\n',
    })) as { path: string };
    expect(readFileSync(exported.path, 'utf8')).toBe('a,b\n');
    const pdf = (await invoke('renderPdf', trusted, '<h1>Report</h1>')) as Uint8Array;
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF-fake file:\/\/.*report\.html$/);
    await invoke('setDocumentState', trusted, { title: 'metro', dirty: true });
    expect(window.title).toBe('• metro — qnet-planner');
    expect(window.edited).toBe(true);
  });

  it('uses native dialogs when no path is given, and resolves null when the user cancels', async () => {
    await startApp();
    expect(await invoke('openScenario', trusted)).toBeNull();
    const file = path.join(scratch(), 'picked.qnet.json');
    writeFileSync(file, '{"picked":true}');
    electron.dialogAnswers.open = file;
    expect(await invoke('openScenario', trusted)).toEqual({
      path: file,
      name: 'picked.qnet.json',
      text: '{"picked":true}',
    });
    expect(await invoke('saveScenario', trusted, { text: 'x', suggestedName: 'new.qnet.json' })).toBeNull();
    expect(electron.dialogCalls).toContain('save:new.qnet.json');
    electron.dialogAnswers.save = path.join(scratch(), 'chosen.qnet.json');
    const saved = (await invoke('saveScenario', trusted, { text: 'x', suggestedName: 'new.qnet.json' })) as {
      path: string;
    };
    expect(saved.path).toBe(electron.dialogAnswers.save);
    electron.dialogAnswers.save = null;
    expect(
      await invoke('exportFile', trusted, {
        suggestedName: 'r.pdf',
        mimeType: 'application/pdf',
        data: new Uint8Array(3),
      }),
    ).toBeNull();
  });

  it('prints PDFs in a hidden window with JavaScript off, destroyed afterwards', async () => {
    await startApp();
    await invoke('renderPdf', trusted, '<p>x</p>');
    const printer = FakeBrowserWindow.instances[1]!;
    expect(printer.options.show).toBe(false);
    expect(printer.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(printer.options.webPreferences.preload).toBeUndefined();
    expect(printer.destroyed).toBe(true);
    expect(existsSync(printer.loaded!)).toBe(false);
  });

  it('refuses messages from any other page or frame without touching the disk', async () => {
    await startApp();
    const target = path.join(scratch(), 'evil.qnet.json');
    const senders: IpcInvokeEventLike[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: pathToFileURL('/tmp/other/index.html').href, parent: null } },
      { senderFrame: { url: trusted.senderFrame!.url, parent: { url: 'x' } } },
      { senderFrame: null },
    ];
    for (const sender of senders) {
      await expect(
        invoke('saveScenario', sender, { text: 'x', path: target, suggestedName: 'e.json' }),
      ).rejects.toThrow(/^refused qnet:save-scenario: the message did not come from the app's own page$/);
      await expect(invoke('listRecent', sender)).rejects.toThrow(/refused/);
    }
    expect(existsSync(target)).toBe(false);
    const withHash = { senderFrame: { url: `${trusted.senderFrame!.url}#/editor`, parent: null } };
    expect(await invoke('listRecent', withHash)).toEqual([]);
  });

  it('refuses bad payloads with the field named', async () => {
    await startApp();
    await expect(
      invoke('saveScenario', trusted, { text: 'x', path: 'relative.json', suggestedName: 'x.json' }),
    ).rejects.toThrow('path: must be an absolute path (got "relative.json")');
    await expect(invoke('openScenario', trusted, 42)).rejects.toThrow('path: must be a string (got number)');
    await expect(invoke('listExamples', trusted, { sneaky: 1 })).rejects.toThrow(
      'listExamples: takes no argument',
    );
    await expect(invoke('renderPdf', trusted, '<p>', 'extra')).rejects.toThrow(
      'expected at most one argument',
    );
    await expect(invoke('setDocumentState', trusted, { title: 'x' })).rejects.toThrow(
      'dirty: must be a boolean',
    );
    await expect(
      invoke('exportFile', trusted, { suggestedName: '../../x', mimeType: 'text/csv', data: '' }),
    ).rejects.toThrow('suggestedName: must be a file name without a directory');
    expect(electron.dialogCalls).toEqual([]);
  });
});

describe('close, menus', () => {
  it('asks before closing with unsaved work, and closes clean documents silently', async () => {
    const window = await startApp();
    expect(window.fire('close')).toBe(false);
    expect(electron.dialogCalls).toEqual([]);
    await invoke('setDocumentState', trusted, { title: 'metro', dirty: true });
    electron.dialogAnswers.messageBox = 1;
    expect(window.fire('close')).toBe(true);
    electron.dialogAnswers.messageBox = 0;
    expect(window.fire('close')).toBe(false);
    expect(electron.dialogCalls).toEqual([
      'message:Discard unsaved changes?',
      'message:Discard unsaved changes?',
    ]);
  });

  it('builds File, Edit, View and Help menus that send commands, with Open Recent kept current', async () => {
    const window = await startApp();
    const labels = (items: readonly MenuItemTemplate[]) =>
      items.map((item) => item.label ?? item.role ?? item.type);
    const menu = electron.menus.at(-1)!;
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(menu[0]!.submenu!)).toEqual([
      'New',
      'Open…',
      'Open Recent',
      'separator',
      'Save',
      'Save As…',
      'Export report…',
      'separator',
      'Quit',
    ]);
    expect(labels(menu[1]!.submenu!).slice(0, 2)).toEqual(['Undo', 'Redo']);
    menu[0]!.submenu![4]!.click!();
    menu[1]!.submenu![0]!.click!();
    expect(window.webContents.sent).toEqual([
      [MENU_COMMAND_CHANNEL, [{ command: 'save' }]],
      [MENU_COMMAND_CHANNEL, [{ command: 'undo' }]],
    ]);
    expect(menu[0]!.submenu![2]!.submenu![0]).toMatchObject({ label: 'No recent files', enabled: false });
    const target = path.join(scratch(), 'recent.qnet.json');
    await invoke('saveScenario', trusted, { text: '{}', path: target, suggestedName: 'recent.qnet.json' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const recentItem = electron.menus.at(-1)![0]!.submenu![2]!.submenu![0]!;
    expect(recentItem.label).toBe(target);
    recentItem.click!();
    expect(window.webContents.sent.at(-1)).toEqual([
      MENU_COMMAND_CHANNEL,
      [{ command: 'open-recent', path: target }],
    ]);
  });
});
