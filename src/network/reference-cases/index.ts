/**
 * Every network-layer reference case for `qnet verify`: repeater-chain waiting times, path analysis of routes, repeater generations and
 * the sneakernet (Devitt et al. 2016 Table 1, Qualtran code distances).
 */
import type { ReferenceCase } from '../../core/index.js';
import { chainReferenceCases } from './chain.js';
import { generationsReferenceCases } from './generations.js';
import { PATH_ANALYSIS_REFERENCE_CASES } from '../path-analysis/index.js';
import { SNEAKERNET_REFERENCE_CASES } from './sneakernet.js';

export const NETWORK_REFERENCE_CASES: readonly ReferenceCase[] = [
  ...chainReferenceCases,
  ...generationsReferenceCases,
  ...PATH_ANALYSIS_REFERENCE_CASES,
  ...SNEAKERNET_REFERENCE_CASES,
];
