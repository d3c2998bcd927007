import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError, kmToMetres } from '../../src/core/index.js';
import { EARTH_MEAN_RADIUS } from '../../src/physics/earth-geometry.js';
import {
  atmosphericTransmissivityAtElevation,
  diffractionTransmissivity,
  freeSpaceDelay,
  freeSpaceLinkBudget,
  satelliteLinkBudget,
  satelliteSlantRange,
} from '../../src/physics/free-space.js';
import { expectClose } from '../support/close.js';

const MICIUS_LIKE = { transmitterAperture: 0.3, receiverAperture: 1.2, wavelength: 810e-9 } as const;

describe('free-space diffraction', () => {
  it('gives 0.0846 for D_T 0.3 m, D_R 1.2 m, 810 nm, 1200 km (physics.md §1)', () => {
    const eta = diffractionTransmissivity({ ...MICIUS_LIKE, distance: kmToMetres(1200) });
    expectClose(eta, 0.0846, { absolute: 5e-5 });
    expectClose(eta, 0.0846159499407524, { relative: 1e-12 });
  });

  it('Gaussian-beam form agrees with the far field for eta << 1 and saturates below 1 in the near field', () => {
    const far = diffractionTransmissivity({ ...MICIUS_LIKE, distance: kmToMetres(40000) });
    const gaussian = diffractionTransmissivity({
      ...MICIUS_LIKE,
      distance: kmToMetres(40000),
      model: 'gaussian-beam',
    });
    expect(far).toBeLessThan(1e-3);
    expectClose(gaussian, far, { relative: far });
    expectClose(diffractionTransmissivity({ ...MICIUS_LIKE, distance: 10 }), 1);
    const nearGaussian = diffractionTransmissivity({ ...MICIUS_LIKE, distance: 1e5, model: 'gaussian-beam' });
    expect(nearGaussian).toBeLessThan(1);
    expect(nearGaussian).toBeGreaterThan(0.99);
    expect(diffractionTransmissivity({ ...MICIUS_LIKE, distance: 0 })).toBe(1);
  });

  it('both models stay in [0, 1] and decrease with distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e8, noNaN: true }),
        fc.double({ min: 1.0001, max: 10, noNaN: true }),
        fc.constantFrom('far-field' as const, 'gaussian-beam' as const),
        (distance, factor, model) => {
          const near = diffractionTransmissivity({ ...MICIUS_LIKE, distance, model });
          const far = diffractionTransmissivity({ ...MICIUS_LIKE, distance: distance * factor, model });
          expect(near).toBeGreaterThanOrEqual(0);
          expect(near).toBeLessThanOrEqual(1);
          expect(far).toBeLessThanOrEqual(near);
        },
      ),
    );
  });

  it('multiplies the budget factors and reports loss and delay', () => {
    const budget = freeSpaceLinkBudget({
      ...MICIUS_LIKE,
      distance: kmToMetres(1200),
      atmosphericTransmissivity: 0.5,
      pointingEfficiency: 0.8,
      opticsEfficiency: 0.5,
      detectorEfficiency: 0.5,
    });
    expectClose(budget.total, 0.0846159499407524 * 0.5 * 0.8 * 0.5 * 0.5, { relative: 1e-12 });
    expectClose(budget.lossDecibels, -10 * Math.log10(budget.total));
    expectClose(budget.delay, kmToMetres(1200) / 299_792_458);
    expectClose(freeSpaceDelay(299_792_458), 1);
  });
});

describe('satellite geometry', () => {
  it('slant range equals the altitude at zenith and matches the horizon formula at 0 degrees', () => {
    expectClose(satelliteSlantRange(5e5, 90), 5e5, { relative: 1e-12 });
    expectClose(satelliteSlantRange(5e5, 0), Math.sqrt(2 * EARTH_MEAN_RADIUS * 5e5 + 5e5 ** 2), {
      relative: 1e-12,
    });
    expectClose(satelliteSlantRange(5e5, 30), 909425.0355848619, { relative: 1e-12 });
  });

  it('atmosphere thickens as 1/sin(elevation)', () => {
    expectClose(atmosphericTransmissivityAtElevation(0.8, 90), 0.8);
    expectClose(atmosphericTransmissivityAtElevation(0.8, 30), 0.64);
  });

  it('satellite budget uses the slant range', () => {
    const budget = satelliteLinkBudget({ ...MICIUS_LIKE, altitude: 5e5, elevation: 30 });
    expect(budget.slantRange).toBeCloseTo(909425.0355848619, 3);
    expectClose(
      budget.diffraction,
      diffractionTransmissivity({ ...MICIUS_LIKE, distance: budget.slantRange }),
    );
    const hazy = satelliteLinkBudget({
      ...MICIUS_LIKE,
      altitude: 5e5,
      elevation: 30,
      zenithAtmosphericTransmissivity: 0.8,
    });
    expectClose(hazy.total, budget.total * 0.64);
  });

  it('rejects bad input naming the field', () => {
    expect(() => diffractionTransmissivity({ ...MICIUS_LIKE, distance: -1 })).toThrow(/^distance: /);
    expect(() => diffractionTransmissivity({ ...MICIUS_LIKE, receiverAperture: 0, distance: 1 })).toThrow(
      /^receiverAperture: /,
    );
    expect(() =>
      diffractionTransmissivity({ ...MICIUS_LIKE, distance: 1, model: 'near' as unknown as 'far-field' }),
    ).toThrow(ParameterError);
    expect(() => freeSpaceLinkBudget({ ...MICIUS_LIKE, distance: 1, pointingEfficiency: 1.5 })).toThrow(
      /^pointingEfficiency: /,
    );
    expect(() => satelliteSlantRange(5e5, 91)).toThrow(/^elevation: /);
    expect(() => satelliteSlantRange(0, 45)).toThrow(/^altitude: /);
    expect(() => atmosphericTransmissivityAtElevation(0.8, 0)).toThrow(/^elevation: /);
  });
});
