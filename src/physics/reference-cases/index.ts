/**
 * Every physics reference case for `qnet verify`, in table order: propagation, links, transduction, bounds,
 * then swapping, waiting times, memory and purification.
 */
import type { ReferenceCase } from '../../core/index.js';
import { linksReferenceCases } from './links.js';
import { statesReferenceCases } from './states.js';

export const PHYSICS_REFERENCE_CASES: readonly ReferenceCase[] = [
  ...linksReferenceCases,
  ...statesReferenceCases,
];
