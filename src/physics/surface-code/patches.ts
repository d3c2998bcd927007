/**
 * Physical qubits per logical qubit of a surface-code patch of distance d.
 *
 * - 'unrotated' planar code: (2d - 1)^2 = d^2 data + (d - 1)^2 data + 2d(d - 1) measure qubits
 *   (Fowler et al., PRA 86, 032324 (2012), Fig. 1 layout; the N column of Devitt et al. 2016, Table 1).
 * - 'rotated' code: d^2 data + (d^2 - 1) measure qubits = 2d^2 - 1 (Horsman et al., NJP 14, 123011 (2012);
 *   Tomita & Svore, PRA 90, 062320 (2014)).
 * Assumption: one physical qubit per site, no extra ancillas for leakage reduction or flags.
 */
import { ParameterError, requireInteger } from '../../core/index.js';

/** Surface-code patch layout. */
export type PatchLayout = 'unrotated' | 'rotated';

/** The patch layouts, for validation and UIs. */
export const PATCH_LAYOUTS: readonly PatchLayout[] = ['unrotated', 'rotated'];

/**
 * Physical qubits per logical qubit: (2d - 1)^2 (unrotated, default) or 2d^2 - 1 (rotated).
 * @param codeDistance integer d >= 1.
 * @throws ParameterError naming `codeDistance` or `layout`.
 */
export function physicalQubitsPerLogical(codeDistance: number, layout: PatchLayout = 'unrotated'): number {
  requireInteger('codeDistance', codeDistance, 1);
  if (layout === 'unrotated') return (2 * codeDistance - 1) ** 2;
  if (layout === 'rotated') return 2 * codeDistance * codeDistance - 1;
  throw new ParameterError('layout', `must be one of ${PATCH_LAYOUTS.join(', ')} (got "${String(layout)}")`);
}
