/**
 * report/chart-config: a ChartSpec as a chart.js configuration and the marker/background plugins, as plain
 * objects, for both the report's PNG charts (src/cli/report-output) and the app's charts panel (src/ui/charts).
 * Nothing here registers chart.js parts globally; each caller does.
 */
export {
  barCategories,
  categoryOffset,
  chartConfiguration,
  drawablePoints,
  logTick,
  placedMarkers,
  REPORT_CHART_LOOK,
  shortCategoryLabel,
} from './chart-configuration.js';
export type { ChartLook, PlacedMarker } from './chart-configuration.js';
export { CHART_SPEC_COMPONENTS } from './chart-components.js';
export {
  backgroundPlugin,
  MARKER_LABEL_GAP,
  MARKER_ROW_HEIGHT,
  markerPlugin,
  placeMarkerLabel,
} from './chart-plugins.js';
export type { LabelPlacement, MarkerStyle } from './chart-plugins.js';
