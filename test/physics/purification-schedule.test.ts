import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createRng, UnreachableError } from '../../src/core/index.js';
import { PERFECT_PAIR } from '../../src/physics/bell-diagonal.js';
import { pumpingFidelityLimit } from '../../src/physics/purification-noise.js';
import {
  pumpingSchedule,
  recurrenceSchedule,
  roundsToReach,
  type PurificationRound,
} from '../../src/physics/purification-schedule.js';
import { expectClose } from '../support/close.js';
import { isValidState } from './arbitraries.js';

const NOISY = { twoQubitGateReliability: 0.99, measurementFidelity: 0.99 };

/** Monte Carlo of the raw pairs consumed, rebuilding failed inputs; checks the E_k recursions. */
function simulateRawPairs(
  rounds: readonly PurificationRound[],
  scheme: 'recurrence' | 'pumping',
  runs: number,
): number {
  const rng = createRng(12345);
  const build = (level: number): number => {
    if (level === 0) return 1;
    for (let used = 0; ;) {
      used += scheme === 'recurrence' ? build(level - 1) + build(level - 1) : build(level - 1) + 1;
      if (rng.nextFloat() < rounds[level]!.successProbability) return used;
    }
  };
  let total = 0;
  for (let run = 0; run < runs; run++) total += build(rounds.length - 1);
  return total / runs;
}

describe('purification schedules', () => {
  it('recurrence from Werner 0.9: DEJMPS equals BBPSSW in round 1 and is better from round 2', () => {
    const dejmps = recurrenceSchedule({ initialState: 0.9, protocol: 'dejmps' }, 3);
    const bbpssw = recurrenceSchedule({ initialState: 0.9, protocol: 'bbpssw' }, 3);
    expect(dejmps.map((r) => r.round)).toEqual([0, 1, 2, 3]);
    expectClose(dejmps[1]!.fidelity, 0.926396, { absolute: 5e-7 });
    expectClose(bbpssw[1]!.fidelity, dejmps[1]!.fidelity, { relative: 1e-12 });
    expectClose(dejmps[2]!.fidelity, 0.9887635446044234, { relative: 1e-12 });
    expectClose(bbpssw[2]!.fidelity, 0.9472077932330234, { relative: 1e-12 });
    expect(dejmps[3]!.fidelity).toBeGreaterThan(bbpssw[3]!.fidelity);
  });

  it('recurrence costs: 2^k ideal pairs, P_k = P_(k-1)^2 p_k, E_k = 2 E_(k-1)/p_k', () => {
    const rounds = recurrenceSchedule({ initialState: 0.8 }, 4);
    expect(rounds.map((r) => r.idealRawPairs)).toEqual([1, 2, 4, 8, 16]);
    for (let k = 1; k < rounds.length; k++) {
      const [previous, here] = [rounds[k - 1]!, rounds[k]!];
      expectClose(
        here.overallSuccessProbability,
        previous.overallSuccessProbability ** 2 * here.successProbability,
      );
      expectClose(here.expectedRawPairs, (2 * previous.expectedRawPairs) / here.successProbability);
      expect(here.expectedRawPairs).toBeGreaterThan(here.idealRawPairs);
    }
    expectClose(simulateRawPairs(rounds.slice(0, 4), 'recurrence', 20_000), rounds[3]!.expectedRawPairs, {
      relative: 0.02,
    });
  });

  it('pumping costs: k + 1 ideal pairs, E_k = (E_(k-1) + 1)/p_k, converging to the pumping limit', () => {
    const rounds = pumpingSchedule({ initialState: 0.9 }, 40);
    expect(rounds.slice(0, 4).map((r) => r.idealRawPairs)).toEqual([1, 2, 3, 4]);
    for (let k = 1; k < rounds.length; k++) {
      expectClose(
        rounds[k]!.expectedRawPairs,
        (rounds[k - 1]!.expectedRawPairs + 1) / rounds[k]!.successProbability,
      );
    }
    expectClose(rounds[40]!.fidelity, pumpingFidelityLimit(0.9).fidelity, { relative: 1e-9 });
    expectClose(simulateRawPairs(rounds.slice(0, 4), 'pumping', 20_000), rounds[3]!.expectedRawPairs, {
      relative: 0.02,
    });
  });

  it('perfect inputs stay perfect at the ideal cost', () => {
    const rounds = recurrenceSchedule({ initialState: PERFECT_PAIR }, 3);
    expect(rounds.every((r) => r.fidelity === 1 && r.expectedRawPairs === r.idealRawPairs)).toBe(true);
    expect(recurrenceSchedule({ initialState: 0.9 }, 0)).toHaveLength(1);
  });

  it('roundsToReach finds the first round at or above the target', () => {
    const found = roundsToReach(0.99, { scheme: 'recurrence', initialState: 0.8 });
    const rounds = recurrenceSchedule({ initialState: 0.8 }, found.round);
    expect(found.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(rounds[found.round - 1]!.fidelity).toBeLessThan(0.99);
    expect(roundsToReach(0.7, { scheme: 'pumping', initialState: 0.8 }).round).toBe(0);
    expect(roundsToReach(0.95, { scheme: 'pumping', initialState: 0.9 }).round).toBeGreaterThan(1);
  });

  it('roundsToReach throws UnreachableError naming target and cap beyond the fixed point', () => {
    expect(() => roundsToReach(0.99, { scheme: 'pumping', initialState: 0.9 })).toThrow(
      /targetFidelity 0\.99 .*pumping.*0\.960173/,
    );
    expect(() => roundsToReach(0.99, { scheme: 'recurrence', initialState: 0.9, noise: NOISY })).toThrow(
      /targetFidelity 0\.99 .*recurrence.*p2=0\.99.*0\.985962/,
    );
    expect(() => roundsToReach(0.6, { scheme: 'recurrence', initialState: 0.5 })).toThrow(UnreachableError);
    expect(() => roundsToReach(1, { scheme: 'recurrence', initialState: 0.9 })).toThrow(/only in the limit/);
    expect(() =>
      roundsToReach(0.9999999, { scheme: 'recurrence', initialState: 0.51, maxRounds: 2 }),
    ).toThrow(/maxRounds=2/);
  });

  it('recurrence improves any Werner state above 1/2 with perfect operations; states stay valid (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.501, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (f, k) => {
          const rounds = recurrenceSchedule({ initialState: f, protocol: 'dejmps' }, k);
          return rounds.every(
            (r, i) =>
              isValidState(r.state) &&
              Number.isFinite(r.expectedRawPairs) &&
              (i === 0 || r.fidelity > rounds[i - 1]!.fidelity || r.fidelity === 1),
          );
        },
      ),
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => recurrenceSchedule({ initialState: 1.2 }, 2)).toThrow(/^initialState/);
    expect(() => recurrenceSchedule({ initialState: 0.9 }, -1)).toThrow(/^rounds/);
    expect(() => pumpingSchedule({ initialState: 0.9, protocol: 'x' as 'dejmps' }, 1)).toThrow(/^protocol/);
    expect(() => roundsToReach(2, { scheme: 'recurrence', initialState: 0.9 })).toThrow(/^targetFidelity/);
    expect(() => roundsToReach(0.9, { scheme: 'x' as 'pumping', initialState: 0.9 })).toThrow(/^scheme/);
    expect(() => roundsToReach(0.9, { scheme: 'pumping', initialState: 0.8, maxRounds: 0 })).toThrow(
      /^maxRounds/,
    );
  });
});
