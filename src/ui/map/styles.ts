/**
 * How the network view looks: one line style per edge kind (fibre solid, free space dashed, carrier dotted,
 * microwave dash-dot), route colours (the report's colour-blind-safe palette, so the app and the printed report
 * agree), and the view's CSS. Colours of the page come from CSS variables so the light and dark themes apply.
 * Source: palette of Wong, "Points of view: Color blindness", Nature Methods 8, 441 (2011), via report/topology-svg.
 */
import { routeColour } from '../../report/index.js';

/**
 * Line style of an edge kind: SVG dash pattern ('' = solid), the CSS variable a theme may set for its colour,
 * and the colour used when the variable is not set.
 */
export interface EdgeKindStyle {
  readonly dash: string;
  readonly variable: string;
  readonly colour: string;
  readonly description: string;
}

/** Styles by scenario edge kind. */
export const EDGE_KIND_STYLES: Readonly<Record<string, EdgeKindStyle>> = {
  fibre: { dash: '', variable: '--qnet-map-edge-fibre', colour: '#5a6a7a', description: 'fibre (solid)' },
  'free-space': {
    dash: '9 6',
    variable: '--qnet-map-edge-free-space',
    colour: '#2a7ab8',
    description: 'free space (dashed)',
  },
  carrier: {
    dash: '2 5',
    variable: '--qnet-map-edge-carrier',
    colour: '#9a6a2a',
    description: 'carrier (dotted)',
  },
  microwave: {
    dash: '12 4 2 4',
    variable: '--qnet-map-edge-microwave',
    colour: '#8a4a9a',
    description: 'microwave (dash-dot)',
  },
};

const UNKNOWN_KIND: EdgeKindStyle = {
  dash: '5 3',
  variable: '--qnet-map-edge-other',
  colour: '#707070',
  description: 'other (short dashes)',
};

/** The CSS rules colouring edges not on a route by kind (route colours are set on the element). */
function edgeKindRules(): string {
  const rule = (selector: string, style: EdgeKindStyle) =>
    `.qnet-map .qnet-edge:not(.on-route)${selector} .qnet-edge-line { stroke: var(${style.variable}, ${style.colour}); }`;
  return [
    rule('', UNKNOWN_KIND),
    ...Object.entries(EDGE_KIND_STYLES).map(([kind, style]) => rule(`[data-kind="${kind}"]`, style)),
  ].join('\n');
}

/** Style of an edge kind (a neutral dashed style for kinds the view does not know). */
export function edgeKindStyle(kind: string): EdgeKindStyle {
  return EDGE_KIND_STYLES[kind] ?? UNKNOWN_KIND;
}

/** Colour of a failed route. */
export const FAILED_ROUTE_COLOUR = '#d62728';
/** Colour of bottleneck edges and of the selection outline. */
export const BOTTLENECK_COLOUR = '#e6550d';
export const SELECTION_COLOUR = '#ffbf00';

/** Colour of the i-th route: the report palette when it delivers, red when it fails. */
export function routeStroke(index: number, ok: boolean): string {
  return ok ? routeColour(index) : FAILED_ROUTE_COLOUR;
}

/** Up to this many nodes every label is drawn; above it only selected and route-end labels (and when zoomed). */
export const ALL_LABELS_UP_TO = 150;
/** Up to this many edges their lengths are drawn. */
export const EDGE_LABELS_UP_TO = 60;

/** The view's stylesheet (scoped by the .qnet-map class); themes set the --qnet-* variables. */
export const NETWORK_VIEW_CSS = `
.qnet-map { position: relative; overflow: hidden; width: 100%; height: 100%; min-height: 240px;
  background: var(--qnet-map-space, #f3f5f7); touch-action: none; user-select: none; }
.qnet-map .qnet-sphere { fill: var(--qnet-map-sea, #dfeaf3); }
.qnet-map > svg { position: absolute; inset: 0; display: block; width: 100%; height: 100%;
  will-change: transform; transform-origin: 0 0; overflow: visible; }
.qnet-map > .qnet-svg-base { pointer-events: none; }
.qnet-map:focus { outline: none; }
.qnet-map > .qnet-svg-active { pointer-events: none; }
.qnet-map > .qnet-svg-active > g > g { pointer-events: auto; }
.qnet-map[data-mode="add-node"] { cursor: crosshair; }
.qnet-map[data-mode="add-link"] .qnet-node { cursor: alias; }
.qnet-map .qnet-land { fill: var(--qnet-map-land, #dde3d5); stroke: var(--qnet-map-coast, #a9b3a0);
  stroke-width: 0.6; vector-effect: non-scaling-stroke; }
${edgeKindRules()}
.qnet-map .qnet-edge-line { stroke-width: 2.2; fill: none; stroke-linecap: round; }
.qnet-map .qnet-edge-hit { stroke: transparent; stroke-width: 12; fill: none; cursor: pointer; }
.qnet-map .qnet-edge.bottleneck .qnet-edge-line { stroke: ${BOTTLENECK_COLOUR}; stroke-width: 5; }
.qnet-map .qnet-edge.selected .qnet-edge-outline { stroke: ${SELECTION_COLOUR}; stroke-width: 9; opacity: 0.9; }
.qnet-map .qnet-edge-outline { stroke: transparent; fill: none; stroke-linecap: round; }
.qnet-map .qnet-edge-label { font: 11px system-ui, sans-serif; fill: var(--qnet-map-text, #334); text-anchor: middle;
  paint-order: stroke; stroke: var(--qnet-map-halo, #ffffffd0); stroke-width: 3px; pointer-events: none; }
.qnet-map .qnet-route { fill: none; stroke-width: 7; stroke-linecap: round; stroke-linejoin: round; opacity: 0.55;
  pointer-events: none; }
.qnet-map .qnet-route.failed { stroke-dasharray: 6 6; opacity: 0.8; stroke-width: 4; }
.qnet-map .qnet-route.selected { opacity: 0.9; stroke-width: 10; }
.qnet-map .qnet-node { cursor: pointer; outline: none; }
.qnet-map .qnet-node circle { fill: var(--qnet-map-node, #1f4e79); stroke: var(--qnet-map-node-ring, #fff); stroke-width: 2; }
.qnet-map .qnet-node.on-route circle { fill: var(--qnet-map-node-route, #0b6e4f); }
.qnet-map .qnet-node.selected circle, .qnet-map .qnet-node:focus-visible circle { stroke: ${SELECTION_COLOUR}; stroke-width: 4; }
.qnet-map .qnet-node[data-link-source] circle { stroke: ${BOTTLENECK_COLOUR}; stroke-width: 4; }
.qnet-map .qnet-node text { font: 12px system-ui, sans-serif; fill: var(--qnet-map-text, #223);
  paint-order: stroke; stroke: var(--qnet-map-halo, #ffffffd0); stroke-width: 3px; pointer-events: none; }
.qnet-map .qnet-edge:focus-visible .qnet-edge-outline { stroke: ${SELECTION_COLOUR}; stroke-width: 9; }
.qnet-map .qnet-rubber-band { stroke: ${BOTTLENECK_COLOUR}; stroke-width: 2; stroke-dasharray: 4 3; pointer-events: none; }
.qnet-map .qnet-a11y-list { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.qnet-map .qnet-sigma { position: absolute; inset: 0; }
`;
