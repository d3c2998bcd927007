import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError, daysToSeconds } from '../../../src/core/index.js';
import {
  logicalErrorPerCycle,
  logicalMemoryLifetime,
  logicalStoredInfidelity,
  surfaceCodeMemory,
} from '../../../src/physics/surface-code/index.js';
import { expectClose } from '../../support/close.js';

describe('surface-code memory', () => {
  it('sizes the Devitt NV (optical) memory for a 20-day voyage', () => {
    const memory = surfaceCodeMemory({
      physicalErrorRate: 1e-3,
      gateTime: 3.5e-6,
      storageTime: daysToSeconds(20),
      rounding: 'devitt-2016',
    });
    expect(memory.codeDistance).toBe(33);
    expect(memory.physicalQubitsPerLogical).toBe(4225);
    expect(memory.cycleTime).toBe(3.5e-6);
    expectClose(memory.cycles, 1.728e6 / 3.5e-6);
    const perCycle = 0.13 * 0.061 ** 17;
    expectClose(memory.logicalErrorPerCycle, perCycle);
    expectClose(memory.achievedInfidelity, memory.cycles * perCycle);
    expectClose(memory.fidelity, 1 - memory.cycles * perCycle);
    expectClose(memory.maxStorageTime, (1e-10 / perCycle) * 3.5e-6);
    // Flooring: the memory falls short of 20 days within the target.
    expect(memory.maxStorageTime).toBeLessThan(daysToSeconds(20));
  });

  it('a slower cycle (k gates) means fewer cycles and never a larger distance', () => {
    const base = { physicalErrorRate: 1e-3, gateTime: 1e-6, storageTime: daysToSeconds(20) };
    const one = surfaceCodeMemory(base);
    const eight = surfaceCodeMemory({ ...base, gatesPerCycle: 8 });
    expect(eight.cycleTime).toBe(8e-6);
    expectClose(eight.cycles, one.cycles / 8);
    expect(eight.codeDistance).toBeLessThanOrEqual(one.codeDistance);
    expect(surfaceCodeMemory({ ...base, layout: 'rotated' }).physicalQubitsPerLogical).toBe(
      2 * one.codeDistance ** 2 - 1,
    );
  });

  it('with odd-ceil the chosen distance lasts at least the storage time', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-7, max: 0.012, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e-2, noNaN: true }),
        fc.double({ min: 1, max: 1e8, noNaN: true }),
        (p, gateTime, storageTime) => {
          const memory = surfaceCodeMemory({ physicalErrorRate: p, gateTime, storageTime });
          expect(memory.meetsTarget).toBe(true);
          expect(memory.maxStorageTime).toBeGreaterThanOrEqual(storageTime * (1 - 1e-6));
          expect(memory.fidelity).toBeGreaterThanOrEqual(1 - 1e-10 * (1 + 1e-6));
        },
      ),
    );
  });

  it('lifetime and stored infidelity are inverse', () => {
    const stored = { physicalErrorRate: 1e-4, codeDistance: 7, cycleTime: 1e-6 };
    const lifetime = logicalMemoryLifetime({ ...stored, targetInfidelity: 1e-6 });
    expectClose(lifetime, (1e-6 / logicalErrorPerCycle(stored)) * 1e-6);
    expectClose(logicalStoredInfidelity({ ...stored, storageTime: lifetime }), 1e-6);
    expect(logicalStoredInfidelity({ ...stored, storageTime: 1e30 })).toBe(1);
    expect(logicalMemoryLifetime({ ...stored, physicalErrorRate: 0, targetInfidelity: 1e-6 })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('rejects bad input naming the field', () => {
    const base = { physicalErrorRate: 1e-3, gateTime: 1e-6, storageTime: 100 };
    expect(() => surfaceCodeMemory({ ...base, gateTime: 0 })).toThrow(/gateTime/);
    expect(() => surfaceCodeMemory({ ...base, gatesPerCycle: 0 })).toThrow(/gatesPerCycle/);
    expect(() => surfaceCodeMemory({ ...base, storageTime: -1 })).toThrow(/storageTime/);
    expect(() => surfaceCodeMemory({ ...base, physicalErrorRate: 0.2 })).toThrow(ParameterError);
    expect(() =>
      logicalMemoryLifetime({
        physicalErrorRate: 1e-3,
        codeDistance: 5,
        cycleTime: 0,
        targetInfidelity: 1e-3,
      }),
    ).toThrow(/cycleTime/);
    expect(() =>
      logicalMemoryLifetime({ physicalErrorRate: 1e-3, codeDistance: 5, cycleTime: 1, targetInfidelity: 0 }),
    ).toThrow(/targetInfidelity/);
    expect(() =>
      logicalStoredInfidelity({ physicalErrorRate: 1e-3, codeDistance: 0, cycleTime: 1, storageTime: 1 }),
    ).toThrow(/codeDistance/);
  });
});
