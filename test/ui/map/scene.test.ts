/**
 * The scene the renderers draw: routes coloured per demand (ok vs failed), bottlenecks and the selection marked,
 * edges with a missing end left out, labels by size, positions through the viewport.
 */
import { describe, expect, it } from 'vitest';
import { routeColour } from '../../../src/report/index.js';
import { buildScene, lengthLabel } from '../../../src/ui/map/scene.js';
import { ALL_LABELS_UP_TO, FAILED_ROUTE_COLOUR } from '../../../src/ui/map/styles.js';
import type { NetworkViewModel } from '../../../src/ui/map/types.js';

const world = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 100, y: 100 }],
  ['d', { x: 0, y: 100 }],
]);

function model(overrides: Partial<NetworkViewModel> = {}): NetworkViewModel {
  return {
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase(), platform: 'nv' })),
    edges: [
      { id: 'ab', source: 'a', target: 'b', kind: 'fibre', lengthKm: 10 },
      { id: 'bc', source: 'b', target: 'c', kind: 'free-space', lengthKm: 1234.5 },
      { id: 'cd', source: 'c', target: 'd', kind: 'carrier', lengthKm: 0 },
      { id: 'dx', source: 'd', target: 'missing', kind: 'fibre', lengthKm: 3 },
    ],
    routes: [
      { demandId: 'd1', nodeIds: ['a', 'b', 'c'], edgeIds: ['ab', 'bc'], bottleneckEdgeId: 'bc', ok: true },
      { demandId: 'd2', nodeIds: ['c', 'd'], edgeIds: ['cd'], ok: false },
    ],
    selection: null,
    ...overrides,
  };
}

describe('buildScene', () => {
  it('colours routes by demand and status and marks their edges, nodes and bottleneck', () => {
    const scene = buildScene(model(), world, { scale: 1, offsetX: 0, offsetY: 0 });
    expect(scene.routes.get('d1')).toEqual({
      path: 'M0 0L100 0L100 100',
      colour: routeColour(0),
      ok: true,
      selected: false,
    });
    expect(scene.routes.get('d2')!.colour).toBe(FAILED_ROUTE_COLOUR);
    expect(scene.edges.get('ab')!.routeColour).toBe(routeColour(0));
    expect(scene.edges.get('cd')!.routeColour).toBe(FAILED_ROUTE_COLOUR);
    expect(scene.edges.get('bc')!.bottleneck).toBe(true);
    expect(scene.edges.get('ab')!.bottleneck).toBe(false);
    expect(scene.edges.get('bc')!.ariaLabel).toBe('free-space link b to c, 1235 km, bottleneck');
    expect(scene.nodes.get('b')!.onRoute).toBe(true);
    expect(scene.nodes.get('a')!.ariaLabel).toBe('Node A, platform nv');
  });

  it('leaves out edges whose end is missing and labels lengths only when known', () => {
    const scene = buildScene(model(), world, { scale: 1, offsetX: 0, offsetY: 0 });
    expect(scene.edges.has('dx')).toBe(false);
    expect(scene.edges.get('cd')!.showLabel).toBe(false);
    expect(scene.edges.get('ab')!.lengthLabel).toBe('10 km');
    expect(lengthLabel(Number.NaN)).toBe('');
  });

  it('marks the selected node, edge or demand', () => {
    const view = { scale: 1, offsetX: 0, offsetY: 0 };
    expect(
      buildScene(model({ selection: { kind: 'node', id: 'c' } }), world, view).nodes.get('c')!.selected,
    ).toBe(true);
    expect(
      buildScene(model({ selection: { kind: 'edge', id: 'ab' } }), world, view).edges.get('ab')!.selected,
    ).toBe(true);
    const demand = buildScene(model({ selection: { kind: 'demand', id: 'd2' } }), world, view);
    expect(demand.routes.get('d2')!.selected).toBe(true);
    expect(demand.routes.get('d1')!.selected).toBe(false);
    expect(demand.nodes.get('c')!.selected).toBe(false);
  });

  it('draws through the viewport, rounded to 0.1 px', () => {
    const scene = buildScene(model(), world, { scale: 2.00001, offsetX: 10, offsetY: -5 });
    expect(scene.nodes.get('c')).toMatchObject({ x: 210, y: 195 });
    expect(scene.edges.get('ab')).toMatchObject({ x1: 10, y1: -5, x2: 210, y2: -5 });
  });

  it('hides most labels of a large network at the default zoom but keeps selected and route-end labels', () => {
    const count = ALL_LABELS_UP_TO + 1;
    const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, label: `N${i}` }));
    const positions = new Map(nodes.map((node, i) => [node.id, { x: i, y: 0 }]));
    const big: NetworkViewModel = {
      nodes,
      edges: [],
      routes: [{ demandId: 'r', nodeIds: ['n1', 'n2', 'n3'], edgeIds: [], ok: true }],
      selection: { kind: 'node', id: 'n7' },
    };
    const scene = buildScene(big, positions, { scale: 1, offsetX: 0, offsetY: 0 });
    const shown = [...scene.nodes].filter(([, item]) => item.showLabel).map(([id]) => id);
    expect(shown.sort()).toEqual(['n1', 'n3', 'n7']);
    const zoomed = buildScene(big, positions, { scale: 5, offsetX: 0, offsetY: 0 });
    expect([...zoomed.nodes.values()].every((item) => item.showLabel)).toBe(true);
  });
});

describe('lengthLabel', () => {
  it('prints whole km from 100 km and three significant digits below', () => {
    expect(lengthLabel(12.345)).toBe('12.3 km');
    expect(lengthLabel(0.5)).toBe('0.5 km');
    expect(lengthLabel(99.96)).toBe('100 km');
    expect(lengthLabel(8000.4)).toBe('8000 km');
    expect(lengthLabel(0)).toBe('');
    expect(lengthLabel(-1)).toBe('');
  });
});
