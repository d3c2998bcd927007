/**
 * Colours of the app's charts, read from CSS variables so the light and dark themes apply (the page sets
 * --qnet-chart-text, --qnet-chart-grid, --qnet-chart-background and --qnet-chart-marker, else the defaults
 * below follow the element's text colour). Series colours are the report's colour-blind-safe palette, so a chart
 * in the app and in an exported report look alike.
 * Source: Wong, Nature Methods 8, 441 (2011) via report/topology-svg.ts (routeColour).
 */
import { routeColour } from '../../report/index.js';

/** The colours a chart is drawn with. */
export interface ChartTheme {
  readonly text: string;
  readonly grid: string;
  /** Filled behind the chart, so exported images are readable on any viewer. */
  readonly background: string;
  readonly marker: string;
}

/** Light-theme defaults. */
export const LIGHT_CHART_THEME: ChartTheme = {
  text: '#333333',
  grid: 'rgba(0, 0, 0, 0.12)',
  background: '#ffffff',
  marker: '#444444',
};

/** Colour of the i-th series. */
export function seriesColour(index: number): string {
  return routeColour(index);
}

/** Reads the theme from an element's computed CSS variables (missing ones fall back to its text colour). */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const variable = (name: string) => style.getPropertyValue(name).trim();
  const text = variable('--qnet-chart-text') || style.color || LIGHT_CHART_THEME.text;
  return {
    text,
    grid: variable('--qnet-chart-grid') || LIGHT_CHART_THEME.grid,
    background: variable('--qnet-chart-background') || LIGHT_CHART_THEME.background,
    marker: variable('--qnet-chart-marker') || text,
  };
}
