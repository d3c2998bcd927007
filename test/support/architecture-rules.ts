/**
 * The layer rules of docs (design.md "Dependency rules"), as data, and a checker over source text.
 * Used by test/architecture.test.ts on the real tree and on synthetic violations.
 */
import path from 'node:path';

/** Layers under src/, plus electron/. */
export type Layer =
  | 'core'
  | 'physics'
  | 'network'
  | 'sim'
  | 'sim/kernel'
  | 'ml'
  | 'report'
  | 'cli'
  | 'cli/host'
  | 'ui'
  | 'electron';

/** What each layer may import (besides itself). */
export const ALLOWED_IMPORTS: Readonly<Record<Layer, readonly Layer[]>> = {
  core: [],
  physics: ['core'],
  network: ['core', 'physics'],
  'sim/kernel': ['core'],
  sim: ['core', 'physics', 'network', 'sim/kernel'],
  ml: ['core', 'physics', 'network'],
  report: ['core', 'physics', 'network', 'sim', 'sim/kernel', 'ml'],
  cli: ['core', 'physics', 'network', 'sim', 'sim/kernel', 'ml', 'report', 'cli/host'],
  // The Node-side host service (files, atomic saves, autosave) that both `qnet serve` and Electron's main
  // process use (docs/decisions/0004-host-api.md); it may use the CLI's file helpers, nothing of the UI.
  'cli/host': ['core', 'network', 'report', 'cli'],
  ui: ['core', 'physics', 'network', 'sim', 'sim/kernel', 'ml', 'report'],
  electron: ['core', 'network', 'report', 'cli/host'],
};

/** Layers that must do no I/O and touch no ambient globals. */
export const PURE_LAYERS: readonly Layer[] = [
  'core',
  'physics',
  'network',
  'sim',
  'sim/kernel',
  'ml',
  'report',
];

/** Globals a pure layer must not touch: randomness, wall-clock time, console, process, DOM. */
const FORBIDDEN_GLOBALS: readonly (readonly [RegExp, string, string?])[] = [
  [/\bMath\.random\b/, 'Math.random (use a seeded Rng)'],
  [/\bDate\.now\b/, 'Date.now (use simulated time)'],
  [/\bnew Date\b/, 'new Date (wall-clock time)'],
  [/\bperformance\.now\b/, 'performance.now (wall-clock time)'],
  [/(?<![.\w])console\./, 'console', 'console'],
  [/(?<![.\w])process\./, 'process', 'process'],
  [/(?<![.\w])window\./, 'window', 'window'],
  [/(?<![.\w])document\./, 'document', 'document'],
  [/(?<![.\w])globalThis\b/, 'globalThis'],
  [/(?<![.\w])fetch\(/, 'fetch (I/O)'],
  [/(?<![.\w])setTimeout\(/, 'setTimeout (wall-clock time)'],
];

/**
 * True when the file declares its own binding of `name` (a variable, parameter or destructured name), as a
 * parser's `document` variable does; then `name.x` refers to that binding, not the global.
 */
function declaresLocal(code: string, name: string): boolean {
  const declaration = new RegExp(`\\b(?:const|let|var|function)\\s+${name}\\b|[(,{]\\s*${name}\\s*[:?,)}=]`);
  return declaration.test(code);
}

/** Node built-ins that mean I/O; pure layers may not import them. */
const IO_MODULES =
  /^(node:)?(fs|fs\/promises|path|child_process|http|https|net|os|worker_threads|readline|dgram|tls)$/;

/** The layer a repository-relative file belongs to, or undefined for files outside the layered tree. */
export function layerOf(relativeFile: string): Layer | undefined {
  const parts = relativeFile.split(/[\\/]/);
  if (parts[0] === 'electron') return 'electron';
  if (parts[0] !== 'src' || parts.length < 3) return undefined;
  if (parts[1] === 'sim' && parts[2] === 'kernel') return 'sim/kernel';
  if (parts[1] === 'cli' && parts[2] === 'host') return 'cli/host';
  const layer = parts[1] as Layer;
  return layer in ALLOWED_IMPORTS ? layer : undefined;
}

/** Removes comments so that a rule named in a comment does not count as a use. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Module specifiers imported or re-exported by a source file (static and dynamic imports). */
export function importSpecifiers(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(?\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** Violations of the layer rules in one file, as human-readable strings (empty when clean). */
export function checkFile(relativeFile: string, source: string): string[] {
  const layer = layerOf(relativeFile);
  if (!layer) return [];
  const problems: string[] = [];
  for (const specifier of importSpecifiers(source)) {
    if (specifier.startsWith('.')) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(relativeFile), specifier));
      const targetLayer = layerOf(target);
      if (!targetLayer || targetLayer === layer) continue;
      if (!ALLOWED_IMPORTS[layer].includes(targetLayer)) {
        problems.push(`${relativeFile}: layer "${layer}" may not import "${targetLayer}" (${specifier})`);
      }
    } else if (PURE_LAYERS.includes(layer) && IO_MODULES.test(specifier)) {
      problems.push(`${relativeFile}: pure layer "${layer}" may not import I/O module "${specifier}"`);
    } else if (specifier === 'electron' && layer !== 'electron') {
      problems.push(`${relativeFile}: only electron/ may import "electron"`);
    }
  }
  if (PURE_LAYERS.includes(layer)) {
    const code = stripComments(source);
    for (const [pattern, what, name] of FORBIDDEN_GLOBALS) {
      if (pattern.test(code) && !(name && declaresLocal(code, name))) {
        problems.push(`${relativeFile}: pure layer "${layer}" uses ${what}`);
      }
    }
  }
  return problems;
}
