/**
 * The sandboxed preload (electron/preload.cjs), run with a fake `require('electron')`: it exposes exactly one
 * named function per HOST_CHANNELS entry plus onMenuCommand under `qnetHost`, its duplicated channel names equal
 * HOST_CHANNELS, each function invokes its own channel with the single argument, and menu listeners receive
 * the command only (never the IPC event) and can unsubscribe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_CHANNELS, type HostMethod } from '../../src/core/host-api.js';
import { MENU_COMMAND_CHANNEL } from '../../src/core/host-payloads.js';
import { ROOT } from '../support/run-cli.js';

type Exposed = Record<string, (...args: unknown[]) => unknown>;

function loadPreload() {
  const invoked: [string, unknown[]][] = [];
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const exposed: Record<string, Exposed> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Exposed) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => void invoked.push([channel, args]),
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((item) => item !== listener),
        ),
    },
  };
  const requested: string[] = [];
  const fakeRequire = (name: string) => {
    requested.push(name);
    if (name !== 'electron') throw new Error(`the sandboxed preload may not require ${name}`);
    return electron;
  };
  const module = { exports: {} as { CHANNELS?: Record<string, string>; MENU_COMMAND_CHANNEL?: string } };
  const source = readFileSync(path.join(ROOT, 'electron/preload.cjs'), 'utf8');
  new Function('require', 'module', 'exports', source)(fakeRequire, module, module.exports);
  return { exposed, invoked, listeners, requested, exports: module.exports };
}

describe('electron/preload.cjs', () => {
  it('duplicates HOST_CHANNELS and the menu channel exactly and requires only electron', () => {
    const { exports, requested } = loadPreload();
    expect(exports.CHANNELS).toEqual(HOST_CHANNELS);
    expect(exports.MENU_COMMAND_CHANNEL).toBe(MENU_COMMAND_CHANNEL);
    expect(requested).toEqual(['electron']);
  });

  it('exposes only named functions: one per channel plus onMenuCommand', () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['qnetHost']);
    const api = exposed.qnetHost!;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(HOST_CHANNELS), 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('invokes each method’s own channel with its single argument', async () => {
    const { exposed, invoked } = loadPreload();
    for (const method of Object.keys(HOST_CHANNELS) as HostMethod[])
      await exposed.qnetHost![method]!({ marker: method });
    for (const [index, method] of (Object.keys(HOST_CHANNELS) as HostMethod[]).entries()) {
      const [channel, args] = invoked[index]!;
      expect(channel).toBe(HOST_CHANNELS[method]);
      expect(args.length).toBeLessThanOrEqual(1);
      if (args.length === 1) expect(args[0]).toEqual({ marker: method });
    }
  });

  it('passes menu commands without the IPC event and unsubscribes', () => {
    const { exposed, listeners } = loadPreload();
    const received: unknown[][] = [];
    const unsubscribe = exposed.qnetHost!.onMenuCommand!((...args: unknown[]) =>
      received.push(args),
    ) as () => void;
    for (const listener of listeners.get(MENU_COMMAND_CHANNEL)!)
      listener({ sender: 'secret' }, { command: 'save' });
    expect(received).toEqual([[{ command: 'save' }]]);
    unsubscribe();
    expect(listeners.get(MENU_COMMAND_CHANNEL)).toEqual([]);
  });
});
