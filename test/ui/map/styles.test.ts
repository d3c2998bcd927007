/** Edge kinds are told apart by dash pattern and by a themeable colour; unknown kinds get a neutral style. */
import { describe, expect, it } from 'vitest';
import {
  EDGE_KIND_STYLES,
  NETWORK_VIEW_CSS,
  edgeKindStyle,
  routeStroke,
  FAILED_ROUTE_COLOUR,
} from '../../../src/ui/map/styles.js';

describe('edge kind styles', () => {
  it('gives fibre a solid line and the other kinds distinct dash patterns', () => {
    expect(edgeKindStyle('fibre').dash).toBe('');
    const dashes = Object.values(EDGE_KIND_STYLES).map((style) => style.dash);
    expect(new Set(dashes).size).toBe(dashes.length);
    expect(edgeKindStyle('teleporter').dash).not.toBe('');
    expect(dashes).not.toContain(edgeKindStyle('teleporter').dash);
  });

  it('colours edges off a route from theme variables with the defaults as fallback', () => {
    for (const [kind, style] of Object.entries(EDGE_KIND_STYLES)) {
      expect(NETWORK_VIEW_CSS).toContain(
        `.qnet-map .qnet-edge:not(.on-route)[data-kind="${kind}"] .qnet-edge-line { stroke: var(${style.variable}, ${style.colour}); }`,
      );
    }
    expect(NETWORK_VIEW_CSS).not.toContain('\\n');
  });

  it('draws failed routes red and delivering routes in the report palette', () => {
    expect(routeStroke(0, false)).toBe(FAILED_ROUTE_COLOUR);
    expect(routeStroke(0, true)).not.toBe(FAILED_ROUTE_COLOUR);
    expect(routeStroke(1, true)).not.toBe(routeStroke(0, true));
  });
});
