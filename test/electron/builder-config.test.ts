/**
 * electron-builder.yml, checked by electron-builder itself: its configuration validator (app-builder-lib's
 * validateConfiguration against scheme.json) and a real `--linux dir` pack against a placeholder electronDist
 * (no Electron binary can be downloaded here), whose app.asar file list must hold what the main process
 * imports and the built UI, and nothing of tests, docs or the CLI-only dependencies.
 * The pack runs on a snapshot of the repository (node_modules linked) with a fixture dist/ui, so it does not
 * depend on whether the UI has been built. Its duration is printed; the budget is about a minute.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const require = createRequire(path.join(ROOT, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(
    config: unknown,
    debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
};
const builder = require('electron-builder') as {
  build(options: Record<string, unknown>): Promise<string[]>;
  Platform: { LINUX: { createTarget(type: string): unknown } };
};
const asar = require('@electron/asar') as { listPackage(archive: string, options: object): string[] };

const debugLogger = { isEnabled: false, add: () => undefined };
const loadConfig = (): Record<string, unknown> =>
  yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration validator', async () => {
    await expect(validateConfiguration(loadConfig(), debugLogger)).resolves.toBeUndefined();
  });

  it('targets AppImage and deb on Linux, nsis on Windows, dmg on macOS', () => {
    const config = loadConfig() as Record<string, { target: string[] }>;
    expect(config.linux!.target).toEqual(['AppImage', 'deb']);
    expect(config.win!.target).toEqual(['nsis']);
    expect(config.mac!.target).toEqual(['dmg']);
  });

  it('is really checked: the validator refuses an unknown option and a wrong type', async () => {
    await expect(
      validateConfiguration(
        { ...loadConfig(), linux: { target: ['AppImage'], categry: 'Science' } },
        debugLogger,
      ),
    ).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.linux/);
    await expect(validateConfiguration({ ...loadConfig(), asar: 'yes please' }, debugLogger)).rejects.toThrow(
      /asar/,
    );
  });
});

/** A copy of the repository's sources with a fixture dist/ui and node_modules linked in. */
function snapshotProject(): string {
  const project = mkdtempSync(path.join(os.tmpdir(), 'qnet-pack-project-'));
  // package-lock.json too: without it electron-builder's `npm list` walk misreads the linked node_modules
  // (on a fresh `npm ci` it dropped esbuild, which tsx needs at run time).
  for (const entry of [
    'package.json',
    'package-lock.json',
    'electron-builder.yml',
    'electron',
    'src',
    'network-models',
    'test',
    'docs',
  ]) {
    cpSync(path.join(ROOT, entry), path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  mkdirSync(path.join(project, 'dist', 'ui', 'assets'), { recursive: true });
  writeFileSync(path.join(project, 'dist', 'ui', 'index.html'), '<!doctype html><title>qnet</title>');
  writeFileSync(path.join(project, 'dist', 'ui', 'assets', 'index-abc123.js'), 'void 0;');
  writeFileSync(
    path.join(project, 'dist', 'ui', 'assets', 'highs-abc123.wasm'),
    Buffer.from([0, 97, 115, 109]),
  );
  return project;
}

/** A placeholder Electron distribution: only an executable named electron. */
function placeholderElectronDist(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'qnet-electron-dist-'));
  writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\necho placeholder electron\n', { mode: 0o755 });
  writeFileSync(path.join(dist, 'LICENSE'), 'placeholder');
  return dist;
}

describe('electron-builder --linux dir pack (placeholder electronDist)', () => {
  it('packs the main process, its imports, the built UI and the examples, and nothing else of the repo', async () => {
    const project = snapshotProject();
    const output = mkdtempSync(path.join(os.tmpdir(), 'qnet-pack-out-'));
    const config = loadConfig();
    const started = performance.now();
    await builder.build({
      projectDir: project,
      targets: builder.Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        ...config,
        electronDist: placeholderElectronDist(),
        electronVersion: '45.4.1',
        npmRebuild: false,
        directories: { ...(config.directories as object), output },
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.info(`electron-builder --linux dir pack took ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(120);

    const unpacked = path.join(output, 'linux-unpacked');
    const files = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), {});
    const own = files.filter((file) => !file.startsWith('/node_modules'));
    for (const required of [
      '/package.json',
      '/electron/main.js',
      '/electron/main-process.ts',
      '/electron/ipc.ts',
      '/electron/menu.ts',
      '/electron/electron-types.ts',
      '/electron/preload.cjs',
      '/dist/ui/index.html',
      '/dist/ui/assets/highs-abc123.wasm',
      '/src/core/index.ts',
      '/src/core/host-api.ts',
      '/src/core/host-payloads.ts',
      '/src/cli/host/index.ts',
      '/src/cli/host/node-host.ts',
      '/src/cli/files.ts',
      '/network-models/metro-three-node.qnet.json',
      '/network-models/platforms/nv-diamond.json',
      '/node_modules/tsx/package.json',
      '/node_modules/pure-rand/package.json',
    ]) {
      expect(files, required).toContain(required);
    }
    const forbidden = own.filter(
      (file) =>
        /^\/(test|docs|bench)\b/.test(file) ||
        /\.test\.ts$|\.md$/.test(file) ||
        /^\/src\/(physics|network|sim|ml|report|ui)\//.test(file) ||
        (/^\/src\/cli\//.test(file) && !/^\/src\/cli(\/host(\/.*)?|\/files\.ts)$/.test(file)) ||
        /^\/electron-builder\.yml$/.test(file),
    );
    expect(forbidden).toEqual([]);
    for (const heavy of ['playwright-core', 'vite', 'rolldown', '@napi-rs']) {
      expect(
        files.some((file) => file.startsWith(`/node_modules/${heavy}/`)),
        heavy,
      ).toBe(false);
    }
    // Every relative import of the packed TypeScript resolves inside the package.
    const packedSources = own.filter((file) => /\.(ts|js)$/.test(file) && !file.startsWith('/dist/'));
    const missing: string[] = [];
    for (const file of packedSources) {
      const source = readFileSync(path.join(project, file), 'utf8');
      for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = path.posix.join(path.posix.dirname(file), match[1]!).replace(/\.js$/, '.ts');
        const isLazyPdfImport = target === '/src/cli/report-output/html-to-pdf.ts';
        if (!isLazyPdfImport && !files.includes(target) && !files.includes(target.replace(/\.ts$/, '.js'))) {
          missing.push(`${file} -> ${match[1]}`);
        }
      }
    }
    expect(missing).toEqual([]);
    const unpackedEsbuild = path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'esbuild');
    expect(readFileSync(path.join(unpackedEsbuild, 'package.json'), 'utf8')).toContain('"name": "esbuild"');
  }, 240_000);
});
