import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../src/core/index.js';

describe('did you mean', () => {
  it('computes edit distances', () => {
    expect(editDistance('tokio', 'tokyo')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the closest candidate, case-insensitively, within a limit', () => {
    expect(didYouMean('tokio', ['seattle', 'tokyo', 'osaka'])).toBe(' (did you mean "tokyo"?)');
    expect(closestMatch('LENGTHKM', ['lengthKm', 'attenuationDbPerKm'])).toBe('lengthKm');
    expect(didYouMean('amsterdam', ['tokyo', 'seattle'])).toBe('');
    expect(closestMatch('x', [])).toBeUndefined();
  });
});
