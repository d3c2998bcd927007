/**
 * Nested repeater chains: exact waiting-time distribution and delivered fidelity (Brand, Coopmans &
 * Elkouss, IEEE JSAC 38, 619 (2020)), memory cut-offs (Li, Coopmans & Elkouss, arXiv:2005.06859) and the
 * closed-form means used to cross-check them. Entry point of src/network/chain.
 */
export { chainWaitingTime, type ChainWaitingTimeResult } from './chain-waiting-time.js';
export { MAX_EXACT_BINS, MIN_CUTOFF_STEPS } from './chain-grid.js';
export {
  DEFAULT_QUANTILE_LEVELS,
  DEFAULT_TRUNCATION_EPSILON,
  MAX_SEGMENTS,
  type ChainWaitingTimeOptions,
} from './chain-options.js';
export type { ChainQuantile } from './distribution-summary.js';
export {
  deterministicSwapMeanAttempts,
  sangouardMeanAttempts,
  twoSegmentMeanAttempts,
  twoSegmentMeanWerner,
} from './closed-forms.js';
