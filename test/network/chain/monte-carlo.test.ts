/**
 * The exact recursion against an independent seeded Monte Carlo of the same protocol
 * (chain-monte-carlo.ts): means of the waiting time and of the delivered Werner parameter must agree within
 * 4 standard errors, and the simulated CDF at the exact quantiles within 4 binomial standard errors.
 */
import { describe, expect, it } from 'vitest';
import { chainWaitingTime } from '../../../src/network/chain/index.js';
import { simulateChain, type ChainSimulationOptions } from './chain-monte-carlo.js';

const SAMPLES = 20_000;
const cases: { name: string; options: ChainSimulationOptions }[] = [
  {
    name: '2 segments, p_s < 1, decoherence',
    options: { segments: 2, pGen: 0.1, pSwap: 0.5, werner0: 0.95, coherenceAttempts: 50 },
  },
  {
    name: '4 segments, p_s < 1, decoherence and cut-off',
    options: { segments: 4, pGen: 0.2, pSwap: 0.7, werner0: 0.95, coherenceAttempts: 50, cutoffAttempts: 10 },
  },
  {
    name: '8 segments, short cut-off',
    options: { segments: 8, pGen: 0.3, pSwap: 0.6, werner0: 0.98, coherenceAttempts: 200, cutoffAttempts: 5 },
  },
  {
    name: '16 segments, p = 0.1, p_s = 0.5, decoherence',
    options: { segments: 16, pGen: 0.1, pSwap: 0.5, werner0: 1, coherenceAttempts: 1000 },
  },
  {
    name: '2 segments, cut-off of one attempt',
    options: { segments: 2, pGen: 0.5, pSwap: 0.5, werner0: 1, coherenceAttempts: 3, cutoffAttempts: 1 },
  },
];

describe('exact chain distribution against Monte Carlo', () => {
  cases.forEach(({ name, options }, index) => {
    it(name, () => {
      const exact = chainWaitingTime(options);
      const simulated = simulateChain(options, SAMPLES, 1000 + index);
      expect(Math.abs(exact.meanAttempts - simulated.meanAttempts)).toBeLessThan(
        4 * simulated.meanAttemptsError,
      );
      const wernerTolerance = Math.max(4 * simulated.meanWernerError, 1e-12);
      expect(Math.abs(exact.meanWerner - simulated.meanWerner)).toBeLessThan(wernerTolerance);
      for (const { probability, attempts } of exact.quantiles) {
        let below = 0;
        for (const value of simulated.attempts) if (value <= attempts) below++;
        // Pr(T <= quantile) >= q exactly; the discrete jump at the quantile can add up to pmf[quantile].
        const upper = probability + exact.pmf[attempts]!;
        const error = 4 * Math.sqrt((probability * (1 - probability)) / SAMPLES);
        expect(below / SAMPLES).toBeGreaterThan(probability - error);
        expect(below / SAMPLES).toBeLessThan(upper + error);
      }
    });
  });
});
