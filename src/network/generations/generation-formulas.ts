/**
 * Formulas shared by the three repeater-generation models: the cost function, the BB84 secret fraction,
 * the logical error of a distance-d code, error accumulation over a chain, and the expected maximum of
 * independent geometric waiting times.
 *
 * Sources: cost function C = m / (R L0), qubits per station over rate times spacing (Muralidharan et al.,
 * Sci. Rep. 6, 20463 (2016), as recalled: the paper text could not be retrieved to confirm it; see
 * compare-generations.ts for the deviation note); BB84 asymptotic key fraction 1 - h(e_Z) - h(e_X) (Shor & Preskill, PRL 85, 441 (2000));
 * bounded-distance decoding of an [[n, 1, d]] code corrects every pattern of at most t = (d - 1)/2 errors;
 * expected maximum of K i.i.d. geometric variables (Eisenberg, Stat. Probab. Lett. 78, 135 (2008)).
 * Assumptions: independent errors per qubit and per segment; X-type and Z-type errors treated separately.
 */
import { metresToKm, type Metres, type Probability } from '../../core/index.js';
import { expectedAttemptsDeterministicSwaps } from '../../physics/waiting-time.js';

/** Largest K for which the expected maximum of K geometric variables is computed exactly. */
export const EXACT_MAXIMUM_LIMIT = 256;

const EULER_MASCHERONI = 0.5772156649015329;

/** Binary entropy h(x) in bits, with h(0) = h(1) = 0. @param x in [0, 1]. */
export function binaryEntropy(x: Probability): number {
  if (x <= 0 || x >= 1) return 0;
  return -x * Math.log2(x) - (1 - x) * Math.log2(1 - x);
}

/**
 * Asymptotic BB84 secret fraction max(0, 1 - h(e_Z) - h(e_X)) (Shor & Preskill 2000). Error rates above
 * 1/2 are folded to 1 - e (a fixed flip is a relabelling).
 */
export function bb84SecretFraction(bitErrorRate: Probability, phaseErrorRate: Probability): number {
  const fold = (e: number): number => Math.min(e, 1 - e);
  return Math.max(0, 1 - binaryEntropy(fold(bitErrorRate)) - binaryEntropy(fold(phaseErrorRate)));
}

function logBinomial(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log((n - k + i) / i);
  return sum;
}

/**
 * Probability that more than t = (d - 1)/2 of n independent qubits flip, each with probability q: the
 * logical error of bounded-distance decoding of an [[n, 1, d]] code, sum_{j > t} C(n, j) q^j (1 - q)^(n - j).
 * Summed term by term (no 1 - sum cancellation), so tiny values stay accurate.
 */
export function codeLogicalErrorProbability(
  codeQubits: number,
  codeDistance: number,
  qubitError: Probability,
): number {
  const correctable = Math.floor((codeDistance - 1) / 2);
  if (qubitError <= 0) return 0;
  if (qubitError >= 1) return correctable >= codeQubits ? 0 : 1;
  const logQ = Math.log(qubitError);
  const log1mQ = Math.log1p(-qubitError);
  let total = 0;
  for (let j = correctable + 1; j <= codeQubits; j++) {
    total += Math.exp(logBinomial(codeQubits, j) + j * logQ + (codeQubits - j) * log1mQ);
  }
  return Math.min(1, total);
}

/**
 * Probability that an odd number of N independent flips, each with probability p, occurred:
 * (1 - (1 - 2p)^N) / 2. This is the flip probability of a Pauli frame passed through N segments.
 */
export function accumulatedFlipProbability(segmentFlip: Probability, segments: number): Probability {
  const base = 1 - 2 * segmentFlip;
  if (base > 0) return -Math.expm1(segments * Math.log1p(-2 * segmentFlip)) / 2;
  return (1 - Math.pow(base, segments)) / 2;
}

function harmonicNumber(k: number): number {
  if (k <= 64) {
    let sum = 0;
    for (let i = 1; i <= k; i++) sum += 1 / i;
    return sum;
  }
  return Math.log(k) + EULER_MASCHERONI + 1 / (2 * k) - 1 / (12 * k * k);
}

/**
 * Expected maximum of K independent Geometric(p) variables (attempts until every one of K parallel
 * heralded links has succeeded). Exact (physics waiting-time recursion) for K <= {@link EXACT_MAXIMUM_LIMIT};
 * above that Eisenberg's asymptotic H_K / lambda + 1/2 with lambda = -ln(1 - p), which lies within 1/2
 * attempt of the exact value (Eisenberg 2008 bounds H_K/lambda <= E <= 1 + H_K/lambda).
 * @param count K >= 1. @param probability p in (0, 1].
 */
export function expectedMaximumAttempts(count: number, probability: Probability): number {
  if (probability >= 1) return 1;
  if (count <= EXACT_MAXIMUM_LIMIT) return expectedAttemptsDeterministicSwaps(count, probability);
  return harmonicNumber(count) / -Math.log1p(-probability) + 0.5;
}

/**
 * The cost function C = qubits per station / (rate x spacing in km): qubits per km of route needed to
 * deliver one unit of rate (qubit-seconds per ebit, or per secret bit, per km). Undefined for a zero rate.
 */
export function costPerKm(qubitsPerStation: number, rate: number, spacing: Metres): number | undefined {
  const cost = qubitsPerStation / (rate * metresToKm(spacing));
  return rate > 0 && Number.isFinite(cost) ? cost : undefined;
}

/** Splits a route into `segments` = ceil(L / L0) equal segments. */
export function segmentsFor(totalLength: Metres, requestedSpacing: Metres): number {
  // The relative slack keeps 1000 km / 10 km at 100 segments despite rounding in the division.
  return Math.max(1, Math.ceil((totalLength / requestedSpacing) * (1 - 1e-12)));
}
