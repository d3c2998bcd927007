/** Pan and zoom: the wheel anchor stays put, zoom is clamped, fitting shows every point inside the margin. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IDENTITY_VIEWPORT,
  MAX_ZOOM,
  MIN_ZOOM,
  boundsOf,
  fitViewport,
  panBy,
  toScreen,
  toWorld,
  wheelFactor,
  zoomAt,
} from '../../../src/ui/map/viewport.js';
import { expectClose } from '../../support/close.js';

describe('viewport', () => {
  it('keeps the point under the wheel fixed while zooming', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 700, noNaN: true }),
        (factor, x, y) => {
          const start = panBy(IDENTITY_VIEWPORT, 30, -20);
          const anchorWorld = toWorld(start, { x, y });
          const after = toScreen(zoomAt(start, factor, { x, y }), anchorWorld);
          expectClose(after.x, x, { absolute: 1e-6 });
          expectClose(after.y, y, { absolute: 1e-6 });
        },
      ),
    );
  });

  it('clamps the zoom', () => {
    expect(zoomAt(IDENTITY_VIEWPORT, 1e9, { x: 0, y: 0 }).scale).toBe(MAX_ZOOM);
    expect(zoomAt(IDENTITY_VIEWPORT, 1e-9, { x: 0, y: 0 }).scale).toBe(MIN_ZOOM);
  });

  it('zooms in for a wheel turned away from the user (negative deltaY) and out otherwise', () => {
    expect(wheelFactor(-100)).toBeGreaterThan(1);
    expect(wheelFactor(100)).toBeLessThan(1);
    expectClose(wheelFactor(-100) * wheelFactor(100), 1);
    expect(wheelFactor(1e9)).toBe(wheelFactor(500));
  });

  it('fits points inside the screen less its margin, centred', () => {
    const points = [
      { x: -50, y: 10 },
      { x: 150, y: 60 },
      { x: 20, y: -40 },
    ];
    const view = fitViewport(points, 800, 500, 40);
    const screen = points.map((point) => toScreen(view, point));
    for (const point of screen) {
      expect(point.x).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(point.x).toBeLessThanOrEqual(760 + 1e-9);
      expect(point.y).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(point.y).toBeLessThanOrEqual(460 + 1e-9);
    }
    const bounds = boundsOf(screen)!;
    expectClose((bounds.minX + bounds.maxX) / 2, 400);
    expectClose((bounds.minY + bounds.maxY) / 2, 250);
  });

  it('centres a single point at scale 1 and leaves an empty set alone', () => {
    const view = fitViewport([{ x: 7, y: 9 }], 200, 100);
    expect(view.scale).toBe(1);
    expect(toScreen(view, { x: 7, y: 9 })).toEqual({ x: 100, y: 50 });
    expect(fitViewport([], 200, 100)).toEqual(IDENTITY_VIEWPORT);
    expect(boundsOf([])).toBeUndefined();
  });
});
