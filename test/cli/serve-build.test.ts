/**
 * The vite builds behind `qnet serve`: buildUi runs vite's JavaScript API and the server then serves the result,
 * once for a throwaway project under the temp folder (a page importing TypeScript from src/core: the build path
 * alone) and once for the app itself with src/ui/vite.config.ts (the real build, skipped only while that config
 * does not exist). Also checks the staleness rule (missing or older than the sources).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildUi,
  DEFAULT_UI_DIR,
  DEFAULT_VITE_CONFIG,
  startServer,
  uiNeedsBuild,
} from '../../src/cli/serve/index.js';
import { ROOT } from '../support/run-cli.js';

/** A throwaway vite project whose page imports src/core TypeScript. */
function throwawayProject(): { configFile: string; uiDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'qnet-vite-'));
  const uiDir = path.join(root, 'out');
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><title>t</title><script type="module" src="./main.ts"></script></head><body></body></html>',
  );
  writeFileSync(
    path.join(root, 'main.ts'),
    `import { baseName } from ${JSON.stringify(path.join(ROOT, 'src/core/host-payloads.ts'))};\ndocument.title = baseName('/a/b.qnet.json');\n`,
  );
  const configFile = path.join(root, 'vite.config.mjs');
  writeFileSync(
    configFile,
    `export default { root: ${JSON.stringify(root)}, base: './', logLevel: 'warn', build: { outDir: ${JSON.stringify(uiDir)}, emptyOutDir: true } };\n`,
  );
  return { configFile, uiDir };
}

const realConfig = existsSync(DEFAULT_VITE_CONFIG);

/** Builds with `configFile` into `uiDir`, serves the result and fetches the page and its bundled script. */
async function buildAndServe(configFile: string, uiDir: string): Promise<void> {
  const lines: string[] = [];
  await buildUi({ configFile, uiDir, log: (line) => lines.push(line) });
  expect(lines[0]).toBe('building the app…');
  expect(lines[1]).toMatch(/^built the app in \d+\.\d s$/);
  const server = await startServer({
    port: 0,
    uiDir,
    configDir: mkdtempSync(path.join(os.tmpdir(), 'qnet-cfg-')),
  });
  try {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain(`content="${server.token}"`);
    const script = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html);
    expect(script, html).not.toBeNull();
    const asset = await fetch(new URL(script![1]!, server.url));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  } finally {
    await server.close();
  }
}

describe('vite build of the UI', () => {
  it('builds a throwaway project importing src/core through the same path, then serves it', async () => {
    const { configFile, uiDir } = throwawayProject();
    await buildAndServe(configFile, uiDir);
  }, 120_000);

  it.skipIf(!realConfig)(
    `builds the app itself with src/ui/vite.config.ts into dist/ui${realConfig ? '' : ' (SKIPPED: not written yet)'}`,
    async () => {
      await buildAndServe(DEFAULT_VITE_CONFIG, DEFAULT_UI_DIR);
    },
    240_000,
  );

  it('reports a missing config file by name', async () => {
    await expect(buildUi({ configFile: '/nonexistent/vite.config.ts' })).rejects.toThrow(
      'cannot build the app: /nonexistent/vite.config.ts is missing',
    );
  });
});

describe('when the UI needs a build', () => {
  it('is when index.html is missing or older than any source file', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'qnet-stale-'));
    const sources = path.join(root, 'src', 'deep');
    const uiDir = path.join(root, 'ui');
    mkdirSync(sources, { recursive: true });
    mkdirSync(uiDir);
    writeFileSync(path.join(sources, 'a.ts'), 'x');
    expect(uiNeedsBuild(uiDir, path.join(root, 'src'))).toBe(true);
    writeFileSync(path.join(uiDir, 'index.html'), 'x');
    utimesSync(path.join(sources, 'a.ts'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    utimesSync(path.join(uiDir, 'index.html'), new Date(2026, 0, 2), new Date(2026, 0, 2));
    expect(uiNeedsBuild(uiDir, path.join(root, 'src'))).toBe(false);
    utimesSync(path.join(sources, 'a.ts'), new Date(2026, 0, 3), new Date(2026, 0, 3));
    expect(uiNeedsBuild(uiDir, path.join(root, 'src'))).toBe(true);
    expect(readdirSync(uiDir)).toEqual(['index.html']);
  });
});
