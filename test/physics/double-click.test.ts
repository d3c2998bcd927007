import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmToMetres } from '../../src/core/index.js';
import { doubleClickHerald, doubleClickLink } from '../../src/physics/double-click.js';
import { FIBRE_ATTENUATION_1550NM } from '../../src/physics/fibre.js';
import { expectClose } from '../support/close.js';

describe('double-click (Barrett-Kok)', () => {
  it('p = eta^2 / 2 with eta_half = 0.0794328 -> 3.15479e-3 and F = 1 (physics.md §2)', () => {
    const outcome = doubleClickHerald({ halfLinkEfficiency: 0.0794328 });
    expectClose(outcome.successProbability, 3.15479e-3, { relative: 5e-6 });
    expect(outcome.state.phiPlus).toBe(1);
  });

  it('perfect devices give fidelity 1 at any length', () => {
    const link = doubleClickLink({
      length: kmToMetres(80),
      attenuation: FIBRE_ATTENUATION_1550NM,
      emissionEfficiency: 1,
      detectorEfficiency: 1,
    });
    expect(link.fidelity).toBe(1);
    expectClose(link.successProbability, 0.5 * Math.pow(10, -1.6));
    expectClose(link.attemptDuration, 4e-4);
  });

  it('matches an independent Fock-space simulation with dark counts', () => {
    const a = doubleClickHerald({ halfLinkEfficiency: 0.3, unwantedClickProbability: 0.01 });
    expectClose(a.successProbability, 0.05341152959999997, { relative: 1e-12 });
    expectClose(a.genuineProbability, 0.04410449999999998, { relative: 1e-12 });
    expectClose(a.state.phiPlus, 0.8693115091015854, { relative: 1e-12 });
    const b = doubleClickHerald({ halfLinkEfficiency: 0.9, unwantedClickProbability: 0.05 });
    expectClose(b.successProbability, 0.4183989999999998, { relative: 1e-12 });
    expectClose(b.state.phiPlus, 0.9051984469370145, { relative: 1e-12 });
  });

  it('visibility V gives F = (1 + V) / 2 with the rest in Phi-', () => {
    const outcome = doubleClickHerald({ halfLinkEfficiency: 0.1, visibility: 0.84 });
    expectClose(outcome.state.phiPlus, 0.92);
    expectClose(outcome.state.phiMinus, 0.08);
  });

  it('dark counts only lower the fidelity; probabilities stay in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        (eta, darkLow, extra) => {
          const low = doubleClickHerald({ halfLinkEfficiency: eta, unwantedClickProbability: darkLow });
          const high = doubleClickHerald({
            halfLinkEfficiency: eta,
            unwantedClickProbability: darkLow + extra,
          });
          expect(low.successProbability).toBeGreaterThanOrEqual(0);
          expect(low.successProbability).toBeLessThanOrEqual(1);
          if (low.successProbability > 0 && high.successProbability > 0) {
            expect(high.state.phiPlus).toBeLessThanOrEqual(low.state.phiPlus + 1e-12);
          }
        },
      ),
    );
  });

  it('rejects bad input naming the field', () => {
    expect(() => doubleClickHerald({ halfLinkEfficiency: 1.5 })).toThrow(/^halfLinkEfficiency: /);
    expect(() => doubleClickHerald({ halfLinkEfficiency: 0.5, visibility: -1 })).toThrow(/^visibility: /);
    expect(() => doubleClickHerald({ halfLinkEfficiency: 0.5, unwantedClickProbability: 2 })).toThrow(
      /^unwantedClickProbability: /,
    );
  });
});
