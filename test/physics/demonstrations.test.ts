import { describe, expect, it } from 'vitest';
import { compareWithDemonstrations } from '../../src/physics/demonstrations.js';
import { expectClose } from '../support/close.js';

describe('comparison with demonstrations', () => {
  const comparisons = compareWithDemonstrations();

  it('reports both numbers for Humphreys 2018 and Hensen 2015 and flags assumed inputs', () => {
    expect(comparisons.map((c) => c.id)).toEqual(['humphreys-2018', 'hensen-2015']);
    for (const comparison of comparisons) {
      expect(comparison.inputs.some((input) => input.status === 'assumed')).toBe(true);
      expect(comparison.inputs.some((input) => input.status === 'sourced')).toBe(true);
      expectClose(comparison.rateRatio, comparison.modelRate / comparison.publishedRate);
      expect(Number.isFinite(comparison.modelRate)).toBe(true);
    }
    expectClose(comparisons[0]!.publishedRate, 39);
    expectClose(comparisons[1]!.publishedRate, 1.1 / 3600);
  });

  it('the implied node efficiency reproduces the published rate at leading order', () => {
    const humphreys = comparisons[0]!;
    const fibreHalf = humphreys.link.halfLinkTransmissivity;
    const impliedP = 2 * 0.1 * humphreys.impliedNodeEfficiency * fibreHalf;
    expectClose(impliedP / humphreys.link.attemptDuration, 39);
    const hensen = comparisons[1]!;
    const eta = hensen.impliedNodeEfficiency * hensen.link.halfLinkTransmissivity;
    expectClose((eta * eta) / 2 / hensen.link.attemptDuration, 1.1 / 3600);
  });
});
