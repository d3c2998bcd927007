import { describe, expect, it } from 'vitest';
import {
  ParameterError,
  requireFinite,
  requireInRange,
  requireInteger,
  requireNonNegative,
  requirePositive,
  requirePositiveOrInfinite,
  requireProbability,
} from '../../src/core/index.js';

describe('parameter guards', () => {
  it('return valid values unchanged', () => {
    expect(requireFinite('x', -2.5)).toBe(-2.5);
    expect(requirePositive('x', 1e-300)).toBe(1e-300);
    expect(requireNonNegative('x', 0)).toBe(0);
    expect(requireProbability('p', 1)).toBe(1);
    expect(requireInRange('x', 5, 5, 6)).toBe(5);
    expect(requireInteger('n', 3, 1)).toBe(3);
    expect(requirePositiveOrInfinite('t2S', Infinity)).toBe(Infinity);
  });

  it('name the field and the rule in the error', () => {
    expect(() => requirePositive('lengthKm', -3)).toThrow('lengthKm: must be > 0 (got -3)');
    expect(() => requireNonNegative('timeS', -1)).toThrow('timeS: must be >= 0');
    expect(() => requireProbability('fidelity', 1.2)).toThrow('fidelity: must be between 0 and 1 (got 1.2)');
    expect(() => requireInteger('rounds', 2.5, 0)).toThrow('rounds: must be an integer >= 0 (got 2.5)');
    expect(() => requireFinite('x', NaN)).toThrow('x: must be a finite number (got NaN)');
    expect(() => requirePositive('x', Infinity)).toThrow(ParameterError);
    expect(() => requirePositiveOrInfinite('t2S', 0)).toThrow('t2S: must be > 0');
  });

  it('carries field and problem on the error object', () => {
    try {
      requirePositive('edges[3].lengthKm', 0);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParameterError);
      expect((error as ParameterError).field).toBe('edges[3].lengthKm');
      expect((error as ParameterError).problem).toBe('must be > 0 (got 0)');
    }
  });
});
