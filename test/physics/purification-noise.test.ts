import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { UnreachableError } from '../../src/core/index.js';
import { wernerState } from '../../src/physics/bell-diagonal.js';
import {
  pumpingFidelityLimit,
  recurrenceFidelityLimit,
  requireReachableByRecurrence,
} from '../../src/physics/purification-noise.js';
import { purificationRound } from '../../src/physics/purification-protocol.js';
import { expectClose } from '../support/close.js';

const NOISY = { twoQubitGateReliability: 0.99, measurementFidelity: 0.99 };

describe('purification limits with noisy local operations', () => {
  it('recurrence reaches 1 with perfect operations and is capped below 1 with noise', () => {
    expect(recurrenceFidelityLimit().fidelity).toBe(1);
    const dejmps = recurrenceFidelityLimit({ protocol: 'dejmps', noise: NOISY });
    const bbpssw = recurrenceFidelityLimit({ protocol: 'bbpssw', noise: NOISY });
    // Independent values: Duer's noisy DEJMPS recurrence formulas iterated in Python.
    expectClose(dejmps.fidelity, 0.9859621636195784, { relative: 1e-10 });
    expect(bbpssw.fidelity).toBeLessThan(dejmps.fidelity);
    expect(bbpssw.fidelity).toBeGreaterThan(0.9);
  });

  it('the limit is a fixed point of the protocol map', () => {
    for (const protocol of ['bbpssw', 'dejmps'] as const) {
      const limit = recurrenceFidelityLimit({ protocol, noise: NOISY });
      const next = purificationRound(protocol, limit.state, limit.state, NOISY);
      expectClose(next.fidelity, limit.fidelity, { absolute: 1e-12 });
    }
  });

  it('pumping converges below 1 even with perfect operations, and to its own fixed point', () => {
    const limit = pumpingFidelityLimit(0.9, { protocol: 'dejmps' });
    expectClose(limit.fidelity, 0.9601731217040121, { relative: 1e-10 });
    const next = purificationRound('dejmps', limit.state, wernerState(0.9));
    expectClose(next.fidelity, limit.fidelity, { absolute: 1e-12 });
    expect(pumpingFidelityLimit(0.9, { protocol: 'bbpssw' }).fidelity).toBeLessThan(limit.fidelity);
  });

  it('worse operations give a lower cap (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.97, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.02 }),
        (p, d) => {
          const better = recurrenceFidelityLimit({
            noise: { twoQubitGateReliability: p, measurementFidelity: p },
          });
          const worse = recurrenceFidelityLimit({
            noise: { twoQubitGateReliability: p - d, measurementFidelity: p - d },
          });
          return better.fidelity > worse.fidelity && better.fidelity < 1;
        },
      ),
      { numRuns: 30 },
    );
  });

  it('throws UnreachableError naming the target and the cap', () => {
    expect(() => requireReachableByRecurrence(0.99, { noise: NOISY })).toThrow(UnreachableError);
    expect(() => requireReachableByRecurrence(0.99, { noise: NOISY })).toThrow(
      /targetFidelity 0\.99 .*recurrence purification \(dejmps, p2=0\.99, eta_m=0\.99\).*0\.985962/,
    );
    expect(() => requireReachableByRecurrence(0.98, { noise: NOISY })).not.toThrow();
  });

  it('rejects bad input, naming the field', () => {
    expect(() => recurrenceFidelityLimit({ protocol: 'magic' as 'dejmps' })).toThrow(/^protocol/);
    expect(() => pumpingFidelityLimit(1.5)).toThrow(/^freshState/);
    expect(() => requireReachableByRecurrence(-1)).toThrow(/^targetFidelity/);
  });
});
