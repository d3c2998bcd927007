/**
 * Per-link purification must not give up when DEJMPS loses a little in its first round and gains in the next:
 * a single-click-like state with equal Psi+ and Psi- weights (F = 0.952) drops to 0.9515 after one round and
 * reaches 0.9974 after two (computed with physics/purification-schedule.ts).
 */
import { describe, expect, it } from 'vitest';
import { analysePath } from '../../../src/network/index.js';
import { recurrenceSchedule } from '../../../src/physics/index.js';
import { heralded, route } from './route-fixtures.js';

const singleClickLike = { phiPlus: 0.952, psiMinus: 0.024, psiPlus: 0.024, phiMinus: 0 };

describe('per-link purification through a first-round dip', () => {
  it('the state really dips in round one and rises in round two', () => {
    const fidelities = recurrenceSchedule({ initialState: singleClickLike, protocol: 'dejmps' }, 2).map(
      (r) => r.fidelity,
    );
    expect(fidelities[1]!).toBeLessThan(fidelities[0]!);
    expect(fidelities[2]!).toBeGreaterThan(0.99);
  });

  it('purifies each hop twice to reach a target the raw swapped pair misses', () => {
    const hops = Array.from({ length: 4 }, () => {
      const hop = heralded(0.01, 1e-5, 0.952);
      return { ...hop, link: { ...hop.link, state: singleClickLike } };
    });
    const performance = analysePath(route(hops), {
      targetFidelity: 0.97,
      purification: { placement: 'per-link' },
    });
    expect(performance.status).toBe('ok');
    expect(performance.rawFidelity).toBeLessThan(0.97);
    expect(performance.deliveredFidelity).toBeGreaterThanOrEqual(0.97);
    expect(performance.perHop.every((hop) => hop.purificationRounds === 2)).toBe(true);
  });
});
