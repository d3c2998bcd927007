/**
 * Storage of one memory qubit: the qubit of hop a's link waits at a node until every hop of a set S (with
 * a in S) holds its link, D = max_(i in S) T_i - T_a, and decays as e^(-kappa D). This file computes, for the
 * continuous hop model of hop-timing.ts,
 *   within(c) = P(D <= c) = int f_a(t) F'(t + c) dt,
 *   decay(c)  = E[e^(-kappa D) 1{D <= c}] = e^(-kappa c) within(c) + kappa int F'(m) H_a(m) dm,
 *   H_a(m)    = int_(max(s_a, m - c))^m f_a(t) e^(-kappa (m - t)) dt   (closed form for the shifted exponential),
 * with F' the distribution function of M' = max over S without a (derived here by writing D = (M' - T_a)^+ and
 * integrating by parts in M'; c = Infinity drops the first term). A cutoff c uses both; without one,
 * within = 1. Used for memory cutoffs and for routes too long for the exact joint expectation (parallel-decay.ts;
 * release-set-storage.ts shares the work between the qubits of one release set).
 */
import type { Seconds } from '../../core/index.js';
import { density, type HopTiming } from './hop-timing.js';
import { compositeRule } from './quadrature.js';

/** Tail length of the integrals, in decay times. */
export const STORAGE_TAIL_DECAYS = 40;

/** One qubit's storage figures. */
export interface QubitStorage {
  /** E[e^(-kappa D) 1{D <= c}]. */
  readonly decay: number;
  /** P(D <= c) (1 without a cutoff). */
  readonly withinCutoff: number;
}

/**
 * Decay times past which a factor 1 - e^(-rate (m - shift)) is exactly 1 in double precision: expm1(x) returns
 * exactly -1 below x = -56 ln 2 (about -38.8, fdlibm), and 41 leaves room for the rounding of rate * (m - shift).
 */
const SATURATED_DECAYS = 41;

/**
 * -expm1(x) for x <= 0, skipping the call where it is exactly 1 (x below -SATURATED_DECAYS; see there): most
 * quadrature points of the storage integrals lie in that tail. Same bits as -Math.expm1(x).
 */
export function oneMinusExp(x: number): number {
  return x < -SATURATED_DECAYS ? 1 : -Math.expm1(x);
}

/**
 * H_a(m) of the file header for the shifted exponential T_a = s + Exp(mu).
 * @param kappa decay rate, 1/s (>= 0); cutoff in s (Infinity for none); m in s.
 */
export function arrivalKernel(timing: HopTiming, kappa: number, cutoff: Seconds, m: number): number {
  const u = m - timing.shift;
  if (u <= 0) return 0;
  const span = Math.min(u, cutoff);
  const mu = timing.decayRate;
  const difference = kappa - mu;
  if (difference === 0) return mu * Math.exp(-mu * u) * span;
  if (difference > 0) return (mu * Math.exp(-mu * u) * oneMinusExp(-difference * span)) / difference;
  return (mu * Math.exp(-mu * (u - span) - kappa * span) * oneMinusExp(difference * span)) / -difference;
}

/**
 * F'(m): the product of the other hops' distribution functions (hop-timing.ts `cumulative`, written out over
 * flat arrays because this loop is the inner loop of long routes' analysis; issue 3).
 */
function maxCumulative(shifts: Float64Array, rates: Float64Array, m: number): number {
  let product = 1;
  for (let i = 0; i < shifts.length; i++) {
    const shift = shifts[i]!;
    if (m <= shift) return 0;
    product *= -Math.expm1(-rates[i]! * (m - shift));
    if (product === 0) return 0;
  }
  return product;
}

/**
 * The time from which {@link maxCumulative} is exactly 1 (every factor is exactly 1, and no early exit can
 * happen), so the loop can be skipped there without changing a bit; Infinity when no such time exists.
 * @param skip index of a hop to leave out (release-set-storage.ts), or -1.
 */
export function saturationTime(shifts: Float64Array, rates: Float64Array, skip = -1): number {
  let time = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < shifts.length; i++) {
    if (i === skip) continue;
    const rate = rates[i]!;
    time = Math.max(time, rate > 0 ? shifts[i]! + SATURATED_DECAYS / rate : Number.POSITIVE_INFINITY);
  }
  return time;
}

/**
 * Storage figures of the qubit of hop `waiting` released when all hops in `set` (which contains it) hold links.
 * @param kappa decay rate of the qubit's Pauli eigenvalue, 1/s (>= 0).
 * @param cutoff cutoff, s (Infinity for none).
 */
export function qubitStorage(
  timings: readonly HopTiming[],
  set: readonly number[],
  waiting: number,
  kappa: number,
  cutoff: Seconds,
): QubitStorage {
  const own = timings[waiting]!;
  const others = set.filter((index) => index !== waiting).map((index) => timings[index]!);
  if (others.length === 0) return { decay: 1, withinCutoff: 1 };
  const shifts = Float64Array.from(others, (timing) => timing.shift);
  const rates = Float64Array.from(others, (timing) => timing.decayRate);
  const saturated = saturationTime(shifts, rates);
  const fastest = Math.min(...[own, ...others].map((timing) => 1 / timing.decayRate));
  let withinCutoff = 1;
  if (Number.isFinite(cutoff)) {
    const rule = compositeRule({
      start: own.shift,
      end: own.shift + STORAGE_TAIL_DECAYS / own.decayRate,
      finestScale: fastest / 2,
      breakpoints: others.map((timing) => timing.shift - cutoff),
    });
    withinCutoff = 0;
    for (let i = 0; i < rule.points.length; i++) {
      const t = rule.points[i]!;
      const cumulative = t + cutoff >= saturated ? 1 : maxCumulative(shifts, rates, t + cutoff);
      withinCutoff += rule.weights[i]! * density(own, t) * cumulative;
    }
    withinCutoff = Math.min(1, withinCutoff);
  }
  if (kappa === 0) return { decay: withinCutoff, withinCutoff };
  const start = Math.max(own.shift, ...others.map((timing) => timing.shift));
  const slowest = Number.isFinite(cutoff) ? 1 / own.decayRate : Math.max(1 / own.decayRate, 1 / kappa);
  // F' <= 1, so the tail of H_a bounds the integrand: rate min(mu_a, kappa), or mu_a past the cutoff.
  const rule = compositeRule({
    start,
    end: start + (Number.isFinite(cutoff) ? cutoff : 0) + STORAGE_TAIL_DECAYS * slowest,
    finestScale: Math.min(fastest, 1 / kappa) / 2,
    breakpoints: Number.isFinite(cutoff) ? [own.shift + cutoff] : [],
  });
  let integral = 0;
  for (let i = 0; i < rule.points.length; i++) {
    const m = rule.points[i]!;
    const cumulative = m >= saturated ? 1 : maxCumulative(shifts, rates, m);
    integral += rule.weights[i]! * cumulative * arrivalKernel(own, kappa, cutoff, m);
  }
  const boundary = Number.isFinite(cutoff) ? Math.exp(-kappa * cutoff) * withinCutoff : 0;
  return { decay: Math.min(withinCutoff, boundary + kappa * integral), withinCutoff };
}
