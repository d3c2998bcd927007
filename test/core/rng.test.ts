import { describe, expect, it } from 'vitest';
import { createRng, MAX_SEED } from '../../src/core/index.js';

describe('seeded generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng.nextFloat());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniform floats in [0, 1) with the right mean', () => {
    const rng = createRng(7);
    let sum = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    // Mean of U(0,1) is 1/2 with standard error sqrt(1/12/n) ~ 0.002; allow 5 standard errors.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.0102);
  });

  it('draws geometric numbers of attempts with mean 1/p', () => {
    const rng = createRng(1);
    const p = 0.05;
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const k = rng.nextGeometric(p);
      expect(Number.isInteger(k) && k >= 1).toBe(true);
      sum += k;
    }
    // Standard deviation sqrt(1-p)/p ~ 19.5, standard error ~ 0.138; allow 5 standard errors around 20.
    expect(Math.abs(sum / n - 1 / p)).toBeLessThan(0.7);
    expect(rng.nextGeometric(1)).toBe(1);
  });

  it('draws integers within inclusive bounds', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(rng.nextInt(2, 4));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  it('rejects seeds outside [0, 2^32 - 1]', () => {
    expect(() => createRng(-1)).toThrow('seed');
    expect(() => createRng(1.5)).toThrow('seed: must be an integer');
    expect(() => createRng(MAX_SEED + 1)).toThrow('seed: must be between 0 and 4294967295');
    expect(() => createRng(MAX_SEED)).not.toThrow();
  });
});
