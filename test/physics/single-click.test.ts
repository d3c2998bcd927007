import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmToMetres } from '../../src/core/index.js';
import { FIBRE_ATTENUATION_1550NM } from '../../src/physics/fibre.js';
import {
  singleClickGenuineState,
  singleClickHerald,
  singleClickLeadingOrder,
  singleClickLink,
  visibilityFromPhaseNoise,
} from '../../src/physics/single-click.js';
import { expectClose } from '../support/close.js';

const ETA_HALF = 0.0794328;

describe('single-click', () => {
  it('leading order matches physics.md §2: alpha 0.05, eta 0.0794328 -> p 7.94328e-3, F 0.95', () => {
    const leading = singleClickLeadingOrder(0.05, ETA_HALF);
    expectClose(leading.successProbability, 7.94328e-3, { relative: 5e-6 });
    expectClose(leading.fidelity, 0.95);
  });

  it('exact threshold-detector model matches an independent Fock-space simulation', () => {
    const outcome = singleClickHerald({ brightStatePopulation: 0.05, halfLinkEfficiency: ETA_HALF });
    expectClose(outcome.successProbability, 0.007927506075710397, { relative: 1e-12 });
    expectClose(outcome.state.phiPlus, 0.9518902827613129, { relative: 1e-12 });
    expectClose(outcome.state.psiMinus, 0.02405485861934346, { relative: 1e-12 });
    expect(outcome.state.phiMinus).toBe(0);
    const noisy = singleClickHerald({
      brightStatePopulation: 0.3,
      halfLinkEfficiency: 0.9,
      unwantedClickProbability: 0.05,
    });
    expectClose(noisy.successProbability, 0.4943704999999999, { relative: 1e-12 });
    expectClose(noisy.genuineProbability, 0.4437449999999999, { relative: 1e-12 });
    expectClose(noisy.state.phiPlus, 0.7519792847671936, { relative: 1e-12 });
    expectClose(noisy.state.phiMinus, 0.025600991564019307, { relative: 1e-12 });
  });

  it('approaches the leading order as eta -> 0 and differs from it by ~alpha eta / 2 at eta = 0.079', () => {
    const exact = singleClickHerald({ brightStatePopulation: 0.05, halfLinkEfficiency: 1e-7 });
    expectClose(exact.successProbability, 1e-8, { relative: 1e-7 });
    expectClose(exact.state.phiPlus, 0.95, { relative: 1e-7 });
    const atReference = singleClickHerald({ brightStatePopulation: 0.05, halfLinkEfficiency: ETA_HALF });
    expectClose(atReference.successProbability / 7.94328e-3, 1 - (0.05 * ETA_HALF) / 2, { relative: 1e-6 });
  });

  it('visibility dephases Phi+ into Phi-; Gaussian phase noise gives exp(-sigma^2/2)', () => {
    const state = singleClickGenuineState(0, 0.5, 0.8);
    expectClose(state.phiPlus, 0.9);
    expectClose(state.phiMinus, 0.1);
    expectClose(visibilityFromPhaseNoise(0.2), Math.exp(-0.02));
    expect(visibilityFromPhaseNoise(0)).toBe(1);
  });

  it('full link: multiplexing, timing, rate and mean generation time', () => {
    const link = singleClickLink({
      length: kmToMetres(25),
      attenuation: FIBRE_ATTENUATION_1550NM,
      emissionEfficiency: 0.1,
      detectorEfficiency: 0.8,
      brightStatePopulation: 0.05,
      modes: 10,
    });
    expect(link.scheme).toBe('single-click');
    expectClose(link.halfLinkEfficiency, 0.1 * 0.8 * Math.pow(10, -0.25));
    expectClose(link.attemptDuration, 1.25e-4);
    expectClose(link.successProbability, 1 - (1 - link.modeSuccessProbability) ** 10, { relative: 1e-12 });
    expectClose(link.rate, link.successProbability / link.attemptDuration);
    expectClose(link.meanGenerationTime, link.attemptDuration / link.successProbability);
    expect(link.fidelity).toBe(link.state.phiPlus);
    expect(link.quantities.some((q) => q.name === 'brightStatePopulation')).toBe(true);
  });

  it('no heralds at all gives rate 0, infinite generation time and no NaN', () => {
    const link = singleClickLink({
      length: 1e7,
      attenuation: FIBRE_ATTENUATION_1550NM * 10,
      emissionEfficiency: 0.5,
      detectorEfficiency: 0.5,
      brightStatePopulation: 0.1,
    });
    expect(link.successProbability).toBe(0);
    expect(link.rate).toBe(0);
    expect(link.meanGenerationTime).toBe(Infinity);
    expectClose(link.fidelity, 0.9);
  });

  it('fidelity falls and probability rises with alpha; state always normalised', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.001, max: 0.01, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (alpha, step, eta, dark) => {
          const low = singleClickHerald({
            brightStatePopulation: alpha,
            halfLinkEfficiency: eta,
            unwantedClickProbability: dark,
          });
          const high = singleClickHerald({
            brightStatePopulation: alpha + step,
            halfLinkEfficiency: eta,
            unwantedClickProbability: dark,
          });
          const s = low.state;
          expectClose(s.phiPlus + s.psiMinus + s.psiPlus + s.phiMinus, 1, { relative: 1e-12 });
          expect(high.successProbability).toBeGreaterThanOrEqual(low.successProbability);
          if (dark === 0) expect(high.state.phiPlus).toBeLessThanOrEqual(low.state.phiPlus + 1e-12);
        },
      ),
    );
  });

  it('rejects bad input naming the field', () => {
    expect(() => singleClickHerald({ brightStatePopulation: 1.2, halfLinkEfficiency: 0.1 })).toThrow(
      /^brightStatePopulation: /,
    );
    expect(() => singleClickHerald({ brightStatePopulation: 0.1, halfLinkEfficiency: -0.1 })).toThrow(
      /^halfLinkEfficiency: /,
    );
    expect(() =>
      singleClickHerald({ brightStatePopulation: 0.1, halfLinkEfficiency: 0.1, visibility: 2 }),
    ).toThrow(/^visibility: /);
    expect(() => visibilityFromPhaseNoise(-1)).toThrow(/^phaseStandardDeviation: /);
  });
});
