/**
 * The world-map projection: degrees -> world pixels -> degrees round trips (also through pan and zoom), the fit
 * keeps every node inside the box, networks across the antimeridian are not split, and bad input names its field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import { landDetailFor, landPath, loadDetailedLand } from '../../../src/ui/map/basemap.js';
import {
  DRAW_REGION_BOXES,
  fitGeoFrame,
  MIN_SPAN_DEG,
  normaliseLongitude,
  unwrapLongitudes,
  worldGeoFrame,
  type LatLon,
} from '../../../src/ui/map/projection.js';
import { toScreen, toWorld, zoomAt, panBy, IDENTITY_VIEWPORT } from '../../../src/ui/map/viewport.js';
import { expectClose } from '../../support/close.js';

const BOX = { width: 1000, height: 640, margin: 40 };
const EUROPE: LatLon[] = [
  { latDeg: 52.01, lonDeg: 4.36 }, // Delft
  { latDeg: 52.16, lonDeg: 4.49 }, // Leiden
  { latDeg: 48.86, lonDeg: 2.35 }, // Paris
  { latDeg: 41.9, lonDeg: 12.5 }, // Rome
];

describe('fitGeoFrame', () => {
  it('puts every node inside the box less its margin', () => {
    const frame = fitGeoFrame(EUROPE, BOX);
    for (const point of EUROPE) {
      const at = frame.project(point)!;
      expect(at.x).toBeGreaterThanOrEqual(BOX.margin - 1e-6);
      expect(at.x).toBeLessThanOrEqual(BOX.width - BOX.margin + 1e-6);
      expect(at.y).toBeGreaterThanOrEqual(BOX.margin - 1e-6);
      expect(at.y).toBeLessThanOrEqual(BOX.height - BOX.margin + 1e-6);
    }
    // North is up and east is right.
    expect(frame.project(EUROPE[1]!)!.y).toBeLessThan(frame.project(EUROPE[3]!)!.y);
    expect(frame.project(EUROPE[2]!)!.x).toBeLessThan(frame.project(EUROPE[3]!)!.x);
  });

  it('round-trips lat/lon -> world -> lat/lon for points in and around the fitted region', () => {
    const frame = fitGeoFrame(EUROPE, BOX);
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 70, noNaN: true }),
        fc.double({ min: -30, max: 50, noNaN: true }),
        (latDeg, lonDeg) => {
          const back = frame.invert(frame.project({ latDeg, lonDeg })!)!;
          expectClose(back.latDeg, latDeg, { absolute: 1e-6 });
          expectClose(back.lonDeg, lonDeg, { absolute: 1e-6 });
        },
      ),
    );
  });

  it('round-trips lat/lon -> screen -> lat/lon through any pan and zoom', () => {
    const frame = fitGeoFrame(EUROPE, BOX);
    fc.assert(
      fc.property(
        fc.double({ min: 35, max: 60, noNaN: true }),
        fc.double({ min: -10, max: 30, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        (latDeg, lonDeg, zoom, shift) => {
          const view = panBy(zoomAt(IDENTITY_VIEWPORT, zoom, { x: 500, y: 300 }), shift, -shift / 2);
          const screen = toScreen(view, frame.project({ latDeg, lonDeg })!);
          const back = frame.invert(toWorld(view, screen))!;
          expectClose(back.latDeg, latDeg, { absolute: 1e-6 });
          expectClose(back.lonDeg, lonDeg, { absolute: 1e-6 });
        },
      ),
    );
  });

  it('keeps a transpacific network in one piece (turned to its middle meridian)', () => {
    const tokyo = { latDeg: 35.68, lonDeg: 139.69 };
    const losAngeles = { latDeg: 34.05, lonDeg: -118.24 };
    const frame = fitGeoFrame([tokyo, losAngeles], BOX);
    const a = frame.project(tokyo)!;
    const b = frame.project(losAngeles)!;
    // Across the Pacific both ends sit near the two sides of the fitted box, Tokyo on the left.
    expect(a.x).toBeLessThan(b.x);
    expect(b.x - a.x).toBeGreaterThan(BOX.width * 0.6);
    const back = frame.invert(b)!;
    expectClose(back.lonDeg, -118.24, { absolute: 1e-6 });
  });

  it('fits a metro network (Delft, The Hague, Leiden: ~25 km) tightly, not as a dot', () => {
    const metro: LatLon[] = [
      { latDeg: 52.0116, lonDeg: 4.3571 }, // Delft
      { latDeg: 52.0705, lonDeg: 4.3007 }, // The Hague
      { latDeg: 52.1601, lonDeg: 4.497 }, // Leiden
    ];
    const frame = fitGeoFrame(metro, BOX);
    const at = metro.map((point) => frame.project(point)!);
    const width = Math.max(...at.map((p) => p.x)) - Math.min(...at.map((p) => p.x));
    const height = Math.max(...at.map((p) => p.y)) - Math.min(...at.map((p) => p.y));
    // The extent fills the box less its margins along at least one axis (at the old 4-degree minimum the
    // three cities were within about 30 pixels of each other).
    expect(
      Math.max(width / (BOX.width - 2 * BOX.margin), height / (BOX.height - 2 * BOX.margin)),
    ).toBeGreaterThan(0.95);
    for (const point of at) {
      expect(point.x).toBeGreaterThanOrEqual(BOX.margin - 1e-6);
      expect(point.y).toBeLessThanOrEqual(BOX.height - BOX.margin + 1e-6);
    }
  });

  it('keeps a small minimum extent (MIN_SPAN_DEG) for nodes a street apart', () => {
    const frame = fitGeoFrame(
      [
        { latDeg: 52, lonDeg: 4.4 },
        { latDeg: 52, lonDeg: 4.4001 },
      ],
      BOX,
    );
    const north = frame.project({ latDeg: 52 + MIN_SPAN_DEG / 2, lonDeg: 4.4 })!;
    const south = frame.project({ latDeg: 52 - MIN_SPAN_DEG / 2, lonDeg: 4.4 })!;
    expectClose(south.y - north.y, BOX.height - 2 * BOX.margin, { relative: 0.02 });
  });

  it('draws the coastline at a metro zoom in 1:50m, clipped to a region around the box', async () => {
    const frame = fitGeoFrame(
      [
        { latDeg: 52.0116, lonDeg: 4.3571 },
        { latDeg: 52.1601, lonDeg: 4.497 },
      ],
      BOX,
    );
    expect(landDetailFor(frame.projection)).toBe('50m');
    expect(landDetailFor(worldGeoFrame(BOX).projection)).toBe('110m');
    const path = landPath(frame.projection, await loadDetailedLand());
    expect(path.length).toBeGreaterThan(0);
    const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Math.abs(Number(match[0])));
    expect(Math.max(...numbers)).toBeLessThanOrEqual((DRAW_REGION_BOXES + 1) * BOX.width + 1);
    // The coast (Hook of Holland - Scheveningen - Katwijk) crosses the visible box: some segment of the path,
    // sampled along its length, is inside it.
    const inView = path.split('M').some((ring) => {
      const points = [...ring.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map(([, x, y]) => ({
        x: Number(x),
        y: Number(y),
      }));
      return points.slice(1).some((end, index) => {
        const start = points[index]!;
        return Array.from({ length: 101 }, (_, step) => step / 100).some((t) => {
          const x = start.x + (end.x - start.x) * t;
          const y = start.y + (end.y - start.y) * t;
          return x >= 0 && x <= BOX.width && y >= 0 && y <= BOX.height;
        });
      });
    });
    expect(inView).toBe(true);
  });

  it('gives one node a readable extent (LONE_NODE_SPAN_DEG around it)', () => {
    const frame = fitGeoFrame([{ latDeg: 52, lonDeg: 4.4 }], BOX);
    const centre = frame.project({ latDeg: 52, lonDeg: 4.4 })!;
    expectClose(centre.x, BOX.width / 2, { absolute: 1 });
    const oneDegree = frame.project({ latDeg: 52, lonDeg: 5.4 })!;
    expect(Number.isFinite(oneDegree.x)).toBe(true);
    expect(oneDegree.x - centre.x).toBeGreaterThan(20);
    expect(oneDegree.x - centre.x).toBeLessThan(BOX.width);
  });

  it('returns undefined off the globe instead of a wrong position', () => {
    const frame = fitGeoFrame(
      [
        { latDeg: 0, lonDeg: 0 },
        { latDeg: 10, lonDeg: 170 },
      ],
      { width: 400, height: 300 },
    );
    expect(frame.invert({ x: -1e6, y: -1e6 })).toBeUndefined();
  });

  it('rejects bad input naming the field', () => {
    expect(() => fitGeoFrame([], BOX)).toThrow(ParameterError);
    expect(() => fitGeoFrame([], BOX)).toThrow(/^points:/);
    expect(() => fitGeoFrame(EUROPE, { width: 0, height: 10 })).toThrow(/^width:/);
    expect(() => fitGeoFrame(EUROPE, { width: 10, height: -1 })).toThrow(/^height:/);
    expect(() => fitGeoFrame([{ latDeg: Number.NaN, lonDeg: 0 }], BOX)).toThrow(/^latDeg:/);
    expect(() => fitGeoFrame([{ latDeg: 0, lonDeg: Infinity }], BOX)).toThrow(/^lonDeg:/);
  });
});

describe('longitudes', () => {
  it('unwraps across the antimeridian only when that narrows the span', () => {
    expect(unwrapLongitudes([170, -170])).toEqual([170, 190]);
    expect(unwrapLongitudes([-10, 10])).toEqual([-10, 10]);
    expect(unwrapLongitudes([])).toEqual([]);
  });

  it('normalises into [-180, 180]', () => {
    expect(normaliseLongitude(190)).toBe(-170);
    expect(normaliseLongitude(-190)).toBe(170);
    expect(normaliseLongitude(180)).toBe(180);
    expect(normaliseLongitude(-180)).toBe(-180);
    expect(normaliseLongitude(540)).toBe(180);
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (lon) => {
        const wrapped = normaliseLongitude(lon);
        expect(wrapped).toBeGreaterThanOrEqual(-180);
        expect(wrapped).toBeLessThanOrEqual(180);
        expectClose(Math.cos((wrapped * Math.PI) / 180), Math.cos((lon * Math.PI) / 180), { absolute: 1e-9 });
      }),
    );
  });
});
