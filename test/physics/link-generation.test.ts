import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/index.js';
import { FIBRE_ATTENUATION_1550NM, FIBRE_ATTENUATION_854NM } from '../../src/physics/fibre.js';
import { generateElementaryLink, type LinkRequest } from '../../src/physics/link-generation.js';

const BASE = {
  attenuation: FIBRE_ATTENUATION_1550NM,
  emissionEfficiency: 0.3,
  detectorEfficiency: 0.9,
  darkCountRate: 10,
  detectionWindow: 1e-8,
  cycleTime: 1e-6,
} as const;

const requests = (length: number): LinkRequest[] => [
  { scheme: 'single-click', ...BASE, length, brightStatePopulation: 0.05 },
  { scheme: 'double-click', ...BASE, length },
  { scheme: 'midpoint-source', ...BASE, length, meanPairNumber: 0.05, modes: 10 },
];

describe('generateElementaryLink', () => {
  it('dispatches on the scheme', () => {
    for (const request of requests(1000)) expect(generateElementaryLink(request).scheme).toBe(request.scheme);
  });

  it('no NaN, probabilities in [0, 1] and a valid state for lengths 0..1e7 m and any attenuation', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.constantFrom(FIBRE_ATTENUATION_1550NM, FIBRE_ATTENUATION_854NM),
        (length, attenuation) => {
          for (const request of requests(length)) {
            const link = generateElementaryLink({ ...request, attenuation });
            for (const value of [link.successProbability, link.modeSuccessProbability, link.fidelity]) {
              expect(Number.isNaN(value)).toBe(false);
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
            expect(Number.isNaN(link.rate)).toBe(false);
            expect(Number.isNaN(link.meanGenerationTime)).toBe(false);
            const s = link.state;
            expect(Math.abs(s.phiPlus + s.psiMinus + s.psiPlus + s.phiMinus - 1)).toBeLessThan(1e-12);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rate decreases with length for every scheme', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5e5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (length, extra) => {
          const short = requests(length).map((r) => generateElementaryLink(r).rate);
          const long = requests(length + extra).map((r) => generateElementaryLink(r).rate);
          short.forEach((rate, index) => expect(long[index]!).toBeLessThanOrEqual(rate));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('unknown scheme throws a ParameterError naming scheme with a suggestion', () => {
    const bad = { ...BASE, length: 1, scheme: 'single-clik' } as unknown as LinkRequest;
    expect(() => generateElementaryLink(bad)).toThrow(ParameterError);
    expect(() => generateElementaryLink(bad)).toThrow(
      /^scheme: unknown scheme "single-clik".*did you mean "single-click"/,
    );
  });
});
