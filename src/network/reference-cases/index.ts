/**
 * Every network-layer reference case for `qnet verify`: repeater-chain waiting times, repeater generations and
 * the sneakernet (Devitt et al. 2016 Table 1, Qualtran code distances).
 */
import type { ReferenceCase } from '../../core/index.js';
import { chainReferenceCases } from './chain.js';
import { generationsReferenceCases } from './generations.js';
import { SNEAKERNET_REFERENCE_CASES } from './sneakernet.js';

export const NETWORK_REFERENCE_CASES: readonly ReferenceCase[] = [
  ...chainReferenceCases,
  ...generationsReferenceCases,
  ...SNEAKERNET_REFERENCE_CASES,
];
