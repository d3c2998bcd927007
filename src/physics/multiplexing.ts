/**
 * Multiplexing: M independent modes (temporal, spectral, spatial or memory slots) tried in one attempt.
 *
 * Model: the attempt succeeds when at least one mode heralds, p_M = 1 - (1 - p)^M (physics.md §1;
 * Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), §VI.B; Simon et al., PRL 98, 190503 (2007)).
 * Computed as -expm1(M log1p(-p)) so that tiny p (1e-12) and large M keep full precision.
 * Assumptions: modes are independent and identical; a success on any mode is usable (at most one pair kept per
 * attempt), and the multiplexing does not lengthen the attempt.
 */
import { requireInteger, requireProbability, type Probability } from '../core/index.js';

/**
 * Probability that at least one of `modes` independent modes heralds in an attempt.
 * Example: p = 1e-3, M = 100 gives 0.095208 (physics.md §1).
 * @param modeProbability success probability of one mode per attempt, in [0, 1]
 * @param modes number of modes, integer >= 1 (default 1)
 * @returns probability in [0, 1]
 */
export function multiplexedSuccessProbability(modeProbability: Probability, modes = 1): Probability {
  requireProbability('modeProbability', modeProbability);
  requireInteger('modes', modes, 1);
  if (modeProbability === 1) return 1;
  return -Math.expm1(modes * Math.log1p(-modeProbability));
}

/**
 * Smallest number of modes that lifts the per-attempt success probability to at least `target`
 * (inverse of {@link multiplexedSuccessProbability}); Infinity when the mode probability is 0.
 * @param modeProbability success probability of one mode, in [0, 1]
 * @param target wanted per-attempt probability, in [0, 1)
 */
export function modesForSuccessProbability(modeProbability: Probability, target: Probability): number {
  requireProbability('modeProbability', modeProbability);
  requireProbability('target', target);
  if (target === 0 || modeProbability === 1) return 1;
  if (target === 1 || modeProbability === 0) return Number.POSITIVE_INFINITY;
  const exact = Math.log1p(-target) / Math.log1p(-modeProbability);
  // Guard against rounding pushing an exact integer ratio up by one.
  const rounded = Math.round(exact);
  const modes = Math.abs(exact - rounded) < 1e-9 * Math.max(1, exact) ? rounded : Math.ceil(exact);
  return Math.max(1, modes);
}
