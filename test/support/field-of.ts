/**
 * The field a ParameterError names, for tests that check which option or path an error points at; fails the test
 * when the work does not throw a ParameterError.
 */
import { expect } from 'vitest';
import { ParameterError } from '../../src/core/index.js';

/** Runs `work` and returns the `field` of the ParameterError it throws. */
export function parameterErrorField(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ParameterError);
    return (error as ParameterError).field;
  }
  throw new Error('expected a ParameterError');
}
