/**
 * The host payload validators shared by the Electron main process, the HTTP server and the memory host:
 * every field's type, size and path rules, the per-method dispatcher, and the recent-list helpers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOST_CHANNELS, ParameterError, type HostMethod } from '../../src/core/index.js';
import {
  MAX_BINARY_BYTES,
  MAX_RECENT_FILES,
  MAX_TEXT_LENGTH,
  baseName,
  isAbsoluteHostPath,
  pushRecentFile,
  requireAbsolutePath,
  sanitizeRecentFiles,
  validateAutosaveEntry,
  validateDocumentState,
  validateExportRequest,
  validateHostPayload,
  validateMenuCommand,
  validateSaveRequest,
} from '../../src/core/host-payloads.js';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ParameterError) return error.field;
    throw error;
  }
  return undefined;
}

describe('paths', () => {
  it('accepts POSIX and Windows absolute paths and refuses relative ones, NUL and overlong paths', () => {
    for (const good of ['/a/b.qnet.json', 'C:\\Users\\x.json', 'd:/x.json', '\\\\server\\share\\x']) {
      expect(requireAbsolutePath('path', good)).toBe(good);
    }
    for (const bad of ['a/b.json', './x', '', 'C:x', '/a\0b', `/${'a'.repeat(5000)}`, 42, null]) {
      expect(fieldOf(() => requireAbsolutePath('path', bad))).toBe('path');
    }
    expect(() => requireAbsolutePath('path', 'x.json')).toThrow(
      'path: must be an absolute path (got "x.json")',
    );
  });

  it('isAbsoluteHostPath is false for every string not starting with a root', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const rooted = /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(text);
        expect(isAbsoluteHostPath(text)).toBe(rooted);
      }),
    );
  });
});

describe('requests', () => {
  const save = { text: '{}', suggestedName: 'a.qnet.json', path: '/tmp/a.qnet.json' };

  it('validates a save request, requiring a path only when asked', () => {
    expect(validateSaveRequest(save)).toEqual(save);
    expect(validateSaveRequest({ ...save, path: undefined }).path).toBeNull();
    expect(fieldOf(() => validateSaveRequest({ ...save, path: null }, true))).toBe('path');
    expect(fieldOf(() => validateSaveRequest({ ...save, text: 5 }))).toBe('text');
    expect(fieldOf(() => validateSaveRequest({ ...save, suggestedName: '../evil.json' }))).toBe(
      'suggestedName',
    );
    expect(fieldOf(() => validateSaveRequest('text'))).toBe('request');
  });

  it('refuses text over the size limit without copying it', () => {
    const huge = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    expect(() => validateSaveRequest({ ...save, text: huge })).toThrow(/text: is too long/);
    expect(validateSaveRequest({ ...save, text: huge.slice(1) }).text.length).toBe(MAX_TEXT_LENGTH);
  });

  it('validates exports as text or bytes with a MIME type', () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(
      validateExportRequest({ suggestedName: 'r.pdf', mimeType: 'application/pdf', data: bytes }).data,
    ).toBe(bytes);
    expect(fieldOf(() => validateExportRequest({ suggestedName: 'r.pdf', mimeType: 'pdf', data: 'x' }))).toBe(
      'mimeType',
    );
    expect(
      fieldOf(() => validateExportRequest({ suggestedName: 'r', mimeType: 'text/csv', data: [1] })),
    ).toBe('data');
    const tooBig = new Uint8Array(MAX_BINARY_BYTES + 1);
    expect(fieldOf(() => validateExportRequest({ suggestedName: 'r', mimeType: 'a/b', data: tooBig }))).toBe(
      'data',
    );
  });

  it('validates autosave entries, document states and menu commands', () => {
    const entry = { text: 'x', path: null, savedAt: '2026-11-24T03:00:00.000Z' };
    expect(validateAutosaveEntry(entry)).toEqual(entry);
    expect(fieldOf(() => validateAutosaveEntry({ ...entry, savedAt: 'yesterday' }))).toBe('savedAt');
    expect(fieldOf(() => validateAutosaveEntry({ ...entry, path: 'rel.json' }))).toBe('path');
    expect(validateDocumentState({ title: 'a', dirty: true })).toEqual({ title: 'a', dirty: true });
    expect(fieldOf(() => validateDocumentState({ title: 'a', dirty: 'yes' }))).toBe('dirty');
    expect(validateMenuCommand({ command: 'open-recent', path: '/a.json' })).toEqual({
      command: 'open-recent',
      path: '/a.json',
    });
    expect(fieldOf(() => validateMenuCommand({ command: 'format-disk' }))).toBe('command');
  });

  it('dispatches by method and refuses arguments to methods that take none', () => {
    expect(validateHostPayload('openScenario', undefined)).toBeUndefined();
    expect(validateHostPayload('openScenario', '/x.json')).toBe('/x.json');
    expect(validateHostPayload('renderPdf', '<p>x</p>')).toBe('<p>x</p>');
    expect(fieldOf(() => validateHostPayload('listExamples', { sneaky: true }))).toBe('listExamples');
    expect(fieldOf(() => validateHostPayload('renderPdf', ''))).toBe('html');
    expect(fieldOf(() => validateHostPayload('nope' as HostMethod, null))).toBe('method');
    for (const method of Object.keys(HOST_CHANNELS) as HostMethod[]) {
      expect(() => validateHostPayload(method, Symbol('x'))).toThrow(ParameterError);
    }
  });
});

describe('recent files', () => {
  it('keeps the newest first, without duplicates, at most ten', () => {
    let list = pushRecentFile([], '/a/one.json', 't1');
    for (let index = 0; index < 15; index++) list = pushRecentFile(list, `/a/f${index}.json`, `t${index}`);
    list = pushRecentFile(list, '/a/f3.json', 'later');
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toEqual({ path: '/a/f3.json', name: 'f3.json', usedAt: 'later' });
    expect(new Set(list.map((item) => item.path)).size).toBe(list.length);
  });

  it('drops malformed entries read from disk', () => {
    const read = sanitizeRecentFiles([
      { path: '/ok.json', usedAt: 't' },
      { path: 'relative.json', usedAt: 't' },
      { path: '/ok.json', usedAt: 'dup' },
      'junk',
      { path: 7 },
    ]);
    expect(read).toEqual([{ path: '/ok.json', name: 'ok.json', usedAt: 't' }]);
    expect(sanitizeRecentFiles({ not: 'a list' })).toEqual([]);
    expect(baseName('C:\\x\\y.json')).toBe('y.json');
  });
});
