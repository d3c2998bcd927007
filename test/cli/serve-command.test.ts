/**
 * `qnet serve` and `qnet start` as a user runs them (the real launcher in a child process): they print the
 * address, answer HTTP, and exit 0 on Ctrl-C (SIGINT). On this machine there is no Electron binary, so
 * `qnet start` must say why in one line and fall back to the browser app. Both serve a fixture UI through
 * --ui-dir so no vite build is needed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../src/cli/serve/index.js';
import { ROOT } from '../support/run-cli.js';

function fixtureUi(): string {
  const ui = path.join(mkdtempSync(path.join(os.tmpdir(), 'qnet-cmd-')), 'ui');
  mkdirSync(ui);
  writeFileSync(path.join(ui, 'index.html'), '<html><head></head><body>fixture</body></html>');
  return ui;
}

/** Runs qnet until it prints the address, fetches the page, sends SIGINT and collects the outcome. */
async function runUntilAddress(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string; page: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/qnet.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, QNET_CONFIG_DIR: mkdtempSync(path.join(os.tmpdir(), 'qnet-cfg-')) },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /qnet-planner is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) =>
      reject(new Error(`exited ${code} before printing the address: ${stdout}${stderr}`)),
    );
  });
  const page = await (await fetch(url)).text();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  const code = await exited;
  return { code, stdout, stderr, page };
}

describe('qnet serve and qnet start from the shell', () => {
  it('qnet serve --port 0 --no-open prints the address, serves the app and stops cleanly on Ctrl-C', async () => {
    const run = await runUntilAddress(['serve', '--port', '0', '--no-open', '--ui-dir', fixtureUi()]);
    expect(run.page).toContain('fixture');
    expect(run.page).toContain('<meta name="qnet-token"');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('stopped (SIGINT)');
    expect(run.stderr).toBe('');
  }, 60_000);

  it('qnet start says in one line why Electron cannot start and falls back to the browser app', async () => {
    const electron = findElectronBinary();
    expect(electron.ok).toBe(false);
    const run = await runUntilAddress(['start', '--port', '0', '--no-open', '--ui-dir', fixtureUi()]);
    const first = run.stdout.split('\n')[0]!;
    expect(first).toBe(
      `Electron cannot start here: ${electron.ok ? '' : electron.reason}; opening the app in the browser instead.`,
    );
    expect(run.page).toContain('fixture');
    expect(run.code).toBe(0);
  }, 60_000);

  it('never tries to download Electron: a missing binary is reported, not fetched', () => {
    const result = findElectronBinary({ ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/Electron binary/) });
    const override = findElectronBinary({
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron',
    });
    expect(override).toEqual({
      ok: false,
      reason: 'the Electron binary /nonexistent-electron/electron is missing',
    });
    const fake = mkdtempSync(path.join(os.tmpdir(), 'qnet-fake-electron-'));
    writeFileSync(path.join(fake, 'electron'), '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const broken = findElectronBinary({ ...process.env, DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: fake });
    expect(broken).toEqual({ ok: false, reason: expect.stringContaining('does not run (exit code 3)') });
    writeFileSync(path.join(fake, 'electron'), '#!/bin/sh\necho v45.4.1\n', { mode: 0o755 });
    expect(findElectronBinary({ ...process.env, DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: fake })).toEqual({
      ok: true,
      path: path.join(fake, 'electron'),
    });
  });
});
