/**
 * Radix-2 fast Fourier transform on Float64Array pairs (real part, imaginary part), and the exact-length
 * real convolution built on it. Used by the repeater-chain waiting-time recursion, where every nesting
 * level needs products of probability generating functions truncated at a few 10^4 to 10^5 terms.
 *
 * Source: Cooley & Tukey, Math. Comp. 19, 297 (1965), iterative decimation-in-time form with bit-reversed
 * input order (Press et al., Numerical Recipes, 3rd ed., §12.2).
 * Assumptions: lengths are powers of two; twiddle factors are taken from one table computed with
 * Math.cos/Math.sin (never by recurrence, whose rounding error grows with the length), so the round-off of
 * a convolution is about 1e-16 times the largest input magnitude times log2(length).
 */

/** Twiddle-factor table for transforms of length up to `size` (a power of two). */
export interface FftPlan {
  /** Largest transform length this plan serves (a power of two >= 1). */
  readonly size: number;
  /** cos(2 pi k / size) for k in [0, size/2). */
  readonly cosTable: Float64Array;
  /** sin(2 pi k / size) for k in [0, size/2). */
  readonly sinTable: Float64Array;
}

/** True when n is a positive integer power of two (1, 2, 4, ...). */
export function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0 && n <= 2 ** 30;
}

/** Smallest power of two >= n (n >= 1; at most 2^30). */
export function nextPowerOfTwo(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

/**
 * Builds the twiddle table for transforms of length `size` and every smaller power of two.
 * @throws Error when size is not a power of two (a programming error, not user input).
 */
export function createFftPlan(size: number): FftPlan {
  if (!isPowerOfTwo(size)) throw new Error(`FFT size must be a power of two (got ${size})`);
  const half = Math.max(1, size / 2);
  const quarter = size / 4;
  const cosTable = new Float64Array(half);
  const sinTable = new Float64Array(half);
  // One cosine per entry of the first quarter wave; the rest follows by exact symmetries, 4x fewer calls.
  const quarterWave = new Float64Array(Math.floor(quarter) + 1);
  for (let k = 0; k <= quarter; k++) quarterWave[k] = Math.cos((2 * Math.PI * k) / size);
  for (let k = 0; k < half; k++) {
    if (size < 4) {
      cosTable[k] = Math.cos((2 * Math.PI * k) / size);
      sinTable[k] = Math.sin((2 * Math.PI * k) / size);
    } else if (k <= quarter) {
      cosTable[k] = quarterWave[k]!;
      sinTable[k] = quarterWave[quarter - k]!;
    } else {
      cosTable[k] = -quarterWave[half - k]!;
      sinTable[k] = quarterWave[k - quarter]!;
    }
  }
  return { size, cosTable, sinTable };
}

/**
 * In-place discrete Fourier transform of the first `length` entries of (re, im):
 * forward X_k = sum_j x_j e^(-2 pi i j k / length); inverse includes the 1/length factor.
 * `length` must be a power of two dividing plan.size.
 */
export function fftInPlace(
  plan: FftPlan,
  re: Float64Array,
  im: Float64Array,
  length: number,
  inverse: boolean,
): void {
  if (!isPowerOfTwo(length) || length > plan.size) {
    throw new Error(`FFT length ${length} must be a power of two <= plan size ${plan.size}`);
  }
  // Bit-reversal permutation.
  for (let i = 1, j = 0; i < length; i++) {
    let bit = length >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const tr = re[i]!;
      re[i] = re[j]!;
      re[j] = tr;
      const ti = im[i]!;
      im[i] = im[j]!;
      im[j] = ti;
    }
  }
  const { cosTable, sinTable } = plan;
  const sign = inverse ? 1 : -1;
  // Blocks outermost keeps memory access sequential: four times faster than twiddle-outermost at 2^16.
  for (let span = 2; span <= length; span *= 2) {
    const half = span / 2;
    const stride = plan.size / span;
    for (let block = 0; block < length; block += span) {
      for (let j = 0, k = 0; j < half; j++, k += stride) {
        const wr = cosTable[k]!;
        const wi = sign * sinTable[k]!;
        const even = block + j;
        const odd = even + half;
        const xr = re[odd]!;
        const xi = im[odd]!;
        const vr = xr * wr - xi * wi;
        const vi = xr * wi + xi * wr;
        const ur = re[even]!;
        const ui = im[even]!;
        re[even] = ur + vr;
        im[even] = ui + vi;
        re[odd] = ur - vr;
        im[odd] = ui - vi;
      }
    }
  }
  if (inverse) {
    const scale = 1 / length;
    for (let i = 0; i < length; i++) {
      re[i] = re[i]! * scale;
      im[i] = im[i]! * scale;
    }
  }
}

/** Below this output length a direct O(n m) product is faster than three transforms. */
const DIRECT_CONVOLUTION_LIMIT = 64;

/**
 * First `outputLength` coefficients of the linear convolution (a * b)[t] = sum_s a[s] b[t - s]
 * of two real sequences (the product of their generating functions, truncated).
 */
export function convolveReal(a: ArrayLike<number>, b: ArrayLike<number>, outputLength: number): Float64Array {
  const usedA = Math.min(a.length, outputLength);
  const usedB = Math.min(b.length, outputLength);
  const result = new Float64Array(outputLength);
  if (usedA === 0 || usedB === 0) return result;
  if (outputLength <= DIRECT_CONVOLUTION_LIMIT) {
    for (let i = 0; i < usedA; i++) {
      const ai = a[i]!;
      if (ai === 0) continue;
      for (let j = 0; j < usedB && i + j < outputLength; j++) result[i + j] = result[i + j]! + ai * b[j]!;
    }
    return result;
  }
  // Pack a + i b into one complex transform; the two spectra separate by Hermitian symmetry.
  // Inputs cut to outputLength give a linear product shorter than 2 outputLength: no cyclic wrap-around.
  const size = nextPowerOfTwo(usedA + usedB - 1);
  const plan = createFftPlan(size);
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let i = 0; i < usedA; i++) re[i] = a[i]!;
  for (let i = 0; i < usedB; i++) im[i] = b[i]!;
  fftInPlace(plan, re, im, size, false);
  multiplyPackedSpectra(re, im, size);
  fftInPlace(plan, re, im, size, true);
  for (let i = 0; i < outputLength && i < size; i++) result[i] = re[i]!;
  return result;
}

/**
 * Given the transform Z of z = a + i b (a, b real), overwrites it with the transform of the cyclic
 * convolution a (*) b, using A_k = (Z_k + conj Z_{-k})/2 and B_k = (Z_k - conj Z_{-k})/(2i).
 */
export function multiplyPackedSpectra(re: Float64Array, im: Float64Array, size: number): void {
  for (let k = 0; k <= size / 2; k++) {
    const m = (size - k) % size;
    const zr = re[k]!;
    const zi = im[k]!;
    const cr = re[m]!;
    const ci = im[m]!;
    // A_k and B_k, and their values at -k (complex conjugates, since a and b are real).
    const ar = (zr + cr) / 2;
    const ai = (zi - ci) / 2;
    const br = (zi + ci) / 2;
    const bi = (cr - zr) / 2;
    const pr = ar * br - ai * bi;
    const pi = ar * bi + ai * br;
    re[k] = pr;
    im[k] = pi;
    re[m] = pr;
    im[m] = -pi;
  }
}
