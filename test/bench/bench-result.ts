/**
 * The shape every benchmark module returns, and a timing helper. Benchmarks live here, not in unit tests:
 * timings on a shared 2-core machine are too noisy to assert, so they are printed with their targets.
 */

/** One measured figure. */
export interface BenchResult {
  /** What was measured. */
  readonly name: string;
  /** The figure (e.g. median milliseconds). */
  readonly value: number;
  /** Unit of value and target. */
  readonly unit: string;
  /** The target in the same unit (lower is better), if any. */
  readonly target?: number;
  /** Context: sizes, repetitions, what the figure is a median of. */
  readonly note?: string;
}

/** Median wall-clock milliseconds of `repetitions` runs of `work` after one warm-up run. */
export function medianMilliseconds(work: () => void, repetitions = 5): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}
