/**
 * The map's view model: nodes with and without coordinates, edge lengths (given, derived from the plan),
 * routes and bottlenecks from the report, stale routes dropped, and unchanged items reused across edits.
 */
import { describe, expect, it } from 'vitest';
import { networkViewModel } from '../../src/ui/app/view-model.js';
import { selectionOfIssuePath } from '../../src/ui/panels/validation-list.js';
import { createBrowserHighsSolver } from '../../src/ui/planning/browser-highs-solver.js';
import { computePlan, presetRegistryOf } from '../../src/ui/planning/index.js';
import { applyEdit, asDraft } from '../../src/ui/state/index.js';
import { exampleText, presetTexts } from './support.js';

const name = 'metro-three-node.qnet.json';

async function metroReport() {
  const { registry } = presetRegistryOf(presetTexts());
  const response = computePlan(
    { sequence: 1, documentText: exampleText(name), fileName: name, version: '0' },
    registry,
    await createBrowserHighsSolver(),
    () => 0,
  );
  if (!response.ok) throw new Error('plan failed');
  return response.report;
}

describe('network view model', () => {
  it('maps nodes, edges, routes and bottlenecks', async () => {
    const document = asDraft(JSON.parse(exampleText(name)));
    const model = networkViewModel(document, await metroReport(), { kind: 'node', id: 'delft' });
    expect(model.nodes[0]).toEqual({
      id: 'delft',
      label: 'Delft',
      latDeg: 52.0116,
      lonDeg: 4.3571,
      platform: 'nv-diamond',
    });
    expect(model.edges.map((e) => e.lengthKm)[2]).toBe(25);
    // Lengths derived from coordinates come from the plan (great circle x 1.3).
    expect(model.edges[0]!.lengthKm).toBeGreaterThan(7);
    expect(model.routes).toEqual([
      {
        demandId: 'delft-leiden',
        nodeIds: ['delft', 'leiden'],
        edgeIds: ['delft-leiden'],
        bottleneckEdgeId: 'delft-leiden',
        ok: true,
      },
      {
        demandId: 'the-hague-leiden',
        nodeIds: ['the-hague', 'leiden'],
        edgeIds: ['the-hague-leiden'],
        bottleneckEdgeId: 'the-hague-leiden',
        ok: true,
      },
    ]);
    expect(model.selection).toEqual({ kind: 'node', id: 'delft' });
  });

  it('drops routes through deleted items until the next plan and reuses unchanged items', async () => {
    const report = await metroReport();
    const document = asDraft(JSON.parse(exampleText(name)));
    const before = networkViewModel(document, report, null);
    const edited = applyEdit(document, { type: 'delete-edge', key: 'delft-leiden' });
    const after = networkViewModel(edited, report, null);
    expect(after.routes.map((r) => r.demandId)).toEqual(['the-hague-leiden']);
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.edges[0]).toBe(before.edges[0]);
    const moved = networkViewModel(
      applyEdit(document, { type: 'move-node', key: 'delft', latitude: 52, longitude: 4.3, final: true }),
      report,
      null,
    );
    expect(moved.nodes[0]).not.toBe(before.nodes[0]);
    expect(moved.nodes[1]).toBe(before.nodes[1]);
  });

  it('skips nodes without keys, duplicate keys and edges to unknown nodes; labels fall back to keys', () => {
    const document = asDraft({
      nodes: [{ key: 'a' }, { key: 'a' }, { label: 'no key' }, { key: 'b', label: '' }],
      edges: [
        { key: 'ab', source: 'a', target: 'b', kind: 'fibre' },
        { key: 'ax', source: 'a', target: 'x', kind: 'fibre' },
      ],
      demands: [],
    });
    const model = networkViewModel(document, undefined, null);
    expect(model.nodes).toEqual([
      { id: 'a', label: 'a' },
      { id: 'b', label: 'b' },
    ]);
    expect(model.edges).toEqual([{ id: 'ab', source: 'a', target: 'b', kind: 'fibre', lengthKm: 0 }]);
  });

  it('points validation paths at the item to select', () => {
    const document = asDraft(JSON.parse(exampleText(name)));
    expect(selectionOfIssuePath('edges[2].lengthKm', document)).toEqual({ kind: 'edge', id: 'delft-leiden' });
    expect(selectionOfIssuePath('demands[1].targetFidelity', document)).toEqual({
      kind: 'demand',
      id: 'the-hague-leiden',
    });
    expect(selectionOfIssuePath('nodes[9].key', document)).toBeNull();
    expect(selectionOfIssuePath('defaults.routeFactor', document)).toBeNull();
  });
});
