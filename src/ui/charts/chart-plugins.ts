/**
 * chart.js plugins of the app's charts: the shared background and marker plugins of src/report/chart-config in
 * the current theme (an opaque background, so a chart exported with toDataURL is readable on any viewer; dashed
 * vertical markers whose labels sit on a background-coloured box so data lines do not strike through them). The
 * theme and markers are read from a per-chart object at each draw, so a theme change or new markers need no new
 * plugins.
 */
import type { Plugin } from 'chart.js';
import { backgroundPlugin, markerPlugin, type PlacedMarker } from '../../report/chart-config/index.js';
import type { ChartTheme } from './chart-theme.js';

/** Font of marker labels. */
export const MARKER_FONT = '11px system-ui, sans-serif';

/** Per-chart plugin options: the current theme and markers (replaced on every update). */
export interface ChartDecorations {
  theme: ChartTheme;
  markers: readonly PlacedMarker[];
}

/** Plugins reading their options from `decorations` each time they draw. */
export function decorationPlugins(decorations: ChartDecorations): Plugin[] {
  return [
    backgroundPlugin(() => decorations.theme.background),
    markerPlugin(
      () => decorations.markers,
      () => ({
        lineColour: decorations.theme.marker,
        textColour: decorations.theme.marker,
        font: MARKER_FONT,
        labelBacking: decorations.theme.background,
      }),
    ),
  ];
}
