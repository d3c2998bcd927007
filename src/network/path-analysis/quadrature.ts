/**
 * Numerical integration for the path models: composite Gauss-Legendre rules on panels that double in width
 * away from each breakpoint, so one rule resolves integrands that vary on time scales many orders of
 * magnitude apart (a fast delivered hop next to a slow satellite link) at a cost logarithmic in their ratio.
 *
 * Gauss-Legendre nodes and weights are computed by Newton's method on the Legendre recurrence (Press et al.,
 * Numerical Recipes, 3rd ed., §4.6). An n-point rule is exact for polynomials of degree 2n - 1; on a panel
 * of width h an analytic integrand varying on a scale L >= h/2 is integrated to ~1e-12 relative with n = 10.
 * Assumption: the integrand is smooth between consecutive breakpoints (kinks only at breakpoints).
 */

/** Order of the Gauss-Legendre rule on each panel. */
export const GAUSS_LEGENDRE_ORDER = 8;

/** Nodes and weights of the n-point Gauss-Legendre rule on [-1, 1]. */
export function gaussLegendre(order: number): {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
} {
  const nodes = new Float64Array(order);
  const weights = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (order + 0.5));
    let derivative = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      let previous = 1;
      let current = x;
      for (let k = 2; k <= order; k++) {
        const next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
        previous = current;
        current = next;
      }
      derivative = (order * (x * current - previous)) / (x * x - 1);
      const step = current / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes[i] = x;
    weights[i] = 2 / ((1 - x * x) * derivative * derivative);
  }
  return { nodes, weights };
}

const RULE = gaussLegendre(GAUSS_LEGENDRE_ORDER);

/** Points and weights of a composite rule. */
export interface QuadratureRule {
  readonly points: Float64Array;
  readonly weights: Float64Array;
}

/** Where and how finely to integrate. */
export interface PanelOptions {
  /** Lower limit. */
  readonly start: number;
  /** Upper limit (> start; choose it where the integrand has decayed below the wanted precision). */
  readonly end: number;
  /** Width of the first panel after each breakpoint: about half the shortest time scale of the integrand. */
  readonly finestScale: number;
  /** Points inside (start, end) where the integrand has a kink; others are ignored. */
  readonly breakpoints?: readonly number[];
}

/** Panel edges of one smooth stretch [from, to]: widths h, h, 2h, 4h, ... clipped at `to`. */
function pushPanels(edges: number[], from: number, to: number, firstWidth: number): void {
  let width = firstWidth;
  let at = from;
  while (at + width < to) {
    at += width;
    edges.push(at);
    if (at - from >= 2 * firstWidth) width = at - from;
  }
  edges.push(to);
}

/** Builds a composite Gauss-Legendre rule over [start, end] (see {@link PanelOptions}). */
export function compositeRule(options: PanelOptions): QuadratureRule {
  const { start, end } = options;
  const boundaries = [start, ...(options.breakpoints ?? []).filter((b) => b > start && b < end), end].sort(
    (a, b) => a - b,
  );
  const edges: number[] = [start];
  const firstWidth = Math.max(options.finestScale, (end - start) * 1e-15);
  for (let i = 1; i < boundaries.length; i++) {
    if (boundaries[i]! > boundaries[i - 1]!)
      pushPanels(edges, boundaries[i - 1]!, boundaries[i]!, firstWidth);
  }
  const panels = edges.length - 1;
  const points = new Float64Array(panels * GAUSS_LEGENDRE_ORDER);
  const weights = new Float64Array(panels * GAUSS_LEGENDRE_ORDER);
  for (let panel = 0; panel < panels; panel++) {
    const half = (edges[panel + 1]! - edges[panel]!) / 2;
    const middle = (edges[panel + 1]! + edges[panel]!) / 2;
    for (let k = 0; k < GAUSS_LEGENDRE_ORDER; k++) {
      points[panel * GAUSS_LEGENDRE_ORDER + k] = middle + half * RULE.nodes[k]!;
      weights[panel * GAUSS_LEGENDRE_ORDER + k] = half * RULE.weights[k]!;
    }
  }
  return { points, weights };
}

/** Applies a rule to an integrand. */
export function integrate(rule: QuadratureRule, integrand: (point: number) => number): number {
  let sum = 0;
  for (let i = 0; i < rule.points.length; i++) sum += rule.weights[i]! * integrand(rule.points[i]!);
  return sum;
}
