/**
 * Great-circle distance: the published Rosetta Code haversine example, exact spherical cases, and
 * properties (symmetry, range, no NaN) over the whole globe.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import { EARTH_MEAN_RADIUS, greatCircleDistance } from '../../src/physics/earth-geometry.js';
import { expectClose } from '../support/close.js';

const nashville = { latitude: 36.12, longitude: -86.67 };
const losAngeles = { latitude: 33.94, longitude: -118.4 };

describe('greatCircleDistance', () => {
  it('matches the Rosetta Code haversine example (BNA-LAX, R = 6372.8 km: 2887.2599506071106 km)', () => {
    // https://rosettacode.org/wiki/Haversine_formula (published output of the reference implementations).
    expectClose(greatCircleDistance(nashville, losAngeles, 6_372_800), 2887.2599506071106 * 1000, {
      relative: 1e-12,
    });
  });

  it('scales with the IUGG mean radius 6371.0088 km by default', () => {
    expect(EARTH_MEAN_RADIUS).toBe(6_371_008.8);
    expectClose(
      greatCircleDistance(nashville, losAngeles),
      (2887.2599506071106 * 1000 * 6371.0088) / 6372.8,
      {
        relative: 1e-12,
      },
    );
  });

  it('gives a quarter meridian from the equator to a pole and half a circumference to the antipode', () => {
    expectClose(
      greatCircleDistance({ latitude: 0, longitude: 10 }, { latitude: 90, longitude: -70 }),
      (Math.PI * EARTH_MEAN_RADIUS) / 2,
      {
        relative: 1e-12,
      },
    );
    expectClose(
      greatCircleDistance({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 }),
      Math.PI * EARTH_MEAN_RADIUS,
      {
        relative: 1e-12,
      },
    );
    expectClose(
      greatCircleDistance({ latitude: 30, longitude: 45 }, { latitude: -30, longitude: -135 }),
      Math.PI * EARTH_MEAN_RADIUS,
      {
        relative: 1e-9,
      },
    );
    expect(greatCircleDistance(nashville, nashville)).toBe(0);
  });

  it('one degree of longitude on the equator is R * pi / 180', () => {
    expectClose(
      greatCircleDistance({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 }),
      (EARTH_MEAN_RADIUS * Math.PI) / 180,
      {
        relative: 1e-12,
      },
    );
  });

  it('is symmetric, in [0, pi R], never NaN, and obeys the triangle inequality', () => {
    const point = fc.record({
      latitude: fc.double({ min: -90, max: 90, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        const ab = greatCircleDistance(a, b);
        expect(Number.isNaN(ab)).toBe(false);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(Math.PI * EARTH_MEAN_RADIUS * (1 + 1e-12));
        expectClose(greatCircleDistance(b, a), ab, { relative: 1e-12, absolute: 1e-6 });
        expect(ab).toBeLessThanOrEqual(greatCircleDistance(a, c) + greatCircleDistance(c, b) + 1e-6);
      }),
    );
  });

  it('rejects out-of-range coordinates and radii, naming the field', () => {
    expect(() => greatCircleDistance({ latitude: 91, longitude: 0 }, nashville)).toThrow(ParameterError);
    expect(() => greatCircleDistance({ latitude: 91, longitude: 0 }, nashville)).toThrow(
      /^pointA\.latitude:/,
    );
    expect(() => greatCircleDistance(nashville, { latitude: 0, longitude: -181 })).toThrow(
      /^pointB\.longitude:/,
    );
    expect(() => greatCircleDistance(nashville, { latitude: Number.NaN, longitude: 0 })).toThrow(
      /^pointB\.latitude:/,
    );
    expect(() => greatCircleDistance(nashville, losAngeles, 0)).toThrow(/^radius:/);
  });
});
