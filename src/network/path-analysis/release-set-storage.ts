/**
 * The no-cutoff storage decay E[e^(-kappa D)] of storage-marginal.ts (`qubitStorage` with cutoff Infinity) for
 * the several qubits that wait on one release set within one route evaluation: the two end nodes of a long
 * swap-asap route (and the halves of a long nested range), each asked for its X and for its Z rate.
 *
 * Why a cache (issue 3, routes of ~60 hops): every such query integrates the product F'(m) of the other hops'
 * distribution functions at its quadrature points, and these points coincide between queries: the rule starts
 * at the largest shift of the set and its first panel width depends only on the fastest hop and kappa, so two
 * queries with the same finest scale share every panel except the last ones, which lie far in the tail where F'
 * is exactly 1 anyway. Per route evaluation the factors 1 - e^(-mu_i (m - s_i)) are therefore computed once
 * per shared point, and the product F'(m) once per waiting qubit and shared point. Each value is obtained by the
 * same floating-point operations in the same order as in `qubitStorage` (the products run over the other hops in
 * set order; a factor 0 where m <= s_i, or an underflow to 0, gives 0 as the early exits there do), so every
 * result is the same to the bit. Points outside the shared prefix are evaluated directly, as in `qubitStorage`.
 * Source and assumptions: those of storage-marginal.ts.
 */
import type { HopTiming } from './hop-timing.js';
import { compositeRule } from './quadrature.js';
import {
  arrivalKernel,
  oneMinusExp,
  qubitStorage,
  saturationTime,
  STORAGE_TAIL_DECAYS,
} from './storage-marginal.js';

/** Decay E[e^(-kappa D)] of the qubit of hop `waiting` (a member of the set) at rate kappa (1/s, >= 0). */
export type ReleaseSetDecay = (waiting: number, kappa: number) => number;

/** Points of the first rule seen, with lazily computed factor rows and per-qubit products. */
interface SharedPoints {
  readonly points: Float64Array;
  /** factors[row * n + j]: 1 - e^(-mu_j (m - s_j)) of the set's j-th hop at point `row`, 0 where m <= s_j. */
  readonly factors: Float64Array;
  readonly rowReady: Uint8Array;
  /** Products F'(m) per position of the waiting qubit in the set (NaN = not yet computed). */
  readonly products: Map<number, Float64Array>;
}

/**
 * The rows of `points` below `saturated` (the saturation time of the whole set, which no query's exceeds, so
 * later rows are never asked for): points rise from panel to panel, so they are a prefix up to the last such
 * point.
 */
function sharedPointsOf(points: Float64Array, n: number, saturated: number): SharedPoints {
  let rows = 0;
  for (let i = 0; i < points.length; i++) if (points[i]! < saturated) rows = i + 1;
  const shared = points.subarray(0, rows);
  return {
    points: shared,
    factors: new Float64Array(rows * n),
    rowReady: new Uint8Array(rows),
    products: new Map(),
  };
}

/**
 * A memo of {@link ReleaseSetDecay} for the hops of `set` with the given timings (which must not change while
 * it is used: build one per route evaluation).
 */
export function releaseSetStorage(timings: readonly HopTiming[], set: readonly number[]): ReleaseSetDecay {
  const n = set.length;
  const shifts = new Float64Array(n);
  const rates = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    shifts[j] = timings[set[j]!]!.shift;
    rates[j] = timings[set[j]!]!.decayRate;
  }
  // Max and min are exact and order-free, so these equal qubitStorage's values over own + others.
  let start = Number.NEGATIVE_INFINITY;
  let fastest = Number.POSITIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    start = Math.max(start, shifts[j]!);
    fastest = Math.min(fastest, 1 / rates[j]!);
  }
  const saturation = new Map<number, number>();
  let shared: SharedPoints | undefined;

  const saturationWithout = (position: number): number => {
    let time = saturation.get(position);
    if (time === undefined) {
      time = saturationTime(shifts, rates, position);
      saturation.set(position, time);
    }
    return time;
  };

  const factorAt = (j: number, m: number): number =>
    m <= shifts[j]! ? 0 : oneMinusExp(-rates[j]! * (m - shifts[j]!));

  const directProduct = (position: number, m: number): number => {
    let product = 1;
    for (let j = 0; j < n; j++) {
      if (j === position) continue;
      if (m <= shifts[j]!) return 0;
      product *= -Math.expm1(-rates[j]! * (m - shifts[j]!));
      if (product === 0) return 0;
    }
    return product;
  };

  const productsOf = (table: SharedPoints, position: number): Float64Array => {
    let products = table.products.get(position);
    if (products === undefined) {
      products = new Float64Array(table.points.length).fill(Number.NaN);
      table.products.set(position, products);
    }
    return products;
  };

  const sharedProduct = (
    table: SharedPoints,
    products: Float64Array,
    position: number,
    row: number,
  ): number => {
    const known = products[row]!;
    if (!Number.isNaN(known)) return known;
    const offset = row * n;
    if (table.rowReady[row] === 0) {
      const m = table.points[row]!;
      for (let j = 0; j < n; j++) table.factors[offset + j] = factorAt(j, m);
      table.rowReady[row] = 1;
    }
    let product = 1;
    for (let j = 0; j < n; j++) if (j !== position) product *= table.factors[offset + j]!;
    products[row] = product;
    return product;
  };

  return (waiting, kappa) => {
    const position = set.indexOf(waiting);
    if (position < 0) return qubitStorage(timings, set, waiting, kappa, Number.POSITIVE_INFINITY).decay;
    if (n === 1 || kappa === 0) return 1;
    const own = timings[waiting]!;
    const saturated = saturationWithout(position);
    const slowest = Math.max(1 / own.decayRate, 1 / kappa);
    const rule = compositeRule({
      start,
      end: start + 0 + STORAGE_TAIL_DECAYS * slowest,
      finestScale: Math.min(fastest, 1 / kappa) / 2,
      breakpoints: [],
    });
    const table: SharedPoints = (shared ??= sharedPointsOf(rule.points, n, saturationWithout(-1)));
    const limit = Math.min(table.points.length, rule.points.length);
    let common = 0;
    while (common < limit && table.points[common] === rule.points[common]) common++;
    const products = productsOf(table, position);
    let integral = 0;
    for (let i = 0; i < rule.points.length; i++) {
      const m = rule.points[i]!;
      const cumulative =
        m >= saturated
          ? 1
          : i < common
            ? sharedProduct(table, products, position, i)
            : directProduct(position, m);
      integral += rule.weights[i]! * cumulative * arrivalKernel(own, kappa, Number.POSITIVE_INFINITY, m);
    }
    return Math.min(1, 0 + kappa * integral);
  };
}
