/**
 * Seeded pseudo-random numbers. Every random draw in qnet-planner goes through an {@link Rng} created
 * from the scenario's seed, so identical inputs and seeds give identical results (no Math.random).
 * Backed by pure-rand's xoroshiro128+ (period 2^128 - 1), with 53-bit uniform doubles.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { requireInRange, requireInteger } from './validate.js';

/** A stateful seeded generator. Not shared between runs: create one per run from its seed. */
export interface Rng {
  /** Uniform double in [0, 1). */
  nextFloat(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  nextInt(min: number, max: number): number;
  /** Geometric number of Bernoulli(p) trials up to and including the first success (>= 1). */
  nextGeometric(p: number): number;
}

/** Largest accepted seed: seeds are unsigned 32-bit integers, the generator's native seed width. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * Creates a generator from a seed in [0, 2^32 - 1].
 * @throws ParameterError when the seed is not an integer in that range.
 */
export function createRng(seed: number): Rng {
  requireInteger('seed', seed, 0);
  requireInRange('seed', seed, 0, MAX_SEED);
  const generator = xoroshiro128plus(seed | 0);
  return {
    nextFloat: () => uniformFloat64(generator),
    nextInt: (min, max) => uniformInt(generator, min, max),
    nextGeometric(p) {
      if (p >= 1) return 1;
      // Inversion: ceil(ln U / ln(1-p)) with U in (0, 1]; log1p keeps precision for tiny p.
      const u = 1 - uniformFloat64(generator);
      return Math.max(1, Math.ceil(Math.log(u) / Math.log1p(-p)));
    },
  };
}
