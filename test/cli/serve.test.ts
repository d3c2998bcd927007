/**
 * `qnet serve`'s server against a tiny fixture UI (no vite build): the token on /api, Host and Origin checks
 * (DNS rebinding, cross-site pages), directory traversal, MIME types, security headers, and the host API
 * round trip (open an example, save to a temp dir, reopen byte-identical, recent list, autosave, PDF bytes).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/serve/index.js';
import { ROOT } from '../support/run-cli.js';

function scratch(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'qnet-serve-'));
}

/** A minimal built UI: index.html, a script, a wasm file, a nested asset, and a secret outside it. */
function fixtureUi(): string {
  const root = scratch();
  const ui = path.join(root, 'ui');
  mkdirSync(path.join(ui, 'assets'), { recursive: true });
  writeFileSync(
    path.join(ui, 'index.html'),
    '<!doctype html><html><head><title>app</title></head><body></body></html>',
  );
  writeFileSync(path.join(ui, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(ui, 'assets', 'highs.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  symlinkSync(path.join(root, 'secret.txt'), path.join(ui, 'assets', 'link.txt'));
  return ui;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with full control over path and headers (fetch would normalise `..` and forbid Host). */
function raw(
  server: RunningServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

let server: RunningServer;
let configDir: string;

async function api<T>(method: string, payload?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}api/${method}`, {
    method: 'POST',
    headers: { 'X-Qnet-Token': server.token, 'Content-Type': 'application/json' },
    body: payload === undefined ? '' : JSON.stringify(payload),
  });
  return { status: response.status, json: (await response.json()) as T };
}

beforeAll(async () => {
  configDir = scratch();
  server = await startServer({
    port: 0,
    configDir,
    uiDir: fixtureUi(),
    renderPdf: async (html) => new TextEncoder().encode(`%PDF-1.7 ${html.length}`),
  });
});
afterAll(() => server.close());

describe('qnet serve: security', () => {
  it('listens on 127.0.0.1 and injects this run’s token into index.html with the CSP header', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    const response = await fetch(server.url);
    const html = await response.text();
    expect(html).toContain(`<meta name="qnet-token" content="${server.token}">`);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('requires the token on every /api call (401 without or with a wrong one)', async () => {
    const without = await fetch(`${server.url}api/listExamples`, { method: 'POST' });
    expect(without.status).toBe(401);
    const wrong = await fetch(`${server.url}api/listRecent`, {
      method: 'POST',
      headers: { 'X-Qnet-Token': 'f'.repeat(64) },
    });
    expect(wrong.status).toBe(401);
    const port = new URL(server.url).port;
    const preflight = await raw(server, {
      method: 'OPTIONS',
      path: '/api/listExamples',
      headers: { host: `127.0.0.1:${port}`, origin: 'https://evil.example' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin, even with the token', async () => {
    const port = new URL(server.url).port;
    const rebound = await raw(server, { path: '/', headers: { host: `evil.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body.toString()).not.toContain(server.token);
    const otherPort = await raw(server, { path: '/', headers: { host: '127.0.0.1:1' } });
    expect(otherPort.status).toBe(403);
    const localhost = await raw(server, { path: '/', headers: { host: `localhost:${port}` } });
    expect(localhost.status).toBe(200);
    const crossOrigin = await raw(server, {
      method: 'POST',
      path: '/api/listRecent',
      headers: { host: `127.0.0.1:${port}`, origin: 'https://evil.example', 'x-qnet-token': server.token },
    });
    expect(crossOrigin.status).toBe(403);
    const sameOrigin = await raw(server, {
      method: 'POST',
      path: '/api/listRecent',
      headers: {
        host: `127.0.0.1:${port}`,
        origin: `http://127.0.0.1:${port}`,
        'x-qnet-token': server.token,
      },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses directory traversal, encoded or through a symlink, and serves nothing outside the UI', async () => {
    const host = `127.0.0.1:${new URL(server.url).port}`;
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/link.txt',
      '/%00index.html',
      '/..\\secret.txt',
    ]) {
      const response = await raw(server, { path: attempt, headers: { host } });
      expect(response.status, attempt).toBe(404);
      expect(response.body.toString()).not.toContain('top secret');
    }
    const post = await raw(server, { method: 'POST', path: '/index.html', headers: { host } });
    expect(post.status).toBe(405);
  });

  it('serves assets with their MIME types, including application/wasm', async () => {
    const js = await fetch(`${server.url}assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const wasm = await fetch(`${server.url}assets/highs.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
  });
});

describe('qnet serve: host API round trip', () => {
  it('opens an example, saves it, reopens it byte-identical and lists both as recent', async () => {
    const examples = await api<{ result: { id: string; path: string }[] }>('listExamples');
    const metro = examples.json.result.find((example) => example.id === 'metro-three-node')!;
    expect(metro.path).toBe(path.join(ROOT, 'network-models/metro-three-node.qnet.json'));
    const opened = await api<{ result: { text: string; name: string } }>('openScenario', metro.path);
    expect(opened.json.result.text).toBe(readFileSync(metro.path, 'utf8'));
    const target = path.join(scratch(), 'copy.qnet.json');
    const saved = await api<{ result: { path: string; bytes: number } }>('saveScenario', {
      text: opened.json.result.text,
      path: target,
      suggestedName: 'copy.qnet.json',
    });
    expect(saved.json.result).toEqual({
      path: target,
      name: 'copy.qnet.json',
      bytes: Buffer.byteLength(opened.json.result.text),
    });
    const reopened = await api<{ result: { text: string } }>('openScenario', target);
    expect(Buffer.from(reopened.json.result.text)).toEqual(readFileSync(metro.path));
    const recent = await api<{ result: { path: string }[] }>('listRecent');
    expect(recent.json.result.map((item) => item.path).slice(0, 2)).toEqual([target, metro.path]);
    const presets = await api<{ result: { fileName: string }[] }>('listPresets');
    expect(presets.json.result.length).toBeGreaterThan(3);
  });

  it('writes, reads and clears the autosave in the config folder', async () => {
    const entry = { text: '{"draft":true}', path: null, savedAt: '2026-11-24T03:30:00.000Z' };
    expect((await api('writeAutosave', entry)).status).toBe(200);
    expect(JSON.parse(readFileSync(path.join(configDir, 'autosave.json'), 'utf8')).text).toBe(entry.text);
    expect((await api<{ result: unknown }>('readAutosave')).json.result).toEqual(entry);
    await api('clearAutosave');
    expect((await api<{ result: unknown }>('readAutosave')).json.result).toBeNull();
  });

  it('answers renderPdf with PDF bytes and setDocumentState with null', async () => {
    const response = await fetch(`${server.url}api/renderPdf`, {
      method: 'POST',
      headers: { 'X-Qnet-Token': server.token },
      body: JSON.stringify('<p>report</p>'),
    });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('%PDF-1.7 13');
    expect((await api('setDocumentState', { title: 'metro', dirty: true })).json).toEqual({ result: null });
  });

  it('reports bad payloads (400), file problems (422) and unknown methods (404) with a message', async () => {
    const relative = await api<{ error: string }>('openScenario', 'relative.json');
    expect(relative.status).toBe(400);
    expect(relative.json.error).toBe('path: must be an absolute path (got "relative.json")');
    const noPath = await api<{ error: string }>('openScenario');
    expect(noPath.json.error).toBe('path: is required (this host has no open dialog)');
    const missing = path.join(scratch(), 'gone.qnet.json');
    const gone = await api<{ error: string }>('openScenario', missing);
    expect(gone.status).toBe(422);
    expect(gone.json.error).toBe(`cannot read ${missing}: no such file`);
    const unsaved = await api<{ error: string }>('saveScenario', { text: 'x', suggestedName: 'x.json' });
    expect(unsaved.status).toBe(400);
    expect((await api('exportFile', {})).status).toBe(404);
    expect((await api('deleteEverything')).status).toBe(404);
    expect((await api<{ error: string }>('listExamples', { extra: 1 })).status).toBe(400);
    const badJson = await fetch(`${server.url}api/listRecent`, {
      method: 'POST',
      headers: { 'X-Qnet-Token': server.token },
      body: '{',
    });
    expect(badJson.status).toBe(400);
  });

  it('refuses an invalid port', async () => {
    await expect(startServer({ port: 70_000, uiDir: fixtureUi() })).rejects.toThrow(
      'port: must be between 0 and 65535',
    );
  });
});
