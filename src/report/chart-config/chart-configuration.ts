/**
 * A ChartSpec as a chart.js 4 configuration, shared by the report's PNG charts (src/cli/report-output) and the
 * app's charts panel (src/ui/charts): line charts on numeric (optionally logarithmic) axes, bar charts with one
 * category per distinct x, no animation, and the spec's vertical markers placed in the x scale's value space (for
 * bars: the category index, interpolated between neighbours). Values a log axis cannot show (<= 0) and
 * non-finite values are dropped rather than breaking the chart. What differs between a printed PNG and the
 * themed app (colours, font sizes, tick format) is a {@link ChartLook}; canvas options (size, responsiveness)
 * are added by each caller.
 * Pure: plain objects only. chart.js is imported for its types and the log tick formatter; nothing is
 * registered here (each caller registers the controllers and scales it uses).
 * Source: chart.js 4 configuration (https://www.chartjs.org/docs/4.4.0/configuration/).
 * Assumptions: series colours are the report's colour-blind-safe palette unless the look says otherwise.
 */
import { Ticks, type ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../../core/chart-spec.js';
import { routeColour } from '../capacity-report/topology-svg.js';
import { formatNumber } from '../format-number.js';

/** A vertical marker in the x scale's value space. */
export interface PlacedMarker {
  readonly value: number;
  readonly label: string;
}

/** How a chart looks, beyond its data. Unset colours and sizes leave chart.js's defaults. */
export interface ChartLook {
  /** Colour of the title, legend, axis titles and ticks (CSS colour); default: chart.js's. */
  readonly textColour?: string;
  /** Colour of the grid lines; default: chart.js's. */
  readonly gridColour?: string;
  /** Chart title size, pixels; default: chart.js's. */
  readonly titleFontSize?: number;
  /** Axis title size, pixels; default: chart.js's. */
  readonly axisTitleFontSize?: number;
  /** Radius of a line chart's points, pixels. */
  readonly pointRadius: number;
  /** Log-axis tick labels: chart.js's own (1,000,000) or the report's number format (1e+6). */
  readonly logTicks: 'chart.js' | 'report';
  /** Label of a bar chart's category at x. */
  readonly categoryLabel: (x: number) => string;
  /** Colour of the i-th series; default the report's palette ({@link routeColour}). */
  readonly seriesColour?: (index: number) => string;
}

type Point = { x: number; y: number };

/** The points of a series a chart can draw: finite, and > 0 on logarithmic axes; sorted by x for lines. */
export function drawablePoints(spec: ChartSpec, points: readonly Point[]): Point[] {
  const logX = spec.kind === 'line' && spec.logX === true;
  const kept = points.filter(
    (point) =>
      Number.isFinite(point.x) &&
      Number.isFinite(point.y) &&
      (!spec.logY || point.y > 0) &&
      (!logX || point.x > 0),
  );
  return spec.kind === 'line' ? kept.sort((a, b) => a.x - b.x) : kept;
}

/** The distinct x values of a bar chart, ascending: its categories. */
export function barCategories(spec: ChartSpec): number[] {
  const values = new Set<number>();
  for (const series of spec.series)
    for (const point of drawablePoints(spec, series.points)) values.add(point.x);
  return [...values].sort((a, b) => a - b);
}

/** Where a marker at `x` sits on a category axis (fractional between categories), or undefined outside it. */
export function categoryOffset(categories: readonly number[], x: number): number | undefined {
  const upper = categories.findIndex((category) => category >= x);
  if (upper < 0) return undefined;
  if (categories[upper] === x) return upper;
  if (upper === 0) return undefined;
  const low = categories[upper - 1]!;
  return upper - 1 + (x - low) / (categories[upper]! - low);
}

/** The spec's markers in the x scale's value space (markers off a bar chart's axis are dropped). */
export function placedMarkers(spec: ChartSpec): PlacedMarker[] {
  const markers = spec.markers ?? [];
  if (spec.kind === 'line') return markers.map((marker) => ({ value: marker.x, label: marker.label }));
  const categories = barCategories(spec);
  return markers.flatMap((marker) => {
    const value = categoryOffset(categories, marker.x);
    return value === undefined ? [] : [{ value, label: marker.label }];
  });
}

/** A short category label: integers as they are, others to 4 significant digits (the app's look). */
export function shortCategoryLabel(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}

/**
 * Tick labels of a log axis: chart.js picks which ticks to label (mantissas 1, 2, 5), the report's number format
 * writes them (1e+6 rather than 1,000,000.000).
 */
export function logTick(
  this: unknown,
  value: number | string,
  index: number,
  ticks: { value: number }[],
): string {
  const chosen = Ticks.formatters.logarithmic.call(this as never, Number(value), index, ticks);
  return chosen === '' ? '' : formatNumber(Number(value), 3);
}

/** The look of the report's PNG charts (chart.js defaults for colours and ticks; larger titles). */
export const REPORT_CHART_LOOK: ChartLook = {
  titleFontSize: 15,
  axisTitleFontSize: 13,
  pointRadius: 3,
  logTicks: 'chart.js',
  categoryLabel: (x) => formatNumber(x),
};

/**
 * The chart.js configuration of a spec: type, data, scales, title and legend, animation off. Plugins and canvas
 * options (responsive, size, pixel ratio, events) are the caller's.
 */
export function chartConfiguration(spec: ChartSpec, look: ChartLook): ChartConfiguration {
  const colour = look.seriesColour ?? routeColour;
  const text = look.textColour === undefined ? {} : { color: look.textColour };
  const axisTitle = (label: string) => ({
    display: true,
    text: label,
    ...text,
    ...(look.axisTitleFontSize === undefined ? {} : { font: { size: look.axisTitleFontSize } }),
  });
  const axis = (label: string, type: 'linear' | 'logarithmic' | 'category') => {
    const ticks = {
      ...text,
      ...(type === 'logarithmic' && look.logTicks === 'report' ? { callback: logTick } : {}),
    };
    return {
      type,
      title: axisTitle(label),
      ...(Object.keys(ticks).length > 0 ? { ticks } : {}),
      ...(look.gridColour === undefined ? {} : { grid: { color: look.gridColour } }),
    };
  };
  const y = axis(spec.yLabel, spec.logY ? 'logarithmic' : 'linear');
  const options = {
    animation: false as const,
    plugins: {
      title: {
        display: true,
        text: spec.title,
        ...text,
        ...(look.titleFontSize === undefined ? {} : { font: { size: look.titleFontSize } }),
      },
      legend: {
        display: true,
        ...(look.textColour === undefined ? {} : { labels: { color: look.textColour } }),
      },
    },
  };
  if (spec.kind === 'bar') {
    const categories = barCategories(spec);
    return {
      type: 'bar',
      data: {
        labels: categories.map(look.categoryLabel),
        datasets: spec.series.map((series, index) => {
          const yAt = new Map(drawablePoints(spec, series.points).map((point) => [point.x, point.y]));
          return {
            label: series.label,
            data: categories.map((category) => yAt.get(category) ?? null),
            backgroundColor: colour(index),
          };
        }),
      },
      options: { ...options, scales: { x: axis(spec.xLabel, 'category'), y } },
    } as ChartConfiguration;
  }
  return {
    type: 'line',
    data: {
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: drawablePoints(spec, series.points),
        borderColor: colour(index),
        backgroundColor: colour(index),
        borderWidth: 2,
        pointRadius: look.pointRadius,
      })),
    },
    options: { ...options, scales: { x: axis(spec.xLabel, spec.logX ? 'logarithmic' : 'linear'), y } },
  } as ChartConfiguration;
}
