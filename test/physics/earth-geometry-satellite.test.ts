/**
 * Great-circle distance (haversine) against a known city pair and an independent formula (spherical law
 * of cosines), limiting cases, and satellite slant ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import {
  centralAngle,
  EARTH_MEAN_RADIUS,
  greatCircleDistance,
  slantRangeAtCentralAngle,
  satelliteSlantRange as slantRangeAtElevation,
} from '../../src/physics/index.js';
import { expectClose } from '../support/close.js';

const LONDON = { latitude: 51.5074, longitude: -0.1278 };
const NEW_YORK = { latitude: 40.7128, longitude: -74.006 };
const rad = Math.PI / 180;

function lawOfCosines(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const cosine =
    Math.sin(a.latitude * rad) * Math.sin(b.latitude * rad) +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.cos((b.longitude - a.longitude) * rad);
  return EARTH_MEAN_RADIUS * Math.acos(Math.min(1, Math.max(-1, cosine)));
}

const position = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('greatCircleDistance', () => {
  it('London to New York is about 5570 km', () => {
    expectClose(greatCircleDistance(LONDON, NEW_YORK) / 1000, 5570, { relative: 2e-3 });
  });

  it('uses the IUGG mean radius 6371.0088 km', () => {
    expect(EARTH_MEAN_RADIUS).toBe(6_371_008.8);
  });

  it('is zero for the same point and pi R for antipodes', () => {
    expect(greatCircleDistance(LONDON, LONDON)).toBe(0);
    expectClose(
      greatCircleDistance({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 }),
      Math.PI * EARTH_MEAN_RADIUS,
    );
    expectClose(
      greatCircleDistance({ latitude: 90, longitude: 0 }, { latitude: -90, longitude: 0 }),
      Math.PI * EARTH_MEAN_RADIUS,
    );
  });

  it('one degree of latitude is R pi / 180', () => {
    expectClose(
      greatCircleDistance({ latitude: 10, longitude: 5 }, { latitude: 11, longitude: 5 }),
      (EARTH_MEAN_RADIUS * Math.PI) / 180,
    );
  });

  it('agrees with the spherical law of cosines, is symmetric and bounded', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        const d = greatCircleDistance(a, b);
        expect(Number.isFinite(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.PI * EARTH_MEAN_RADIUS * (1 + 1e-12));
        expectClose(d, greatCircleDistance(b, a), { relative: 1e-12, absolute: 1e-6 });
        // The law of cosines loses precision for short distances; compare only above 1 km.
        if (d > 1000) expectClose(d, lawOfCosines(a, b), { relative: 1e-6, absolute: 1 });
      }),
    );
  });

  it('rejects coordinates out of range, naming the field', () => {
    expect(() => greatCircleDistance({ latitude: 91, longitude: 0 }, LONDON)).toThrow(ParameterError);
    expect(() => greatCircleDistance(LONDON, { latitude: 0, longitude: Number.NaN })).toThrow(
      /pointB\.longitude/,
    );
  });
});

describe('slant ranges', () => {
  it('at zenith the slant range is the altitude', () => {
    expectClose(slantRangeAtElevation(500_000, 90), 500_000);
  });

  it('at the horizon it is sqrt((R + h)^2 - R^2)', () => {
    const h = 500_000;
    expectClose(
      slantRangeAtElevation(h, 0),
      Math.sqrt((EARTH_MEAN_RADIUS + h) ** 2 - EARTH_MEAN_RADIUS ** 2),
    );
  });

  it('agrees between the elevation and the central-angle forms', () => {
    // A satellite straight overhead: central angle 0 -> range = altitude.
    expectClose(slantRangeAtCentralAngle(500_000, 0)!, 500_000);
    // Horizon: cos(angle) = R / (R + h) gives the same range as elevation 0.
    const h = 800_000;
    const horizonAngle = Math.acos(EARTH_MEAN_RADIUS / (EARTH_MEAN_RADIUS + h));
    expectClose(slantRangeAtCentralAngle(h, horizonAngle * (1 - 1e-12))!, slantRangeAtElevation(h, 0), {
      relative: 1e-5,
    });
  });

  it('is undefined below the horizon', () => {
    expect(slantRangeAtCentralAngle(500_000, 0.5)).toBeUndefined();
  });

  it('decreases with elevation', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e5, max: 4e7, noNaN: true }),
        fc.double({ min: 0, max: 89, noNaN: true }),
        (h, e) => {
          expect(slantRangeAtElevation(h, e)).toBeGreaterThanOrEqual(slantRangeAtElevation(h, e + 1) - 1e-6);
        },
      ),
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => slantRangeAtElevation(-1, 30)).toThrow(/altitude/);
    expect(() => slantRangeAtElevation(1, 91)).toThrow(/elevation/);
    expect(() => centralAngle({ latitude: 0, longitude: 200 }, LONDON)).toThrow(ParameterError);
  });
});
