/**
 * The `qnet ml` option behind each model and link field, so an error from the cost or time model names the option
 * the user typed (`--eps: must be in (0, 1)`), for `qnet ml` and `qnet ml demo` alike.
 */
import { ParameterError } from '../../core/index.js';

/** The option that sets each model or link field, so messages name what the user typed. */
export const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  dimension: '--n',
  layers: '--layers',
  paramsPerUnitary: '--params',
  epsilon: '--eps',
  delta: '--delta',
  bitsPerNumber: '--bits',
  trainingSteps: '--steps',
  model: '--model',
  graphNodes: '--graph-nodes',
  graphFeatures: '--graph-features',
  margin: '--margin',
  hoeffdingConstant: '--hoeffding-constant',
  shadowConstant: '--shadow-constant',
  shadowEpsilonExponent: '--shadow-epsilon-exponent',
  ebitRate: '--qubit-rate',
  classicalRate: '--classical-rate',
  latency: '--latency-s',
  transport: '--transport',
  schedule: '--schedule',
  preSharedPairs: '--pre-shared-pairs',
  encoding: '--encoding',
  logicalGateTime: '--logical-gate-time-s',
  parallelQpus: '--parallel-qpus',
  classicalFlopRate: '--classical-flops',
  qubits: '--qubits',
  shots: '--shots',
  seed: '--seed',
};

/** Re-throws a model ParameterError under the option name that sets the field. */
export function withOptionNames<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ParameterError && error.field in OPTION_OF_FIELD) {
      throw new ParameterError(OPTION_OF_FIELD[error.field]!, error.problem);
    }
    throw error;
  }
}
