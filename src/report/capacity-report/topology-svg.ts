/**
 * The network topology as a standalone SVG string (used by the HTML/PDF report and reusable by the app's
 * non-WebGL view): edges in grey, each demand's route drawn over them in its own colour (routes sharing an edge
 * are offset side by side so each stays visible), the bottleneck edge of each route dashed, thickened and
 * ringed, nodes labelled, and a legend below the map. Node positions come from topology-layout.ts
 * (equirectangular from latitude/longitude, else a circle). No ids, scripts, external references or xmlns URL:
 * the string can be inlined many times into one HTML page under a strict CSP.
 * Assumptions: routes are node sequences; an edge or route node without a position is skipped.
 */
import { requirePositive } from '../../core/index.js';
import { escapeHtml } from './html-text.js';
import type { DemandReport } from './report-model.js';
import { layoutTopology, type LayoutNode, type LayoutPoint } from './topology-layout.js';

/** A node to draw; `label` defaults to the key. */
export interface TopologyNode extends LayoutNode {
  readonly label?: string;
}

/** An edge to draw between two node keys. */
export interface TopologyEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
}

/** A demand's route: node keys from source to target, and the edge that limits it. */
export interface TopologyRoute {
  /** Demand key, shown in the legend. */
  readonly key: string;
  readonly nodes: readonly string[];
  readonly bottleneckEdgeKey?: string;
}

/** Options of {@link renderTopologySvg}. */
export interface TopologySvgOptions {
  /** Width of the map area in pixels; default 760. */
  readonly width?: number;
  /** Height of the map area in pixels (the legend is added below); default 440. */
  readonly height?: number;
  /** Accessible title; default "Network topology". */
  readonly title?: string;
}

/**
 * Route colours: the Okabe–Ito colour-blind-safe palette without yellow and black (too faint / too close to the
 * node colour on white). Routes beyond the seventh reuse colours with a dash pattern.
 * Source: Okabe & Ito, "Color Universal Design" (2008).
 */
export const ROUTE_COLOURS: readonly string[] = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#7f3c8d',
];

/** Colour of the i-th route (0-based). */
export function routeColour(index: number): string {
  return ROUTE_COLOURS[index % ROUTE_COLOURS.length]!;
}

/** The routes of the demands that have one, keyed by demand, with their bottleneck edges. */
export function routesOfDemands(demands: readonly DemandReport[]): TopologyRoute[] {
  return demands.flatMap((demand) =>
    demand.route
      ? [{ key: demand.key, nodes: demand.route.nodes, bottleneckEdgeKey: demand.bottleneck?.edgeKey }]
      : [],
  );
}

const ROUTE_WIDTH = 4;
const ROUTE_GAP = 5;
const LEGEND_ROW = 18;

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Shifts a polyline sideways by `offset` pixels, joining segments at the bisector of adjacent normals. */
function offsetPolyline(points: readonly LayoutPoint[], offset: number): LayoutPoint[] {
  if (offset === 0 || points.length < 2) return [...points];
  const normals = points.slice(1).map((point, index) => {
    const dx = point.x - points[index]!.x;
    const dy = point.y - points[index]!.y;
    const length = Math.hypot(dx, dy);
    return length === 0 ? { x: 0, y: 0 } : { x: -dy / length, y: dx / length };
  });
  return points.map((point, index) => {
    const before = normals[index - 1] ?? normals[index]!;
    const after = normals[index] ?? normals[index - 1]!;
    const sumX = before.x + after.x;
    const sumY = before.y + after.y;
    const dot = (sumX * after.x + sumY * after.y) / 2;
    // Miter join, limited so a hairpin turn does not throw the corner far away.
    const scale = Math.abs(dot) < 0.5 ? 2 : 1 / dot;
    return { x: point.x + (sumX / 2) * scale * offset, y: point.y + (sumY / 2) * scale * offset };
  });
}

function polyline(points: readonly LayoutPoint[]): string {
  return points.map((point) => `${n(point.x)},${n(point.y)}`).join(' ');
}

function legend(routes: readonly TopologyRoute[], top: number): string[] {
  const rows = routes.map((route, index) => {
    const y = top + index * LEGEND_ROW;
    const dash = index >= ROUTE_COLOURS.length ? ' stroke-dasharray="10 4"' : '';
    return (
      `<line x1="16" y1="${y}" x2="46" y2="${y}" stroke="${routeColour(index)}" stroke-width="${ROUTE_WIDTH}"${dash}/>` +
      `<text x="54" y="${y + 4}">${escapeHtml(`${route.key}: ${route.nodes.join(' → ')}`)}</text>`
    );
  });
  const y = top + routes.length * LEGEND_ROW;
  rows.push(
    `<line x1="16" y1="${y}" x2="46" y2="${y}" stroke="#555" stroke-width="7" stroke-dasharray="6 3"/>` +
      `<circle cx="31" cy="${y}" r="6" fill="#fff" stroke="#555" stroke-width="2"/>` +
      `<text x="54" y="${y + 4}">bottleneck edge of a route (dashed, ringed)</text>`,
  );
  return ['<g class="legend" font-size="11">', ...rows, '</g>'];
}

/**
 * Renders the topology as an SVG element string.
 * @param network - nodes (with optional latitude/longitude in degrees) and edges.
 * @param routes - routes to highlight, drawn in {@link ROUTE_COLOURS} order.
 * @throws ParameterError for a non-positive width or height.
 */
export function renderTopologySvg(
  network: { readonly nodes: readonly TopologyNode[]; readonly edges: readonly TopologyEdge[] },
  routes: readonly TopologyRoute[],
  options: TopologySvgOptions = {},
): string {
  const width = requirePositive('width', options.width ?? 760);
  const height = requirePositive('height', options.height ?? 440);
  const { positions, method } = layoutTopology(network.nodes, { width, height });
  const totalHeight = height + LEGEND_ROW * (routes.length + 1) + 12;
  const at = (key: string): LayoutPoint | undefined => positions.get(key);
  const edgeByKey = new Map(network.edges.map((edge) => [edge.key, edge]));
  const out: string[] = [
    `<svg class="qnet-topology" viewBox="0 0 ${width} ${totalHeight}" width="${width}" height="${totalHeight}" ` +
      `role="img" font-family="DejaVu Sans, sans-serif" font-size="12" data-layout="${method}">`,
    `<title>${escapeHtml(options.title ?? 'Network topology')}</title>`,
    `<rect x="0" y="0" width="${width}" height="${totalHeight}" fill="#ffffff"/>`,
    '<g class="edges" stroke="#b9b9b9" stroke-width="2">',
  ];
  for (const edge of network.edges) {
    const [a, b] = [at(edge.source), at(edge.target)];
    if (!a || !b) continue;
    out.push(
      `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}"><title>${escapeHtml(edge.key)}</title></line>`,
    );
  }
  out.push('</g>', '<g class="routes" fill="none" stroke-linejoin="round" stroke-linecap="round">');
  routes.forEach((route, index) => {
    const colour = routeColour(index);
    const offset = (index - (routes.length - 1) / 2) * ROUTE_GAP;
    const points = route.nodes.map(at).filter((point): point is LayoutPoint => point !== undefined);
    const dash = index >= ROUTE_COLOURS.length ? ' stroke-dasharray="10 4"' : '';
    out.push(
      `<polyline class="route" data-demand="${escapeHtml(route.key)}" points="${polyline(offsetPolyline(points, offset))}" ` +
        `stroke="${colour}" stroke-width="${ROUTE_WIDTH}"${dash}><title>${escapeHtml(`${route.key}: ${route.nodes.join(' → ')}`)}</title></polyline>`,
    );
    const bottleneck =
      route.bottleneckEdgeKey === undefined ? undefined : edgeByKey.get(route.bottleneckEdgeKey);
    const [a, b] = bottleneck ? [at(bottleneck.source), at(bottleneck.target)] : [undefined, undefined];
    if (bottleneck && a && b) {
      const [c, d] = offsetPolyline([a, b], offset);
      const mid = { x: (c!.x + d!.x) / 2, y: (c!.y + d!.y) / 2 };
      out.push(
        `<g class="bottleneck" data-demand="${escapeHtml(route.key)}" data-edge="${escapeHtml(bottleneck.key)}">` +
          `<line x1="${n(c!.x)}" y1="${n(c!.y)}" x2="${n(d!.x)}" y2="${n(d!.y)}" stroke="${colour}" stroke-width="8" stroke-dasharray="6 3"/>` +
          `<circle cx="${n(mid.x)}" cy="${n(mid.y)}" r="7" fill="#ffffff" stroke="${colour}" stroke-width="2.5"/>` +
          `<title>${escapeHtml(`bottleneck of ${route.key}: ${bottleneck.key}`)}</title></g>`,
      );
    }
  });
  out.push('</g>', '<g class="nodes">');
  for (const node of network.nodes) {
    const point = at(node.key);
    if (!point) continue;
    out.push(
      `<circle cx="${n(point.x)}" cy="${n(point.y)}" r="5" fill="#222222" stroke="#ffffff" stroke-width="1.5"/>` +
        `<text x="${n(point.x + 8)}" y="${n(point.y - 8)}" fill="#111111">${escapeHtml(node.label ?? node.key)}</text>`,
    );
  }
  out.push('</g>', ...legend(routes, height + 14), '</svg>');
  return out.join('\n');
}
