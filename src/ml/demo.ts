/**
 * A runnable small-scale demonstration of the distributed protocol: simulate the reference ansatz,
 * sample S measurement shots with a seeded generator, and compare the estimate with the exact value.
 *
 * Source: distributed-ml.md "Honest small-scale simulation": the estimate's error must shrink as
 * sqrt((1 - F^2) / S) (the standard deviation of a +/-1 outcome with mean F, over S shots).
 * Assumptions: default data x_j = j + 1 (j = 0..2^n - 1); default angles drawn uniformly in [-pi, pi) from
 * the same seeded generator, before the shots; classical bits priced at 32 per number.
 */
import { ParameterError, createRng, requireInRange, requireInteger, type Rng } from '../core/index.js';
import { LedgerBuilder, type CommunicationLedger } from './communication-ledger.js';
import { runAnsatz } from './reference-ansatz.js';
import {
  MAX_SIMULATED_QUBITS,
  expectationZ,
  probabilityOfZero,
  qubitsForLength,
  type StateVector,
} from './state-vector.js';

/** Options of {@link demo}. */
export interface DemoOptions {
  /** Qubits n (integer 1..20); the data has 2^n entries unless `data` is given. */
  readonly qubits: number;
  /** Layers L (integer >= 1). */
  readonly layers: number;
  /** Measurement shots S (integer >= 1). */
  readonly shots: number;
  /** Seed of the generator (integer 0..2^32 - 1). */
  readonly seed: number;
  /** Data x (length 2^(n-1) < N <= 2^n); default x_j = j + 1. */
  readonly data?: readonly number[];
  /** Angles theta[l][k] (L rows of n); default uniform in [-pi, pi) from the seeded generator. */
  readonly angles?: readonly (readonly number[])[];
}

/** Outcome of a demonstration run. */
export interface DemoResult {
  readonly qubits: number;
  readonly layers: number;
  readonly shots: number;
  /** Exact F = <Z_0>. */
  readonly exact: number;
  /** Mean of the S sampled +/-1 outcomes. */
  readonly estimate: number;
  /** estimate - exact. */
  readonly error: number;
  /** sqrt((1 - F^2) / S): the expected size of the error. */
  readonly standardError: number;
  /** Every shot's qubits, hop by hop. */
  readonly ledger: CommunicationLedger;
}

/** S samples of Z on `qubit`: the mean of the +/-1 outcomes. */
export function sampleZ(state: StateVector, qubit: number, shots: number, rng: Rng): number {
  requireInteger('shots', shots, 1);
  const pZero = probabilityOfZero(state, qubit);
  let plus = 0;
  for (let shot = 0; shot < shots; shot++) if (rng.nextFloat() < pZero) plus++;
  return (2 * plus - shots) / shots;
}

/**
 * Runs the protocol: simulate one pass (charging each hop once per shot), sample S shots, compare.
 * @throws ParameterError naming qubits, layers, shots, seed, data or angles.
 */
export function demo(options: DemoOptions): DemoResult {
  const qubits = requireInRange(
    'qubits',
    requireInteger('qubits', options.qubits, 1),
    1,
    MAX_SIMULATED_QUBITS,
  );
  const layers = requireInteger('layers', options.layers, 1);
  const shots = requireInteger('shots', options.shots, 1);
  const rng = createRng(options.seed);
  const data = options.data ?? Array.from({ length: 2 ** qubits }, (_, j) => j + 1);
  const angles =
    options.angles ??
    Array.from({ length: layers }, () =>
      Array.from({ length: qubits }, () => Math.PI * (2 * rng.nextFloat() - 1)),
    );
  if (angles.length !== layers) {
    throw new ParameterError('angles', `must have ${layers} rows, one per layer (got ${angles.length})`);
  }
  if (qubitsForLength(data.length) !== qubits) {
    throw new ParameterError('data', `must need exactly ${qubits} qubits (got ${data.length} entries)`);
  }
  const ledger = new LedgerBuilder(shots);
  const state = runAnsatz(data, angles, (hop, from, to, n) => ledger.charge(hop, from, to, n));
  const exact = expectationZ(state, 0);
  const estimate = sampleZ(state, 0, shots, rng);
  return {
    qubits,
    layers,
    shots,
    exact,
    estimate,
    error: estimate - exact,
    standardError: Math.sqrt(Math.max(0, 1 - exact * exact) / shots),
    ledger: ledger.close(data.length, 32),
  };
}
