import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  TWENTY_FOOT_CONTAINER_VOLUME,
  containerMemoryVolume,
  logicalQubitsPerStick,
  type StickPacking,
} from '../../../src/network/sneakernet/index.js';
import { expectClose } from '../../support/close.js';

describe('memory stick', () => {
  it('packs logical qubits in cubes of side (2d - 1) a (Devitt 2016 capacities)', () => {
    // NV (spin): d = 29, a = 0.3 um -> 1 / (57 x 3e-7)^3 = 1.99992e14, published 200 TEb.
    const nvSpin = logicalQubitsPerStick({ qubitPitch: 3e-7, codeDistance: 29 });
    expect(nvSpin).toBe(Math.floor(1 / (57 * 3e-7) ** 3));
    expectClose(nvSpin, 2e14, { relative: 5e-3 });
    // Trapped ions: d = 11, a = 1.5 mm -> 1 / (21 x 1.5e-3)^3 = 31,993.
    expect(logicalQubitsPerStick({ qubitPitch: 1.5e-3, codeDistance: 11 })).toBe(31_993);
    // Exactly representable case: a = 1 cm, d = 3 -> cube of 5 cm, 8,000 per m^3 (float-guarded floor).
    expect(logicalQubitsPerStick({ qubitPitch: 0.01, codeDistance: 3 })).toBe(8000);
    expect(logicalQubitsPerStick({ qubitPitch: 0.01, codeDistance: 3, stickVolume: 2 })).toBe(16_000);
  });

  it('layered packing: N a^2 per patch, one chip layer per spacing', () => {
    const layered: StickPacking = { kind: 'layered', layerSpacing: 1e-3 };
    // d = 3 unrotated: 25 qubits x (1e-6 m)^2 x 1e-3 m = 2.5e-14 m^3 per logical qubit.
    expect(logicalQubitsPerStick({ qubitPitch: 1e-6, codeDistance: 3, packing: layered })).toBe(4e13);
    // rotated: 17 qubits.
    expect(
      logicalQubitsPerStick({ qubitPitch: 1e-6, codeDistance: 3, packing: layered, layout: 'rotated' }),
    ).toBe(Math.floor(1 / (17 * 1e-12 * 1e-3)));
  });

  it('holds nothing when the stick is smaller than one logical qubit', () => {
    expect(logicalQubitsPerStick({ qubitPitch: 0.1, codeDistance: 11 })).toBe(0);
  });

  it('capacity decreases with pitch and with distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1e-2, noNaN: true }),
        fc.double({ min: 1.001, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (pitch, factor, d) => {
          const here = logicalQubitsPerStick({ qubitPitch: pitch, codeDistance: d });
          expect(Number.isInteger(here)).toBe(true);
          expect(logicalQubitsPerStick({ qubitPitch: pitch * factor, codeDistance: d })).toBeLessThanOrEqual(
            here,
          );
          expect(logicalQubitsPerStick({ qubitPitch: pitch, codeDistance: d + 1 })).toBeLessThanOrEqual(here);
        },
      ),
    );
  });

  it('gives a container share to memory', () => {
    expectClose(containerMemoryVolume({ supportShare: 0.97 }), TWENTY_FOOT_CONTAINER_VOLUME * 0.03);
    expect(containerMemoryVolume({ containerVolume: 10, supportShare: 0 })).toBe(10);
  });

  it('rejects bad input naming the field', () => {
    expect(() => logicalQubitsPerStick({ qubitPitch: 1e-6, codeDistance: 3, stickVolume: 0 })).toThrow(
      /stickVolume/,
    );
    expect(() => logicalQubitsPerStick({ qubitPitch: 0, codeDistance: 3 })).toThrow(/qubitPitch/);
    expect(() => logicalQubitsPerStick({ qubitPitch: 1e-6, codeDistance: 0 })).toThrow(/codeDistance/);
    expect(() =>
      logicalQubitsPerStick({
        qubitPitch: 1e-6,
        codeDistance: 3,
        packing: { kind: 'layered', layerSpacing: 0 },
      }),
    ).toThrow(/packing.layerSpacing/);
    expect(() =>
      logicalQubitsPerStick({
        qubitPitch: 1e-6,
        codeDistance: 3,
        packing: { kind: 'hex' } as unknown as StickPacking,
      }),
    ).toThrow(ParameterError);
    expect(() => containerMemoryVolume({ supportShare: 1 })).toThrow(/supportShare/);
    expect(() => containerMemoryVolume({ supportShare: -0.1 })).toThrow(/supportShare/);
    expect(() => containerMemoryVolume({ containerVolume: 0, supportShare: 0.5 })).toThrow(/containerVolume/);
  });
});
