import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmToMetres } from '../../src/core/index.js';
import { FIBRE_ATTENUATION_1550NM } from '../../src/physics/fibre.js';
import { midpointSourceHerald, midpointSourceLink } from '../../src/physics/midpoint-source.js';
import { expectClose } from '../support/close.js';

/** Direct sum over thermal pair numbers, written independently of the closed form. */
function directSum(mu: number, etaA: number, etaB: number, dark = 0): number {
  let total = 0;
  let pn = 1 / (1 + mu);
  for (let n = 0; n < 2000; n++, pn *= mu / (1 + mu)) {
    total += pn * (1 - (1 - dark) * Math.pow(1 - etaA, n)) * (1 - (1 - dark) * Math.pow(1 - etaB, n));
  }
  return total;
}

describe('midpoint source (SPDC) with absorptive memories', () => {
  it('small-mu limit: p ~ mu eta_A eta_B and F -> 1', () => {
    const outcome = midpointSourceHerald({ meanPairNumber: 1e-6, efficiencyA: 1e-3, efficiencyB: 2e-3 });
    expectClose(outcome.successProbability, 1e-6 * 1e-3 * 2e-3, { relative: 1e-5 });
    expectClose(outcome.state.phiPlus, 1, { absolute: 1e-5 });
  });

  it('matches 40-digit direct sums (independent Python) and a direct sum here', () => {
    const a = midpointSourceHerald({ meanPairNumber: 0.01, efficiencyA: 0.1, efficiencyB: 0.1 });
    expectClose(a.successProbability, 0.00010160515200938398, { relative: 1e-12 });
    expectClose(a.state.phiPlus, 0.9736070440476164, { relative: 1e-12 });
    const b = midpointSourceHerald({ meanPairNumber: 0.1, efficiencyA: 0.5, efficiencyB: 0.3 });
    expectClose(b.successProbability, 0.015712397361515373, { relative: 1e-12 });
    expectClose(b.state.phiPlus, 0.8417315128453658, { relative: 1e-12 });
    const c = midpointSourceHerald({
      meanPairNumber: 0.05,
      efficiencyA: 0.2,
      efficiencyB: 0.2,
      unwantedClickProbability: 1e-4,
      pairFidelity: 0.97,
    });
    expectClose(c.state.phiPlus, 0.8655678228624981, { relative: 1e-12 });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (mu, etaA, etaB, dark) => {
          const closed = midpointSourceHerald({
            meanPairNumber: mu,
            efficiencyA: etaA,
            efficiencyB: etaB,
            unwantedClickProbability: dark,
          });
          expectClose(closed.successProbability, directSum(mu, etaA, etaB, dark), {
            relative: 1e-9,
            absolute: 1e-15,
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('fidelity decreases monotonically with mu without dark counts (multi-pair error)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 5, noNaN: true }),
        fc.double({ min: 1.001, max: 4, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (mu, factor, eta) => {
          const low = midpointSourceHerald({ meanPairNumber: mu, efficiencyA: eta, efficiencyB: eta });
          const high = midpointSourceHerald({
            meanPairNumber: mu * factor,
            efficiencyA: eta,
            efficiencyB: eta,
          });
          expect(high.state.phiPlus).toBeLessThan(low.state.phiPlus);
          expect(high.successProbability).toBeGreaterThan(low.successProbability);
        },
      ),
    );
  });

  it('with dark counts the fidelity has an interior optimum in mu', () => {
    const fidelity = (mu: number): number =>
      midpointSourceHerald({
        meanPairNumber: mu,
        efficiencyA: 0.01,
        efficiencyB: 0.01,
        unwantedClickProbability: 1e-5,
      }).state.phiPlus;
    expect(fidelity(1e-3)).toBeGreaterThan(fidelity(1e-6));
    expect(fidelity(1e-3)).toBeGreaterThan(fidelity(1));
  });

  it('full link uses 3L/(2c) attempts and eta = emission x fibre(L/2) x absorption', () => {
    const link = midpointSourceLink({
      length: kmToMetres(100),
      attenuation: FIBRE_ATTENUATION_1550NM,
      emissionEfficiency: 0.8,
      detectorEfficiency: 0.5,
      meanPairNumber: 0.02,
      modes: 100,
    });
    expectClose(link.attemptDuration, 7.5e-4);
    expectClose(link.halfLinkEfficiency, 0.8 * 0.5 * 0.1);
    expect(link.scheme).toBe('midpoint-source');
  });

  it('rejects bad input naming the field', () => {
    expect(() => midpointSourceHerald({ meanPairNumber: -1, efficiencyA: 0.1, efficiencyB: 0.1 })).toThrow(
      /^meanPairNumber: /,
    );
    expect(() => midpointSourceHerald({ meanPairNumber: 0.1, efficiencyA: 1.1, efficiencyB: 0.1 })).toThrow(
      /^efficiencyA: /,
    );
    expect(() =>
      midpointSourceHerald({ meanPairNumber: 0.1, efficiencyA: 0.1, efficiencyB: 0.1, pairFidelity: 1.5 }),
    ).toThrow(/^pairFidelity: /);
  });
});
