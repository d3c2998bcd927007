/**
 * A ChartSpec as a chart.js 4 configuration for the app: the shared builder of src/report/chart-config (the
 * same one the report's PNG charts use) in the app's look — theme colours, the report's number format on log
 * axes, short category labels, slightly smaller points — on a responsive canvas that keeps its aspect ratio.
 * No animation (charts follow every edit). DOM-free, so it is tested in Node.
 * Source: chart.js 4 configuration (https://www.chartjs.org/docs/4.4.0/configuration/).
 */
import type { ChartConfiguration } from 'chart.js';
import {
  chartConfiguration as sharedConfiguration,
  shortCategoryLabel,
  type ChartLook,
} from '../../report/chart-config/index.js';
import type { ChartSpec } from '../../report/index.js';
import { seriesColour, type ChartTheme } from './chart-theme.js';

/** Width over height of a chart in the panel. */
export const CHART_ASPECT_RATIO = 1.9;

/** The app's look in a theme. */
export function appChartLook(theme: ChartTheme): ChartLook {
  return {
    textColour: theme.text,
    gridColour: theme.grid,
    pointRadius: 2.5,
    logTicks: 'report',
    categoryLabel: shortCategoryLabel,
    seriesColour,
  };
}

/** The chart.js configuration of a spec in a theme (plugins are added by the caller). */
export function chartConfiguration(spec: ChartSpec, theme: ChartTheme): ChartConfiguration {
  const config = sharedConfiguration(spec, appChartLook(theme));
  config.options = {
    ...config.options,
    responsive: true,
    maintainAspectRatio: true,
    aspectRatio: CHART_ASPECT_RATIO,
    // Line data are already {x, y} sorted by x: chart.js may skip parsing them.
    ...(spec.kind === 'line' ? { parsing: false as const } : {}),
  };
  return config;
}
