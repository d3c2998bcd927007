import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Out of node_modules, as in src/ui/vite.config.ts (npm's hidden lockfile must stay current for electron-builder).
  cacheDir: 'dist/.vite-vitest',
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
