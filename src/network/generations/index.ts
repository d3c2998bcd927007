/**
 * Repeater generations: analytic models of first (HEG + HEP), second (HEG + QEC) and third (one-way QEC)
 * generation quantum repeaters and their side-by-side cost comparison after Muralidharan et al.,
 * Sci. Rep. 6, 20463 (2016). Entry point of src/network/generations.
 */
export { compareGenerations, COMPARISON_NOTES } from './compare-generations.js';
export {
  DEFAULT_COUPLING_EFFICIENCY,
  DEFAULT_GATE_ERROR,
  DEFAULT_LOCAL_OPERATION_TIME,
  DEFAULT_TARGET_FIDELITY,
  GENERATIONS_MAX_SEGMENTS,
  resolveGenerationOptions,
  type FirstGenerationOptions,
  type GenerationComparisonOptions,
  type ResolvedGenerationOptions,
  type ResolvedHardware,
  type SecondGenerationOptions,
  type ThirdGenerationOptions,
} from './generation-options.js';
export type {
  CostBasis,
  GenerationComparison,
  GenerationRow,
  GenerationStatus,
  RepeaterGeneration,
} from './generation-types.js';
export {
  accumulatedFlipProbability,
  bb84SecretFraction,
  binaryEntropy,
  codeLogicalErrorProbability,
  costPerKm,
  expectedMaximumAttempts,
} from './generation-formulas.js';
export {
  basisErrorRates,
  firstGenerationLink,
  firstGenerationRow,
  nestedPurification,
  type FirstGenerationInputs,
  type FirstGenerationLink,
  type NestedPurificationOutcome,
} from './first-generation.js';
export {
  codePseudoThreshold,
  physicalQubitError,
  secondGenerationRow,
  STANDARD_CSS_CODES,
  type CssCode,
  type SecondGenerationInputs,
} from './second-generation.js';
export { thirdGenerationRow, type ThirdGenerationInputs } from './third-generation.js';
export {
  completeBlockError,
  majorityVoteError,
  majorityVoteTable,
  parityCodeFailureProbability,
  parityCodeLogicalErrors,
  parityCodeSuccessProbability,
  type ParityCode,
  type ParityCodeLogicalErrors,
} from './parity-code.js';
export { cheapestRow, rowCost } from './row-cost.js';
