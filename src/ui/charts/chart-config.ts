/**
 * A ChartSpec as a chart.js 4 configuration for the app: line charts on numeric (optionally logarithmic) axes,
 * bar charts with one category per distinct x, theme colours, no animation (charts follow every edit), and the
 * spec's vertical markers passed to the marker plugin in the x scale's value space (for bars: the category
 * index, interpolated between neighbours). Values a log axis cannot show (<= 0) and non-finite values are
 * dropped rather than breaking the chart. DOM-free, so it is tested in Node.
 * Source: chart.js 4 configuration (https://www.chartjs.org/docs/4.4.0/configuration/); the same conventions as
 * the report's PNG charts (cli/report-output/chart-png.ts).
 */
import { Ticks, type ChartConfiguration } from 'chart.js';
import { formatNumber, type ChartSpec } from '../../report/index.js';
import { seriesColour, type ChartTheme } from './chart-theme.js';

/** A vertical marker in the x scale's value space. */
export interface PlacedMarker {
  readonly value: number;
  readonly label: string;
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

/** A short label for a category value. */
function categoryLabel(x: number): string {
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

/** The chart.js configuration of a spec in a theme (plugins are added by the caller). */
export function chartConfiguration(spec: ChartSpec, theme: ChartTheme): ChartConfiguration {
  const axis = (label: string, type: 'linear' | 'logarithmic' | 'category') => ({
    type,
    title: { display: true, text: label, color: theme.text },
    ticks: type === 'logarithmic' ? { color: theme.text, callback: logTick } : { color: theme.text },
    grid: { color: theme.grid },
  });
  const y = axis(spec.yLabel, spec.logY ? 'logarithmic' : 'linear');
  const options = {
    responsive: true,
    maintainAspectRatio: true,
    aspectRatio: 1.9,
    animation: false as const,
    parsing: false as const,
    plugins: {
      title: { display: true, text: spec.title, color: theme.text },
      legend: { display: true, labels: { color: theme.text } },
    },
  };
  if (spec.kind === 'bar') {
    const categories = barCategories(spec);
    return {
      type: 'bar',
      data: {
        labels: categories.map(categoryLabel),
        datasets: spec.series.map((series, index) => {
          const yAt = new Map(drawablePoints(spec, series.points).map((point) => [point.x, point.y]));
          return {
            label: series.label,
            data: categories.map((category) => yAt.get(category) ?? null),
            backgroundColor: seriesColour(index),
          };
        }),
      },
      options: { ...options, parsing: undefined, scales: { x: axis(spec.xLabel, 'category'), y } },
    } as ChartConfiguration;
  }
  return {
    type: 'line',
    data: {
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: drawablePoints(spec, series.points),
        borderColor: seriesColour(index),
        backgroundColor: seriesColour(index),
        borderWidth: 2,
        pointRadius: 2.5,
      })),
    },
    options: { ...options, scales: { x: axis(spec.xLabel, spec.logX ? 'logarithmic' : 'linear'), y } },
  } as ChartConfiguration;
}
