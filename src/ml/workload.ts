/**
 * A distributed-ML workload and every constant of its cost model, validated and resolved once.
 *
 * Source: Gilboa, Michaeli, Soudry & McClean, "Exponential Quantum Communication Advantage in Distributed
 * Inference and Learning", arXiv 2310.07136 (NeurIPS 2024); the cost model of distributed-ml.md.
 * Assumptions: the paper's theorems are asymptotic and we could not read their constants, so every
 * constant (Hoeffding factor, shadow-tomography factor c_ST and its epsilon exponent, the graph and margin
 * bound constants, bits per number, classical flop counts) is an explicit, overridable option with a
 * stated default. Reports should print {@link workloadAssumptions} next to any number derived from it.
 */
import { ParameterError, requireFinite, requireInteger, requirePositive } from '../core/index.js';

/** The model families of distributed-ml.md. */
export type MlModel = 'deep-unitary' | 'graph-cnn' | 'linear-classifier';

/** Names of the model families, for validation and did-you-mean. */
export const ML_MODELS: readonly MlModel[] = ['deep-unitary', 'graph-cnn', 'linear-classifier'];

/** Default value of every constant of the cost model (see {@link WorkloadOptions} for meanings). */
export const ML_DEFAULTS = {
  bitsPerNumber: 32,
  hoeffdingConstant: 2,
  shadowConstant: 1,
  shadowEpsilonExponent: 4,
  graphFeatures: 1,
  graphClassicalConstant: 1,
  marginQuantumConstant: 1,
  marginClassicalConstant: 1,
  gatesPerParameter: 1,
  classicalFlopsPerParameterAmplitude: 8,
  backpropFlopFactor: 3,
} as const;

/** What a user specifies about a workload; unset constants take {@link ML_DEFAULTS}. */
export interface WorkloadOptions {
  /** Model family; default 'deep-unitary'. */
  readonly model?: MlModel;
  /** Data dimension N (integer >= 2); for 'graph-cnn' it is V x D and may be given as graphNodes instead. */
  readonly dimension?: number;
  /** Layers L (integer >= 1); required for 'deep-unitary', default 1 otherwise. */
  readonly layers?: number;
  /** Trainable parameters per unitary P (integer >= 1); required for 'deep-unitary', default 1 otherwise. */
  readonly paramsPerUnitary?: number;
  /** Target additive precision eps of each estimated expectation, in (0, 1). */
  readonly epsilon: number;
  /** Allowed failure probability delta, in (0, 1). */
  readonly delta: number;
  /** Bits per classical number b (integer >= 1); default 32. */
  readonly bitsPerNumber?: number;
  /** Training steps T (integer >= 1); needed only for training costs. */
  readonly trainingSteps?: number;
  /** Factor c_H of the Hoeffding copy count S = ceil(c_H ln(2/delta) / eps^2); default 2 (outcomes in [-1, 1]). */
  readonly hoeffdingConstant?: number;
  /** Factor c_ST of the shadow-tomography copy count K (unknown in the literature); default 1. */
  readonly shadowConstant?: number;
  /** Exponent of 1/eps in K (Badescu & O'Donnell 2021 give 4); default 4. */
  readonly shadowEpsilonExponent?: number;
  /** 'graph-cnn': graph nodes V (integer >= 1); N = V x D when dimension is not given. */
  readonly graphNodes?: number;
  /** 'graph-cnn': features per node D (integer >= 1); default 1. */
  readonly graphFeatures?: number;
  /** 'graph-cnn': constant c of the classical lower bound c sqrt(N) bits; default 1 (unknown). */
  readonly graphClassicalConstant?: number;
  /** 'linear-classifier': margin gamma in (0, 1]. */
  readonly margin?: number;
  /** 'linear-classifier': constant of the quantum lower bound sqrt(N / max(1, ceil(gamma N)))); default 1. */
  readonly marginQuantumConstant?: number;
  /** 'linear-classifier': constant of the classical upper bound min(N, 1/gamma^2) bits; default 1. */
  readonly marginClassicalConstant?: number;
  /** Logical gates per trainable parameter in one application of a unitary; default 1. */
  readonly gatesPerParameter?: number;
  /** Classical flops to apply one parameterised gate to one amplitude (complex 2x2 update); default 8. */
  readonly classicalFlopsPerParameterAmplitude?: number;
  /** Flops of a backward-plus-forward pass over a forward pass (the usual rule of thumb); default 3. */
  readonly backpropFlopFactor?: number;
}

/** A validated workload with every constant filled in. Build with {@link resolveWorkload}. */
export interface ResolvedWorkload {
  readonly model: MlModel;
  /** Data dimension N. */
  readonly dimension: number;
  readonly layers: number;
  readonly paramsPerUnitary: number;
  readonly epsilon: number;
  readonly delta: number;
  readonly bitsPerNumber: number;
  /** Training steps T, or undefined when not given. */
  readonly trainingSteps: number | undefined;
  readonly hoeffdingConstant: number;
  readonly shadowConstant: number;
  readonly shadowEpsilonExponent: number;
  /** Graph features D ('graph-cnn'; 1 otherwise). */
  readonly graphFeatures: number;
  readonly graphClassicalConstant: number;
  /** Margin gamma ('linear-classifier'), or undefined. */
  readonly margin: number | undefined;
  readonly marginQuantumConstant: number;
  readonly marginClassicalConstant: number;
  readonly gatesPerParameter: number;
  readonly classicalFlopsPerParameterAmplitude: number;
  readonly backpropFlopFactor: number;
}

/** Requires a finite number strictly between 0 and 1 (epsilon, delta). */
export function requireOpenUnitInterval(field: string, value: number): number {
  requireFinite(field, value);
  if (!(value > 0 && value < 1)) throw new ParameterError(field, `must be > 0 and < 1 (got ${value})`);
  return value;
}

function resolveDimension(options: WorkloadOptions, model: MlModel, graphFeatures: number): number {
  const { dimension, graphNodes } = options;
  if (model === 'graph-cnn' && graphNodes !== undefined) {
    requireInteger('graphNodes', graphNodes, 1);
    const product = graphNodes * graphFeatures;
    if (dimension !== undefined && dimension !== product) {
      throw new ParameterError(
        'dimension',
        `must equal graphNodes x graphFeatures = ${product} (got ${dimension})`,
      );
    }
    if (product < 2 || product > 2 ** 53) {
      throw new ParameterError(
        'graphNodes',
        `graphNodes x graphFeatures must be in [2, 2^53] (got ${product})`,
      );
    }
    return product;
  }
  requireInteger('dimension', dimension as number, 2);
  if (dimension! > 2 ** 53) {
    throw new ParameterError('dimension', `must be <= 2^53 (got ${dimension})`);
  }
  return dimension!;
}

/**
 * Validates a workload and fills in every default once, so that the cost functions take no options.
 * @throws ParameterError naming the field: dimension (integer >= 2), layers (integer >= 1),
 *   paramsPerUnitary (integer >= 1), epsilon and delta (in (0, 1)), bitsPerNumber (integer >= 1),
 *   trainingSteps (integer >= 1), margin (in (0, 1], required for 'linear-classifier'), constants (> 0).
 */
export function resolveWorkload(options: WorkloadOptions): ResolvedWorkload {
  const model = options.model ?? 'deep-unitary';
  if (!ML_MODELS.includes(model)) {
    throw new ParameterError('model', `must be one of ${ML_MODELS.join(', ')} (got ${String(model)})`);
  }
  const layersDefault = model === 'deep-unitary' ? undefined : 1;
  const layers = requireInteger('layers', (options.layers ?? layersDefault) as number, 1);
  const paramsPerUnitary = requireInteger(
    'paramsPerUnitary',
    (options.paramsPerUnitary ?? layersDefault) as number,
    1,
  );
  const graphFeatures = requireInteger(
    'graphFeatures',
    options.graphFeatures ?? ML_DEFAULTS.graphFeatures,
    1,
  );
  const dimension = resolveDimension(options, model, model === 'graph-cnn' ? graphFeatures : 1);
  if (model === 'graph-cnn' && graphFeatures > dimension) {
    throw new ParameterError('graphFeatures', `must be <= dimension ${dimension} (got ${graphFeatures})`);
  }
  let margin: number | undefined;
  if (model === 'linear-classifier') {
    margin = requirePositive('margin', options.margin as number);
    if (margin > 1) throw new ParameterError('margin', `must be <= 1 (got ${margin})`);
  }
  const trainingSteps =
    options.trainingSteps === undefined
      ? undefined
      : requireInteger('trainingSteps', options.trainingSteps, 1);
  const positive = (field: keyof typeof ML_DEFAULTS): number =>
    requirePositive(field, options[field] ?? ML_DEFAULTS[field]);
  return {
    model,
    dimension,
    layers,
    paramsPerUnitary,
    epsilon: requireOpenUnitInterval('epsilon', options.epsilon),
    delta: requireOpenUnitInterval('delta', options.delta),
    bitsPerNumber: requireInteger('bitsPerNumber', options.bitsPerNumber ?? ML_DEFAULTS.bitsPerNumber, 1),
    trainingSteps,
    hoeffdingConstant: positive('hoeffdingConstant'),
    shadowConstant: positive('shadowConstant'),
    shadowEpsilonExponent: positive('shadowEpsilonExponent'),
    graphFeatures: model === 'graph-cnn' ? graphFeatures : 1,
    graphClassicalConstant: positive('graphClassicalConstant'),
    margin,
    marginQuantumConstant: positive('marginQuantumConstant'),
    marginClassicalConstant: positive('marginClassicalConstant'),
    gatesPerParameter: positive('gatesPerParameter'),
    classicalFlopsPerParameterAmplitude: positive('classicalFlopsPerParameterAmplitude'),
    backpropFlopFactor: positive('backpropFlopFactor'),
  };
}

/** The same workload at another dimension N (used by crossover searches and tables). */
export function withDimension(workload: ResolvedWorkload, dimension: number): ResolvedWorkload {
  return resolveWorkload({ ...workload, graphNodes: undefined, dimension });
}

/** One line per constant of the model, for reports: the paper's constants are unknown, ours are stated. */
export function workloadAssumptions(workload: ResolvedWorkload): readonly string[] {
  const w = workload;
  const lines = [
    `model ${w.model}: N = ${w.dimension}, L = ${w.layers}, P = ${w.paramsPerUnitary}, eps = ${w.epsilon}, delta = ${w.delta}`,
    `b = ${w.bitsPerNumber} bits per classical number`,
    `copies per expectation S = ceil(${w.hoeffdingConstant} ln(2/delta) / eps^2) (Hoeffding)`,
    `shadow tomography K = ceil(${w.shadowConstant} log2(max(P,2))^2 log2(2N) ln(2L/delta) / eps^${w.shadowEpsilonExponent}) (c_ST unknown; Badescu & O'Donnell 2021 scaling)`,
    `${w.gatesPerParameter} logical gate(s) per parameter; classical ${w.classicalFlopsPerParameterAmplitude} flops per parameter per amplitude, backprop x${w.backpropFlopFactor}`,
  ];
  if (w.model === 'graph-cnn') {
    lines.push(
      `graph: D = ${w.graphFeatures} features, classical lower bound ${w.graphClassicalConstant} sqrt(N) bits`,
    );
  }
  if (w.model === 'linear-classifier') {
    lines.push(
      `margin gamma = ${w.margin}: quantum >= ${w.marginQuantumConstant} sqrt(N / max(1, ceil(gamma N))) qubits, classical <= ${w.marginClassicalConstant} min(N, 1/gamma^2) bits`,
    );
  }
  return lines;
}
