/**
 * Node placement: geo layout when any node has coordinates, plain x/y otherwise, a circle (graphology-layout
 * circular) for nodes with no usable position, and world pixels back to NodePositions.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CIRCLE_RADIUS,
  frameForNodes,
  layoutModeOf,
  layoutNodes,
  positionAt,
} from '../../../src/ui/map/layout.js';
import type { MapNode } from '../../../src/ui/map/types.js';
import { expectClose } from '../../support/close.js';

const BOX = { width: 900, height: 600 };

describe('layout', () => {
  it('is geo as soon as one node has both coordinates', () => {
    expect(layoutModeOf([{ id: 'a', label: 'A', x: 1, y: 2 }])).toBe('plane');
    expect(layoutModeOf([{ id: 'a', label: 'A', latDeg: 1 }])).toBe('plane');
    expect(
      layoutModeOf([
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B', latDeg: 1, lonDeg: 2 },
      ]),
    ).toBe('geo');
    // An empty scenario shows the world map, so the first node placed gets coordinates.
    expect(layoutModeOf([])).toBe('geo');
  });

  it('places plane nodes at their x/y and circles the ones without', () => {
    const nodes: MapNode[] = [
      { id: 'a', label: 'A', x: 0, y: 0 },
      { id: 'b', label: 'B', x: 600, y: 0 },
      { id: 'c', label: 'C' },
      { id: 'd', label: 'D' },
      { id: 'e', label: 'E' },
    ];
    const layout = layoutNodes(nodes, 'plane');
    expect(layout.positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(layout.positions.get('b')).toEqual({ x: 600, y: 0 });
    expect(layout.circled).toEqual(['c', 'd', 'e']);
    // On a circle around the middle of the placed nodes, radius max(extent / 3, default).
    for (const id of layout.circled) {
      const point = layout.positions.get(id)!;
      expectClose(Math.hypot(point.x - 300, point.y - 0), 200, { relative: 1e-9 });
    }
    const distinct = new Set(layout.circled.map((id) => JSON.stringify(layout.positions.get(id))));
    expect(distinct.size).toBe(3);
  });

  it('lays out a network with no positions at all on the default circle around the origin', () => {
    const nodes: MapNode[] = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, label: `N${i}` }));
    const layout = layoutNodes(nodes, layoutModeOf(nodes));
    expect(layout.mode).toBe('plane');
    for (const point of layout.positions.values()) {
      expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
      expectClose(Math.hypot(point.x, point.y), DEFAULT_CIRCLE_RADIUS, { relative: 1e-9 });
    }
    expect(layoutNodes([{ id: 'only', label: 'Only' }], 'plane').positions.get('only')).toEqual({
      x: 0,
      y: 0,
    });
  });

  it('projects geo nodes and circles a new node without coordinates among them', () => {
    const nodes: MapNode[] = [
      { id: 'delft', label: 'Delft', latDeg: 52.01, lonDeg: 4.36 },
      { id: 'paris', label: 'Paris', latDeg: 48.86, lonDeg: 2.35 },
      { id: 'new', label: 'New', x: 5, y: 5 },
    ];
    const frame = frameForNodes(nodes, BOX)!;
    const layout = layoutNodes(nodes, 'geo', frame);
    expect(layout.circled).toEqual(['new']);
    const delft = layout.positions.get('delft')!;
    expect(frame.invert(delft)!.latDeg).toBeCloseTo(52.01, 6);
    const added = layout.positions.get('new')!;
    expect(added.x).toBeGreaterThan(0);
    expect(added.x).toBeLessThan(BOX.width);
  });

  it('shows the whole world without nodes, and a click on it gives a node coordinates', () => {
    const frame = frameForNodes([], BOX);
    const centre = positionAt({ x: BOX.width / 2, y: BOX.height / 2 }, layoutModeOf([]), frame)!;
    expect(centre).toEqual({ latDeg: 0, lonDeg: 0 });
    // Delft is on the map (inside the box) and a click there comes back as Delft's degrees.
    const delft = frame.project({ latDeg: 52.01, lonDeg: 4.36 })!;
    expect(delft.x).toBeGreaterThan(0);
    expect(delft.x).toBeLessThan(BOX.width);
    expect(delft.y).toBeGreaterThan(0);
    expect(delft.y).toBeLessThan(BOX.height);
    const clicked = positionAt(delft, 'geo', frame) as { latDeg: number; lonDeg: number };
    expectClose(clicked.latDeg, 52.01, { absolute: 1e-5 });
    expectClose(clicked.lonDeg, 4.36, { absolute: 1e-5 });
    // The globe fills the box: its far west and east are near the sides.
    expect(frame.project({ latDeg: 0, lonDeg: -179.9 })!.x).toBeLessThan(BOX.width * 0.1);
    expect(frame.project({ latDeg: 0, lonDeg: 179.9 })!.x).toBeGreaterThan(BOX.width * 0.9);
    // Nodes without coordinates still give the world frame.
    expect(
      frameForNodes([{ id: 'a', label: 'A' }], BOX).invert({ x: BOX.width / 2, y: BOX.height / 2 }),
    ).toEqual({ latDeg: 0, lonDeg: 0 });
  });

  it('turns world pixels back into rounded positions', () => {
    expect(positionAt({ x: 1.23456, y: -7.0000001 }, 'plane')).toEqual({ x: 1.235, y: -7 });
    const nodes: MapNode[] = [{ id: 'delft', label: 'Delft', latDeg: 52.01, lonDeg: 4.36 }];
    const frame = frameForNodes(nodes, BOX)!;
    const at = layoutNodes(nodes, 'geo', frame).positions.get('delft')!;
    expect(positionAt(at, 'geo', frame)).toEqual({ latDeg: 52.01, lonDeg: 4.36 });
    expect(positionAt({ x: -1e7, y: -1e7 }, 'geo', frame)).toBeUndefined();
    expect(positionAt(at, 'geo', undefined)).toBeUndefined();
  });
});
