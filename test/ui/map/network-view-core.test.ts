/**
 * The view core's refit rules with a recording renderer (no DOM): a new scenario shows the whole world, the first
 * nodes placed on it keep the world in view (so they get coordinates anywhere), even when the shell sends
 * several updates before the next frame or the window resizes; Fit and opening a network fit to the nodes.
 */
import type { GeoProjection } from 'd3-geo';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNetworkViewCore } from '../../../src/ui/map/network-view-core.js';
import type { SceneRenderer } from '../../../src/ui/map/renderer-types.js';
import type { MapNode, NetworkViewEvents, NetworkViewModel } from '../../../src/ui/map/types.js';

const SIZE = { width: 1000, height: 500 };
const EVENTS: NetworkViewEvents = {
  onSelect: () => undefined,
  onAddNode: () => undefined,
  onMoveNode: () => undefined,
  onAddEdge: () => undefined,
};

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

function runFrames(): void {
  while (frames.length > 0) frames.shift()!(0);
}

/** A core on a recording renderer that keeps the last basemap projection. */
function setUp() {
  let projection: GeoProjection | undefined;
  const stats = { created: 0, patched: 0, removed: 0, unchanged: 0 };
  const renderer: SceneRenderer = {
    kind: 'svg',
    space: 'screen',
    size: () => SIZE,
    setBasemap: (next) => (projection = next),
    setViewport: () => undefined,
    setTransient: () => undefined,
    readViewport: () => undefined,
    setActive: () => undefined,
    draw: () => ({ nodes: stats, edges: stats, routes: stats }),
    linkPreview: () => undefined,
    setMode: () => undefined,
    destroy: () => undefined,
  };
  const core = createNetworkViewCore(EVENTS, () => renderer);
  // Pixels per degree of longitude near Delft in the last basemap projection.
  const perDegree = () => {
    const a = projection!([4, 52])!;
    const b = projection!([5, 52])!;
    return Math.hypot(b[0] - a[0], b[1] - a[1]);
  };
  return { core, perDegree };
}

const model = (nodes: MapNode[]): NetworkViewModel => ({ nodes, edges: [], routes: [], selection: null });
const delft: MapNode = { id: 'delft', label: 'Delft', latDeg: 52.0116, lonDeg: 4.3571 };
const leiden: MapNode = { id: 'leiden', label: 'Leiden', latDeg: 52.1601, lonDeg: 4.497 };

describe('network view refits', () => {
  it('shows the whole world for a new scenario and keeps it while the first nodes are placed', () => {
    const { core, perDegree } = setUp();
    core.update(model([]));
    runFrames();
    expect(perDegree()).toBeLessThan(5); // the world: ~2.5 px per degree
    // The shell updates twice for one click (the new node, then its selection) before the next frame.
    core.update(model([delft]));
    core.update(model([{ ...delft }]));
    runFrames();
    expect(perDegree()).toBeLessThan(5); // the world: ~2.5 px per degree
    core.resized();
    runFrames();
    expect(perDegree()).toBeLessThan(5); // the world: ~2.5 px per degree
    core.update(model([delft, leiden]));
    runFrames();
    expect(perDegree()).toBeLessThan(5); // the world: ~2.5 px per degree
    // Fit zooms to the nodes: Delft - Leiden spans 0.14 degrees of longitude.
    core.fit();
    runFrames();
    expect(perDegree()).toBeGreaterThan(1000);
    core.destroy();
  });

  it('fits an opened network to its nodes, and goes back to the world when it is closed', () => {
    const { core, perDegree } = setUp();
    core.update(model([]));
    runFrames();
    core.update(model([delft, leiden]));
    runFrames();
    expect(perDegree()).toBeGreaterThan(1000);
    core.update(model([]));
    runFrames();
    expect(perDegree()).toBeLessThan(5); // the world: ~2.5 px per degree
    core.destroy();
  });
});
