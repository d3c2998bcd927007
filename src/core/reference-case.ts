/**
 * The shape of a reference case for `qnet verify`: a published or independently computed value, the
 * model's value for the same inputs, and the tolerance it must meet. Each layer exports its own list;
 * the CLI runs them all and prints case, expected, model, relative error, pass/fail.
 */
import type { Tolerance } from './numeric.js';

/** One check of a model against a known value. */
export interface ReferenceCase {
  /** Stable identifier, e.g. `fibre.transmissivity.50km`. */
  readonly id: string;
  /** Area of the model, used to group the table (e.g. `propagation`, `purification`). */
  readonly group: string;
  /** What is checked, in words. */
  readonly description: string;
  /** Where the expected value comes from: paper and equation, or "computed from <formula>". */
  readonly source: string;
  /** The expected value. */
  readonly expected: number;
  /** Unit of the value, or '' for dimensionless. */
  readonly unit: string;
  /** Tolerance the model must meet (default relative 1e-6). */
  readonly tolerance?: Tolerance;
  /** Computes the model's value; pure and fast. */
  readonly compute: () => number;
}
