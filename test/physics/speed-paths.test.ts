/**
 * The fast paths added to physics for path analysis (issue 3) give the same bits as the checked forms:
 * the unchecked swap chain against swapBellDiagonal step by step, the round-by-round schedule against recurrence/pumping
 * schedules, and bellDiagonal still rejects bad weights naming the field after building names only on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bellDiagonal } from '../../src/physics/bell-diagonal.js';
import {
  pumpingSchedule,
  recurrenceSchedule,
  scheduleRounds,
} from '../../src/physics/purification-schedule.js';
import { swapBellDiagonal, swapChainUnchecked } from '../../src/physics/swapping.js';
import { bellDiagonalArbitrary } from './arbitraries.js';

const noiseArbitrary = fc.record({
  twoQubitGateReliability: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  measurementFidelity: fc.oneof(fc.constant(1), fc.double({ min: 0.5, max: 1, noNaN: true })),
});

describe('swapChainUnchecked', () => {
  it("equals swapBellDiagonal applied along the chain with each node's noise, to the bit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(bellDiagonalArbitrary, noiseArbitrary), { minLength: 1, maxLength: 8 }),
        (links) => {
          const states = links.map(([state]) => state);
          const nodes = links.map(([, noise]) => ({ noise }));
          let expected = states[0]!;
          for (let k = 1; k < states.length; k++) {
            expected = swapBellDiagonal(expected, states[k]!, nodes[k]!.noise).state;
          }
          expect(swapChainUnchecked(states, nodes)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('scheduleRounds', () => {
  it('yields the rounds of the schedules, to the bit', () => {
    fc.assert(
      fc.property(
        bellDiagonalArbitrary,
        noiseArbitrary,
        fc.constantFrom('recurrence' as const, 'pumping' as const),
        fc.constantFrom('dejmps' as const, 'bbpssw' as const),
        (initialState, noise, scheme, protocol) => {
          const settings = { initialState, noise, protocol };
          const eager =
            scheme === 'recurrence' ? recurrenceSchedule(settings, 6) : pumpingSchedule(settings, 6);
          const rounds = scheduleRounds(scheme, settings);
          for (const expected of eager) expect(rounds.next().value).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('names the scheme, and the schedules check rounds before the state', () => {
    expect(() => scheduleRounds('doubling' as 'pumping', { initialState: 0.9 })).toThrowError(/^scheme:/);
    expect(() => recurrenceSchedule({ initialState: 2 }, -1)).toThrowError(/^rounds:/);
    expect(() => recurrenceSchedule({ initialState: 2 }, 1)).toThrowError(/^initialState:/);
  });
});

describe('bellDiagonal checks', () => {
  it('names the first weight outside [0, 1], as before', () => {
    expect(() => bellDiagonal(0.5, 0.5, Number.NaN, 0, 'hops[3].link.state')).toThrowError(
      /^hops\[3\]\.link\.state\.psiPlus:/,
    );
    expect(() => bellDiagonal(1.5, -0.5, 0, 0)).toThrowError(/^state\.phiPlus:/);
    expect(() => bellDiagonal(0.5, 0.5, 0, '0' as unknown as number)).toThrowError(/^state\.phiMinus:/);
    expect(() => bellDiagonal(0.5, 0.4, 0, 0)).toThrowError(/^state: Bell-diagonal weights must sum to 1/);
  });
});
