/**
 * Vite build of the app page (src/ui) into dist/ui: relative asset URLs (base './') so the same build loads
 * from file:// in Electron and from `qnet serve` over HTTP; ES-module workers (the planning worker imports
 * HiGHS); the package version injected for reports. Run with `npx vite build --config src/ui/vite.config.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';

const uiDir = import.meta.dirname;
const repoRoot = path.resolve(uiDir, '../..');
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root: uiDir,
  base: './',
  publicDir: false,
  // Vite's cache stays out of node_modules: a new entry there makes npm's hidden lockfile look stale, and
  // electron-builder's dependency walk (npm list) then misreads the tree (test/electron/builder-config.test.ts).
  cacheDir: path.join(repoRoot, 'dist/.vite'),
  define: { __QNET_VERSION__: JSON.stringify(version) },
  build: {
    outDir: path.join(repoRoot, 'dist/ui'),
    emptyOutDir: true,
    target: 'es2022',
    // Large chunks are expected (chart.js, sigma, zod, the world map); the app loads them once, locally.
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
