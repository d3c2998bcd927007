/**
 * Truncated power series (probability generating functions cut after `length` terms) on Float64Array:
 * the reciprocal by Newton iteration and the product of two series with a common third one, both by FFT.
 *
 * The waiting time of a nesting level is a geometric compound, Pr(T = t) = [z^t] p_s P(z) / (1 - F(z)),
 * so one reciprocal and two products per level are all the recursion needs.
 * Source: Newton iteration for power-series reciprocals, g <- g (2 - d g) doubling the precision each step
 * (Brent & Kung, J. ACM 25, 581 (1978); von zur Gathen & Gerhard, Modern Computer Algebra, §9.1).
 * Assumptions: every operation is exact modulo z^length up to floating-point round-off (~1e-16 relative to
 * the largest coefficient), so no wrap-around (aliasing) error enters: a coefficient at index t depends only
 * on input coefficients at indices <= t.
 */
import { createFftPlan, fftInPlace, multiplyPackedSpectra, nextPowerOfTwo, type FftPlan } from './fft.js';

/** A plan of at least `size`: the caller's when large enough (building tables costs about one transform). */
function planFor(size: number, plan: FftPlan | undefined): FftPlan {
  return plan !== undefined && plan.size >= size ? plan : createFftPlan(size);
}

/**
 * First `length` coefficients of 1/d(z) for a series with d[0] != 0. `plan` (optional) is reused when it
 * covers transforms of nextPowerOfTwo(length).
 * @throws Error when d[0] is 0 (the reciprocal is not a power series; a programming error here).
 */
export function reciprocalSeries(d: ArrayLike<number>, length: number, plan?: FftPlan): Float64Array {
  const constant = d[0] ?? 0;
  if (constant === 0) throw new Error('reciprocalSeries: constant term must be non-zero');
  const full = nextPowerOfTwo(Math.max(1, length));
  const fftPlan = planFor(full, plan);
  const g = new Float64Array(full);
  g[0] = 1 / constant;
  const re = new Float64Array(full);
  const im = new Float64Array(full);
  for (let known = 1; known < full; known *= 2) {
    const size = 2 * known;
    // e = coefficients [known, 2 known) of d g: the cyclic product of size 2 known folds only indices
    // >= 2 known back onto [0, known - 1), so the upper half is exact.
    for (let i = 0; i < size; i++) {
      re[i] = i < d.length ? d[i]! : 0;
      im[i] = i < known ? g[i]! : 0;
    }
    fftInPlace(fftPlan, re, im, size, false);
    multiplyPackedSpectra(re, im, size);
    fftInPlace(fftPlan, re, im, size, true);
    // Now (g mod z^known) * e, whose first `known` coefficients correct g on [known, 2 known).
    for (let i = 0; i < size; i++) {
      im[i] = i < known ? re[known + i]! : 0;
      re[i] = i < known ? g[i]! : 0;
    }
    fftInPlace(fftPlan, re, im, size, false);
    multiplyPackedSpectra(re, im, size);
    fftInPlace(fftPlan, re, im, size, true);
    for (let i = 0; i < known; i++) g[known + i] = -re[i]!;
  }
  return length === full ? g : g.slice(0, length);
}

/**
 * First `length` coefficients of x(z) g(z) and y(z) g(z) for real series x, y, g, with three transforms:
 * (x + i y) g has real part x g and imaginary part y g because g is real. `plan` (optional) is reused when
 * it covers transforms of nextPowerOfTwo(2 length - 1).
 */
export function multiplyPairBySeries(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  g: ArrayLike<number>,
  length: number,
  plan?: FftPlan,
): [Float64Array, Float64Array] {
  const size = nextPowerOfTwo(Math.max(1, 2 * length - 1));
  const fftPlan = planFor(size, plan);
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const gRe = new Float64Array(size);
  const gIm = new Float64Array(size);
  for (let i = 0; i < length; i++) {
    re[i] = i < x.length ? x[i]! : 0;
    im[i] = i < y.length ? y[i]! : 0;
    gRe[i] = i < g.length ? g[i]! : 0;
  }
  fftInPlace(fftPlan, re, im, size, false);
  fftInPlace(fftPlan, gRe, gIm, size, false);
  for (let k = 0; k < size; k++) {
    const ar = re[k]!;
    const ai = im[k]!;
    const br = gRe[k]!;
    const bi = gIm[k]!;
    re[k] = ar * br - ai * bi;
    im[k] = ar * bi + ai * br;
  }
  fftInPlace(fftPlan, re, im, size, true);
  return [re.slice(0, length), im.slice(0, length)];
}
