/**
 * Guards the one-way layer rules and the purity of core..report on the real source tree, and proves
 * the checker catches each kind of violation.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, layerOf } from './support/architecture-rules.js';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(directory: string): string[] {
  const absolute = path.join(root, directory);
  const files: string[] = [];
  if (!existsSync(absolute)) return files;
  for (const entry of readdirSync(absolute)) {
    const relative = path.posix.join(directory, entry);
    if (statSync(path.join(root, relative)).isDirectory()) files.push(...sourceFiles(relative));
    else if (/\.(ts|mts|js|mjs)$/.test(entry)) files.push(relative);
  }
  return files;
}

describe('architecture', () => {
  it('every layer imports only what design.md allows, and pure layers do no I/O', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('electron')];
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) => checkFile(file, readFileSync(path.join(root, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('keeps the fixed top level of design.md', () => {
    for (const entry of [
      'src',
      'electron',
      'network-models',
      'test',
      'package.json',
      'tsconfig.json',
      'electron-builder.yml',
    ]) {
      expect(existsSync(path.join(root, entry)), entry).toBe(true);
    }
  });

  it('every src layer with code has an index.ts and a README', () => {
    const layers = readdirSync(path.join(root, 'src')).filter(
      (layer) => sourceFiles(`src/${layer}`).length > 0,
    );
    expect(layers).toEqual(expect.arrayContaining(['core', 'physics', 'network', 'ml', 'report', 'cli']));
    for (const layer of layers) {
      expect(statSync(path.join(root, 'src', layer, 'index.ts')).isFile()).toBe(true);
      expect(statSync(path.join(root, 'src', layer, 'README.md')).isFile()).toBe(true);
    }
  });

  it('maps files to layers', () => {
    expect(layerOf('src/physics/fibre.ts')).toBe('physics');
    expect(layerOf('src/sim/kernel/queue.ts')).toBe('sim/kernel');
    expect(layerOf('electron/main.ts')).toBe('electron');
    expect(layerOf('src/cli/host/node-host.ts')).toBe('cli/host');
    expect(layerOf('test/x.ts')).toBeUndefined();
  });

  it('catches an upward import', () => {
    expect(checkFile('src/physics/a.ts', "import { x } from '../network/b.js';")).toHaveLength(1);
    expect(checkFile('src/core/a.ts', "export { y } from '../physics/index.js';")).toHaveLength(1);
    expect(checkFile('src/sim/kernel/q.ts', "import { z } from '../../network/index.js';")).toHaveLength(1);
    expect(checkFile('src/ui/a.ts', "const m = await import('../cli/main.js');")).toHaveLength(1);
    expect(checkFile('src/network/a.ts', "import { x } from '../physics/index.js';")).toEqual([]);
    expect(checkFile('electron/a.ts', "import { h } from '../src/cli/host/index.js';")).toEqual([]);
    expect(checkFile('electron/a.ts', "import { m } from '../src/cli/main.js';")).toHaveLength(1);
    expect(checkFile('src/ui/a.ts', "import { h } from '../cli/host/index.js';")).toHaveLength(1);
  });

  it('catches I/O and globals in a pure layer but not in cli, and ignores comments', () => {
    expect(checkFile('src/physics/a.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(checkFile('src/ml/a.ts', 'const u = Math.random();')).toHaveLength(1);
    expect(checkFile('src/sim/a.ts', 'const t = Date.now();')).toHaveLength(1);
    expect(checkFile('src/report/a.ts', 'console.log(1);')).toHaveLength(1);
    expect(checkFile('src/core/a.ts', 'if (process.env.X) {}')).toHaveLength(1);
    expect(checkFile('src/network/a.ts', 'document.title = "x";')).toHaveLength(1);
    expect(checkFile('src/network/a.ts', '// never call Math.random here\nconst a = 1;')).toEqual([]);
    expect(checkFile('src/cli/a.ts', "import fs from 'node:fs'; console.log(process.argv);")).toEqual([]);
  });

  it('keeps electron out of everything but electron/', () => {
    expect(checkFile('src/cli/a.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(checkFile('electron/main.ts', "import { app } from 'electron';")).toEqual([]);
  });
});

describe('architecture checker and local bindings', () => {
  it('allows a local variable named like a global but not the global itself', () => {
    expect(checkFile('src/network/a.ts', 'function f(document: unknown) { return document.x; }')).toEqual([]);
    expect(checkFile('src/network/a.ts', 'const document = parse(t);\nconst k = document.keys;')).toEqual([]);
    expect(checkFile('src/network/a.ts', 'const k = document.title;')).toHaveLength(1);
    expect(checkFile('src/network/a.ts', 'const k = window.innerWidth;')).toHaveLength(1);
  });
});
