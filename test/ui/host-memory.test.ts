/**
 * The in-memory host the app's unit tests use: seeded examples and files, saves recorded and readable, the
 * simulated user answering dialogs, recent list and autosave, and the same payload validation as the real
 * hosts. Also detectHost's choice and the Electron adapter's error cleaning, against a fake preload bridge.
 */
import { describe, expect, it } from 'vitest';
import { HOST_CHANNELS, ParameterError, QnetError, type HostMethod } from '../../src/core/index.js';
import {
  cleanIpcError,
  createElectronHost,
  createMemoryHost,
  detectHost,
  onMenuCommand,
  type MenuCommand,
  type PreloadBridge,
} from '../../src/ui/host/index.js';

const example = { id: 'metro', title: 'Metro', path: '/examples/metro.qnet.json', text: '{"name":"Metro"}' };

describe('memory host', () => {
  it('lists seeded examples and presets and opens them', async () => {
    const host = createMemoryHost({ examples: [example], presets: [{ fileName: 'nv.json', text: '{}' }] });
    expect(host.kind).toBe('memory');
    expect(host.nativeDialogs).toBe(false);
    expect(await host.listExamples()).toEqual([{ id: 'metro', title: 'Metro', path: example.path }]);
    expect(await host.listPresets()).toEqual([{ fileName: 'nv.json', text: '{}' }]);
    expect(await host.openScenario(example.path)).toEqual({
      path: example.path,
      name: 'metro.qnet.json',
      text: example.text,
    });
    expect(await host.openScenario()).toBeNull();
    await expect(host.openScenario('/nope.json')).rejects.toThrow('cannot read /nope.json: no such file');
    await expect(host.openScenario('relative.json')).rejects.toBeInstanceOf(ParameterError);
  });

  it('records saves so a test can read them back, and keeps the recent list newest first', async () => {
    const host = createMemoryHost({ examples: [example] });
    await host.openScenario(example.path);
    const saved = await host.saveScenario({
      text: 'héllo',
      path: '/work/a.qnet.json',
      suggestedName: 'a.qnet.json',
    });
    expect(saved).toEqual({ path: '/work/a.qnet.json', name: 'a.qnet.json', bytes: 6 });
    expect(host.readFile('/work/a.qnet.json')).toBe('héllo');
    expect(host.saved).toEqual(['/work/a.qnet.json']);
    expect((await host.listRecent()).map((item) => item.path)).toEqual(['/work/a.qnet.json', example.path]);
    expect(await host.saveScenario({ text: 'x', suggestedName: 'b.json' })).toBeNull();
  });

  it('answers dialogs from host.dialog when it pretends to have native dialogs', async () => {
    const host = createMemoryHost({ files: { '/d/x.json': 'X' } }, { nativeDialogs: true });
    expect(await host.openScenario()).toBeNull();
    host.dialog.openPath = '/d/x.json';
    expect((await host.openScenario())?.text).toBe('X');
    host.dialog.savePath = '/d/y.json';
    expect((await host.saveScenario({ text: 'Y', suggestedName: 'y.json' }))?.path).toBe('/d/y.json');
    expect(await host.exportFile({ suggestedName: 'r.csv', mimeType: 'text/csv', data: 'a' })).toBeNull();
    host.dialog.exportPath = '/d/r.csv';
    expect(await host.exportFile({ suggestedName: 'r.csv', mimeType: 'text/csv', data: 'a,b' })).toEqual({
      path: '/d/r.csv',
      name: 'r.csv',
      bytes: 3,
    });
    expect(host.exports[0]!.request.mimeType).toBe('text/csv');
  });

  it('simulates failures and keeps autosave, document state and PDFs', async () => {
    const host = createMemoryHost();
    host.failNext('saveScenario', 'cannot save /x.json: disk full');
    await expect(host.saveScenario({ text: 'x', path: '/x.json', suggestedName: 'x.json' })).rejects.toThrow(
      QnetError,
    );
    expect(host.readFile('/x.json')).toBeUndefined();
    host.failNext('saveScenario', null);
    await host.saveScenario({ text: 'x', path: '/x.json', suggestedName: 'x.json' });
    const entry = { text: 'draft', path: null, savedAt: '2026-11-24T03:00:00.000Z' };
    await host.writeAutosave(entry);
    expect(await host.readAutosave()).toEqual(entry);
    await host.clearAutosave();
    expect(host.autosave).toBeNull();
    await host.setDocumentState({ title: 't', dirty: true });
    expect(host.documentState).toEqual({ title: 't', dirty: true });
    expect(new TextDecoder().decode(await host.renderPdf('<p>'))).toBe('%PDF-memory 3');
    await expect(host.setDocumentState({ title: 't', dirty: 1 as unknown as boolean })).rejects.toThrow(
      'dirty:',
    );
    const download = await host.exportFile({
      suggestedName: 'r.pdf',
      mimeType: 'application/pdf',
      data: new Uint8Array(4),
    });
    expect(download).toEqual({ path: '/downloads/r.pdf', name: 'r.pdf', bytes: 4 });
  });
});

/** A fake of what electron/preload.cjs exposes, recording calls and failing like Electron's IPC does. */
function fakeBridge(calls: [HostMethod, unknown[]][]): PreloadBridge & { emit(command: MenuCommand): void } {
  const listeners = new Set<(command: MenuCommand) => void>();
  const bridge: Record<string, unknown> = {};
  for (const method of Object.keys(HOST_CHANNELS) as HostMethod[]) {
    bridge[method] = async (...args: unknown[]) => {
      calls.push([method, args]);
      if (method === 'openScenario' && args[0] === '/missing.json') {
        throw new Error(
          "Error invoking remote method 'qnet:open-scenario': QnetError: cannot read /missing.json: no such file",
        );
      }
      return method === 'listExamples' ? [example] : null;
    };
  }
  bridge.onMenuCommand = (callback: (command: MenuCommand) => void) => {
    listeners.add(callback);
    return () => listeners.delete(callback);
  };
  bridge.emit = (command: MenuCommand) => listeners.forEach((listener) => listener(command));
  return bridge as PreloadBridge & { emit(command: MenuCommand): void };
}

describe('electron adapter and detectHost', () => {
  it('forwards each method with its single argument and cleans IPC error prefixes', async () => {
    const calls: [HostMethod, unknown[]][] = [];
    const host = createElectronHost(fakeBridge(calls));
    expect(host.kind).toBe('electron');
    expect(host.nativeDialogs).toBe(true);
    await host.listExamples();
    await host.openScenario();
    await host.saveScenario({ text: 'x', suggestedName: 'x.json' });
    expect(calls).toEqual([
      ['listExamples', []],
      ['openScenario', []],
      ['saveScenario', [{ text: 'x', suggestedName: 'x.json' }]],
    ]);
    await expect(host.openScenario('/missing.json')).rejects.toThrow(
      /^cannot read \/missing\.json: no such file$/,
    );
    expect(cleanIpcError(new Error('plain')).message).toBe('plain');
  });

  it('picks Electron when the preload bridge exists, HTTP when the page has a token, memory otherwise', () => {
    const bridge = fakeBridge([]);
    expect(detectHost({ qnetHost: bridge }).kind).toBe('electron');
    const page = {
      querySelector: () => ({ getAttribute: () => 'a'.repeat(64) }),
      location: { href: 'http://127.0.0.1:4737/' },
    };
    expect(detectHost({ document: page }).kind).toBe('http');
    const plain = { querySelector: () => null, location: { href: 'http://localhost:5173/' } };
    expect(detectHost({ document: plain }).kind).toBe('memory');
    expect(detectHost({}).kind).toBe('memory');
  });

  it('delivers menu commands only where there are menus', () => {
    const bridge = fakeBridge([]);
    const received: MenuCommand[] = [];
    const unsubscribe = onMenuCommand(detectHost({ qnetHost: bridge }), (command) => received.push(command));
    bridge.emit({ command: 'save' });
    unsubscribe();
    bridge.emit({ command: 'open' });
    expect(received).toEqual([{ command: 'save' }]);
    expect(onMenuCommand(createMemoryHost(), () => undefined)()).toBeUndefined();
  });
});
