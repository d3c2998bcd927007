/**
 * The browser's HTTP host adapter against a real `qnet serve` server (startServer with a fixture UI), run under
 * Node with an injected base URL, token and download: every method round-trips, errors arrive with the
 * server's message, a wrong token is refused, exports become downloads, and the dialog-less methods resolve
 * null without calling the server.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/serve/index.js';
import { createHttpHost, HTTP_ROUTES, readPageToken } from '../../src/ui/host/index.js';
import { ROOT } from '../support/run-cli.js';

let server: RunningServer;
const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'qnet-http-host-'));

beforeAll(async () => {
  const ui = path.join(scratch(), 'ui');
  mkdirSync(ui);
  writeFileSync(path.join(ui, 'index.html'), '<html><head></head><body></body></html>');
  server = await startServer({
    port: 0,
    uiDir: ui,
    configDir: scratch(),
    renderPdf: async (html) => new Uint8Array([37, 80, 68, 70, html.length]),
  });
});
afterAll(() => server.close());

function host(overrides: { token?: string } = {}) {
  const downloads: { name: string; blob: Blob }[] = [];
  const requests: string[] = [];
  const adapter = createHttpHost({
    baseUrl: server.url,
    token: overrides.token ?? server.token,
    fetch: (input, init) => {
      requests.push(String(input));
      return fetch(input, init);
    },
    download: (blob, name) => downloads.push({ blob, name }),
  });
  return { adapter, downloads, requests };
}

describe('HTTP host adapter', () => {
  it('round-trips an example through open, save, reopen and the recent list', async () => {
    const { adapter } = host();
    expect(adapter.kind).toBe('http');
    expect(adapter.nativeDialogs).toBe(false);
    const examples = await adapter.listExamples();
    const metro = examples.find((example) => example.id === 'metro-three-node')!;
    const opened = (await adapter.openScenario(metro.path))!;
    expect(opened.text).toBe(
      readFileSync(path.join(ROOT, 'network-models/metro-three-node.qnet.json'), 'utf8'),
    );
    const target = path.join(scratch(), 'saved.qnet.json');
    const saved = await adapter.saveScenario({
      text: opened.text,
      path: target,
      suggestedName: 'saved.qnet.json',
    });
    expect(saved?.path).toBe(target);
    expect((await adapter.openScenario(target))!.text).toBe(opened.text);
    expect((await adapter.listRecent())[0]!.path).toBe(target);
    expect((await adapter.listPresets()).some((preset) => preset.fileName === 'trapped-ion.json')).toBe(true);
  });

  it('keeps autosave, document state and PDF bytes', async () => {
    const { adapter } = host();
    const entry = { text: 'draft', path: null, savedAt: '2026-11-24T03:00:00.000Z' };
    await adapter.writeAutosave(entry);
    expect(await adapter.readAutosave()).toEqual(entry);
    await adapter.clearAutosave();
    expect(await adapter.readAutosave()).toBeNull();
    await adapter.setDocumentState({ title: 'metro', dirty: true });
    expect(Array.from(await adapter.renderPdf('<p>x</p>'))).toEqual([37, 80, 68, 70, 8]);
  });

  it('resolves null for open and save without a path, without calling the server', async () => {
    const { adapter, requests } = host();
    expect(await adapter.openScenario()).toBeNull();
    expect(await adapter.saveScenario({ text: 'x', suggestedName: 'x.json' })).toBeNull();
    expect(requests).toEqual([]);
  });

  it('exports as a browser download', async () => {
    const { adapter, downloads, requests } = host();
    const saved = await adapter.exportFile({
      suggestedName: 'report.csv',
      mimeType: 'text/csv',
      data: 'a,b\n',
    });
    expect(saved).toEqual({ path: 'report.csv', name: 'report.csv', bytes: 4 });
    expect(downloads[0]!.name).toBe('report.csv');
    expect(downloads[0]!.blob.type).toBe('text/csv');
    expect(await downloads[0]!.blob.text()).toBe('a,b\n');
    expect(requests).toEqual([]);
  });

  it('rejects with the server’s message, and refuses a wrong token', async () => {
    const { adapter } = host();
    const missing = path.join(scratch(), 'missing.qnet.json');
    await expect(adapter.openScenario(missing)).rejects.toThrow(`cannot read ${missing}: no such file`);
    await expect(adapter.openScenario('relative.json')).rejects.toThrow('path: must be an absolute path');
    await expect(host({ token: '0'.repeat(64) }).adapter.listExamples()).rejects.toThrow(
      'missing or wrong X-Qnet-Token header',
    );
  });

  it('needs a token and covers every HTTP route of the server', () => {
    expect(() => createHttpHost({ baseUrl: server.url })).toThrow('the page carries no qnet-token');
    expect(HTTP_ROUTES).toHaveLength(10);
    expect(HTTP_ROUTES).not.toContain('/api/exportFile');
    const page = {
      querySelector: (selector: string) =>
        selector === 'meta[name="qnet-token"]' ? { getAttribute: () => 'abc' } : null,
    };
    expect(readPageToken(page as unknown as Document)).toBe('abc');
  });
});
