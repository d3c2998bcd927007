import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnreachableError, kmToMetres } from '../../src/core/index.js';
import { doubleClickLink } from '../../src/physics/double-click.js';
import { FIBRE_ATTENUATION_1550NM } from '../../src/physics/fibre.js';
import { SAHU_DOUBLE_CLICK_EXAMPLE } from '../../src/physics/reference-cases/links.js';
import {
  noisyHeraldFidelity,
  requireTransducerNoiseLimit,
  transducedLink,
  transducerAttemptRateLimit,
  transducerFalseHeraldEstimate,
  transducerNoiseLimit,
  type TransducedLinkRequest,
} from '../../src/physics/transduction.js';
import { expectClose } from '../support/close.js';

const OPTICS = {
  length: kmToMetres(10),
  attenuation: FIBRE_ATTENUATION_1550NM,
  emissionEfficiency: 1,
  detectorEfficiency: 0.9,
} as const;

describe('transduction', () => {
  it('Sahu et al. 2022 numbers (8.7 %, 0.16 photons) on a 10 km double-click link match the Fock-space check', () => {
    const link = transducedLink(SAHU_DOUBLE_CLICK_EXAMPLE);
    expectClose(link.fidelity, 0.564484813503229, { relative: 1e-12 });
    expectClose(link.successProbability, 0.004522246284699101, { relative: 1e-12 });
    expectClose(link.genuineHeraldProbability, 0.0018962370392790228, { relative: 1e-12 });
    expectClose(link.noisePhotonsPerDetector, 0.16 * 0.087 * Math.pow(10, -0.1) * 0.9);
    expectClose(link.halfLinkEfficiency, 0.087 * Math.pow(10, -0.1) * 0.9);
    expect(link.fidelity).toBeGreaterThan(0.5);
  });

  it('single-click with Sahu numbers, alpha = 0.1, matches the Fock-space check', () => {
    const link = transducedLink({
      link: { scheme: 'single-click', ...OPTICS, brightStatePopulation: 0.1 },
      transducer: { efficiency: 0.087, addedNoisePhotons: 0.16 },
    });
    expectClose(link.successProbability, 0.03154875422335074, { relative: 1e-12 });
    expectClose(link.fidelity, 0.504063096214442, { relative: 1e-12 });
  });

  it('a noiseless transducer only scales the efficiency', () => {
    const transduced = transducedLink({
      link: { scheme: 'double-click', ...OPTICS },
      transducer: { efficiency: 0.25, addedNoisePhotons: 0 },
    });
    const plain = doubleClickLink({ ...OPTICS, conversionEfficiency: 0.25 });
    expect(transduced.successProbability).toBe(plain.successProbability);
    expect(transduced.fidelity).toBe(1);
  });

  it('small noise reproduces F = (p_sig F0 + p_noise/4)/(p_sig + p_noise) with p_noise ~ n eta_down per transducer', () => {
    const request: TransducedLinkRequest = {
      link: { scheme: 'single-click', ...OPTICS, length: kmToMetres(100), brightStatePopulation: 0.05 },
      transducer: { efficiency: 0.1, addedNoisePhotons: 1e-3 },
    };
    const link = transducedLink(request);
    const noiseless = transducedLink({ ...request, transducer: { efficiency: 0.1, addedNoisePhotons: 0 } });
    const downstream = 0.1 * Math.pow(10, -1) * 0.9; // eta_t x fibre(50 km) x detector
    const estimate = noisyHeraldFidelity(
      noiseless.successProbability,
      noiseless.fidelity,
      transducerFalseHeraldEstimate(1e-3, downstream, 2),
    );
    expectClose(link.fidelity, estimate, { relative: 2e-3 });
  });

  it('noisyHeraldFidelity: limits and the brief formula', () => {
    expectClose(noisyHeraldFidelity(0.01, 1, 0.01), 0.625);
    expect(noisyHeraldFidelity(0, 0.9, 0)).toBe(0.9);
    expectClose(noisyHeraldFidelity(0, 0.9, 0.1), 0.25);
  });

  it('caps the attempt rate at bandwidth x duty cycle', () => {
    expect(transducerAttemptRateLimit()).toBe(Infinity);
    expectClose(transducerAttemptRateLimit(1e6, 1e-3), 1e3);
    const link = transducedLink({
      link: { scheme: 'double-click', ...OPTICS },
      transducer: { efficiency: 0.087, addedNoisePhotons: 0.16, bandwidth: 1e6, dutyCycle: 1e-3 },
    });
    expectClose(link.attemptDuration, 1e-3);
    expectClose(link.rate, link.successProbability / 1e-3);
    expect(link.attemptRateLimit).toBe(1e3);
  });

  it('noise limit for F = 1/2: double-click 0.2275 at eta_t 0.087 (below the ~0.5 quoted by Dirnegger 2025)', () => {
    const request: TransducedLinkRequest = {
      link: {
        scheme: 'double-click',
        length: 0,
        attenuation: 0,
        emissionEfficiency: 1,
        detectorEfficiency: 1,
      },
      transducer: { efficiency: 0.087, addedNoisePhotons: 0 },
    };
    const limit = transducerNoiseLimit(request);
    expectClose(limit, 0.227490180085912, { relative: 1e-8 });
    const at = (n: number): number =>
      transducedLink({ ...request, transducer: { efficiency: 0.087, addedNoisePhotons: n } }).fidelity;
    expect(at(limit * 0.99)).toBeGreaterThan(0.5);
    expect(at(limit * 1.01)).toBeLessThan(0.5);
    // lossy optical side: approaches (sqrt 2 - 1) / 2
    const lossy = transducerNoiseLimit({
      ...request,
      transducer: { efficiency: 1e-4, addedNoisePhotons: 0 },
    });
    expectClose(lossy, (Math.SQRT2 - 1) / 2, { relative: 1e-3 });
  });

  it('property: the F = 1/2 noise limit stays below 0.5 photons while eta_half <= 0.5 and grows with efficiency', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 0.45, noNaN: true }),
        fc.double({ min: 1.01, max: 1.1, noNaN: true }),
        fc.double({ min: 0, max: 2e5, noNaN: true }),
        fc.double({ min: 0.01, max: 0.25, noNaN: true }),
        fc.boolean(),
        (efficiency, factor, length, alpha, single) => {
          const optics = {
            length,
            attenuation: FIBRE_ATTENUATION_1550NM,
            emissionEfficiency: 1,
            detectorEfficiency: 1,
          };
          const link: TransducedLinkRequest['link'] = single
            ? { scheme: 'single-click', ...optics, brightStatePopulation: alpha }
            : { scheme: 'double-click', ...optics };
          const limit = transducerNoiseLimit({ link, transducer: { efficiency, addedNoisePhotons: 0 } });
          const better = transducerNoiseLimit({
            link,
            transducer: { efficiency: efficiency * factor, addedNoisePhotons: 0 },
          });
          expect(limit).toBeGreaterThan(0);
          expect(limit).toBeLessThan(0.5);
          expect(better).toBeGreaterThan(limit);
        },
      ),
      { numRuns: 30 },
    );
    // Only a nearly lossless optical side lifts it past 0.5 (independent bisection: eta_half 0.6 -> 0.5376).
    const efficient = transducerNoiseLimit({
      link: {
        scheme: 'double-click',
        length: 0,
        attenuation: 0,
        emissionEfficiency: 1,
        detectorEfficiency: 1,
      },
      transducer: { efficiency: 0.6, addedNoisePhotons: 0 },
    });
    expectClose(efficient, 0.537591906795965, { relative: 1e-8 });
  });

  it('noise limit edge cases: unreachable target gives 0 or throws UnreachableError', () => {
    const request: TransducedLinkRequest = {
      link: { scheme: 'single-click', ...OPTICS, brightStatePopulation: 0.6 },
      transducer: { efficiency: 0.5, addedNoisePhotons: 0 },
    };
    expect(transducerNoiseLimit(request)).toBe(0);
    expect(() => requireTransducerNoiseLimit(request)).toThrow(UnreachableError);
    expect(transducerNoiseLimit(request, 0.2)).toBe(Infinity);
  });

  it('fidelity falls as noise grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        (n, dn) => {
          const at = (noise: number): number =>
            transducedLink({
              ...SAHU_DOUBLE_CLICK_EXAMPLE,
              transducer: { efficiency: 0.087, addedNoisePhotons: noise },
            }).fidelity;
          expect(at(n + dn)).toBeLessThan(at(n));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('midpoint source: transducers in front of the memories add noise at the memories', () => {
    const link = transducedLink({
      link: { scheme: 'midpoint-source', ...OPTICS, meanPairNumber: 0.01 },
      transducer: { efficiency: 0.5, addedNoisePhotons: 0.1 },
    });
    expectClose(link.noisePhotonsPerDetector, 0.1 * 0.5 * 0.9);
    expect(link.fidelity).toBeLessThan(0.99);
  });

  it('rejects bad input naming the field', () => {
    const base = SAHU_DOUBLE_CLICK_EXAMPLE;
    expect(() => transducedLink({ ...base, transducer: { efficiency: 1.2, addedNoisePhotons: 0 } })).toThrow(
      /^transducer.efficiency: /,
    );
    expect(() => transducedLink({ ...base, transducer: { efficiency: 0.1, addedNoisePhotons: -1 } })).toThrow(
      /^transducer.addedNoisePhotons: /,
    );
    expect(() =>
      transducedLink({ ...base, transducer: { efficiency: 0.1, addedNoisePhotons: 0, dutyCycle: 0 } }),
    ).toThrow(/^transducer.dutyCycle: /);
    expect(() =>
      transducedLink({ ...base, transducer: { efficiency: 0.1, addedNoisePhotons: 0, bandwidth: -1 } }),
    ).toThrow(/^transducer.bandwidth: /);
    expect(() => transducerAttemptRateLimit(1e6, 2)).toThrow(/^dutyCycle: /);
    expect(() => transducerNoiseLimit(base, 1.5)).toThrow(/^targetFidelity: /);
  });
});
