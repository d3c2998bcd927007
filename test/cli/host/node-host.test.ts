/**
 * The Node host service behind `qnet serve` and Electron: the shipped examples and presets, open/save with the
 * recent list, atomic saves that never truncate the old file when the write or the rename fails, autosave,
 * tolerance of corrupt state files, exports, errors that name the file, and the config-folder rules.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParameterError, QnetError } from '../../../src/core/index.js';
import { createNodeHost, resolveConfigDir } from '../../../src/cli/host/index.js';
import { nextTemporaryPath } from '../../../src/cli/files.js';
import { ROOT } from '../../support/run-cli.js';

const failRename = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync: (from: string, to: string) => {
      if (failRename.on)
        throw Object.assign(new Error(`EXDEV: simulated rename failure, rename '${from}'`), {
          code: 'EXDEV',
        });
      return actual.renameSync(from, to);
    },
  };
});

afterEach(() => {
  failRename.on = false;
});

function scratch(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'qnet-host-'));
}

function host(configDir = scratch()) {
  let second = 0;
  return createNodeHost({ configDir, now: () => new Date(Date.UTC(2026, 10, 24, 3, 0, second++)) });
}

describe('catalogue', () => {
  it('lists the shipped examples with their scenario names, and the presets without the schema', async () => {
    const examples = await host().listExamples();
    const metro = examples.find((example) => example.id === 'metro-three-node');
    expect(metro).toEqual({
      id: 'metro-three-node',
      title: 'Metro three-node NV network',
      path: path.join(ROOT, 'network-models/metro-three-node.qnet.json'),
    });
    expect(examples.length).toBe(
      readdirSync(path.join(ROOT, 'network-models')).filter((f) => f.endsWith('.qnet.json')).length,
    );
    const presets = await host().listPresets();
    expect(presets.map((preset) => preset.fileName)).toContain('nv-diamond.json');
    expect(presets.map((preset) => preset.fileName)).not.toContain('platform.schema.json');
    expect(JSON.parse(presets[0]!.text)).toBeTypeOf('object');
  });

  it('falls back to the id as title for a broken or nameless example', async () => {
    const examplesDir = scratch();
    writeFileSync(path.join(examplesDir, 'broken.qnet.json'), '{ not json');
    writeFileSync(path.join(examplesDir, 'nameless.qnet.json'), '{"schemaVersion":1}');
    writeFileSync(path.join(examplesDir, 'ignored.json'), '{}');
    const entries = await createNodeHost({ configDir: scratch(), examplesDir }).listExamples();
    expect(entries.map((entry) => [entry.id, entry.title])).toEqual([
      ['broken', 'broken'],
      ['nameless', 'nameless'],
    ]);
  });
});

describe('open and save', () => {
  it('saves atomically, reopens byte-identical and records both in the recent list', async () => {
    const service = host();
    const example = await service.openScenario(path.join(ROOT, 'network-models/metro-three-node.qnet.json'));
    const target = path.join(scratch(), 'nested', 'copy.qnet.json');
    const saved = await service.saveScenario({
      text: example.text,
      path: target,
      suggestedName: 'copy.qnet.json',
    });
    expect(saved).toEqual({ path: target, name: 'copy.qnet.json', bytes: Buffer.byteLength(example.text) });
    expect(readFileSync(target, 'utf8')).toBe(example.text);
    expect((await service.openScenario(target)).text).toBe(example.text);
    const recent = await service.listRecent();
    expect(recent.map((item) => item.path)).toEqual([target, example.path]);
    expect(recent[0]!.usedAt).toBe('2026-11-24T03:00:02.000Z');
    expect(readdirSync(path.dirname(target))).toEqual(['copy.qnet.json']);
  });

  it('keeps the old file byte-for-byte when the rename fails', async () => {
    const service = host();
    const target = path.join(scratch(), 'keep.qnet.json');
    writeFileSync(target, 'old contents');
    failRename.on = true;
    await expect(
      service.saveScenario({ text: 'new', path: target, suggestedName: 'keep.qnet.json' }),
    ).rejects.toThrow(`cannot save ${target}: could not write (EXDEV: simulated rename failure`);
    expect(readFileSync(target, 'utf8')).toBe('old contents');
    expect(readdirSync(path.dirname(target))).toEqual(['keep.qnet.json']);
    expect(await service.listRecent()).toEqual([]);
  });

  it('keeps the old file when the temporary file cannot be written', async () => {
    const service = host();
    const directory = scratch();
    const target = path.join(directory, 'keep.qnet.json');
    writeFileSync(target, 'old contents');
    // Occupy the temporary file's name with a directory, so the write fails before any rename.
    mkdirSync(nextTemporaryPath(target));
    await expect(
      service.saveScenario({ text: 'new', path: target, suggestedName: 'x.json' }),
    ).rejects.toThrow(/^cannot save \/.*keep\.qnet\.json: /);
    expect(readFileSync(target, 'utf8')).toBe('old contents');
  });

  it('saves a file whose name is near the 255-character limit (the temporary name stays short)', async () => {
    const service = host();
    const target = path.join(scratch(), `${'n'.repeat(240)}.qnet.json`);
    await service.saveScenario({ text: 'long', path: target, suggestedName: 'x.json' });
    expect(readFileSync(target, 'utf8')).toBe('long');
  });

  it('names the file and the problem when opening fails, and refuses bad payloads by field', async () => {
    const service = host();
    const missing = path.join(scratch(), 'nope.qnet.json');
    await expect(service.openScenario(missing)).rejects.toThrow(`cannot read ${missing}: no such file`);
    await expect(service.openScenario(scratch())).rejects.toThrow(/is a directory, expected a file/);
    await expect(service.openScenario('relative.json')).rejects.toThrow(ParameterError);
    await expect(service.saveScenario({ text: 'x', suggestedName: 'a.json' })).rejects.toThrow(
      'path: is required (this host has no save dialog)',
    );
    await expect(service.openScenario(missing)).rejects.toBeInstanceOf(QnetError);
  });

  it('keeps ten recent files, newest first, without duplicates', async () => {
    const service = host();
    const directory = scratch();
    for (let index = 0; index < 12; index++) {
      await service.saveScenario({
        text: `${index}`,
        path: path.join(directory, `f${index}.json`),
        suggestedName: 'f.json',
      });
    }
    await service.openScenario(path.join(directory, 'f5.json'));
    const recent = await service.listRecent();
    expect(recent).toHaveLength(10);
    expect(recent[0]!.name).toBe('f5.json');
    expect(recent.filter((item) => item.name === 'f5.json')).toHaveLength(1);
    expect(recent[1]!.name).toBe('f11.json');
  });
});

describe('autosave and state files', () => {
  it('writes, reads and clears the autosave', async () => {
    const configDir = scratch();
    const service = host(configDir);
    expect(await service.readAutosave()).toBeNull();
    const entry = { text: '{"name":"draft"}', path: null, savedAt: '2026-11-24T03:10:00.000Z' };
    await service.writeAutosave(entry);
    expect(await host(configDir).readAutosave()).toEqual(entry);
    await service.clearAutosave();
    expect(await service.readAutosave()).toBeNull();
    await service.clearAutosave();
    await expect(service.writeAutosave({ ...entry, savedAt: 'now' })).rejects.toThrow('savedAt:');
  });

  it('ignores corrupt recent and autosave files instead of failing', async () => {
    const configDir = scratch();
    writeFileSync(path.join(configDir, 'recent.json'), '{"files": [ truncated');
    writeFileSync(path.join(configDir, 'autosave.json'), '{"text": 5}');
    const service = host(configDir);
    expect(await service.listRecent()).toEqual([]);
    expect(await service.readAutosave()).toBeNull();
    const target = path.join(scratch(), 'a.json');
    await service.saveScenario({ text: '{}', path: target, suggestedName: 'a.json' });
    expect((await service.listRecent()).map((item) => item.path)).toEqual([target]);
  });
});

describe('exports, PDF and document state', () => {
  it('exports text and bytes atomically to a chosen path', async () => {
    const service = host();
    const directory = scratch();
    const pdf = new Uint8Array([37, 80, 68, 70, 45, 0, 255]);
    const saved = await service.exportFileTo(path.join(directory, 'r.pdf'), {
      suggestedName: 'r.pdf',
      mimeType: 'application/pdf',
      data: pdf,
    });
    expect(saved.bytes).toBe(7);
    expect(new Uint8Array(readFileSync(path.join(directory, 'r.pdf')))).toEqual(pdf);
    await service.exportFileTo(path.join(directory, 'r.csv'), {
      suggestedName: 'r.csv',
      mimeType: 'text/csv',
      data: 'a,b\n',
    });
    expect(readFileSync(path.join(directory, 'r.csv'), 'utf8')).toBe('a,b\n');
    expect(await service.listRecent()).toEqual([]);
  });

  it('renders PDFs through the injected renderer and validates the HTML', async () => {
    const service = createNodeHost({
      configDir: scratch(),
      renderPdf: async (html) => new TextEncoder().encode(html.toUpperCase()),
    });
    expect(new TextDecoder().decode(await service.renderPdf('<p>x</p>'))).toBe('<P>X</P>');
    await expect(service.renderPdf('')).rejects.toThrow('html: must not be empty');
  });

  it('remembers the document state', async () => {
    const service = host();
    expect(service.documentState()).toEqual({ title: 'Untitled', dirty: false });
    await service.setDocumentState({ title: 'metro', dirty: true });
    expect(service.documentState()).toEqual({ title: 'metro', dirty: true });
  });
});

describe('configuration folder', () => {
  it('prefers QNET_CONFIG_DIR, then an absolute XDG_CONFIG_HOME, then ~/.config', () => {
    expect(resolveConfigDir({ QNET_CONFIG_DIR: '/q', XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/q');
    expect(resolveConfigDir({ XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/x/qnet-planner');
    expect(resolveConfigDir({ XDG_CONFIG_HOME: 'relative' }, '/home/u')).toBe('/home/u/.config/qnet-planner');
    expect(resolveConfigDir({ QNET_CONFIG_DIR: '  ' }, '/home/u')).toBe('/home/u/.config/qnet-planner');
  });

  it('refuses a relative config folder and creates a missing one on first write', async () => {
    expect(() => createNodeHost({ configDir: 'relative' })).toThrow('configDir: must be an absolute path');
    const configDir = path.join(scratch(), 'new', 'folder');
    await host(configDir).writeAutosave({ text: 'x', path: null, savedAt: '2026-11-24T03:10:00Z' });
    expect(existsSync(path.join(configDir, 'autosave.json'))).toBe(true);
  });
});
