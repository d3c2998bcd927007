/**
 * The document store: open + save is byte-identical for every shipped example, edits re-validate and report
 * paths, undo/redo restore exact documents, a drag is one undo step, bad files keep the current work.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocumentStore, suggestedLengthKm, uniqueKey } from '../../src/ui/state/index.js';
import { exampleFiles, exampleText, presets } from './support.js';

const registry = presets();
const metro = 'metro-three-node.qnet.json';

function openedStore(name = metro) {
  const store = createDocumentStore({ presets: registry });
  const outcome = store.load(exampleText(name), { path: `/x/${name}`, name });
  expect(outcome).toEqual({ ok: true });
  return store;
}

describe('document store', () => {
  it.each(exampleFiles())('open + save of %s is byte-identical', (name) => {
    const store = openedStore(name);
    expect(store.snapshot().dirty).toBe(false);
    expect(store.snapshot().issues).toEqual([]);
    expect(store.serialize()).toBe(exampleText(name));
  });

  it('starts with a valid empty untitled scenario', () => {
    const snapshot = createDocumentStore({ presets: registry }).snapshot();
    expect(snapshot.issues).toEqual([]);
    expect(snapshot.scenario?.nodes).toEqual([]);
    expect(snapshot).toMatchObject({ dirty: false, canUndo: false, path: null });
  });

  it('marks the document dirty after an edit and clean again after undo and after save', () => {
    const store = openedStore();
    store.edit({ type: 'set-field', target: { list: 'root' }, path: ['name'], value: 'Renamed' });
    expect(store.snapshot()).toMatchObject({ dirty: true, canUndo: true });
    store.undo();
    expect(store.snapshot()).toMatchObject({ dirty: false, canRedo: true });
    expect(store.serialize()).toBe(exampleText(metro));
    store.redo();
    expect(store.snapshot().document.name).toBe('Renamed');
    store.markSaved({ path: '/x/renamed.qnet.json', name: 'renamed.qnet.json' });
    expect(store.snapshot()).toMatchObject({ dirty: false, path: '/x/renamed.qnet.json' });
  });

  it('reports validation problems with their paths instead of throwing, and recovers', () => {
    const store = openedStore();
    const bad = store.edit({
      type: 'set-field',
      target: { list: 'edges', key: 'delft-leiden' },
      path: ['lengthKm'],
      value: -3,
    });
    expect(bad.scenario).toBeUndefined();
    expect(bad.issues.map((issue) => issue.path)).toEqual(['edges[2].lengthKm']);
    const fixed = store.edit({
      type: 'set-field',
      target: { list: 'edges', key: 'delft-leiden' },
      path: ['lengthKm'],
      value: 30,
    });
    expect(fixed.issues).toEqual([]);
    expect(fixed.scenario?.edges[2]).toMatchObject({ length: 30_000 });
  });

  it('sets and removes nested overrides, dropping an emptied overrides object', () => {
    const store = openedStore();
    const target = { list: 'nodes', key: 'delft' } as const;
    store.edit({ type: 'set-field', target, path: ['overrides', 'brightStatePopulation'], value: undefined });
    expect(store.snapshot().document.nodes[0]).not.toHaveProperty('overrides');
    store.edit({ type: 'set-field', target, path: ['overrides', 't2S'], value: 2 });
    expect(store.snapshot().document.nodes[0]!.overrides).toEqual({ t2S: 2 });
    expect(store.snapshot().issues).toEqual([]);
  });

  it('makes one undo step of a whole drag and moves drawn links with the node', () => {
    const store = openedStore();
    const before = store.serialize();
    const delft = store.snapshot().document.nodes[0]!;
    const hague = store.snapshot().document.nodes[1]!;
    const drawn = suggestedLengthKm(delft, hague, 1.3)!;
    store.edit({
      type: 'set-field',
      target: { list: 'edges', key: 'delft-the-hague' },
      path: ['lengthKm'],
      value: drawn,
    });
    const afterLength = store.serialize();
    for (let step = 1; step <= 10; step++) {
      store.edit({
        type: 'move-node',
        key: 'delft',
        latitude: 52 - step / 100,
        longitude: 4.35,
        final: step === 10,
      });
    }
    const moved = store.snapshot();
    expect(moved.document.nodes[0]).toMatchObject({ latitude: 51.9, longitude: 4.35 });
    expect(moved.document.edges[0]!['lengthKm']).toBeGreaterThan(drawn);
    // A typed length (delft-leiden, 25 km) stays.
    expect(moved.document.edges[2]!['lengthKm']).toBe(25);
    store.undo();
    expect(store.serialize()).toBe(afterLength);
    store.undo();
    expect(store.serialize()).toBe(before);
  });

  it('deletes a node together with its edges and demands', () => {
    const store = openedStore();
    const after = store.edit({ type: 'delete-node', key: 'leiden' });
    expect(after.document.nodes.map((n) => n.key)).toEqual(['delft', 'the-hague']);
    expect(after.document.edges.map((e) => e.key)).toEqual(['delft-the-hague']);
    expect(after.document.demands).toEqual([]);
    expect(after.issues).toEqual([]);
  });

  it('renames a node and every reference to it', () => {
    const store = openedStore();
    const after = store.edit({ type: 'rename', list: 'nodes', key: 'leiden', newKey: 'lei' });
    expect(after.issues).toEqual([]);
    expect(after.document.edges.filter((e) => e.target === 'lei')).toHaveLength(2);
    expect(after.document.demands.every((d) => d.target === 'lei')).toBe(true);
  });

  it('adds nodes, an edge and a demand that plan-validate', () => {
    const store = createDocumentStore({ presets: registry });
    const key = uniqueKey(store.snapshot().document, 'nodes', 'node');
    store.edit({
      type: 'add-node',
      node: { key, kind: 'end-node', latitude: 52, longitude: 4.3, platform: 'nv-diamond' },
    });
    const second = uniqueKey(store.snapshot().document, 'nodes', 'node');
    expect(second).toBe('node-2');
    store.edit({
      type: 'add-node',
      node: { key: second, kind: 'end-node', latitude: 52.1, longitude: 4.4, platform: 'nv-diamond' },
    });
    store.edit({
      type: 'add-edge',
      edge: { key: 'link-1', source: key, target: second, kind: 'fibre', lengthKm: 13 },
    });
    const done = store.edit({
      type: 'add-demand',
      demand: { key: 'demand-1', source: key, target: second, targetFidelity: 0.7 },
    });
    expect(done.issues).toEqual([]);
    expect(done.scenario?.demands).toHaveLength(1);
  });

  it('rejects malformed and newer-version files with paths and keeps the current work', () => {
    const store = openedStore();
    store.edit({ type: 'set-field', target: { list: 'root' }, path: ['name'], value: 'Work in progress' });
    const broken = store.load('{ "schemaVersion": 1, "nodes": [ }', { path: '/x/b.json', name: 'b.json' });
    expect(broken.ok).toBe(false);
    const newer = JSON.parse(exampleText(metro));
    newer.schemaVersion = 99;
    const future = store.load(JSON.stringify(newer), { path: '/x/f.json', name: 'f.json' });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.issues[0]!.path).toBe('schemaVersion');
    const invalid = JSON.parse(exampleText(metro));
    invalid.edges[1].lengthKm = 0;
    const rejected = store.load(JSON.stringify(invalid), { path: '/x/i.json', name: 'i.json' });
    expect(rejected).toEqual({
      ok: false,
      issues: [{ path: 'edges[1].lengthKm', message: expect.any(String) }],
    });
    expect(store.snapshot()).toMatchObject({ name: metro, dirty: true });
    expect(store.snapshot().document.name).toBe('Work in progress');
  });

  it('accepts invalid work in progress when recovering an autosave', () => {
    const store = createDocumentStore({ presets: registry });
    const invalid = JSON.parse(exampleText(metro));
    invalid.edges[1].lengthKm = 0;
    const outcome = store.load(
      JSON.stringify(invalid),
      { path: null, name: 'recovered' },
      { acceptInvalid: true, dirty: true },
    );
    expect(outcome.ok).toBe(true);
    expect(store.snapshot()).toMatchObject({ dirty: true });
    expect(store.snapshot().issues).toHaveLength(1);
  });

  it('undo after any sequence of field edits restores the opened text exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 500, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (values) => {
          const store = openedStore();
          for (const value of values) {
            store.edit({
              type: 'set-field',
              target: { list: 'edges', key: 'delft-leiden' },
              path: ['lengthKm'],
              value,
            });
          }
          const snapshot = store.snapshot();
          expect(snapshot.issues.length === 0).toBe(values.at(-1)! > 0);
          for (let i = 0; i < values.length; i++) store.undo();
          expect(store.serialize()).toBe(exampleText(metro));
        },
      ),
      { numRuns: 20 },
    );
  });
});
